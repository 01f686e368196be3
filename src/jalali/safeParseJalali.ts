import type { SafeResult } from "../errors/SafeResult";
import { toSafe } from "../internal/safe";
import { parseJalali, type ParseJalaliOptions } from "./parseJalali";
import type { JalaliDate } from "./types";

/**
 * Like {@link parseJalali}, but returns a `SafeResult` instead of throwing: for spreadsheet
 * cells and form fields where a bad date is data, not a bug.
 *
 * @param text - the text (anything; a non-string gives an `INVALID_ARGUMENT` failure)
 * @param options - `reference` and `timeZone`, as for {@link parseJalali} (anything else, such
 *   as a format string, gives an `INVALID_ARGUMENT` failure)
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParseJalali } from "mahalleh/jalali";
 * safeParseJalali("۱۴۰۳/۱۲/۲۷"); // => { success: true, data: { year: 1403, month: 12, day: 27 } }
 * safeParseJalali("۱۴۰۳/۱۳/۰۱").success; // => false
 * const result = safeParseJalali("۳۰ اسفند ۱۴۰۴");
 * result.success ? null : result.error.code; // => "JALALI_INVALID_DATE"
 * ```
 * @category Parsing
 */
export function safeParseJalali(text: string, options?: ParseJalaliOptions | undefined): SafeResult<JalaliDate> {
  return toSafe(() => parseJalali(text, options));
}
