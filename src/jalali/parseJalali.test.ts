import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { formatJalali, fromDayNumber, parseJalali, safeParseJalali, toDayNumber, weekday } from "./index";
import type { JalaliDate } from "./index";
import { errorCodeOf as code } from "../internal/errorCodeOf";

const D = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
/* 1403/12/27 = 2025-03-17 */
const SESSION = D(1403, 12, 27);
/** A reference in early 1404: 10 Farvardin 1404 = 2025-03-30. */
const EARLY_1404 = { reference: D(1404, 1, 10) };


describe("what people write (calendar.md)", () => {
  it.each([
    "1403/12/27",
    "۱۴۰۳/۱۲/۲۷",
    "۱۴۰۳-۱۲-۲۷",
    "١٤٠٣/١٢/٢٧",
    "1403.12.27",
    "27 اسفند 1403",
    "۲۷ اسفند ۱۴۰۳",
    "بیست‌وهفتم اسفند ۱۴۰۳",
    "بیست و هفتم اسفند ۱۴۰۳",
    "بیستوهفتم اسفند ۱۴۰۳",
    "دوشنبه ۲۷ اسفند ۱۴۰۳",
    "دوشنبه، ۲۷ اسفند ۱۴۰۳",
    "دوشنبه ۲۷ اسفندماه ۱۴۰۳",
    "دوشنبه ۲۷ اسفند ماه ۱۴۰۳",
    "27ام اسفند 1403",
    "۲۷‌ام اسفند ۱۴۰۳",
    "  ۱۴۰۳/۱۲/۲۷  ",
    "1403/12/27.",
    "27/12/1403",
    "۲۷-۱۲-۱۴۰۳",
    "14031227",
    "۱۴۰۳/۱۲/۲۷ هجری شمسی",
    "۱۴۰۳/۱۲/۲۷ ه.ش.",
    "دوشنبه ۱۴۰۳/۱۲/۲۷",
    "۲۷ اسفند سال ۱۴۰۳ خورشیدی",
    "\u200f۱۴۰۳/۱۲/۲۷\u200f",
  ])("%s", (text) => {
    expect(parseJalali(text)).toEqual(SESSION);
  });
  it("reads one-digit months and days", () => {
    expect(parseJalali("1403/1/5")).toEqual(D(1403, 1, 5));
    expect(parseJalali("۱۴۰۳-۱-۵")).toEqual(D(1403, 1, 5));
    expect(parseJalali("5/1/1403")).toEqual(D(1403, 1, 5));
  });
  it("reads Arabic ي/ك and stray ZWNJ", () => {
    expect(parseJalali("يكشنبه ۲۶ اسفند ۱۴۰۳")).toEqual(D(1403, 12, 26));
    expect(parseJalali("یک شنبه ۲۶ اسفند ۱۴۰۳")).toEqual(D(1403, 12, 26));
    expect(parseJalali("سه شنبه ۲۸ اسفند ۱۴۰۳")).toEqual(D(1403, 12, 28));
    expect(parseJalali("سه‌شنبه ۲۸ اسفند ۱۴۰۳")).toEqual(D(1403, 12, 28));
    expect(parseJalali("‌۲۷ ‌ اسفند‌ ۱۴۰۳")).toEqual(SESSION);
  });
  it("reads month names, old and new", () => {
    expect(parseJalali("۱۰ امرداد ۱۴۰۳")).toEqual(D(1403, 5, 10));
    expect(parseJalali("۱۰ مرداد ۱۴۰۳")).toEqual(D(1403, 5, 10));
    expect(parseJalali("اول اردیبهشت ۱۴۰۴")).toEqual(D(1404, 2, 1));
    expect(parseJalali("یکم اردی بهشت ۱۴۰۴")).toEqual(D(1404, 2, 1));
    expect(parseJalali("سوم آبان ۱۴۰۲")).toEqual(D(1402, 8, 3));
    expect(parseJalali("سوم ابان ۱۴۰۲")).toEqual(D(1402, 8, 3));
    expect(parseJalali("۵ آذر ۱۴۰۲")).toEqual(D(1402, 9, 5));
    expect(parseJalali("سی‌ویکم شهریور ۱۴۰۳")).toEqual(D(1403, 6, 31));
    expect(parseJalali("سی ام دی ۱۴۰۳")).toEqual(D(1403, 10, 30));
    expect(parseJalali("نوزدهم بهمن ۱۴۰۳")).toEqual(D(1403, 11, 19));
    expect(parseJalali("بیست‌وهفتم اسفندماه ۱۴۰۳")).toEqual(D(1403, 12, 27));
    expect(parseJalali("۱۰ امردادماه ۱۴۰۳")).toEqual(D(1403, 5, 10));
    expect(parseJalali("هیجدهم دی ۱۴۰۳")).toEqual(D(1403, 10, 18));
    expect(parseJalali("بیست و هفت اسفند ۱۴۰۳")).toEqual(D(1403, 12, 27));
    expect(parseJalali("14031227")).toEqual(D(1403, 12, 27));
  });
  it("reads every ordinal day word that formatJalali writes (do), with or without ZWNJ and spaces", () => {
    for (let day = 1; day <= 31; day++) {
      const word = formatJalali(D(1403, 1, day), "do");
      expect(parseJalali(`${word} فروردین ۱۴۰۳`)).toEqual(D(1403, 1, day));
      expect(parseJalali(`${word.replace(/\u200c/g, "")} فروردین ۱۴۰۳`)).toEqual(D(1403, 1, day));
      expect(parseJalali(`${word.replace(/\u200cو/g, " و ")} فروردین ۱۴۰۳`)).toEqual(D(1403, 1, day));
    }
  });
});

