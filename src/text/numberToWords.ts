import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";
import { toDecimal } from "./_decimal";
import { MAX_FRACTION_DIGITS, denominatorWord, joinerText, wordsLimit, writeIntegerDigits } from "./_words";

/**
 * Options of {@link numberToWords}.
 *
 * @category Numbers in words
 */
export interface NumberToWordsOptions {
  /**
   * How «و» joins the parts. Default `"space"`: «بیست و هفت». `"zwnj"`: «بیست‌وهفت»
   * (a ZWNJ before «و», which never joins the next letter).
   */
  readonly joiner?: "space" | "zwnj" | undefined;
}

/**
 * Writes a number in Persian words, as on a cheque or in a report: integers below 10^21
 * (هزار، میلیون، میلیارد، تریلیون …, short scale as used in Iran), negatives with «منفی»,
 * decimals with «ممیز» and the fraction read over its power of ten («دو ممیز پنج دهم»).
 * A JavaScript number is read through its shortest decimal form (0.1 → «یک دهم»).
 *
 * @param value - a finite number, a bigint or a Decimal
 * @param options - see {@link NumberToWordsOptions}
 * @returns the number in words
 * @throws MahallehError `TEXT_OUT_OF_RANGE` for 10^21 or more, or more than 20 decimal
 *   digits; `INVALID_ARGUMENT` for a non-number or a non-finite number
 * @example
 * ```ts
 * import { numberToWords } from "mahalleh/text";
 * numberToWords(1234567); // => "یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت"
 * numberToWords(1000); // => "هزار"
 * numberToWords(-2.5); // => "منفی دو ممیز پنج دهم"
 * numberToWords(27, { joiner: "zwnj" }); // => "بیست‌وهفت"
 * numberToWords(1e21); // throws TEXT_OUT_OF_RANGE
 * ```
 *
 * @category Numbers in words
 */
export function numberToWords(value: number | bigint | Decimal, options?: NumberToWordsOptions | undefined): string {
  const decimal = toDecimal(value, "numberToWords");
  const joiner = joinerText(options?.joiner);
  if (decimal.abs().gte(wordsLimit()) || decimal.decimalPlaces() > MAX_FRACTION_DIGITS) {
    throw fail(
      "TEXT_OUT_OF_RANGE",
      "عدد برای نوشتن با حروف بیش از حد بزرگ یا دقیق است (حداکثر ۲۱ رقم صحیح و ۲۰ رقم اعشار)",
      "The number is too large or too precise to write in words (at most 21 integer and 20 decimal digits)",
      { value: decimal.toString() },
    );
  }
  const plain = decimal.abs().toFixed();
  const dot = plain.indexOf(".");
  const whole = dot < 0 ? plain : plain.slice(0, dot);
  const fraction = dot < 0 ? "" : plain.slice(dot + 1);
  let words = writeIntegerDigits(whole, joiner);
  if (fraction.length > 0) {
    words += ` ممیز ${writeIntegerDigits(fraction, joiner)} ${denominatorWord(fraction.length)}`;
  }
  return decimal.isNegative() && !decimal.isZero() ? `منفی ${words}` : words;
}
