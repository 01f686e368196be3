import { validJalali } from "./_core";
import type { JalaliDate } from "./types";

/**
 * Whether a value is a valid {@link JalaliDate} within years −61 … 3177: integer fields,
 * month 1–12, a day that exists (30 Esfand only in leap years). Never throws.
 *
 * @param value - anything
 * @returns whether it is a valid date (a type guard)
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
/**
 * Whether three numbers name a valid Jalali date within years −61 … 3177. Never throws.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @param day - the day of the month
 * @returns whether the date exists
 * @category Calendar
 */
export function isValidJalaliDate(year: number, month: number, day: number): boolean;
export function isValidJalaliDate(value: unknown, month?: number, day?: number): boolean {
  if (typeof value === "number") return validJalali(value, month, day);
  if (typeof value !== "object" || value === null) return false;
  // Never throws: an object whose fields cannot be read (a throwing getter, a revoked Proxy)
  // is not a date.
  try {
    const date = value as Partial<Record<keyof JalaliDate, unknown>>;
    return validJalali(date.year, date.month, date.day);
  } catch {
    return false;
  }
}
