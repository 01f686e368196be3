import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { checkPostalCode } from "./_checks";
import type { PostalCodeOptions } from "./isValidPostalCode";

/**
 * Reads an Iranian postal code and returns it canonical: ten Latin digits. See
 * {@link isValidPostalCode}.
 *
 * @param input - the postal code as typed (or a number)
 * @param options - see {@link PostalCodeOptions}
 * @returns the canonical postal code
 * @throws MahallehError `TEXT_INVALID_POSTAL_CODE` with `details.reason` `"format"` or `"strict"`
 * @example
 * ```ts
 * import { parsePostalCode } from "mahalleh/text";
 * parsePostalCode("۳۱۳۹۹-۵۴۸۶۷"); // => "3139954867"
 * parsePostalCode("0123456789", { strict: true }); // throws TEXT_INVALID_POSTAL_CODE
 * ```
 *
 * @category Identifiers
 */
export function parsePostalCode(input: string | number, options?: PostalCodeOptions | undefined): string {
  const result = checkPostalCode(input, options?.strict ?? false);
  if (result.ok) return result.value;
  throw result.reason === "format"
    ? fail("TEXT_INVALID_POSTAL_CODE", "کد پستی نامعتبر است: باید ۱۰ رقم باشد", "Invalid postal code: it must have 10 digits", {
        reason: "format",
      })
    : fail("TEXT_INVALID_POSTAL_CODE", "کد پستی با قواعد سخت‌گیرانه سازگار نیست", "The postal code fails the strict rules", {
        reason: "strict",
      });
}

/**
 * {@link parsePostalCode} without throwing.
 *
 * @param input - the postal code as typed (or a number)
 * @param options - see {@link PostalCodeOptions}
 * @returns the postal code, or the error `parsePostalCode` would have thrown
 * @example
 * ```ts
 * import { safeParsePostalCode } from "mahalleh/text";
 * safeParsePostalCode("3139954867"); // => { success: true, data: "3139954867" }
 * safeParsePostalCode("31399").success; // => false
 * ```
 *
 * @category Identifiers
 */
export function safeParsePostalCode(input: string | number, options?: PostalCodeOptions | undefined): SafeResult<string> {
  return toSafe(() => parsePostalCode(input, options));
}
