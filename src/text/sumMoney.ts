import { fail } from "../internal/safe";
import { dec } from "./_decimal";
import { typeName } from "./_isDecimal";
import { readMoney } from "./_money";
import type { Rials } from "./Rials";

/**
 * Adds amounts of money exactly. Numbers, bigints and Decimals are rials; strings are read
 * by {@link parseMoney} with rials as the default unit («۳ میلیون تومان», «۵۰۰»).
 *
 * @param amounts - the amounts
 * @returns their exact sum in rials (0 for none)
 * @throws MahallehError as {@link parseMoney} for an amount it cannot read;
 *   `INVALID_ARGUMENT` unless `amounts` is an iterable other than a string (a string is one
 *   amount, not a list: `sumMoney("123")` is refused rather than summing its characters)
 * @example
 * ```ts
 * import { sumMoney } from "mahalleh/text";
 * sumMoney(["۳ میلیون تومان", "۵۰۰ هزار ریال", 1_000n]).toString(); // => "30501000"
 * sumMoney([]).toString(); // => "0"
 * sumMoney([0.5]); // throws TEXT_INVALID_MONEY
 * sumMoney("123" as never); // throws INVALID_ARGUMENT
 * ```
 *
 * @category Money
 */
export function sumMoney(amounts: Iterable<Rials | number | bigint | string>): Rials {
  if (typeof amounts !== "object" || amounts === null || typeof (amounts as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function") {
    throw fail("INVALID_ARGUMENT", "sumMoney: فهرستی از مبلغ‌ها لازم است", "sumMoney: an iterable of amounts (an array) is required", {
      type: typeName(amounts),
    });
  }
  let total = dec(0);
  for (const amount of amounts) total = total.plus(readMoney(amount, "rial", false, "sumMoney"));
  return total;
}
