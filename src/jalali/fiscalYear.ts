import { check } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The Iranian fiscal year (سال مالی) of a date: the Jalali year, 1 Farvardin to the end of
 * Esfand.
 *
 * @param date - a valid Jalali date
 * @returns the fiscal year
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { fiscalYear } from "mahalleh/jalali";
 * fiscalYear({ year: 1403, month: 12, day: 30 }); // => 1403
 * ```
 * @category Working year
 */
export function fiscalYear(date: JalaliDate): number {
  check(date);
  return date.year;
}
