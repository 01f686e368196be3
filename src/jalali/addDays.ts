import { check, checkInteger, daysToJalali } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The date `amount` days after `date` (before, if negative).
 *
 * @param date - a valid Jalali date
 * @param amount - an integer number of days
 * @returns a new date
 * @throws MahallehError `JALALI_OUT_OF_RANGE` if the result leaves the range,
 *   `JALALI_INVALID_DATE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { addDays } from "mahalleh/jalali";
 * addDays({ year: 1403, month: 12, day: 29 }, 1); // => { year: 1403, month: 12, day: 30 }
 * addDays({ year: 1403, month: 12, day: 30 }, 1); // => { year: 1404, month: 1, day: 1 }
 * addDays({ year: 1404, month: 1, day: 1 }, -2); // => { year: 1403, month: 12, day: 29 }
 * ```
 * @category Arithmetic
 */
export function addDays(date: JalaliDate, amount: number): JalaliDate {
  return daysToJalali(check(date) + checkInteger(amount, "amount"));
}
