import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";
import { toDecimal } from "./_decimal";
import { joinerText, ordinalOfWord, wordsLimit, writeIntegerDigits } from "./_words";

/**
 * Options of {@link ordinalWords}.
 *
 * @category Numbers in words
 */
export interface OrdinalWordsOptions {
  /**
   * How «و» joins the parts. Default `"zwnj"`: «بیست‌وهفتم», as dates and session numbers
   * are usually written. `"space"`: «بیست و هفتم».
   */
  readonly joiner?: "space" | "zwnj" | undefined;
  /** The word for exactly 1: `"یکم"` (default) or `"اول"`. 21 is always «بیست‌ویکم». */
  readonly first?: "یکم" | "اول" | undefined;
}

/**
 * Writes a non-negative integer as a Persian ordinal: «هفتاد‌وسوم» (73rd), «سی‌ام»,
 * «یکم» or «اول».
 *
 * @param value - a non-negative integer (number, bigint or Decimal) below 10^21
 * @param options - see {@link OrdinalWordsOptions}
 * @returns the ordinal in words
 * @throws MahallehError `TEXT_OUT_OF_RANGE` for a negative, fractional or too large value;
 *   `INVALID_ARGUMENT` for a non-number
 * @example
 * ```ts
 * import { ordinalWords } from "mahalleh/text";
 * ordinalWords(27); // => "بیست‌وهفتم"
 * ordinalWords(73, { joiner: "space" }); // => "هفتاد و سوم"
 * ordinalWords(30); // => "سی‌ام"
 * ordinalWords(1, { first: "اول" }); // => "اول"
 * ordinalWords(-1); // throws TEXT_OUT_OF_RANGE
 * ```
 *
 * @category Numbers in words
 */
export function ordinalWords(value: number | bigint | Decimal, options?: OrdinalWordsOptions | undefined): string {
  const decimal = toDecimal(value, "ordinalWords");
  if (!decimal.isInteger() || decimal.isNegative() || decimal.gte(wordsLimit())) {
    throw fail(
      "TEXT_OUT_OF_RANGE",
      "عدد ترتیبی باید صحیح، نامنفی و کمتر از ۱۰ به توان ۲۱ باشد",
      "An ordinal needs a non-negative integer below 10^21",
      { value: decimal.toString() },
    );
  }
  if (decimal.eq(1) && options?.first === "اول") return "اول";
  const cardinal = writeIntegerDigits(decimal.toFixed(0), joinerText(options?.joiner ?? "zwnj"));
  const cut = Math.max(cardinal.lastIndexOf(" "), cardinal.lastIndexOf("\u200c"));
  let tail = cardinal.slice(cut + 1);
  let head = cardinal.slice(0, cut + 1);
  if (tail.length > 1 && tail.startsWith("و")) {
    head += "و";
    tail = tail.slice(1);
  }
  return head + ordinalOfWord(tail);
}
