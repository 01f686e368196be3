import { checkInteger } from "./_core";
import { addMonths } from "./addMonths";
import type { JalaliDate } from "./types";

/**
 * The date `amount` years after `date` (before, if negative); 30 Esfand of a leap year
 * becomes 29 Esfand in a common year.
 *
 * @param date - a valid Jalali date
 * @param amount - an integer number of years
 * @returns a new date
 * @throws MahallehError `JALALI_OUT_OF_RANGE`, `JALALI_INVALID_DATE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { addYears } from "mahalleh/jalali";
 * addYears({ year: 1403, month: 12, day: 30 }, 1); // => { year: 1404, month: 12, day: 29 }
 * addYears({ year: 1403, month: 12, day: 30 }, 5); // => { year: 1408, month: 12, day: 30 }
 * ```
 * @category Arithmetic
 */
export function addYears(date: JalaliDate, amount: number): JalaliDate {
  return addMonths(date, checkInteger(amount, "amount") * 12);
}
