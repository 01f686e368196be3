import { check } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The first day of the month of `date`.
 *
 * @param date - a valid Jalali date
 * @returns day 1 of the same month
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { startOfMonth } from "mahalleh/jalali";
 * startOfMonth({ year: 1403, month: 12, day: 27 }); // => { year: 1403, month: 12, day: 1 }
 * ```
 * @category Calendar
 */
export function startOfMonth(date: JalaliDate): JalaliDate {
  check(date);
  return { year: date.year, month: date.month, day: 1 };
}
