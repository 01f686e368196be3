import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { checkNationalId } from "./_checks";

const REASONS = {
  format: ["باید ۸ تا ۱۰ رقم باشد", "it must have 8 to 10 digits"],
  repeated: ["ده رقم یکسان پذیرفته نیست", "ten identical digits are not an ID"],
  checksum: ["رقم کنترل نادرست است", "the check digit is wrong"],
} as const;

/**
 * Reads an Iranian national ID (کد ملی) typed in any digit system, with or without spaces
 * and `-` (or stored as a number by a spreadsheet that dropped its leading zeros), and
 * returns it canonical: 10 Latin digits (left-padded). See
 * {@link isValidNationalId} for the rules.
 *
 * @param input - the ID as typed (or a number, as spreadsheets store it: leading zeros restored)
 * @returns the canonical 10-digit ID
 * @throws MahallehError `TEXT_INVALID_NATIONAL_ID` with `details.reason` `"format"`,
 *   `"repeated"` or `"checksum"`
 * @example
 * ```ts
 * import { parseNationalId } from "mahalleh/text";
 * parseNationalId("۰۴۹-۹۳۷۰۸۹-۹"); // => "0499370899"
 * parseNationalId(499370899); // => "0499370899"
 * parseNationalId("0499370898"); // throws TEXT_INVALID_NATIONAL_ID
 * ```
 *
 * @category Identifiers
 */
export function parseNationalId(input: string | number): string {
  const result = checkNationalId(input);
  if (result.ok) return result.value;
  const [fa, en] = REASONS[result.reason];
  throw fail("TEXT_INVALID_NATIONAL_ID", `کد ملی نامعتبر است: ${fa}`, `Invalid national ID: ${en}`, { reason: result.reason });
}

/**
 * {@link parseNationalId} without throwing.
 *
 * @param input - the ID as typed (or a number, as spreadsheets store it: leading zeros restored)
 * @returns the canonical ID, or the error `parseNationalId` would have thrown
 * @example
 * ```ts
 * import { safeParseNationalId } from "mahalleh/text";
 * safeParseNationalId("0499370899"); // => { success: true, data: "0499370899" }
 * safeParseNationalId("123").success; // => false
 * ```
 *
 * @category Identifiers
 */
export function safeParseNationalId(input: string | number): SafeResult<string> {
  return toSafe(() => parseNationalId(input));
}