describe("the seed's phrase", () => {
  it("«دوشنبه بیست‌وهفتم اسفند» is 1403/12/27 given a reference in early 1404", () => {
    expect(parseJalali("دوشنبه بیست‌وهفتم اسفند", EARLY_1404)).toEqual(SESSION);
    // As written in the article (no ZWNJ), and with spaces.
    expect(parseJalali("دوشنبه بیستوهفتم اسفند", EARLY_1404)).toEqual(SESSION);
    expect(parseJalali("دوشنبه بیست و هفتم اسفند", EARLY_1404)).toEqual(SESSION);
    expect(parseJalali("دوشنبه بیستوهفتم اسفند", { reference: D(1403, 12, 20) })).toEqual(SESSION);
  });
  it("a contradicting weekday is an error, never a silent fix", () => {
    expect(code(() => parseJalali("سه‌شنبه بیست‌وهفتم اسفند", EARLY_1404))).toBe("JALALI_WEEKDAY_MISMATCH");
    expect(code(() => parseJalali("سه‌شنبه ۲۷ اسفند ۱۴۰۳"))).toBe("JALALI_WEEKDAY_MISMATCH");
    const result = safeParseJalali("جمعه ۲۷ اسفند ۱۴۰۳");
    expect(result.success ? null : result.error.details).toEqual({ date: SESSION, stated: 6, actual: 2 });
    expect(result.success ? "" : result.error.messages.fa).toContain("روز هفته");
  });
});

describe("dates without a year", () => {
  it("resolve to the nearest such day around the reference", () => {
    expect(parseJalali("۵ فروردین", { reference: D(1403, 12, 20) })).toEqual(D(1404, 1, 5));
    expect(parseJalali("۲۵ اسفند", { reference: D(1404, 1, 3) })).toEqual(D(1403, 12, 25));
    expect(parseJalali("۱۵ مهر", { reference: D(1403, 7, 1) })).toEqual(D(1403, 7, 15));
  });
  it("30 Esfand resolves only to a leap year", () => {
    expect(parseJalali("۳۰ اسفند", { reference: D(1404, 1, 5) })).toEqual(D(1403, 12, 30));
    expect(code(() => parseJalali("۳۰ اسفند", { reference: D(1405, 6, 1) }))).toBe("JALALI_INVALID_DATE");
  });
  it("on a tie, the weekday decides; without one, the earlier day", () => {
    // 1403/06/31 is 183 days after 1403/01/01 and 182 days before 1404/01/01… build an exact tie:
    const ref = D(1403, 7, 1); // candidates 1 Farvardin 1403 (−186 days) and 1 Farvardin 1404 (+180)
    expect(parseJalali("۱ فروردین", { reference: ref })).toEqual(D(1404, 1, 1));
    // Exact tie: a reference halfway between two occurrences of the same day.
    const a = toDayNumber(D(1403, 1, 1));
    const b = toDayNumber(D(1404, 1, 1)); // 366 days later
    const middle = fromDayNumber((a + b) / 2);
    expect(parseJalali("۱ فروردین", { reference: middle })).toEqual(D(1403, 1, 1));
    const names = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"];
    expect(parseJalali(`${names[weekday(D(1404, 1, 1))]} ۱ فروردین`, { reference: middle })).toEqual(D(1404, 1, 1));
  });
  it("the default reference is today in Tehran", () => {
    const parsed = parseJalali("۱ فروردین");
    expect(parsed.month * 100 + parsed.day).toBe(101);
  });
});

