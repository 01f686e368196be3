import { badArgument, check, checkInteger, dayOfWeek, daysToJalali, outOfRange } from "./_core";
import { SOLAR_HOLIDAYS } from "./solarHolidays";
import type { JalaliDate, Weekday } from "./types";

/**
 * Options of {@link createWorkCalendar}.
 *
 * @category Working year
 */
export interface WorkCalendarOptions {
  /**
   * Weekly days off, Saturday = 0 … Friday = 6. Default `[6]` (Friday). Use `[5, 6]` for a
   * Thursday + Friday weekend. At most six days.
   */
  readonly weekend?: readonly Weekday[] | undefined;
  /**
   * Further holidays as dates: the lunar holidays of each year (they follow moon sighting
   * and cannot be computed), or one-off closures. Default `[]`.
   */
  readonly holidays?: readonly JalaliDate[] | undefined;
  /** Whether the fixed solar holidays ({@link SOLAR_HOLIDAYS}) are days off. Default `true`. */
  readonly solarHolidays?: boolean | undefined;
}

/**
 * A working calendar: which days count as working days, and deadline arithmetic in working
 * days. Built by {@link createWorkCalendar}; its methods are plain functions (no `this`), so
 * they can be passed around (`dates.filter(calendar.isWorkingDay)`).
 *
 * @category Working year
 */
export interface WorkCalendar {
  /** The weekly days off, sorted. */
  readonly weekend: readonly Weekday[];
  /**
   * Whether `date` is a holiday (solar, or one of the given `holidays`), weekends aside.
   *
   * @param date - a valid Jalali date
   */
  readonly isHoliday: (date: JalaliDate) => boolean;
  /**
   * Whether `date` is neither a weekend day nor a holiday.
   *
   * @param date - a valid Jalali date
   */
  readonly isWorkingDay: (date: JalaliDate) => boolean;
  /**
   * The `amount`-th working day after `date` (before it, if negative); `date` itself for 0.
   * A deadline of "10 working days from the session" is `addWorkingDays(session, 10)`.
   *
   * @param date - a valid Jalali date
   * @param amount - an integer number of working days
   */
  readonly addWorkingDays: (date: JalaliDate, amount: number) => JalaliDate;
  /**
   * The number of working days `d` with `start < d ≤ end`; if `end` is before `start`,
   * minus the number with `end ≤ d < start`. So `addWorkingDays(start, workingDaysBetween(start, end))`
   * is `end` whenever `end` is a working day.
   *
   * @param start - a valid Jalali date
   * @param end - a valid Jalali date
   */
  readonly workingDaysBetween: (start: JalaliDate, end: JalaliDate) => number;
}

/**
 * Builds a {@link WorkCalendar} from a weekend (default Friday) and holidays: the fixed solar
 * holidays shipped with the library (30 Esfand only exists, and so only counts, in leap
 * years) plus the lunar holidays you pass as data.
 *
 * @param options - `weekend`, `holidays`, `solarHolidays`
 * @returns the calendar
 * @throws MahallehError `INVALID_ARGUMENT` (weekend not a list of 0–6 leaving a working
 *   day), `JALALI_INVALID_DATE` / `JALALI_OUT_OF_RANGE` for a bad holiday
 * @example
 * ```ts
 * import { createWorkCalendar } from "mahalleh/jalali";
 * // Lunar holidays of 1404 as announced (here: Eid al-Fitr, 11 Farvardin 1404).
 * const calendar = createWorkCalendar({ holidays: [{ year: 1404, month: 1, day: 11 }] });
 * calendar.isWorkingDay({ year: 1403, month: 12, day: 27 }); // => true
 * calendar.isWorkingDay({ year: 1403, month: 12, day: 30 }); // => false
 * calendar.isWorkingDay({ year: 1404, month: 12, day: 28 }); // => true
 * // 28 Esfand, then 29-30 Esfand and 1-4 Farvardin are holidays: 5 and 6 Farvardin
 * calendar.addWorkingDays({ year: 1403, month: 12, day: 27 }, 3); // => { year: 1404, month: 1, day: 6 }
 * calendar.workingDaysBetween({ year: 1403, month: 12, day: 27 }, { year: 1404, month: 1, day: 6 }); // => 3
 * ```
 * @category Working year
 */
export function createWorkCalendar(options?: WorkCalendarOptions | undefined): WorkCalendar {
  const weekend = options?.weekend ?? [6];
  const holidays = options?.holidays ?? [];
  const solar = options?.solarHolidays ?? true;
  if (!Array.isArray(weekend)) throw badArgument("weekend", weekend);
  // off[w]: whether weekday w (Saturday = 0) is a day off.
  const off = [0, 0, 0, 0, 0, 0, 0];
  for (const day of weekend) {
    if (!(day >= 0 && day < 7 && Number.isInteger(day))) throw badArgument("weekend", day);
    off[day] = 1;
  }
  if (!off.includes(0)) throw badArgument("weekend", weekend);
  if (!Array.isArray(holidays)) throw badArgument("holidays", holidays);
  const extra = new Set(Array.from(holidays, (holiday) => check(holiday, "holidays")));
  if (typeof solar !== "boolean") throw badArgument("solarHolidays", solar);
  const holidayAt = (n: number, d = daysToJalali(n)): boolean => extra.has(n) || (solar && SOLAR_HOLIDAYS.some((h) => h.month === d.month && h.day === d.day));
  const workingAt = (n: number): boolean => !off[dayOfWeek(n)] && !holidayAt(n);
  return {
    weekend: Object.freeze(off.flatMap((o, day) => (o ? [day as Weekday] : []))),
    isHoliday: (date) => holidayAt(check(date)),
    isWorkingDay: (date) => workingAt(check(date)),
    addWorkingDays: (date, amount) => {
      let n = check(date);
      let left = checkInteger(amount, "amount");
      // More working days than the calendar has days cannot end inside it.
      if (Math.abs(left) > 1_200_000) throw outOfRange(amount);
      const step = Math.sign(left);
      for (; left; ) if (workingAt((n += step))) left -= step;
      return daysToJalali(n);
    },
    workingDaysBetween: (start, end) => {
      const from = check(start, "start");
      const to = check(end, "end");
      // The inverse of addWorkingDays: the working days in (start, end], or minus those in [end, start).
      let count = 0;
      for (let n = from, step = Math.sign(to - from); n !== to; ) if (workingAt((n += step))) count += step;
      return count;
    },
  };
}
