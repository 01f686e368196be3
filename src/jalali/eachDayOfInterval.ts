import { badArgument, check, daysToJalali, error } from "./_core";
import type { JalaliDate, JalaliInterval } from "./types";

/**
 * Every day from `interval.start` to `interval.end`, both included, in order.
 *
 * @param interval - `{ start, end }` with `start` ≤ `end`
 * @returns the days
 * @throws MahallehError `JALALI_INVALID_INTERVAL` if `end` is before `start`,
 *   `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { eachDayOfInterval } from "mahalleh/jalali";
 * eachDayOfInterval({ start: { year: 1403, month: 12, day: 29 }, end: { year: 1404, month: 1, day: 1 } }).length; // => 3
 * eachDayOfInterval({ start: { year: 1403, month: 12, day: 29 }, end: { year: 1404, month: 1, day: 1 } })[1]; // => { year: 1403, month: 12, day: 30 }
 * ```
 * @category Calendar
 */
export function eachDayOfInterval(interval: JalaliInterval): JalaliDate[] {
  if (typeof interval !== "object" || interval === null) throw badArgument("interval", interval);
  const start = check(interval.start, "start");
  const end = check(interval.end, "end");
  if (end < start) throw error("JALALI_INVALID_INTERVAL", { ...interval });
  const days: JalaliDate[] = [];
  for (let n = start; n <= end; n++) days.push(daysToJalali(n));
  return days;
}
