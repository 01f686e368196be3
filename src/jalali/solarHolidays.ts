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
}

/**
 * Iran's official holidays fixed in the solar calendar (iran.md): Nowruz 1–4 Farvardin,
 * 12 Farvardin (Islamic Republic Day, روز جمهوری اسلامی), 13 Farvardin (Nature Day, روز
 * طبیعت), 14 Khordad (death of Imam Khomeini), 15 Khordad (uprising of 15 Khordad),
 * 22 Bahman (victory of the revolution), 29 Esfand (nationalisation of the oil industry) and
 * 30 Esfand, which exists only in leap years (the Nowruz holiday then starts on the last day
 * of Esfand). Lunar holidays move with moon sighting and are given to `createWorkCalendar`
 * as data.
 *
 * @example
 * ```ts
 * import { SOLAR_HOLIDAYS } from "mahalleh/jalali";
 * SOLAR_HOLIDAYS.length; // => 11
 * SOLAR_HOLIDAYS[0]; // => { month: 1, day: 1 }
 * SOLAR_HOLIDAYS[10]; // => { month: 12, day: 30 }
 * ```
 * @category Working year
 */
export const SOLAR_HOLIDAYS: readonly SolarHoliday[] = /* @__PURE__ */ Object.freeze(
  [101, 102, 103, 104, 112, 113, 314, 315, 1122, 1229, 1230].map((md) => Object.freeze({ month: Math.floor(md / 100), day: md % 100 })),
);
