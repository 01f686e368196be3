import { check, monthLength } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The last day of the month of `date` (30 Esfand in a leap year, 29 otherwise).
 *
 * @param date - a valid Jalali date
 * @returns the last day of the same month
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { endOfMonth } from "mahalleh/jalali";
 * endOfMonth({ year: 1403, month: 12, day: 1 }); // => { year: 1403, month: 12, day: 30 }
 * endOfMonth({ year: 1404, month: 12, day: 1 }); // => { year: 1404, month: 12, day: 29 }
 * endOfMonth({ year: 1404, month: 6, day: 10 }); // => { year: 1404, month: 6, day: 31 }
 * ```
 * @category Calendar
 */
export function endOfMonth(date: JalaliDate): JalaliDate {
  check(date);
  return { year: date.year, month: date.month, day: monthLength(date.year, date.month) };
}
