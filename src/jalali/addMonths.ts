import { check, checkInteger, MAX_YEAR, MIN_YEAR, monthLength, outOfRange } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The date `amount` months after `date` (before, if negative). A day past the end of the
 * target month is clamped to its last day: 31 Shahrivar + 1 month = 30 Mehr.
 *
 * @param date - a valid Jalali date
 * @param amount - an integer number of months
 * @returns a new date
 * @throws MahallehError `JALALI_OUT_OF_RANGE`, `JALALI_INVALID_DATE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { addMonths } from "mahalleh/jalali";
 * addMonths({ year: 1403, month: 6, day: 31 }, 1); // => { year: 1403, month: 7, day: 30 }
 * addMonths({ year: 1403, month: 11, day: 30 }, 1); // => { year: 1403, month: 12, day: 30 }
 * addMonths({ year: 1403, month: 12, day: 27 }, 2); // => { year: 1404, month: 2, day: 27 }
 * ```
 * @category Arithmetic
 */
export function addMonths(date: JalaliDate, amount: number): JalaliDate {
  check(date);
  const total = date.year * 12 + date.month - 1 + checkInteger(amount, "amount");
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) throw outOfRange(year);
  return { year, month, day: Math.min(date.day, monthLength(year, month)) };
}
