import fc from "fast-check";
import { format as formatFns, newDate } from "date-fns-jalali";
import { faIR } from "date-fns-jalali/locale";
import { describe, expect, it } from "vitest";
import { formatJalali, fromDayNumber, toDayNumber } from "./index";
import type { JalaliDate } from "./index";
import { errorCodeOf as code } from "../internal/errorCodeOf";

const D = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
/* 1403/12/27 = 2025-03-17 */
const SESSION = D(1403, 12, 27);


describe("formatJalali", () => {
  it("writes the issue's example", () => {
    expect(formatJalali(SESSION, "EEEE d MMMM yyyy", { digits: "persian" })).toBe("دوشنبه ۲۷ اسفند ۱۴۰۳");
  });
  it("writes every token (hand-checked)", () => {
    const date = D(1404, 2, 5); /* 1404/02/05 = 2025-04-25, a Friday */
    expect(formatJalali(date, "yyyy yy y")).toBe("1404 04 1404");
    expect(formatJalali(date, "MMMM MMM MM M")).toBe("اردیبهشت ارد 02 2");
    expect(formatJalali(date, "dd d do")).toBe("05 5 پنجم");
    expect(formatJalali(date, "EEEE")).toBe("جمعه");
    expect(formatJalali(D(1403, 1, 3), "do")).toBe("سوم");
    expect(formatJalali(D(1403, 1, 23), "do")).toBe("بیست‌وسوم");
    expect(formatJalali(D(1403, 1, 30), "do")).toBe("سی‌ام");
    expect(formatJalali(D(1403, 1, 31), "do")).toBe("سی‌ویکم");
    expect(formatJalali(D(1403, 1, 20), "do")).toBe("بیستم");
    expect(formatJalali(D(1403, 1, 1), "do")).toBe("یکم");
  });
  it("the seed's phrase", () => {
    expect(formatJalali(SESSION, "EEEE do MMMM")).toBe("دوشنبه بیست‌وهفتم اسفند");
  });
  it("Persian digits touch numbers only, not literals", () => {
    expect(formatJalali(SESSION, "'1:' yyyy/MM/dd", { digits: "persian" })).toBe("1: ۱۴۰۳/۱۲/۲۷");
    expect(formatJalali(SESSION, "'it''s' d")).toBe("it's 27");
    expect(formatJalali(SESSION, "''d''")).toBe("'27'");
  });
  it("small and negative years", () => {
    expect(formatJalali(D(9, 1, 1), "yyyy/MM/dd")).toBe("0009/01/01");
    expect(formatJalali(D(-61, 1, 1), "yyyy yy y")).toBe("-0061 39 -61");
  });
  it("rejects unknown tokens and bad arguments", () => {
    expect(code(() => formatJalali(SESSION, "YYYY"))).toBe("JALALI_INVALID_PATTERN");
    expect(code(() => formatJalali(SESSION, "yyy"))).toBe("JALALI_INVALID_PATTERN");
    expect(code(() => formatJalali(SESSION, "ddo"))).toBe("JALALI_INVALID_PATTERN");
    expect(code(() => formatJalali(SESSION, "yyyy", { digits: "arabic" as never }))).toBe("INVALID_ARGUMENT");
    expect(code(() => formatJalali(SESSION, 5 as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => formatJalali(D(1404, 12, 30)))).toBe("JALALI_INVALID_DATE");
  });
  it("agrees with date-fns-jalali (fa-IR) where both calendars agree, 1178–1633 (property)", () => {
    const day = fc.integer({ min: toDayNumber(D(1178, 1, 1)), max: toDayNumber(D(1633, 12, 29)) }).map(fromDayNumber);
    fc.assert(
      fc.property(day, (date) => {
        const other = newDate(date.year, date.month - 1, date.day);
        expect(formatJalali(date, "yyyy/MM/dd")).toBe(formatFns(other, "yyyy/MM/dd"));
        expect(formatJalali(date, "d MMMM MMM yyyy")).toBe(formatFns(other, "d MMMM MMM yyyy", { locale: faIR }));
        // date-fns-jalali writes «یک‌شنبه»/«پنج‌شنبه» with ZWNJ; we follow calendar.md (یکشنبه، پنجشنبه).
        expect(formatJalali(date, "EEEE")).toBe(formatFns(other, "EEEE", { locale: faIR }).replace(/(یک|پنج)\u200c/, "$1"));
      }),
      { numRuns: 2000 },
    );
  });

  it("pads every year of the range, and every month and day, as padStart would (property)", () => {
    const padded = (n: number, width: number): string => (n < 0 ? "-" + String(-n).padStart(width, "0") : String(n).padStart(width, "0"));
    const first = toDayNumber(D(-61, 1, 1));
    const last = toDayNumber(D(3177, 12, 29));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const d = fromDayNumber(n);
        const yy = String(((d.year % 100) + 100) % 100).padStart(2, "0");
        expect(formatJalali(d, "yyyy/MM/dd yy")).toBe(`${padded(d.year, 4)}/${padded(d.month, 2)}/${padded(d.day, 2)} ${yy}`);
      }),
      { numRuns: 2000 },
    );
    for (const year of [-61, -10, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1403]) expect(formatJalali(D(year, 1, 1), "yyyy")).toBe(padded(year, 4));
  });
});
