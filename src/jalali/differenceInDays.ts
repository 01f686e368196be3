import { check } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The number of days from `earlier` to `later` (`later − earlier`, negative if `later`
 * comes first), as in date-fns.
 *
 * @param later - a valid Jalali date
 * @param earlier - a valid Jalali date
 * @returns an integer number of days
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { differenceInDays } from "mahalleh/jalali";
 * differenceInDays({ year: 1404, month: 1, day: 1 }, { year: 1403, month: 1, day: 1 }); // => 366
 * differenceInDays({ year: 1403, month: 12, day: 27 }, { year: 1404, month: 1, day: 1 }); // => -4
 * ```
 * @category Arithmetic
 */
export function differenceInDays(later: JalaliDate, earlier: JalaliDate): number {
  return check(later, "later") - check(earlier, "earlier");
}
