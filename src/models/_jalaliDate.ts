/**
 * Jalali date helpers private to the models, over `mahalleh/jalali` (a Jalali date is
 * `{ year, month, day }`, 1-based month).
 */
import { latinDigits } from "../internal/chars";
import { isValidJalaliDate as isValid } from "../jalali/isValidJalaliDate";
import { jalaliMonthLength } from "../jalali/jalaliMonthLength";
import { safeParseJalali } from "../jalali/safeParseJalali";
import type { JalaliDate } from "../jalali/types";

export type { JalaliDate } from "../jalali/types";

/** Days in a Jalali month (29–31). */
export function monthLength(year: number, month: number): number {
  return jalaliMonthLength(year, month);
}

/** True if the value is a date that exists in the Jalali calendar, years 1–3177. */
export function isValidJalaliDate(value: unknown): value is JalaliDate {
  return isValid(value) && value.year >= 1;
}

/** A reference date for parsing; only texts that carry their own year are accepted anyway. */
const REFERENCE: JalaliDate = { year: 1403, month: 12, day: 27 };

/**
 * Reads a Jalali date written with its year: «۱۴۰۳/۱۲/۲۷», "1403-12-27", «۲۷ اسفند ۱۴۰۳»,
 * «دوشنبه ۲۷ اسفند ۱۴۰۳». A text without a 3–4 digit year is refused (its year would depend
 * on today). Undefined if it is not a valid date.
 */
export function parseJalaliDateText(text: string): JalaliDate | undefined {
  if (!/\d{3,4}/.test(latinDigits(text))) return undefined;
  const result = safeParseJalali(text, { reference: REFERENCE });
  return result.success && result.data.year >= 1 ? { year: result.data.year, month: result.data.month, day: result.data.day } : undefined;
}
