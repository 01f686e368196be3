import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";
import { ROUND_HALF_UP, tenTo, toDecimal } from "./_decimal";
import type { MoneyUnit, Rials } from "./Rials";
import { formatDecimal } from "./formatNumber";

/**
 * Options of {@link formatMoney}.
 *
 * @category Money
 */
export interface FormatMoneyOptions {
  /** Write the amount in `"rial"` (default) or `"toman"` (rials ÷ 10). */
  readonly unit?: MoneyUnit | undefined;
  /** `"persian"` (default, CLDR fa: «۱۲٬۵۰۰») or `"latin"` (`12,500`). */
  readonly digits?: "persian" | "latin" | undefined;
  /**
   * Write large amounts with a magnitude word (هزار، میلیون، میلیارد، هزار میلیارد):
   * «۱۲٫۵ هزار میلیارد ریال». Default `false` (every digit, exact).
   */
  readonly compact?: boolean | undefined;
  /** With `compact`, decimals kept before the magnitude word (rounded half up). Default `3`. */
  readonly maximumFractionDigits?: number | undefined;
}

const COMPACT = [
  [12, "هزار میلیارد"],
  [9, "میلیارد"],
  [6, "میلیون"],
  [3, "هزار"],
] as const;

/**
 * Writes an amount of rials for people: grouped digits and the unit, or compact with a
 * magnitude word. Without `compact` the output is exact and {@link parseMoney} reads it back
 * to the same amount.
 *
 * @param rials - the amount in rials (a {@link Rials}/Decimal, a bigint or a finite number)
 * @param options - see {@link FormatMoneyOptions}
 * @returns the formatted amount with its unit
 * @throws MahallehError `INVALID_ARGUMENT` for a non-number or bad options
 * @example
 * ```ts
 * import { formatMoney } from "mahalleh/text";
 * formatMoney(12_500_000_000_000n); // => "۱۲٬۵۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال"
 * formatMoney(30_000_000, { unit: "toman", digits: "latin" }); // => "3,000,000 تومان"
 * formatMoney(12_500_000_000_000n, { compact: true }); // => "۱۲٫۵ هزار میلیارد ریال"
 * formatMoney(25, { unit: "toman" }); // => "۲٫۵ تومان"
 * ```
 *
 * @category Money
 */
export function formatMoney(rials: Rials | number | bigint, options?: FormatMoneyOptions | undefined): string {
  let value: Decimal = toDecimal(rials, "formatMoney");
  const unit = options?.unit ?? "rial";
  const digits = options?.digits ?? "persian";
  const maxFraction = options?.maximumFractionDigits ?? 3;
  if ((unit !== "rial" && unit !== "toman") || (digits !== "persian" && digits !== "latin") || !Number.isInteger(maxFraction) || maxFraction < 0 || maxFraction > 20) {
    throw fail("INVALID_ARGUMENT", "formatMoney: گزینه‌ها نامعتبرند", "formatMoney: invalid options (unit, digits or maximumFractionDigits)", {
      unit,
      digits,
      maximumFractionDigits: maxFraction,
    });
  }
  const unitWord = unit === "toman" ? "تومان" : "ریال";
  if (unit === "toman") value = value.div(10);
  if (options?.compact === true) {
    const abs = value.abs();
    for (let i = 0; i < COMPACT.length; i++) {
      const [power, word] = COMPACT[i] as (typeof COMPACT)[number];
      const scale = tenTo(power);
      if (abs.lt(scale)) continue;
      const scaled = value.div(scale).toDecimalPlaces(maxFraction, ROUND_HALF_UP);
      if (i > 0 && scaled.abs().gte(1000)) {
        // Rounding reached the next magnitude (999.9996 میلیون → ۱ میلیارد).
        const [upPower, upWord] = COMPACT[i - 1] as (typeof COMPACT)[number];
        const up = value.div(tenTo(upPower)).toDecimalPlaces(maxFraction, ROUND_HALF_UP);
        return `${formatDecimal(up, digits, true, maxFraction, 0)} ${upWord} ${unitWord}`;
      }
      return `${formatDecimal(scaled, digits, true, maxFraction, 0)} ${word} ${unitWord}`;
    }
  }
  return `${formatDecimal(value, digits, true, 1000, 0)} ${unitWord}`;
}
