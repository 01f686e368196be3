import { toSafe } from "../internal/safe";
import type { SafeResult } from "../errors/SafeResult";
import { expectString } from "./_isDecimal";
import { toNumber } from "./_toNumber";
import { readNumberText } from "./_words";

/**
 * Reads a number written in Persian words, cardinal or ordinal, in the forms people write:
 * «یکصد و بیست», «صد و بیست», «دو میلیون و پانصد هزار», «بیست‌وهفتم», «هفتمین», «سی‌ام»,
 * with or without ZWNJ and «و», Arabic or Persian letters, digits mixed in («۲٫۵ میلیون»),
 * «منفی» and «ممیز». The inverse of {@link numberToWords} and {@link ordinalWords}.
 *
 * @param text - the words
 * @returns the value (a JavaScript number: beyond 2^53 it is the nearest double)
 * @throws MahallehError `TEXT_INVALID_NUMBER` if the text is not a number in words;
 *   `TEXT_OUT_OF_RANGE` if it does not fit a double
 * @example
 * ```ts
 * import { wordsToNumber } from "mahalleh/text";
 * wordsToNumber("یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت"); // => 1234567
 * wordsToNumber("یکصد و بیست"); // => 120
 * wordsToNumber("بیست‌وهفتم"); // => 27
 * wordsToNumber("هزار و دویست میلیارد"); // => 1_200_000_000_000
 * wordsToNumber("۲٫۵ میلیون"); // => 2_500_000
 * wordsToNumber("سه ممیز چهارده صدم"); // => 3.14
 * wordsToNumber("بیست بیست"); // throws TEXT_INVALID_NUMBER
 * ```
 *
 * @category Numbers in words
 */
export function wordsToNumber(text: string): number {
  expectString(text, "wordsToNumber");
  return toNumber(readNumberText(text, false).value, text);
}

/**
 * {@link wordsToNumber} without throwing.
 *
 * @param text - the words
 * @returns the value, or the error `wordsToNumber` would have thrown
 * @example
 * ```ts
 * import { safeWordsToNumber } from "mahalleh/text";
 * safeWordsToNumber("سی‌ام"); // => { success: true, data: 30 }
 * safeWordsToNumber("سلام").success; // => false
 * ```
 *
 * @category Numbers in words
 */
export function safeWordsToNumber(text: string): SafeResult<number> {
  return toSafe(() => wordsToNumber(text));
}
