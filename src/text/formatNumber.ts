import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";
import { ROUND_HALF_UP, toDecimal } from "./_decimal";

/**
 * Options of {@link formatNumber}.
 *
 * @category Digits
 */
export interface FormatNumberOptions {
  /**
   * `"persian"` (default): CLDR `fa` style, Persian digits, «٬» U+066C between thousands,
   * «٫» U+066B before decimals and «‎−» (LRM + U+2212) for negatives, exactly as
   * `Intl.NumberFormat("fa-IR")`. `"latin"`: `1,234,567.89` and `-`.
   */
  readonly digits?: "persian" | "latin" | undefined;
  /** Group thousands. Default `true`. */
  readonly grouping?: boolean | undefined;
  /** At most this many decimals, rounding half away from zero. Default `3` (as Intl). */
  readonly maximumFractionDigits?: number | undefined;
  /** At least this many decimals (zero-padded). Default `0`. */
  readonly minimumFractionDigits?: number | undefined;
}

/**
 * Formats a number the way CLDR writes Persian numbers: `1234567.89` → «۱٬۲۳۴٬۵۶۷٫۸۹». Exact
 * for Decimals and bigints of any size (no float rounding); a JavaScript number is read
 * through its shortest decimal form, as `Intl.NumberFormat` does.
 *
 * @param value - a finite number, a bigint or a Decimal
 * @param options - see {@link FormatNumberOptions}
 * @returns the formatted number
 * @throws MahallehError `INVALID_ARGUMENT` for a non-number, a non-finite number or bad
 *   fraction-digit options
 * @example
 * ```ts
 * import { formatNumber } from "mahalleh/text";
 * formatNumber(1234567.89); // => "۱٬۲۳۴٬۵۶۷٫۸۹"
 * formatNumber(1234567.89, { digits: "latin" }); // => "1,234,567.89"
 * formatNumber(2 / 3); // => "۰٫۶۶۷"
 * formatNumber(12_500n, { grouping: false }); // => "۱۲۵۰۰"
 * formatNumber(-1234.5); // => "\u200e\u2212۱٬۲۳۴٫۵"
 * ```
 *
 * @category Digits
 */
export function formatNumber(value: number | bigint | Decimal, options?: FormatNumberOptions | undefined): string {
  const decimal = toDecimal(value, "formatNumber");
  const maxFraction = options?.maximumFractionDigits ?? 3;
  const minFraction = options?.minimumFractionDigits ?? 0;
  if (!Number.isInteger(maxFraction) || !Number.isInteger(minFraction) || minFraction < 0 || maxFraction < minFraction || maxFraction > 100) {
    throw fail(
      "INVALID_ARGUMENT",
      "formatNumber: تعداد رقم‌های اعشار نامعتبر است",
      "formatNumber: minimumFractionDigits and maximumFractionDigits must be integers with 0 ≤ min ≤ max ≤ 100",
      { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction },
    );
  }
  return formatDecimal(decimal, options?.digits ?? "persian", options?.grouping ?? true, maxFraction, minFraction);
}

/** The formatter behind formatNumber and formatMoney. */
export function formatDecimal(
  decimal: Decimal,
  digits: "persian" | "latin",
  grouping: boolean,
  maxFraction: number,
  minFraction: number,
): string {
  const rounded = decimal.toDecimalPlaces(maxFraction, ROUND_HALF_UP);
  let plain = rounded.abs().toFixed();
  const dot = plain.indexOf(".");
  let whole = dot < 0 ? plain : plain.slice(0, dot);
  let fraction = dot < 0 ? "" : plain.slice(dot + 1);
  while (fraction.length < minFraction) fraction += "0";
  const persian = digits === "persian";
  const groupSep = persian ? "\u066c" : ",";
  if (grouping && whole.length > 3) {
    let grouped = "";
    const head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (let i = head; i < whole.length; i += 3) grouped += groupSep + whole.slice(i, i + 3);
    whole = grouped;
  }
  plain = fraction.length > 0 ? whole + (persian ? "\u066b" : ".") + fraction : whole;
  if (persian) {
    let out = "";
    for (let i = 0; i < plain.length; i++) {
      const code = plain.charCodeAt(i);
      out += code >= 48 && code <= 57 ? String.fromCharCode(0x06f0 + code - 48) : plain[i];
    }
    plain = out;
  }
  if (rounded.isNegative() && !rounded.isZero()) return (persian ? "\u200e\u2212" : "-") + plain;
  return plain;
}
