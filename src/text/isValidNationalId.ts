import { checkNationalId } from "./_checks";

/**
 * Checks an Iranian national ID (کد ملی): 8 to 10 digits of any system (left-padded with
 * zeros to 10; spaces and `-` ignored), not ten identical digits, and the check digit:
 * s = Σ d[i]·(10 − i) over the first nine digits, r = s mod 11, valid iff the last digit is
 * r when r < 2, else 11 − r. City prefixes are not checked (they reject real IDs).
 *
 * @param input - anything; only strings can be valid
 * @returns whether it is a valid national ID. Never throws.
 * @example
 * ```ts
 * import { isValidNationalId } from "mahalleh/text";
 * isValidNationalId("0499370899"); // => true
 * isValidNationalId("۰۴۹۹۳۷۰۸۹۹"); // => true
 * isValidNationalId("0499370898"); // => false
 * isValidNationalId("1111111111"); // => false
 * ```
 *
 * @category Identifiers
 */
export function isValidNationalId(input: unknown): boolean {
  return checkNationalId(input).ok;
}
