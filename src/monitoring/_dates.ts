/**
 * Day numbers of Jalali dates, with errors that name the record and field. A valid date costs
 * `toDayNumber`'s few comparisons (the follow-up of 100,000 resolutions reads several dates
 * each); the place is built only for an invalid one. `dayOf` caches month starts and lengths.
 */
import { isValidJalaliDate } from "../jalali/isValidJalaliDate";
import { jalaliMonthLength } from "../jalali/jalaliMonthLength";
import { toDayNumber } from "../jalali/toDayNumber";
import type { JalaliDate } from "../jalali/types";
import { monitoringError, whereText } from "./_messages";
import type { Where } from "./_messages";

/** key year × 16 + month → [day number of its 1st, its length]. */
const MONTHS = new Map<number, readonly [number, number]>();

function invalid(date: unknown, where: Where): Error {
  return monitoringError("MONITORING_INVALID_DATE", "badDate", [whereText(where)], { ...where, value: date });
}

/** The day number of `date`, or a `MONITORING_INVALID_DATE` naming where it was read. */
export function dayOf(date: unknown, where: Where): number {
  if (typeof date !== "object" || date === null) throw invalid(date, where);
  const { year, month, day } = date as JalaliDate;
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && day >= 1) {
    const key = year * 16 + month;
    let m = MONTHS.get(key);
    if (m === undefined && month >= 1 && month <= 12 && isValidJalaliDate({ year, month, day: 1 })) {
      m = [toDayNumber({ year, month, day: 1 }), jalaliMonthLength(year, month)];
      MONTHS.set(key, m);
    }
    if (m !== undefined && day <= m[1]) return m[0] + day - 1;
  }
  throw invalid(date, where);
}

/** {@link dayOf} for a field of a record in a list, building the place only on error. */
export function dayAt(date: unknown, list: string, index: number, id: unknown, field: string, item?: number, leaf?: string): number {
  // The common case, a valid date: toDayNumber checks it in a few comparisons (no lookup).
  try {
    return toDayNumber(date as JalaliDate);
  } catch {
    return dayOf(date, { list, index, id: String(id), field: item === undefined ? field : `${field}.${item}.${leaf ?? ""}` });
  }
}
