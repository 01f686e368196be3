import { validJalali } from "./_core";
import type { JalaliDate } from "./types";

/**
 * Whether a value is a valid {@link JalaliDate} within years −61 … 3177: integer fields,
 * month 1–12, a day that exists (30 Esfand only in leap years). Never throws.
 *
 * Call it with an object (a type guard) or with three numbers.
 *
 * @param value - anything, or the year when `month` and `day` are given
 * @param month - the month, when called with three numbers
 * @param day - the day, when called with three numbers
 * @returns whether the date exists
 * @example
 * ```ts
 * import { isValidJalaliDate } from "mahalleh/jalali";
 * isValidJalaliDate({ year: 1403, month: 12, day: 30 }); // => true
 * isValidJalaliDate({ year: 1404, month: 12, day: 30 }); // => false
 * isValidJalaliDate(1403, 13, 1); // => false
 * isValidJalaliDate("1403/12/27"); // => false
 * ```
 * @category Calendar
 */
export function isValidJalaliDate(value: unknown): value is JalaliDate;
export function isValidJalaliDate(year: number, month: number, day: number): boolean;
export function isValidJalaliDate(value: unknown, month?: number, day?: number): boolean {
  if (typeof value === "number") return validJalali(value, month, day);
  if (typeof value !== "object" || value === null) return false;
  const date = value as Partial<Record<keyof JalaliDate, unknown>>;
  return validJalali(date.year, date.month, date.day);
}