describe("errors", () => {
  it.each([
    ["1404/12/30", "JALALI_INVALID_DATE"],
    ["۳۰ اسفند ۱۴۰۴", "JALALI_INVALID_DATE"],
    ["1403/13/01", "JALALI_INVALID_DATE"],
    ["1403/01/32", "JALALI_INVALID_DATE"],
    ["1403/00/10", "JALALI_INVALID_DATE"],
    ["1403/07/31", "JALALI_INVALID_DATE"],
    ["3178/01/01", "JALALI_OUT_OF_RANGE"],
    ["", "JALALI_UNPARSABLE"],
    ["   ", "JALALI_UNPARSABLE"],
    ["next Monday", "JALALI_UNPARSABLE"],
    ["1403/12", "JALALI_UNPARSABLE"],
    ["03/12/27", "JALALI_UNPARSABLE"],
    ["1403/12-27", "JALALI_UNPARSABLE"],
    ["1403 12 27", "JALALI_UNPARSABLE"],
    ["1403//12/27", "JALALI_UNPARSABLE"],
    ["-1403/12/27", "JALALI_UNPARSABLE"],
    ["1403/12/27 10:30", "JALALI_UNPARSABLE"],
    ["اسفند ۱۴۰۳", "JALALI_UNPARSABLE"],
    ["۲۷ اسفند ۱۲", "JALALI_UNPARSABLE"],
    ["۲۷ اسفند فروردین", "JALALI_UNPARSABLE"],
    ["اسفند اسفند ۱۴۰۳", "JALALI_UNPARSABLE"],
    ["۱۴۰۳/۱۲/۲۷ ۱۴۰۳/۱۲/۲۷", "JALALI_UNPARSABLE"],
    ["۲۷ ۱۴۰۳/۱۲/۲۷", "JALALI_UNPARSABLE"],
    ["دوشنبه سه‌شنبه ۲۷ اسفند ۱۴۰۳", "JALALI_UNPARSABLE"],
    ["123456789/1/1", "JALALI_UNPARSABLE"],
    ["۲۷ خیابان ۱۴۰۳", "JALALI_UNPARSABLE"],
    // A day past 31 in words is read, then refused as a date, as its digits would be.
    ["سی‌ودوم اسفند ۱۴۰۳", "JALALI_INVALID_DATE"],
    ["سی و نهم فروردین ۱۴۰۳", "JALALI_INVALID_DATE"],
    ["بیست‌وهفتم اسفندماه ۱۴۰۳ ۲", "JALALI_UNPARSABLE"],
  ])("%s → %s", (text, expected) => {
    expect(code(() => parseJalali(text))).toBe(expected);
    const result = safeParseJalali(text);
    expect(result.success).toBe(false);
  });
  it("non-strings are INVALID_ARGUMENT", () => {
    for (const value of [null, undefined, 14031227, {}, ["1403/12/27"]]) {
      expect(code(() => parseJalali(value as never))).toBe("INVALID_ARGUMENT");
      expect(safeParseJalali(value as never).success).toBe(false);
    }
  });
  it("messages are bilingual", () => {
    const result = safeParseJalali("next Monday");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.messages.fa).toMatch(/تاریخ/);
      expect(result.error.messages.en).toMatch(/date/);
    }
  });
});

describe("properties", () => {
  const day = fc.integer({ min: toDayNumber(D(1000, 1, 1)), max: toDayNumber(D(2000, 12, 29)) }).map(fromDayNumber);
  it("formatJalali → parseJalali round-trips for every written form", () => {
    const patterns = ["yyyy/MM/dd", "yyyy-M-d", "dd/MM/yyyy", "d MMMM yyyy", "EEEE d MMMM yyyy", "EEEE، do MMMM yyyy", "do MMMM ماه yyyy"];
    fc.assert(
      fc.property(day, fc.constantFrom(...patterns), fc.constantFrom("latin" as const, "persian" as const), (date, pattern, digits) => {
        expect(parseJalali(formatJalali(date, pattern, { digits }))).toEqual(date);
      }),
      { numRuns: 2000 },
    );
  });
  it("the fast path and the general path agree", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom("/", "-", "."), (y, m, d, sep) => {
        const text = `${y}${sep}${m}${sep}${d}`;
        const fast = safeParseJalali(text);
        const slow = safeParseJalali(` ${text} `); // leading space: not the fast path
        expect(fast.success ? fast.data : fast.error.code).toEqual(slow.success ? slow.data : slow.error.code);
      }),
      { numRuns: 3000 },
    );
  });
  // The 20,000-string fuzz of parseJalali is in parseJalali.fuzz.test.ts (vitest project "slow").
  it("safeParseJalali never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, options) => {
        const result = safeParseJalali(value as never, options as never);
        if (!result.success) expect(result.error.code).not.toBe("INTERNAL");
      }),
    );
  });
  it("100k-character inputs are rejected cleanly (and quickly: the parser stops early or runs once over the text)", () => {
    const inputs = [
      "۱".repeat(100_000),
      " ".repeat(100_000),
      "ا".repeat(100_000),
      "\u200c".repeat(100_000),
      "/".repeat(100_000),
      "۲۷ اسفند ".repeat(10_000),
      " ".repeat(100_000) + "1403/12/27",
      "\u200c".repeat(100_000) + "۲۷ اسفند ۱۴۰۳",
      "بیست ".repeat(20_000),
    ];
    for (const input of inputs) {
      const result = safeParseJalali(input);
      if (result.success) expect(result.data).toEqual(SESSION);
      else expect(result.error.code).not.toBe("INTERNAL");
    }
    expect(parseJalali(" ".repeat(100_000) + "1403/12/27")).toEqual(SESSION);
  });
});

