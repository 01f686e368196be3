import * as z from "zod/v4";
import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { latinDigits } from "../internal/chars";
import { cleaned, report } from "./_fields";
import type { JalaliInterval } from "../jalali/types";
import { monthLength } from "./_jalaliDate";

/**
 * A Jalali reporting period: a year `"1403"`, a quarter `"1403-Q2"` (Q1 = Farvardin–Khordad)
 * or a month `"1403-05"` (Mordad). Years have four digits, 1000–3177.
 *
 * @category Periods
 */
export type JalaliPeriod =
  | `${number}`
  | `${number}-Q${1 | 2 | 3 | 4}`
  | `${number}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"}`;

/**
 * A {@link JalaliPeriod} taken apart.
 *
 * @category Periods
 */
export interface JalaliPeriodParts {
  /** Whether the period is a whole year, a quarter or a month. */
  readonly kind: "year" | "quarter" | "month";
  /** Solar Hijri year. */
  readonly year: number;
  /** Quarter 1–4 (only for `kind: "quarter"`). */
  readonly quarter?: number | undefined;
  /** Month 1–12 (only for `kind: "month"`). */
  readonly month?: number | undefined;
}

const PERIOD = /^(\d{4})(?:\s*[-/\s]\s*(?:[Qq]\s*([1-4])|(\d{1,2}))|\s*[-/\s]\s*(?:فصل|سه‌ماهه|سه ماهه)\s*([1-4]))?$/;

function periodOrUndefined(text: string): JalaliPeriodParts | undefined {
  const match = PERIOD.exec(latinDigits(text.trim()));
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (year < 1000 || year > 3177) return undefined;
  const quarter = match[2] ?? match[4];
  if (quarter !== undefined) return { kind: "quarter", year, quarter: Number(quarter) };
  if (match[3] !== undefined) {
    const month = Number(match[3]);
    return month >= 1 && month <= 12 ? { kind: "month", year, month } : undefined;
  }
  return { kind: "year", year };
}

/**
 * Reads a Jalali period written as a year («۱۴۰۳»), a quarter ("1403-Q2", "1403 q2",
 * «۱۴۰۳ فصل ۲») or a month ("1403-05", «۱۴۰۳/۵»), in any digit system.
 *
 * @param text - the period
 * @returns its parts
 * @throws {MahallehError} `MODELS_INVALID_PERIOD` if it is not a period;
 *   `MODELS_INVALID_INPUT` if `text` is not a string
 * @example
 * ```ts
 * import { parseJalaliPeriod } from "mahalleh/models";
 * parseJalaliPeriod("۱۴۰۳"); // => { kind: "year", year: 1403 }
 * parseJalaliPeriod("1403-Q2"); // => { kind: "quarter", year: 1403, quarter: 2 }
 * parseJalaliPeriod("۱۴۰۳/۵"); // => { kind: "month", year: 1403, month: 5 }
 * parseJalaliPeriod("1403-13"); // throws MODELS_INVALID_PERIOD
 * ```
 *
 * @category Periods
 */
export function parseJalaliPeriod(text: string): JalaliPeriodParts {
  if (typeof text !== "string") {
    throw fail("MODELS_INVALID_INPUT", "دوره باید متن باشد", "A period must be a string", { value: typeof text });
  }
  const parts = periodOrUndefined(text);
  if (parts === undefined) {
    throw fail(
      "MODELS_INVALID_PERIOD",
      `دورهٔ «${text}» نامعتبر است (نمونه: ۱۴۰۳، 1403-Q2، 1403-05)`,
      `Invalid period "${text}" (expected e.g. 1403, 1403-Q2, 1403-05)`,
      { value: text },
    );
  }
  return parts;
}

/**
 * Like {@link parseJalaliPeriod}, but returns a {@link SafeResult} instead of throwing.
 *
 * @param text - the period
 * @returns the parts, or the error
 * @example
 * ```ts
 * import { safeParseJalaliPeriod } from "mahalleh/models";
 * safeParseJalaliPeriod("1403-Q4"); // => { success: true, data: { kind: "quarter", year: 1403, quarter: 4 } }
 * safeParseJalaliPeriod("Q4").success; // => false
 * ```
 *
 * @category Periods
 */
export function safeParseJalaliPeriod(text: string): SafeResult<JalaliPeriodParts> {
  return toSafe(() => parseJalaliPeriod(text));
}

