import { checkIban } from "./_checks";

/**
 * Checks an Iranian IBAN (شماره شبا): `IR` (optional, any case) and 24 digits of any
 * system, spaces and `-` ignored, with the ISO 13616 check (mod 97 = 1).
 *
 * @param input - anything; only strings can be valid
 * @returns whether it is a valid Iranian IBAN. Never throws.
 * @example
 * ```ts
 * import { isValidIban } from "mahalleh/text";
 * isValidIban("IR38 0170 0000 0010 0000 0000 01"); // => true
 * isValidIban("IR39 0170 0000 0010 0000 0000 01"); // => false
 * ```
 *
 * @category Identifiers
 */
export function isValidIban(input: unknown): boolean {
  return checkIban(input).ok;
}
