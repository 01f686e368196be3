import { addDays } from "./addDays";
import type { JalaliDate } from "./types";
import { weekday } from "./weekday";

/**
 * The Saturday (شنبه) that starts the week of `date`.
 *
 * @param date - a valid Jalali date
 * @returns the Saturday on or before `date`
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { startOfWeek } from "mahalleh/jalali";
 * startOfWeek({ year: 1403, month: 12, day: 27 }); // => { year: 1403, month: 12, day: 25 }
 * startOfWeek({ year: 1404, month: 1, day: 2 }); // => { year: 1404, month: 1, day: 2 }
 * startOfWeek({ year: 1404, month: 1, day: 1 }); // => { year: 1403, month: 12, day: 25 }
 * ```
 * @category Calendar
 */
export function startOfWeek(date: JalaliDate): JalaliDate {
  return addDays(date, -weekday(date));
}
