import { check } from "./_core";
import type { JalaliDate } from "./types";

/**
 * The fiscal quarter (فصل) of a date: the seasons, months 1–3 (spring) = 1, 4–6 = 2,
 * 7–9 = 3, 10–12 = 4.
 *
 * @param date - a valid Jalali date
 * @returns 1–4
 * @throws MahallehError `JALALI_INVALID_DATE`, `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { fiscalQuarter } from "mahalleh/jalali";
 * fiscalQuarter({ year: 1403, month: 12, day: 27 }); // => 4
 * fiscalQuarter({ year: 1404, month: 3, day: 31 }); // => 1
 * ```
 * @category Working year
 */
export function fiscalQuarter(date: JalaliDate): 1 | 2 | 3 | 4 {
  check(date);
  return Math.ceil(date.month / 3) as 1 | 2 | 3 | 4;
}
