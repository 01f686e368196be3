import { check } from "./_core";
import { startOfDayIn, TEHRAN } from "./_zone";
import type { JalaliDate, TimeZoneOptions } from "./types";

/**
 * The instant at which a Jalali day starts in `options.timeZone` (default `"Asia/Tehran"`):
 * local midnight, or the first instant after a skipped midnight (Tehran moved its clocks
 * from 00:00 to 01:00 at the start of summer time until 1401).
 *
 * @param date - a valid Jalali date
 * @param options - `timeZone`, default `"Asia/Tehran"`
 * @returns a new `Date`
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`,
 *   `JALALI_INVALID_TIME_ZONE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { toDate } from "mahalleh/jalali";
 * toDate({ year: 1403, month: 12, day: 27 }).toISOString(); // => "2025-03-16T20:30:00.000Z"
 * toDate({ year: 1403, month: 12, day: 27 }, { timeZone: "UTC" }).toISOString(); // => "2025-03-17T00:00:00.000Z"
 * // 2 Farvardin 1399: Tehran's clocks jumped from 00:00 to 01:00
 * toDate({ year: 1399, month: 1, day: 2 }).toISOString(); // => "2020-03-20T20:30:00.000Z"
 * ```
 * @category Conversion
 */
export function toDate(date: JalaliDate, options?: TimeZoneOptions | undefined): Date {
  return new Date(startOfDayIn(check(date) * 86_400_000, options?.timeZone ?? TEHRAN));
}
