import { fail } from "../internal/safe";
import { dec, tenTo } from "./_decimal";
import { isDecimalLike } from "./_isDecimal";
import { readMoney } from "./_money";
import type { Rials } from "./Rials";

const MAX_WEIGHT_DECIMALS = 400;

function badWeights(en: string, fa: string, details: Readonly<Record<string, unknown>>): Error {
  return fail("TEXT_INVALID_WEIGHTS", `وزن‌های تقسیم نامعتبرند: ${fa}`, `Invalid allocation weights: ${en}`, details);
}

/** A weight as an exact fraction digits/10^scale, both non-negative. */
function weightDigits(weight: unknown, index: number): { digits: bigint; scale: number } {
  let text: string;
  if (typeof weight === "number") {
    if (!Number.isFinite(weight)) throw badWeights("not finite", "متناهی نیست", { index });
    text = dec(weight).toFixed();
  } else if (typeof weight === "bigint") text = weight.toString();
  else if (isDecimalLike(weight) && weight.isFinite()) {
    const decimal = dec(weight);
    if (decimal.abs().gte(tenTo(MAX_WEIGHT_DECIMALS)) || decimal.decimalPlaces() > MAX_WEIGHT_DECIMALS) {
      throw badWeights("out of range (at most 10^400, 400 decimals)", "خارج از محدوده است", { index });
    }
    text = decimal.toFixed();
  } else throw badWeights("not a number", "عدد نیست", { index });
  if (text.startsWith("-")) throw badWeights("negative", "منفی است", { index });
  const dot = text.indexOf(".");
  if (dot < 0) return { digits: BigInt(text), scale: 0 };
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

/**
 * Splits a total in whole rials in proportion to weights, by the largest-remainder method
 * (Hamilton): each part is its exact share rounded down, then the rials left over go one by
 * one to the largest remainders (ties to the earlier index). The parts always add up to the
 * total exactly, and each is within one rial of its exact share. Computed with integers
 * (bigint), so no rounding error can creep in.
 *
 * @param total - the total in rials (an integer; strings read by {@link parseMoney}, rials by default)
 * @param weights - non-negative finite weights (numbers, bigints or Decimals), not all zero
 * @returns one amount of rials per weight
 * @throws MahallehError `TEXT_INVALID_WEIGHTS` for empty, negative, non-finite or all-zero
 *   weights; as {@link parseMoney} for a total it cannot read
 * @example
 * ```ts
 * import { allocateMoney } from "mahalleh/text";
 * allocateMoney(100, [1, 1, 1]).map(String); // => ["34", "33", "33"]
 * allocateMoney("۱ میلیارد ریال", [2, 1, 1]).map(String); // => ["500000000", "250000000", "250000000"]
 * allocateMoney(10, [0, 0]); // throws TEXT_INVALID_WEIGHTS
 * ```
 *
 * @category Money
 */
export function allocateMoney(total: Rials | number | bigint | string, weights: ReadonlyArray<number | bigint | Rials>): Rials[] {
  const amount = readMoney(total, "rial", false, "allocateMoney");
  if (!Array.isArray(weights) || weights.length === 0) throw badWeights("no weights", "وزنی داده نشده", {});
  const parsed = weights.map((w, i) => weightDigits(w, i));
  const scale = parsed.reduce((max, p) => Math.max(max, p.scale), 0);
  const ints = parsed.map((p) => p.digits * 10n ** BigInt(scale - p.scale));
  const sum = ints.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw badWeights("they sum to zero", "جمع آن‌ها صفر است", {});
  const negative = amount.isNegative();
  const whole = BigInt(amount.abs().toFixed(0));
  const parts = ints.map((w) => (whole * w) / sum);
  const remainders = ints.map((w, i) => ({ i, r: (whole * w) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) {
    const index = (remainders[k] as { i: number }).i;
    parts[index] = (parts[index] as bigint) + 1n;
  }
  return parts.map((p) => dec((negative && p !== 0n ? -p : p).toString()));
}
