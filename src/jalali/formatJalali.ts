import { badArgument, check } from "./_core";
import { MONTHS, ordinalDay, WEEKDAYS } from "./_names";
import { persianDigits } from "../internal/chars";
import { fail } from "../internal/safe";
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

// Token codes: yyyy yy y MMMM MMM MM M dd d do EEEE.
const TOKENS: Readonly<Record<string, number>> = { yyyy: 1, yy: 2, y: 3, MMMM: 4, MMM: 5, MM: 6, M: 7, dd: 8, d: 9, do: 10, EEEE: 11 };
const compiled = new Map<string, ReadonlyArray<string | number>>();

function compile(pattern: string): ReadonlyArray<string | number> {
  const parts: Array<string | number> = [];
  let literal = "";
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === "'") {
      // 'quoted text'; '' is a quote.
      let j = i + 1;
      if (pattern[j] === "'") {
        literal += "'";
        i += 2;
        continue;
      }
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] !== "'") break;
          j++;
        }
        literal += pattern[j];
      }
      i = j + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      let run = pattern.slice(i, j);
      if (run === "d" && pattern[j] === "o") run = "do";
      const code = TOKENS[run];
      if (code === undefined) {
        throw fail("JALALI_INVALID_PATTERN", `نشانهٔ «${run}» در الگو شناخته نیست`, `Unknown token "${run}" in pattern`, { token: run });
      }
      if (literal !== "") parts.push(literal);
      literal = "";
      parts.push(code);
      i += run.length;
    } else {
      literal += c;
      i++;
    }
  }
  if (literal !== "") parts.push(literal);
  return parts;
}

const pad = (n: number, width: number): string => (n < 0 ? "-" + pad(-n, width) : String(n).padStart(width, "0"));

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
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    let text: string;
    switch (part) {
      case 1: text = pad(year, 4); break;
      case 2: text = pad(((year % 100) + 100) % 100, 2); break;
      case 3: text = String(year); break;
      case 4: out += MONTHS[month - 1]; continue;
      case 5: out += MONTHS[month - 1]!.slice(0, 3); continue;
      case 6: text = pad(month, 2); break;
      case 7: text = String(month); break;
      case 8: text = pad(day, 2); break;
      case 9: text = String(day); break;
      case 10: out += ordinalDay(day); continue;
      default: out += WEEKDAYS[(((n + 5) % 7) + 7) % 7]; continue;
    }
    out += digits === "latin" ? text : persianDigits(text);
  }
  return out;
}
