/**
 * A fixed holiday of the solar (Jalali) calendar.
 *
 * @category Working year
 */
export interface SolarHoliday {
  /** Month 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** Persian name of the holiday. */
  readonly name: string;
}

/**
 * Iran's official holidays fixed in the solar calendar: Nowruz 1–4 Farvardin, 12 Farvardin
 * (Islamic Republic Day), 13 Farvardin (Nature Day), 14 and 15 Khordad, 22 Bahman (victory
 * of the revolution), 29 Esfand (nationalisation of oil) and 30 Esfand, which exists only in
 * leap years (the Nowruz holiday then starts on the last day of Esfand). Lunar holidays move
 * with moon sighting and are given to `createWorkCalendar` as data.
 *
 * @example
 * ```ts
 * import { SOLAR_HOLIDAYS } from "mahalleh/jalali";
 * SOLAR_HOLIDAYS.length; // => 11
 * SOLAR_HOLIDAYS[0]; // => { month: 1, day: 1, name: "نوروز" }
 * ```
 * @category Working year
 */
export const SOLAR_HOLIDAYS: readonly SolarHoliday[] = Object.freeze(
  (
    [
      [1, 1, "نوروز"],
      [1, 2, "نوروز"],
      [1, 3, "نوروز"],
      [1, 4, "نوروز"],
      [1, 12, "روز جمهوری اسلامی"],
      [1, 13, "روز طبیعت"],
      [3, 14, "رحلت امام خمینی"],
      [3, 15, "قیام ۱۵ خرداد"],
      [11, 22, "پیروزی انقلاب اسلامی"],
      [12, 29, "ملی شدن صنعت نفت"],
      [12, 30, "آغاز تعطیلات نوروز"],
    ] as const
  ).map(([month, day, name]) => Object.freeze({ month, day, name })),
);
