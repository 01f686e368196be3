import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { checkLegalId } from "./_checks";

/**
 * Reads a legal-entity ID (شناسه ملی) and returns it canonical: 11 Latin digits. See
 * {@link isValidLegalId} for the rule.
 *
 * @param input - the ID as typed (or a number, as spreadsheets store it: leading zeros restored)
 * @returns the canonical 11-digit ID
 * @throws MahallehError `TEXT_INVALID_LEGAL_ID` with `details.reason` `"format"` or `"checksum"`
 * @example
 * ```ts
 * import { parseLegalId } from "mahalleh/text";
 * parseLegalId("۱۴۱۰۱۲۸۴۰۷۴"); // => "14101284074"
 * parseLegalId("1410128407"); // throws TEXT_INVALID_LEGAL_ID
 * ```
 *
 * @category Identifiers
 */
export function parseLegalId(input: string | number): string {
  const result = checkLegalId(input);
  if (result.ok) return result.value;
  throw result.reason === "format"
    ? fail("TEXT_INVALID_LEGAL_ID", "شناسه ملی نامعتبر است: باید ۱۱ رقم باشد", "Invalid legal-entity ID: it must have 11 digits", {
        reason: "format",
      })
    : fail("TEXT_INVALID_LEGAL_ID", "شناسه ملی نامعتبر است: رقم کنترل نادرست است", "Invalid legal-entity ID: the check digit is wrong", {
        reason: "checksum",
      });
}

/**
 * {@link parseLegalId} without throwing.
 *
 * @param input - the ID as typed (or a number, as spreadsheets store it: leading zeros restored)
 * @returns the canonical ID, or the error `parseLegalId` would have thrown
 * @example
 * ```ts
 * import { safeParseLegalId } from "mahalleh/text";
 * safeParseLegalId("14101284074"); // => { success: true, data: "14101284074" }
 * safeParseLegalId("14101284075").success; // => false
 * ```
 *
 * @category Identifiers
 */
export function safeParseLegalId(input: string | number): SafeResult<string> {
  return toSafe(() => parseLegalId(input));
}
