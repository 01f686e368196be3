import { badArgument, leap, MAX_YEAR, MIN_YEAR, outOfRange } from "./_core";

/**
 * Whether a Jalali year has 366 days (30 Esfand exists), by Borkowski's astronomical rule,
 * which matches Iran's official calendar. Not the 33-year rule (wrong before 1178 and after
 * 1633) nor the 2820-year rule (wrong already for 1403/1404).
 *
 * @param year - an integer year, −61 … 3177
 * @returns whether the year is leap
 * @throws MahallehError `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { isLeapJalaliYear } from "mahalleh/jalali";
 * isLeapJalaliYear(1403); // => true
 * isLeapJalaliYear(1404); // => false
 * isLeapJalaliYear(1408); // => true
 * isLeapJalaliYear(3178); // throws JALALI_OUT_OF_RANGE
 * ```
 * @category Calendar
 */
export function isLeapJalaliYear(year: number): boolean {
  if (!Number.isInteger(year)) throw badArgument("year", year);
  if (year < MIN_YEAR || year > MAX_YEAR) throw outOfRange(year);
  return leap(year);
}
