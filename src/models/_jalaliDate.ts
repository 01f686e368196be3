/**
 * Jalali date helpers private to the models (a Jalali date is `{ year, month, day }`,
 * 1-based month).
 */
import { latinDigits } from "../internal/chars";

/**
 * A date of the Jalali (Solar Hijri) calendar: `{ year, month, day }` with a 1-based month
 * (1 = Farvardin … 12 = Esfand).
 *
 * @category Models
 */
export interface JalaliDate {
  /** Solar Hijri year, e.g. 1403. */
  year: number;
  /** Month, 1 (Farvardin) to 12 (Esfand). */
  month: number;
  /** Day of the month, 1 to 31. */
  day: number;
}

/** Leap years of the 33-year arithmetic cycle (exact for 1178–1633). */
function isLeap(year: number): boolean {
  return (((year * 8 + 29) % 33) + 33) % 33 < 8;
}

/** Days in a Jalali month. */
export function monthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isLeap(year) ? 30 : 29;
}

/** True if the date exists in the Jalali calendar (years 1–3177). */
export function isValidJalaliDate(date: JalaliDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 3177 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= monthLength(year, month)
  );
}

const DATE_TEXT = /^(\d{3,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/;

/** Reads «۱۴۰۳/۱۲/۲۷», "1403-12-27" or "1403.12.27" (not checked for existence). */
export function parseJalaliDateText(text: string): JalaliDate | undefined {
  const match = DATE_TEXT.exec(latinDigits(text.trim()));
  if (match === null) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}
