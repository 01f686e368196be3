import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { readNumeral } from "./_numeral";
import { toNumber } from "./_toNumber";
import { readNumberText } from "./_words";

/**
 * Options of {@link parseNumber}.
 *
 * @category Digits
 */
export interface ParseNumberOptions {
  /**
   * Accept `/` as the decimal separator («۲/۵»), as often typed in Iran. Default `false`
   * (a slash usually means a date or a fraction).
   */
  readonly slashDecimal?: boolean | undefined;
}

/**
 * Reads a number from a spreadsheet cell, a form or a news text: digits of any system
 * (۱۲۳، ١٢٣، 123), «٬» or `,` between groups of three, «٫» or `.` as the decimal separator,
 * a leading `+`, `-` or `−` (bidi marks ignored, so CLDR output such as «‎−۱٬۲۳۴٫۵» reads
 * back), or Persian words («دو میلیون و پانصد هزار», «۲٫۵ میلیون»). A number passes through.
 *
 * @param input - the text (or an already-numeric cell)
 * @param options - see {@link ParseNumberOptions}
 * @returns the value as a JavaScript number (the nearest double)
 * @throws MahallehError `TEXT_INVALID_NUMBER` if it is not a number (irregular grouping such
 *   as «1,23,456» included); `TEXT_OUT_OF_RANGE` if it overflows a double;
 *   `INVALID_ARGUMENT` for a value that is neither a string nor a finite number
 * @example
 * ```ts
 * import { parseNumber } from "mahalleh/text";
 * parseNumber("۱٬۲۳۴٬۵۶۷٫۸۹"); // => 1234567.89
 * parseNumber(" -1,250 "); // => -1250
 * parseNumber("٢٥٠"); // => 250
 * parseNumber("دو میلیون و پانصد هزار"); // => 2_500_000
 * parseNumber("۲/۵", { slashDecimal: true }); // => 2.5
 * parseNumber("1,23,456"); // throws TEXT_INVALID_NUMBER
 * ```
 *
 * @category Digits
 */
export function parseNumber(input: string | number, options?: ParseNumberOptions | undefined): number {
  if (typeof input === "number") {
    if (Number.isFinite(input)) return input;
    throw fail("TEXT_INVALID_NUMBER", "مقدار عددی متناهی نیست", "The value is not a finite number", { input: String(input) });
  }
  if (typeof input !== "string") {
    throw fail("INVALID_ARGUMENT", "parseNumber: ورودی باید متن یا عدد باشد", "parseNumber: the input must be a string or a number", {
      type: input === null ? "null" : typeof input,
    });
  }
  const slashDecimal = options?.slashDecimal ?? false;
  // Fast path: a bare numeral with an optional ASCII sign («۱٬۲۳۴٫۵», "-1,250").
  if (input.length <= MAX_FAST_LENGTH) {
    const trimmed = input.trim();
    const sign = trimmed.charCodeAt(0);
    const signed = sign === 0x2d || sign === 0x2b;
    const numeral = readNumeral(signed ? trimmed.slice(1) : trimmed, slashDecimal);
    if (numeral !== null) {
      const value = Number(numeral);
      if (Number.isFinite(value)) return sign === 0x2d && value !== 0 ? -value : value;
    }
  }
  return toNumber(readNumberText(input, slashDecimal).value, input);
}

/** Inputs up to this length try the bare-numeral fast path first. */
const MAX_FAST_LENGTH = 64;

/**
 * {@link parseNumber} without throwing.
 *
 * @param input - the text (or an already-numeric cell)
 * @param options - see {@link ParseNumberOptions}
 * @returns the value, or the error `parseNumber` would have thrown
 * @example
 * ```ts
 * import { safeParseNumber } from "mahalleh/text";
 * safeParseNumber("۱۲٬۵۰۰"); // => { success: true, data: 12500 }
 * safeParseNumber("ندارد").success; // => false
 * ```
 *
 * @category Digits
 */
export function safeParseNumber(input: string | number, options?: ParseNumberOptions | undefined): SafeResult<number> {
  return toSafe(() => parseNumber(input, options));
}
