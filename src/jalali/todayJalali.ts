import { daysToJalali } from "./_core";
import { TEHRAN, wallTime } from "./_zone";
import type { JalaliDate, TimeZoneOptions } from "./types";

/**
 * Today's Jalali date in `options.timeZone` (default `"Asia/Tehran"`, whatever the host
 * zone is).
 *
 * @param options - `timeZone`, default `"Asia/Tehran"`
 * @returns today's date in that zone
 * @throws MahallehError `JALALI_INVALID_TIME_ZONE`
 * @example
 * ```ts
 * import { isValidJalaliDate, todayJalali } from "mahalleh/jalali";
 * isValidJalaliDate(todayJalali()); // => true
 * todayJalali({ timeZone: "Mars/Olympus" }); // throws JALALI_INVALID_TIME_ZONE
 * ```
 * @category Conversion
 */
export function todayJalali(options?: TimeZoneOptions | undefined): JalaliDate {
  return daysToJalali(Math.floor(wallTime(Date.now(), options?.timeZone ?? TEHRAN) / 86_400_000));
}
