/**
 * The arithmetic core of `mahalleh/jalali` (private).
 *
 * Day numbers count civil days from 1970-01-01 (Gregorian) = 1348/10/11 (Jalali), so that a
 * day number times 86 400 000 is the UTC midnight of that day.
 *
 * The Jalali year starts are derived from Kazimierz Borkowski's published leap-year rule
 * ("The Persian calendar for 3000 years", Earth, Moon and Planets 74, 1996): between
 * consecutive "break" years the leap years follow a 33-year cycle (a leap year every fourth
 * year, the eighth one five years after the seventh), re-phased at each break; the last five
 * years before a break follow the phase of the next cycle. The table is valid for years
 * −61 … 3177. Year starts are anchored on 1 Farvardin 1403 = 2024-03-20 and accumulated from
 * the leap flags; the tests check them against jalaali-js, an independent implementation.
 */
import { MahallehError } from "../errors/MahallehError";
import type { JalaliErrorCode } from "./errorCodes";
import type { GregorianDate, JalaliDate } from "./types";

/** First and last years of Borkowski's range. */
export const MIN_YEAR = -61;
export const MAX_YEAR = 3177;

const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

/** Whether `year` is leap by Borkowski's break-year rule (year in range). */
function borkowskiLeap(year: number): boolean {
  let k = 1;
  while (year >= BREAKS[k]!) k++;
  const start = BREAKS[k - 1]!;
  const length = BREAKS[k]! - start;
  let n = year - start;
  // The final years of a segment take the phase of the cycle that ends at the break.
  if (length - n < 6) n += 33 * (((length + 4) / 33) | 0) - length;
  const r = n % 33;
  return r % 4 === 0 && r !== 32;
}

let starts: Int32Array | undefined;

/** Day numbers of 1 Farvardin of every year MIN_YEAR … MAX_YEAR + 1 (built on first use). */
function table(): Int32Array {
  if (starts !== undefined) return starts;
  const t = new Int32Array(MAX_YEAR - MIN_YEAR + 2);
  const anchor = 1403 - MIN_YEAR;
  t[anchor] = 19802; // 2024-03-20 = Date.UTC(2024, 2, 20) / 86 400 000 (tested)
  for (let i = anchor; i < t.length - 1; i++) t[i + 1] = t[i]! + 365 + (borkowskiLeap(i + MIN_YEAR) ? 1 : 0);
  for (let i = anchor; i > 0; i--) t[i - 1] = t[i]! - 365 - (borkowskiLeap(i - 1 + MIN_YEAR) ? 1 : 0);
  return (starts = t);
}

let nowruz: Int8Array | undefined;
/** The month (1–12) of each day of a Jalali year, counted from 0; built with {@link nowruz}. */
let months: Uint8Array;
/** Gregorian month × 32 + day of each day counted from 1 March (366 … : March of the next year). */
let marchDays: Uint16Array;

/**
 * Nowruz of every year MIN_YEAR … MAX_YEAR + 1 as days after 1 March of Gregorian year
 * (year + 621), e.g. 19 for 20 March (built on first use, from {@link table}).
 */
function nowruzTable(): Int8Array {
  const t = starts ?? table();
  const a = new Int8Array(t.length);
  for (let i = 0; i < t.length; i++) a[i] = t[i]! - marchFirst(i + MIN_YEAR + 621);
  months = new Uint8Array(366);
  marchDays = new Uint16Array(400);
  for (let d = 0; d < 400; d++) {
    if (d < 366) months[d] = d < 186 ? ((d / 31) | 0) + 1 : (((d - 186) / 30) | 0) + 7;
    const m = ((5 * d + 2) / 153) | 0;
    marchDays[d] = ((m < 10 ? m + 3 : m - 9) << 5) + d - (((153 * m + 2) / 5) | 0) + 1;
  }
  return (nowruz = a);
}

/** Day number of 1 March of Gregorian year `year` (year ≥ 0); integer-only. */
function marchFirst(year: number): number {
  return 365 * year + (year >> 2) - ((year / 100) | 0) + ((year / 400) | 0) - 719468;
}

/** Days from 1 March to the first of each Gregorian month (January and February: of the next year). */
const MARCH = [0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275];

