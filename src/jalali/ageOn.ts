import { check, error, monthLength } from "./_core";
import type { JalaliDate } from "./types";

/**
 * Age in whole years on the day `on` of someone born on `birth`. The birthday counts as
 * reached on the same month and day; a birthday on 30 Esfand is reached on 29 Esfand in
 * common years (as `addYears` clamps).
 *
 * @param birth - the birth date
 * @param on - the day of reference, not before `birth`
 * @returns whole years, ≥ 0
 * @throws MahallehError `JALALI_INVALID_INTERVAL` if `on` is before `birth`,
 *   `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { ageOn } from "mahalleh/jalali";
 * ageOn({ year: 1385, month: 12, day: 28 }, { year: 1403, month: 12, day: 27 }); // => 17
 * ageOn({ year: 1385, month: 12, day: 27 }, { year: 1403, month: 12, day: 27 }); // => 18
 * ageOn({ year: 1399, month: 12, day: 30 }, { year: 1404, month: 12, day: 29 }); // => 5
 * ```
 * @category Arithmetic
 */
export function ageOn(birth: JalaliDate, on: JalaliDate): number {
  if (check(on, "on") < check(birth, "birth")) {
    throw error("JALALI_INVALID_INTERVAL", { birth, on });
  }
  const day = Math.min(birth.day, monthLength(on.year, birth.month));
  const reached = on.month > birth.month || (on.month === birth.month && on.day >= day);
  return on.year - birth.year - (reached ? 0 : 1);
}
