import { badArgument, check, dayOfWeek, error } from "./_core";
import { MONTHS, ordinalDay, WEEKDAYS } from "./_names";
import type { JalaliDate } from "./types";

/**
 * Options of {@link formatJalali}.
 *
 * @category Formatting
 */
export interface FormatJalaliOptions {
  /** Digits of the numeric tokens: `"latin"` (0–9) or `"persian"` (۰–۹). Default `"latin"`. */
  readonly digits?: "latin" | "persian" | undefined;
}

type Token = (year: number, month: number, day: number, dayNumber: number) => string | number;
// Zeros prepended from a constant, not String.prototype.padStart: about a fifth of a format call.
const pad = (n: number, width: number, s = "" + n): string => (n < 0 ? "-" + pad(-n, width) : s.length < width ? "000".slice(s.length + 3 - width) + s : s);
const TOKENS: Readonly<Record<string, Token>> = {
  yyyy: (y) => pad(y, 4),
  yy: (y) => pad(((y % 100) + 100) % 100, 2),
  y: (y) => y,
  MMMM: (_, m) => MONTHS[m - 1]!,
  MMM: (_, m) => MONTHS[m - 1]!.slice(0, 3),
  MM: (_, m) => pad(m, 2),
  M: (_, m) => m,
  dd: (_, __, d) => pad(d, 2),
  d: (_, __, d) => d,
  do: (_, __, d) => ordinalDay(d),
  EEEE: (_, __, ___, n) => WEEKDAYS[dayOfWeek(n)]!,
};
const compiled = new Map<string, ReadonlyArray<string | Token>>();

function compile(pattern: string): ReadonlyArray<string | Token> {
  // 'quoted text' ('' is a quote), a token (a run of one letter, or "do"), or other text.
  return [...pattern.matchAll(/'((?:[^']|'')*)'?|(do|([a-zA-Z])\3*)|[^a-zA-Z']+/g)].map(([text, quoted, letters]) => {
    // «''» is a quote; the first alternative reads it, as an empty quoted text.
    if (quoted !== undefined) return text === "''" ? "'" : quoted.replace(/''/g, "'");
    if (letters === undefined) return text;
    const token = TOKENS[letters];
    if (token === undefined) throw error("JALALI_INVALID_PATTERN", { token: letters });
    return token;
  });
}

/**
 * Formats a Jalali date with date-fns / Unicode tokens:
 *
 * | token | output for 1403/12/27 |
 * | --- | --- |
 * | `yyyy` `yy` `y` | 1403, 03, 1403 |
 * | `MMMM` `MMM` `MM` `M` | اسفند, اسف, 12, 12 |
 * | `dd` `d` | 27, 27 (`dd` pads to two digits) |
 * | `do` | بیست‌وهفتم (the ordinal day in words) |
 * | `EEEE` | دوشنبه (weekday name) |
 *
 * Text in single quotes is copied (`''` is a quote); other non-letters are copied as is;
 * any other ASCII letter is an error. `MMM` is the three-letter abbreviation date-fns-jalali
 * uses (آبا، اسف…).
 *
 * @param date - a valid Jalali date
 * @param pattern - the pattern, default `"yyyy/MM/dd"`
 * @param options - `digits`, default `"latin"`
 * @returns the formatted text
 * @throws MahallehError `JALALI_INVALID_PATTERN`, `JALALI_INVALID_DATE`,
 *   `JALALI_OUT_OF_RANGE`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { formatJalali } from "mahalleh/jalali";
 * formatJalali({ year: 1403, month: 12, day: 27 }); // => "1403/12/27"
 * formatJalali({ year: 1404, month: 1, day: 5 }, "yyyy-MM-dd", { digits: "persian" }); // => "۱۴۰۴-۰۱-۰۵"
 * formatJalali({ year: 1403, month: 12, day: 27 }, "EEEE d MMMM yyyy", { digits: "persian" }); // => "دوشنبه ۲۷ اسفند ۱۴۰۳"
 * formatJalali({ year: 1403, month: 12, day: 27 }, "EEEE do MMMM"); // => "دوشنبه بیست‌وهفتم اسفند"
 * formatJalali({ year: 1403, month: 12, day: 27 }, "d 'of' MMMM"); // => "27 of اسفند"
 * formatJalali({ year: 1403, month: 12, day: 27 }, "YYYY"); // throws JALALI_INVALID_PATTERN
 * ```
 * @category Formatting
 */
export function formatJalali(date: JalaliDate, pattern: string = "yyyy/MM/dd", options?: FormatJalaliOptions | undefined): string {
  const n = check(date);
  if (typeof pattern !== "string") throw badArgument("pattern", pattern);
  let parts = compiled.get(pattern);
  if (parts === undefined) {
    parts = compile(pattern);
    if (compiled.size > 256) compiled.clear();
    compiled.set(pattern, parts);
  }
  const digits = options?.digits ?? "latin";
  if (digits !== "latin" && digits !== "persian") throw badArgument("digits", digits);
  const { year, month, day } = date;
  let out = "";
  // Words hold no digits, so the Persian digit mapping can run over every token's output.
  for (const part of parts) out += typeof part === "string" ? part : digits === "latin" ? part(year, month, day, n) : String(part(year, month, day, n)).replace(/\d/g, (d) => String.fromCharCode(1776 + +d));
  return out;
}
