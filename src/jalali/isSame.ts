import { compareJalali } from "./compareJalali";
import type { JalaliDate } from "./types";

/**
 * Whether two dates are the same day.
 *
 * @param date - a valid Jalali date
 * @param other - a valid Jalali date
 * @returns `true` if the same day
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { isSame } from "mahalleh/jalali";
 * isSame({ year: 1403, month: 12, day: 27 }, { year: 1403, month: 12, day: 27 }); // => true
 * ```
 * @category Comparison
 */
export function isSame(date: JalaliDate, other: JalaliDate): boolean {
  return compareJalali(date, other) === 0;
}
