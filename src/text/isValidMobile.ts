import { checkMobile } from "./_checks";

/**
 * Options of {@link isValidMobile} and {@link parseMobile}.
 *
 * @category Identifiers
 */
export interface MobileOptions {
  /**
   * Accept only the operator prefixes listed in the guide (MCI 910–919, 990–996; Irancell
   * 900–905, 930, 933, 935–939, 941; RighTel 920–923; others 932, 998, 999). Default
   * `false`: any `9xx` prefix is accepted (operators open new prefixes) with operator
   * `"unknown"`.
   */
  readonly knownPrefixesOnly?: boolean | undefined;
}

/**
 * Checks an Iranian mobile number: `+98`, `0098`, `98`, `0` or nothing, then `9` and nine
 * digits, in any digit system, with spaces, `-` and parentheses ignored.
 *
 * @param input - anything; only strings can be valid
 * @param options - see {@link MobileOptions}
 * @returns whether it is an Iranian mobile number. Never throws.
 * @example
 * ```ts
 * import { isValidMobile } from "mahalleh/text";
 * isValidMobile("۰۹۱۲ ۳۴۵ ۶۷۸۹"); // => true
 * isValidMobile("+98 912 345 6789"); // => true
 * isValidMobile("02112345678"); // => false
 * isValidMobile("09401234567", { knownPrefixesOnly: true }); // => false
 * ```
 *
 * @category Identifiers
 */
export function isValidMobile(input: unknown, options?: MobileOptions | undefined): boolean {
  // Never throws: options whose read throws (a hostile getter or Proxy) count as the defaults.
  let knownPrefixesOnly = false;
  try {
    knownPrefixesOnly = options?.knownPrefixesOnly === true;
  } catch {
    // defaults
  }
  return checkMobile(input, knownPrefixesOnly).ok;
}
