import { check, dayOfWeek } from "./_core";
import type { JalaliDate, Weekday } from "./types";

/**
 * The day of the week, Saturday = 0 (شنبه) … Friday = 6 (جمعه).
 *
 * @param date - a valid Jalali date
 * @returns 0–6
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { weekday } from "mahalleh/jalali";
 * weekday({ year: 1403, month: 12, day: 27 }); // => 2
 * weekday({ year: 1403, month: 1, day: 1 }); // => 4
 * ```
 * @category Calendar
 */
export function weekday(date: JalaliDate): Weekday {
  return dayOfWeek(check(date)) as Weekday;
}
