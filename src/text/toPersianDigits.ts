import { persianDigits } from "../internal/chars";
import { digitsInput } from "./_digitsInput";

/**
 * Writes every digit (Latin 0–9 and Arabic-Indic ٠–٩) with Persian digits ۰–۹; other
 * characters are unchanged. A number is written in plain decimal notation first.
 *
 * @param input - text, a finite number or a bigint
 * @returns the text with Persian digits
 * @throws MahallehError `INVALID_ARGUMENT` for anything else (NaN, objects…)
 * @example
 * ```ts
 * import { toPersianDigits } from "mahalleh/text";
 * toPersianDigits("جلسه 73"); // => "جلسه ۷۳"
 * toPersianDigits("٤٥٦"); // => "۴۵۶"
 * toPersianDigits(1403); // => "۱۴۰۳"
 * ```
 *
 * @category Digits
 */
export function toPersianDigits(input: string | number | bigint): string {
  return persianDigits(digitsInput(input, "toPersianDigits"));
}
