import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { checkIban } from "./_checks";

/**
 * A parsed Iranian IBAN.
 *
 * @category Identifiers
 */
export interface Iban {
  /** Canonical form: `IR` and 24 Latin digits, no spaces. */
  readonly iban: string;
  /** The three-digit bank code (digits 5–7 of the IBAN), e.g. `"017"`. */
  readonly bankCode: string;
}

/**
 * Reads an Iranian IBAN (شبا) as typed (spaces, Persian digits, lower-case `ir` or no `IR`)
 * and returns its canonical form and bank code.
 *
 * @param input - the IBAN as typed
 * @returns the canonical IBAN and bank code
 * @throws MahallehError `TEXT_INVALID_IBAN` with `details.reason` `"format"` or `"checksum"`
 * @example
 * ```ts
 * import { parseIban } from "mahalleh/text";
 * parseIban("ir۳۸ ۰۱۷۰ ۰۰۰۰ ۰۰۱۰ ۰۰۰۰ ۰۰۰۰ ۰۱"); // => { iban: "IR380170000000100000000001", bankCode: "017" }
 * parseIban("IR38"); // throws TEXT_INVALID_IBAN
 * ```
 *
 * @category Identifiers
 */
export function parseIban(input: string): Iban {
  const result = checkIban(input);
  if (result.ok) return result.value;
  throw result.reason === "format"
    ? fail("TEXT_INVALID_IBAN", "شماره شبا نامعتبر است: باید IR و ۲۴ رقم باشد", "Invalid IBAN: it must be IR and 24 digits", { reason: "format" })
    : fail("TEXT_INVALID_IBAN", "شماره شبا نامعتبر است: رقم‌های کنترل نادرست‌اند", "Invalid IBAN: the check digits are wrong", {
        reason: "checksum",
      });
}

/**
 * {@link parseIban} without throwing.
 *
 * @param input - the IBAN as typed
 * @returns the parsed IBAN, or the error `parseIban` would have thrown
 * @example
 * ```ts
 * import { safeParseIban } from "mahalleh/text";
 * safeParseIban("IR380170000000100000000001").success; // => true
 * safeParseIban("IR390170000000100000000001").success; // => false
 * ```
 *
 * @category Identifiers
 */
export function safeParseIban(input: string): SafeResult<Iban> {
  return toSafe(() => parseIban(input));
}
