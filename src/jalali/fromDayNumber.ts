import { checkInteger, daysToJalali } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The Jalali date of a day number (days since 1970-01-01); inverse of `toDayNumber`.
 *
 * @param dayNumber - an integer
 * @returns the Jalali date
 * @throws MahallehError `JALALI_OUT_OF_RANGE` outside years −61 … 3177, `INVALID_ARGUMENT`
 *   for a non-integer
 * @example
 * ```ts
 * import { fromDayNumber } from "mahalleh/jalali";
 * fromDayNumber(0); // => { year: 1348, month: 10, day: 11 }
 * fromDayNumber(Date.UTC(2025, 2, 21) / 86_400_000); // => { year: 1404, month: 1, day: 1 }
 * fromDayNumber(1.5); // throws INVALID_ARGUMENT
 * ```
 * @category Conversion
 */
export function fromDayNumber(dayNumber: number): JalaliDate {
  return daysToJalali(checkInteger(dayNumber, "dayNumber"));
}
