import type { SafeResult } from "../errors/SafeResult";
import { toSafe } from "../internal/safe";
import { readMoney } from "./_money";
import type { MoneyUnit, Rials } from "./Rials";

/**
 * Options of {@link parseMoney}.
 *
 * @category Money
 */
export interface ParseMoneyOptions {
  /**
   * The unit of an amount written without one («۱۲٬۵۰۰»), and of a numeric input. Default:
   * none, so a missing unit is a `TEXT_MISSING_UNIT` error (guessing rial vs toman is a
   * ten-fold mistake).
   */
  readonly defaultUnit?: MoneyUnit | undefined;
  /** Accept `/` as the decimal separator («۲/۵ همت»). Default `false`. */
  readonly slashDecimal?: boolean | undefined;
}

/**
 * Reads an amount of money as Iranian reports write it and returns it in rials, exactly:
 * digits of any system with «٬»/`,` grouping and «٫»/`.` decimals, or Persian words, with
 * magnitude words (هزار، میلیون، میلیارد، هزار میلیارد) and a unit: «ریال», «تومان» (10
 * rials) or «همت» (هزار میلیارد تومان = 10^13 rials). A cell that is already a number is
 * read in `defaultUnit`.
 *
 * @param input - the amount: a string, or a number, bigint or Decimal in `defaultUnit`
 * @param options - see {@link ParseMoneyOptions}
 * @returns the amount in rials, an integer {@link Rials}
 * @throws MahallehError `TEXT_MISSING_UNIT` without a unit or `defaultUnit`;
 *   `TEXT_INVALID_MONEY` if it cannot be read or is a fraction of a rial;
 *   `TEXT_OUT_OF_RANGE` beyond 40 digits; `INVALID_ARGUMENT` for other types
 * @example
 * ```ts
 * import { parseMoney } from "mahalleh/text";
 * parseMoney("۱۲٬۵۰۰ میلیارد ریال").toString(); // => "12500000000000"
 * parseMoney("۳ میلیون تومان").toString(); // => "30000000"
 * parseMoney("۲٫۵ همت").toString(); // => "25000000000000"
 * parseMoney("ده میلیارد ریال").toString(); // => "10000000000"
 * parseMoney("1,250,000 ریال").toString(); // => "1250000"
 * parseMoney("۵۰۰ هزار", { defaultUnit: "toman" }).toString(); // => "5000000"
 * parseMoney("۱۲٬۵۰۰"); // throws TEXT_MISSING_UNIT
 * ```
 *
 * @category Money
 */
export function parseMoney(input: string | number | bigint | Rials, options?: ParseMoneyOptions | undefined): Rials {
  return readMoney(input, options?.defaultUnit, options?.slashDecimal ?? false, "parseMoney");
}

/**
 * {@link parseMoney} without throwing.
 *
 * @param input - the amount
 * @param options - see {@link ParseMoneyOptions}
 * @returns the amount in rials, or the error `parseMoney` would have thrown
 * @example
 * ```ts
 * import { safeParseMoney } from "mahalleh/text";
 * safeParseMoney("۲۰۰ تومان").success; // => true
 * safeParseMoney("حدود صد").success; // => false
 * ```
 *
 * @category Money
 */
export function safeParseMoney(input: string | number | bigint | Rials, options?: ParseMoneyOptions | undefined): SafeResult<Rials> {
  return toSafe(() => parseMoney(input, options));
}