describe("dates with a time of day are refused with a code, never read with the time dropped", () => {
  it("typed times and every ICU dateStyle × timeStyle form for fa-IR, fa-AF and en-u-ca-persian", () => {
    /* 1403/12/27 = 2025-03-17, 14:30 UTC */
    const instant = new Date(Date.UTC(2025, 2, 17, 14, 30));
    const typed = ["۱۴۰۳/۱۲/۲۷ ۱۴:۳۰", "1403/12/27 14:30", "1403/12/27T14:30", "۱۴:۳۰", "27 اسفند 1403 ساعت 14:30"];
    const icu: string[] = [];
    const styles = ["full", "long", "medium", "short"] as const;
    for (const locale of ["fa-IR", "fa-AF", "en-u-ca-persian"]) {
      for (const dateStyle of styles) for (const timeStyle of styles) icu.push(new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle, timeStyle }).format(instant));
    }
    for (const text of [...typed, ...icu]) expect([text, code(() => parseJalali(text))]).toEqual([text, "JALALI_UNPARSABLE"]);
  });
});

describe("parseJalali: the numeric fast path", () => {
  it("reads numeric dates as the general parser does (a leading space forces the long way)", () => {
    const outcome = (f: () => unknown): unknown => {
      try {
        return f();
      } catch (e) {
        return (e as { code?: string }).code ?? "thrown";
      }
    };
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,5}$/),
        fc.constantFrom("/", ".", "-", "\\", ""),
        fc.stringMatching(/^\d{0,3}$/),
        fc.constantFrom("/", ".", "-"),
        fc.stringMatching(/^\d{0,5}$/),
        (y, s1, m, s2, d) => {
          const text = `${y}${s1}${m}${s2}${d}`;
          expect(outcome(() => parseJalali(text))).toEqual(outcome(() => parseJalali(` ${text}`)));
        },
      ),
      { numRuns: 3000 },
    );
    expect(parseJalali("1403/12/27")).toEqual({ year: 1403, month: 12, day: 27 }); /* 1403/12/27 = 2025-03-17 */
    expect(parseJalali("1403-1-5")).toEqual({ year: 1403, month: 1, day: 5 });
  });
  it("reads Persian and Arabic-Indic digits, mixed with Latin ones, as the general parser does", () => {
    const outcome = (f: () => unknown): unknown => {
      try {
        return f();
      } catch (e) {
        return (e as { code?: string }).code ?? "thrown";
      }
    };
    // Each Latin digit written in one of the three scripts; separators the parser knows and some it refuses.
    const script = (digits: string, scripts: number[]): string => [...digits].map((d, i) => String.fromCharCode([48, 1776, 1632][scripts[i % scripts.length]!]! + +d)).join("");
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,5}$/),
        fc.stringMatching(/^\d{0,3}$/),
        fc.stringMatching(/^\d{0,3}$/),
        fc.constantFrom("/", ".", "-", "٫", "\\", "/ ", "\u200c"),
        fc.constantFrom("/", ".", "-", "٫"),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("", "", "", ".", " ", "\0", "x"),
        (y, m, d, s1, s2, scripts, tail) => {
          const text = `${script(y, scripts)}${s1}${script(m, scripts)}${s2}${script(d, scripts)}${tail}`;
          expect(outcome(() => parseJalali(text))).toEqual(outcome(() => parseJalali(` ${text}`)));
        },
      ),
      { numRuns: 3000 },
    );
    expect(parseJalali("۱۴۰۳/۱۲/۲۷")).toEqual({ year: 1403, month: 12, day: 27 }); /* 1403/12/27 = 2025-03-17 */
    expect(parseJalali("۱۴۰۳-۱-5")).toEqual({ year: 1403, month: 1, day: 5 }); /* 1403/01/05 = 2024-03-24 */
    expect(code(() => parseJalali("۱۴۰۴/۱۲/۳۰"))).toBe("JALALI_INVALID_DATE");
    expect(code(() => parseJalali("1403/12/27\0"))).toBe("JALALI_UNPARSABLE");
  });
});
