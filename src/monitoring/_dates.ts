/** Day numbers of Jalali dates, with errors that name the record and field. */
import { isValidJalaliDate } from "../jalali/isValidJalaliDate";
import { toDayNumber } from "../jalali/toDayNumber";
import type { JalaliDate } from "../jalali/types";
import { monitoringError, whereText } from "./_messages";
import type { Where } from "./_messages";

/** The day number of `date`, or a `MONITORING_INVALID_DATE` naming where it was read. */
export function dayOf(date: unknown, where: Where): number {
  if (!isValidJalaliDate(date)) {
    throw monitoringError("MONITORING_INVALID_DATE", "badDate", [whereText(where)], { ...where, value: date });
  }
  return toDayNumber(date as JalaliDate);
}
