import { badArgument, daysToJalali, error, gregorianToJalali } from "./_core";
import { TEHRAN, wallTime } from "./_zone";
import type { GregorianDate, JalaliDate, TimeZoneOptions } from "./types";

/**
 * The Jalali date of a Gregorian civil date, or of an instant (`Date`) read in
 * `options.timeZone` (default `"Asia/Tehran"`; the host zone is never used).
 *
 * Exact for Jalali years −61 … 3177 (Gregorian 560-03-20 … 3799-03-20) by Borkowski's
 * astronomical leap rule, which Iran's official calendar follows.
 *
 * @param input - a `GregorianDate` (civil, no zone) or a `Date` instant
 * @param options - `timeZone` for a `Date` (ignored for a `GregorianDate`)
 * @returns the Jalali civil date
 * @throws MahallehError `JALALI_INVALID_DATE` (30 February…), `JALALI_OUT_OF_RANGE`,
 *   `JALALI_INVALID_TIME_ZONE`, `INVALID_ARGUMENT` (wrong type, invalid `Date`)
 * @example
 * ```ts
 * import { toJalali } from "mahalleh/jalali";
 * toJalali({ year: 2025, month: 3, day: 17 }); // => { year: 1403, month: 12, day: 27 }
 * toJalali({ year: 2025, month: 3, day: 21 }); // => { year: 1404, month: 1, day: 1 }
 * // 2025-03-20T21:00Z is already 1 Farvardin in Tehran (00:30), still 30 Esfand in UTC
 * toJalali(new Date("2025-03-20T21:00:00Z")); // => { year: 1404, month: 1, day: 1 }
 * toJalali(new Date("2025-03-20T21:00:00Z"), { timeZone: "UTC" }); // => { year: 1403, month: 12, day: 30 }
 * toJalali({ year: 2025, month: 2, day: 29 }); // throws JALALI_INVALID_DATE
 * ```
 * @category Conversion
 */
export function toJalali(input: GregorianDate | Date, options?: TimeZoneOptions | undefined): JalaliDate {
  if (typeof input !== "object" || input === null) throw badArgument("input", input);
  // A civil date first (the common case); a Date has no such fields and goes on below.
  const { year, month, day } = input as GregorianDate;
  // `(x | 0) === x` holds for int32 numbers only: strings, NaN and fractions fail it.
  if ((year | 0) === year && (month | 0) === month && (day | 0) === day) {
    // The month's length in a common year; 29 February only in a Gregorian leap year.
    if ((month - 1) >>> 0 < 12 && day > 0 && (day <= (month === 2 ? 28 : 30 + ((month + (month >> 3)) & 1)) || (month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))) {
      return gregorianToJalali(year, month, day);
    }
    throw error("JALALI_INVALID_DATE", { gregorian: input });
  }
  if (!(input instanceof Date)) throw badArgument("input", input);
  const ms = input.getTime();
  if (Number.isNaN(ms)) throw badArgument("input", input);
  // Checked in UTC first: Intl drops the era of years before 1 CE, far outside the range.
  daysToJalali(Math.floor(ms / 86_400_000));
  return daysToJalali(Math.floor(wallTime(ms, options?.timeZone ?? TEHRAN) / 86_400_000));
}
