import { checkPostalCode } from "./_checks";

/**
 * Options of {@link isValidPostalCode} and {@link parsePostalCode}.
 *
 * @category Identifiers
 */
export interface PostalCodeOptions {
  /**
   * Also apply the community rules (not confirmed by Iran Post): no 0 or 2 among the first
   * five digits, and not ten identical digits. Default `false`: ten digits are enough.
   */
  readonly strict?: boolean | undefined;
}

/**
 * Checks an Iranian postal code (کد پستی): ten digits of any system, spaces and `-` ignored
 * (`12345-67890`), optionally with the strict rules.
 *
 * @param input - anything; only strings can be valid
 * @param options - see {@link PostalCodeOptions}
 * @returns whether it is a postal code. Never throws.
 * @example
 * ```ts
 * import { isValidPostalCode } from "mahalleh/text";
 * isValidPostalCode("۳۱۳۹۹-۵۴۸۶۷"); // => true
 * isValidPostalCode("1234567890", { strict: true }); // => false
 * ```
 *
 * @category Identifiers
 */
export function isValidPostalCode(input: unknown, options?: PostalCodeOptions | undefined): boolean {
  // Never throws: options whose read throws (a hostile getter or Proxy) count as the defaults.
  let strict = false;
  try {
    strict = options?.strict === true;
  } catch {
    // defaults
  }
  return checkPostalCode(input, strict).ok;
}
