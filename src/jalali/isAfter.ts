import { compareJalali } from "./compareJalali";
import type { JalaliDate } from "./types";

/**
 * Whether `date` is a later day than `other`.
 *
 * @param date - a valid Jalali date
 * @param other - a valid Jalali date
 * @returns `true` if strictly later
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { isAfter } from "mahalleh/jalali";
 * isAfter({ year: 1403, month: 12, day: 30 }, { year: 1404, month: 1, day: 1 }); // => false
 * ```
 * @category Comparison
 */
export function isAfter(date: JalaliDate, other: JalaliDate): boolean {
  return compareJalali(date, other) > 0;
}