/**
 * Writes period parts in canonical form.
 *
 * @param parts - a year, quarter or month
 * @returns `"1403"`, `"1403-Q2"` or `"1403-05"`
 * @throws {MahallehError} `MODELS_INVALID_PERIOD` if the parts are out of range
 * @example
 * ```ts
 * import { formatJalaliPeriod } from "mahalleh/models";
 * formatJalaliPeriod({ kind: "month", year: 1403, month: 5 }); // => "1403-05"
 * formatJalaliPeriod({ kind: "quarter", year: 1402, quarter: 1 }); // => "1402-Q1"
 * ```
 *
 * @category Periods
 */
export function formatJalaliPeriod(parts: JalaliPeriodParts): JalaliPeriod {
  const { kind, year, quarter, month } = parts ?? ({} as JalaliPeriodParts);
  const yearOk = Number.isInteger(year) && year >= 1000 && year <= 3177;
  if (yearOk && kind === "year") return String(year) as JalaliPeriod;
  if (yearOk && kind === "quarter" && Number.isInteger(quarter) && quarter! >= 1 && quarter! <= 4) {
    return `${year}-Q${quarter}` as JalaliPeriod;
  }
  if (yearOk && kind === "month" && Number.isInteger(month) && month! >= 1 && month! <= 12) {
    return `${year}-${String(month).padStart(2, "0")}` as JalaliPeriod;
  }
  throw fail("MODELS_INVALID_PERIOD", "اجزای دوره نامعتبر است", "Invalid period parts", { value: parts });
}

/**
 * The first and last Jalali day of a period (inclusive).
 *
 * @param period - a period string or its parts
 * @returns `{ start, end }`, both included
 * @throws {MahallehError} `MODELS_INVALID_PERIOD` if `period` is not a period
 * @example
 * ```ts
 * import { jalaliPeriodBounds } from "mahalleh/models";
 * jalaliPeriodBounds("1403"); // => { start: { year: 1403, month: 1, day: 1 }, end: { year: 1403, month: 12, day: 30 } }
 * jalaliPeriodBounds("1403-Q3"); // => { start: { year: 1403, month: 7, day: 1 }, end: { year: 1403, month: 9, day: 30 } }
 * jalaliPeriodBounds("1404-12").end; // => { year: 1404, month: 12, day: 29 }
 * ```
 *
 * @category Periods
 */
export function jalaliPeriodBounds(period: string | JalaliPeriodParts): JalaliInterval {
  const parts = typeof period === "string" ? parseJalaliPeriod(period) : parseJalaliPeriod(formatJalaliPeriod(period));
  const { year } = parts;
  const first = parts.kind === "year" ? 1 : parts.kind === "quarter" ? (parts.quarter! - 1) * 3 + 1 : parts.month!;
  const last = parts.kind === "year" ? 12 : parts.kind === "quarter" ? first + 2 : first;
  return { start: { year, month: first, day: 1 }, end: { year, month: last, day: monthLength(year, last) } };
}

const CANONICAL = /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;

/**
 * Schema of a {@link JalaliPeriod}: reads any form {@link parseJalaliPeriod} accepts and
 * outputs the canonical string.
 *
 * @example
 * ```ts
 * import { JalaliPeriodSchema } from "mahalleh/models";
 * JalaliPeriodSchema.parse("۱۴۰۳ فصل ۲"); // => "1403-Q2"
 * JalaliPeriodSchema.parse("1403/5"); // => "1403-05"
 * JalaliPeriodSchema.safeParse("1403-00").success; // => false
 * ```
 *
 * @category Periods
 */
export const JalaliPeriodSchema: z.ZodType<JalaliPeriod, string> = cleaned((input: string, ctx) => {
  if (typeof input === "string" && CANONICAL.test(input) && Number(input.slice(0, 4)) >= 1000 && Number(input.slice(0, 4)) <= 3177) {
    return input;
  }
  const parts = typeof input === "string" ? periodOrUndefined(input) : typeof input === "number" ? periodOrUndefined(String(input)) : undefined;
  if (parts === undefined) {
    report(
      ctx,
      input === undefined || input === null || input === "" ? "MODELS_REQUIRED" : "MODELS_INVALID_PERIOD",
      "دوره نامعتبر است (نمونه: ۱۴۰۳، 1403-Q2، 1403-05)",
      "Invalid period (expected e.g. 1403, 1403-Q2, 1403-05)",
      input,
    );
    return input;
  }
  return formatJalaliPeriod(parts);
}, z.string().regex(CANONICAL)) as unknown as z.ZodType<JalaliPeriod, string>;
