import { check } from "./_core";
import type { JalaliDate } from "./types";

/**
 * Compares two dates: −1 if `a` is earlier, 1 if later, 0 if the same day. Suitable for
 * `Array.prototype.sort`.
 *
 * @param a - a valid Jalali date
 * @param b - a valid Jalali date
 * @returns −1, 0 or 1
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { compareJalali } from "mahalleh/jalali";
 * compareJalali({ year: 1403, month: 12, day: 27 }, { year: 1404, month: 1, day: 1 }); // => -1
 * [{ year: 1404, month: 1, day: 1 }, { year: 1403, month: 12, day: 27 }].sort(compareJalali)[0]; // => { year: 1403, month: 12, day: 27 }
 * ```
 * @category Comparison
 */
export function compareJalali(a: JalaliDate, b: JalaliDate): -1 | 0 | 1 {
  const d = check(a, "a") - check(b, "b");
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}
