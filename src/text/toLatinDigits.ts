import { latinDigits } from "../internal/chars";
import { digitsInput } from "./_digitsInput";

/**
 * Writes every digit (Persian ۰–۹ and Arabic-Indic ٠–٩) with Latin digits 0–9; other
 * characters are unchanged.
 *
 * @param input - text, a finite number or a bigint
 * @returns the text with Latin digits
 * @throws MahallehError `INVALID_ARGUMENT` for anything else
 * @example
 * ```ts
 * import { toLatinDigits } from "mahalleh/text";
 * toLatinDigits("۰۹۱۲۳۴۵۶۷۸۹"); // => "09123456789"
 * toLatinDigits("٤٥٦ و ۴۵۶"); // => "456 و 456"
 * ```
 *
 * @category Digits
 */
export function toLatinDigits(input: string | number | bigint): string {
  return latinDigits(digitsInput(input, "toLatinDigits"));
}
