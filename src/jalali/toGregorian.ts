import { jalaliToGregorian } from "./_core";
import type { GregorianDate, JalaliDate } from "./types";

/**
 * The Gregorian civil date of a Jalali date (proleptic Gregorian calendar, no time zone).
 *
 * @param date - a valid Jalali date
 * @returns the Gregorian civil date
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { toGregorian } from "mahalleh/jalali";
 * toGregorian({ year: 1403, month: 12, day: 27 }); // => { year: 2025, month: 3, day: 17 }
 * toGregorian({ year: 1403, month: 12, day: 30 }); // => { year: 2025, month: 3, day: 20 }
 * toGregorian({ year: 1404, month: 12, day: 30 }); // throws JALALI_INVALID_DATE
 * ```
 * @category Conversion
 */
export function toGregorian(date: JalaliDate): GregorianDate {
  return jalaliToGregorian(date);
}
