import { check } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The day number of a Jalali date: days since 1970-01-01 (= 1348/10/11), negative before.
 * Day numbers make arithmetic trivial; `dayNumber * 86_400_000` is the UTC midnight of the
 * day, i.e. `new Date(toDayNumber(d) * 86_400_000)` is the `Date` that date-fns and
 * `Date.UTC` use for that civil day in UTC.
 *
 * @param date - a valid Jalali date
 * @returns an integer day number
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { toDayNumber } from "mahalleh/jalali";
 * toDayNumber({ year: 1348, month: 10, day: 11 }); // => 0
 * toDayNumber({ year: 1403, month: 12, day: 27 }); // => Date.UTC(2025, 2, 17) / 86_400_000
 * ```
 * @category Conversion
 */
export function toDayNumber(date: JalaliDate): number {
  return check(date);
}