/**
 * The Jalali date of a valid Gregorian civil date, without a day number: the day is counted
 * from 1 March (of the year before, for January and February, so that no leap day lies in
 * between) and then from that year's Nowruz, the start of Jalali year (Gregorian − 621), or,
 * before it, from the Nowruz of the year before. Throws JALALI_OUT_OF_RANGE outside the table.
 */
export function gregorianToJalali(year: number, month: number, day: number): JalaliDate {
  const t = starts ?? table();
  const nz = nowruz ?? nowruzTable();
  let i = year - 621 - MIN_YEAR - (month < 3 ? 1 : 0);
  if (i >= 0 && i < t.length) {
    let x = MARCH[month]! + day - 1 - nz[i]!;
    if (x < 0 && i > 0) x += t[i]! - t[--i]!;
    if (x >= 0 && i < t.length - 1) {
      const m = months[x]!;
      return { year: i + MIN_YEAR, month: m, day: x - (m <= 7 ? (m - 1) * 31 : m * 30 - 24) + 1 };
    }
  }
  throw outOfRange(year);
}

/**
 * The Gregorian date of a Jalali date (checked here; a wrong one gets {@link check}'s error),
 * counted from 1 March of Gregorian year (year + 621), a few weeks before its Nowruz.
 */
export function jalaliToGregorian(date: JalaliDate): GregorianDate {
  if (typeof date === "object" && date !== null) {
    const { year, month, day } = date;
    const t = starts ?? table();
    const i = year - MIN_YEAR;
    // `(x | 0) === x` holds for int32 numbers only; Esfand has 30 days in a year of 366.
    if ((year | 0) === year && (month | 0) === month && (day | 0) === day && i >= 0 && i < t.length - 1 && (month - 1) >>> 0 < 12 && day > 0 && day <= (month <= 6 ? 31 : month <= 11 ? 30 : t[i + 1]! - t[i]! - 336)) {
      let x = (nowruz ?? nowruzTable())[i]! + (month <= 7 ? (month - 1) * 31 : month * 30 - 24) + day - 1;
      let gy = year + 621;
      // Past February of gy + 1: March of gy + 1, counted from its 1 March.
      if (x >= 365) {
        const length = (gy + 1) % 4 === 0 && ((gy + 1) % 100 !== 0 || (gy + 1) % 400 === 0) ? 366 : 365;
        if (x >= length) {
          x -= length;
          gy++;
        }
      }
      const md = marchDays[x]!;
      return { year: x < 306 ? gy : gy + 1, month: md >> 5, day: md & 31 };
    }
  }
  check(date); // throws: the test above refuses exactly what check() refuses
  throw badArgument("date", date);
}

/** Day number of 1 Farvardin of `year` (year in range, unchecked). */
export function yearStart(year: number): number {
  return table()[year - MIN_YEAR]!;
}

/** Whether `year` (in range, unchecked) has 366 days. */
export function leap(year: number): boolean {
  const t = table();
  return t[year - MIN_YEAR + 1]! - t[year - MIN_YEAR]! === 366;
}

/** Days in a month (year in range, month 1–12, unchecked). */
export function monthLength(year: number, month: number): number {
  return month <= 6 ? 31 : month <= 11 ? 30 : leap(year) ? 30 : 29;
}

/** The Jalali date of a day number; throws JALALI_OUT_OF_RANGE outside the table. */
export function daysToJalali(n: number): JalaliDate {
  const t = starts ?? table();
  if (!(n >= t[0]! && n < t[t.length - 1]!)) throw outOfRange(n);
  // The estimate is at most a year or two off (1 March vs Nowruz, 365.2425-day mean year).
  let i = Math.min((((n + 719468) * 400) / 146097 - 621 - MIN_YEAR) | 0, t.length - 2);
  while (n < t[i]!) i--;
  while (n >= t[i + 1]!) i++;
  return fromYearDay(i + MIN_YEAR, n - t[i]!);
}

/** The Jalali date of day `doy` (0-based) of `year`. */
function fromYearDay(year: number, doy: number): JalaliDate {
  const month = doy < 186 ? ((doy / 31) | 0) + 1 : (((doy - 186) / 30) | 0) + 7;
  return { year, month, day: doy - (month <= 7 ? (month - 1) * 31 : month * 30 - 24) + 1 };
}

