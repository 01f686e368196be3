import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { checkMobile } from "./_checks";
import type { MobileOptions } from "./isValidMobile";

/**
 * A mobile operator, from the number's prefix: `"other"` for the listed smaller operators
 * (932, 998, 999), `"unknown"` for prefixes not in the list.
 *
 * @category Identifiers
 */
export type MobileOperator = "MCI" | "Irancell" | "RighTel" | "other" | "unknown";

/**
 * A parsed mobile number.
 *
 * @category Identifiers
 */
export interface Mobile {
  /** National form, 11 Latin digits: `09123456789`. */
  readonly national: string;
  /** E.164 form: `+989123456789`. */
  readonly e164: string;
  /** The operator by prefix. Numbers move between operators, so this is a hint only. */
  readonly operator: MobileOperator;
}

/**
 * Reads an Iranian mobile number as typed and returns its national and E.164 forms and
 * operator. See {@link isValidMobile} for what is accepted.
 *
 * @param input - the number as typed (or a number from a spreadsheet, e.g. 9123456789)
 * @param options - see {@link MobileOptions}
 * @returns the number's forms and operator
 * @throws MahallehError `TEXT_INVALID_MOBILE` with `details.reason` `"format"` or `"prefix"`
 * @example
 * ```ts
 * import { parseMobile } from "mahalleh/text";
 * parseMobile("۰۹۱۲-۳۴۵-۶۷۸۹"); // => { national: "09123456789", e164: "+989123456789", operator: "MCI" }
 * parseMobile("0098 935 123 4567").operator; // => "Irancell"
 * parseMobile("021 1234 5678"); // throws TEXT_INVALID_MOBILE
 * ```
 *
 * @category Identifiers
 */
export function parseMobile(input: string | number, options?: MobileOptions | undefined): Mobile {
  const result = checkMobile(input, options?.knownPrefixesOnly ?? false);
  if (result.ok) {
    const { digits, operator } = result.value;
    return { national: `0${digits}`, e164: `+98${digits}`, operator };
  }
  throw result.reason === "format"
    ? fail("TEXT_INVALID_MOBILE", "شماره همراه نامعتبر است: باید ۰۹ و ۹ رقم باشد", "Invalid mobile number: it must be 09 and 9 digits", {
        reason: "format",
      })
    : fail("TEXT_INVALID_MOBILE", "پیش‌شماره همراه شناخته‌شده نیست", "Unknown mobile prefix", { reason: "prefix" });
}

/**
 * {@link parseMobile} without throwing.
 *
 * @param input - the number as typed (or a number from a spreadsheet, e.g. 9123456789)
 * @param options - see {@link MobileOptions}
 * @returns the parsed number, or the error `parseMobile` would have thrown
 * @example
 * ```ts
 * import { safeParseMobile } from "mahalleh/text";
 * safeParseMobile("9201234567").success; // => true
 * safeParseMobile("12345").success; // => false
 * ```
 *
 * @category Identifiers
 */
export function safeParseMobile(input: string | number, options?: MobileOptions | undefined): SafeResult<Mobile> {
  return toSafe(() => parseMobile(input, options));
}
