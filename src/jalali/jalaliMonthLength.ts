import { badArgument, monthLength } from "./_core";
import { isLeapJalaliYear } from "./isLeapJalaliYear";

/**
 * The number of days in a Jalali month: 31 for months 1–6, 30 for 7–11, 29 for Esfand
 * (30 in a leap year).
 *
 * @param year - an integer year, −61 … 3177
 * @param month - 1–12
 * @returns 29, 30 or 31
 * @throws MahallehError `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT` (month not 1–12)
 * @example
 * ```ts
 * import { jalaliMonthLength } from "mahalleh/jalali";
 * jalaliMonthLength(1403, 6); // => 31
 * jalaliMonthLength(1403, 7); // => 30
 * jalaliMonthLength(1403, 12); // => 30
 * jalaliMonthLength(1404, 12); // => 29
 * ```
 * @category Calendar
 */
export function jalaliMonthLength(year: number, month: number): number {
  isLeapJalaliYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badArgument("month", month);
  return monthLength(year, month);
}