/** The module's error codes, in the order of {@link FA} and {@link EN}. */
const CODES = "INVALID_ARGUMENT JALALI_INVALID_DATE JALALI_OUT_OF_RANGE JALALI_UNPARSABLE JALALI_WEEKDAY_MISMATCH JALALI_INVALID_TIME_ZONE JALALI_INVALID_PATTERN JALALI_INVALID_INTERVAL".split(" ");
/** Persian messages (short: the details that follow carry the facts). */
const FA = "مقدار نامعتبر|تاریخ نامعتبر|بیرون از بازهٔ سال‌ها|تاریخ ناخوانا|روز هفته نادرست|منطقهٔ زمانی نامعتبر|الگوی نامعتبر|بازهٔ نامعتبر".split("|");
/** English messages. */
const EN = "Invalid argument|Invalid date|Outside years -61…3177|Unreadable date|Weekday contradicts the date|Invalid time zone|Invalid pattern|Invalid interval".split("|");

/**
 * A MahallehError of this module, its messages completed by the details (as JSON: data, so
 * their digits stay as written; the Persian texts themselves have no number). Built directly,
 * not through the shared `fail`, whose Persian-digit pass the calendar's small budget skips.
 */
export function error(code: JalaliErrorCode | "INVALID_ARGUMENT", details: Readonly<Record<string, unknown>>): Error {
  const i = CODES.indexOf(code);
  const facts = ": " + JSON.stringify(details);
  return new MahallehError(code, { fa: FA[i] + facts, en: EN[i] + facts }, { details });
}

/** The JALALI_OUT_OF_RANGE error. */
export function outOfRange(value: unknown): Error {
  return error("JALALI_OUT_OF_RANGE", { value });
}

/** The INVALID_ARGUMENT error for a parameter of the wrong type. */
export function badArgument(name: string, value: unknown): Error {
  return error("INVALID_ARGUMENT", { name, type: typeof value });
}

/** Whether the three numbers name a valid Jalali date in range (no throw). */
export function validJalali(year: unknown, month: unknown, day: unknown): boolean {
  return !Number.isNaN(dayNumber(year as number, month as number, day as number));
}

/**
 * The day number of a Jalali date, or NaN when the fields name no day in range (no throw).
 * The fields may be anything at run time (strings, fractions): only int32 numbers pass.
 */
export function dayNumber(y: number, m: number, d: number): number {
  // `(x | 0) === x` holds for int32 numbers only: strings, NaN and fractions fail it.
  if ((y | 0) !== y || (m | 0) !== m || (d | 0) !== d || y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return NaN;
  const t = starts ?? table();
  const start = t[y - MIN_YEAR]!;
  // Esfand has 29 days in a year of 365, 30 in one of 366.
  return d > (m <= 6 ? 31 : m <= 11 ? 30 : t[y - MIN_YEAR + 1]! - start - 336) ? NaN : start + (m <= 7 ? (m - 1) * 31 : m * 30 - 24) + d - 1;
}

/**
 * Checks a JalaliDate argument at the public edge and returns its day number.
 * Wrong shape: INVALID_ARGUMENT; year outside the range: JALALI_OUT_OF_RANGE; impossible
 * day: JALALI_INVALID_DATE.
 */
export function check(date: unknown, name = "date"): number {
  if (typeof date === "object" && date !== null) {
    const { year, month, day } = date as JalaliDate;
    const n = dayNumber(year, month, day);
    if (n === n) return n;
    if ([year, month, day].every(Number.isInteger)) throw year < MIN_YEAR || year > MAX_YEAR ? outOfRange(year) : invalidDate(year, month, day);
  }
  throw badArgument(name, date);
}

/** The JALALI_INVALID_DATE error. */
export function invalidDate(year: number, month: number, day: number): Error {
  return error("JALALI_INVALID_DATE", { year, month, day });
}

/** Day of the week of a day number, Saturday = 0 (1970-01-01 was a Thursday, 5). */
export function dayOfWeek(n: number): number {
  return (((n + 5) % 7) + 7) % 7;
}

/** Checks an integer argument (amounts of days, months…). */
export function checkInteger(value: unknown, name: string): number {
  if (!Number.isSafeInteger(value)) throw badArgument(name, value);
  return value as number;
}
