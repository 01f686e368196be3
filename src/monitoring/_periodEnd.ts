/** The last day of a canonical Jalali period (`"1403"`, `"1403-Q4"`, `"1403-05"`) as a day number. */
import { jalaliMonthLength } from "../jalali/jalaliMonthLength";
import { toDayNumber } from "../jalali/toDayNumber";

export function periodEndDay(period: string): number | undefined {
  const m = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/.exec(period);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = m[2] !== undefined ? Number(m[2]) * 3 : m[3] !== undefined ? Number(m[3]) : 12;
  if (month < 1 || month > 12) return undefined;
  return toDayNumber({ year, month, day: jalaliMonthLength(year, month) });
}
