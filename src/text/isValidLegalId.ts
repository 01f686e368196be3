import { checkLegalId } from "./_checks";

/**
 * Checks an Iranian legal-entity ID (شناسه ملی اشخاص حقوقی): exactly 11 digits (any digit
 * system; spaces and `-` ignored) with k = d[9] + 2, s = Σ (k + d[i])·w[i mod 5] over the
 * first ten digits with weights 29, 27, 23, 19, 17, r = s mod 11 (10 → 0), valid iff r is
 * the last digit.
 *
 * @param input - anything; only strings can be valid
 * @returns whether it is a valid legal-entity ID. Never throws.
 * @example
 * ```ts
 * import { isValidLegalId } from "mahalleh/text";
 * isValidLegalId("14101284074"); // => true
 * isValidLegalId("14101284075"); // => false
 * ```
 *
 * @category Identifiers
 */
export function isValidLegalId(input: unknown): boolean {
  return checkLegalId(input).ok;
}
