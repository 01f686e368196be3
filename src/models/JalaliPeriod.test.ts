import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { JalaliPeriodSchema, formatJalaliPeriod, jalaliPeriodBounds, parseJalaliPeriod, safeParseJalaliPeriod } from "./JalaliPeriod";
import type { JalaliPeriodParts } from "./JalaliPeriod";
import { isMahallehError } from "../errors/MahallehError";

describe("parseJalaliPeriod", () => {
  it("reads years, quarters and months in any digit system", () => {
    expect(parseJalaliPeriod("1403")).toEqual({ kind: "year", year: 1403 });
    expect(parseJalaliPeriod("۱۴۰۳-Q2")).toEqual({ kind: "quarter", year: 1403, quarter: 2 });
    expect(parseJalaliPeriod("١٤٠٣ q4")).toEqual({ kind: "quarter", year: 1403, quarter: 4 });
    expect(parseJalaliPeriod("۱۴۰۳ فصل ۱")).toEqual({ kind: "quarter", year: 1403, quarter: 1 });
    expect(parseJalaliPeriod("1403-05")).toEqual({ kind: "month", year: 1403, month: 5 });
    expect(parseJalaliPeriod("۱۴۰۳/۱۲")).toEqual({ kind: "month", year: 1403, month: 12 });
  });

  it("throws MODELS_INVALID_PERIOD for non-periods", () => {
    for (const text of ["", "Q2", "1403-Q5", "1403-13", "1403-00", "14031", "1403/12/27", "سال ۱۴۰۳", "3178", "0999"]) {
      const result = safeParseJalaliPeriod(text);
      expect(result.success, text).toBe(false);
      if (!result.success) expect(result.error.code).toBe("MODELS_INVALID_PERIOD");
    }
    try {
      parseJalaliPeriod(1403 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isMahallehError(error) && error.code).toBe("MODELS_INVALID_INPUT");
    }
  });

  const parts: fc.Arbitrary<JalaliPeriodParts> = fc.oneof(
    fc.record({ kind: fc.constant("year" as const), year: fc.integer({ min: 1000, max: 3177 }) }),
    fc.record({ kind: fc.constant("quarter" as const), year: fc.integer({ min: 1000, max: 3177 }), quarter: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant("month" as const), year: fc.integer({ min: 1000, max: 3177 }), month: fc.integer({ min: 1, max: 12 }) }),
  );

  it("round-trips with formatJalaliPeriod", () => {
    fc.assert(
      fc.property(parts, (p) => {
        const text = formatJalaliPeriod(p);
        expect(parseJalaliPeriod(text)).toEqual(p);
        expect(JalaliPeriodSchema.parse(text)).toBe(text);
      }),
    );
  });

  it("orders canonical strings as the periods they name, within a kind", () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        fc.pre(a.kind === b.kind);
        const byText = Math.sign(formatJalaliPeriod(a).localeCompare(formatJalaliPeriod(b)));
        const byStart = Math.sign(
          jalaliPeriodBounds(a).start.year - jalaliPeriodBounds(b).start.year ||
            jalaliPeriodBounds(a).start.month - jalaliPeriodBounds(b).start.month,
        );
        expect(byText).toBe(byStart);
      }),
    );
  });
});

describe("jalaliPeriodBounds", () => {
  it("gives the first and last day, with Esfand's length by leap year", () => {
    /* 1403/12/30 = 2025-03-20: 1403 is a leap year; 1404 is not */
    expect(jalaliPeriodBounds("1403").end).toEqual({ year: 1403, month: 12, day: 30 });
    expect(jalaliPeriodBounds("1404").end).toEqual({ year: 1404, month: 12, day: 29 });
    expect(jalaliPeriodBounds("1403-Q1")).toEqual({ start: { year: 1403, month: 1, day: 1 }, end: { year: 1403, month: 3, day: 31 } });
    expect(jalaliPeriodBounds("1403-Q3").end).toEqual({ year: 1403, month: 9, day: 30 });
    expect(jalaliPeriodBounds({ kind: "month", year: 1403, month: 7 }).end).toEqual({ year: 1403, month: 7, day: 30 });
  });
});

describe("JalaliPeriodSchema", () => {
  it("outputs the canonical period and reports our codes", () => {
    expect(JalaliPeriodSchema.parse("۱۴۰۳")).toBe("1403");
    expect(JalaliPeriodSchema.parse(1402)).toBe("1402");
    const bad = JalaliPeriodSchema.safeParse("1403-Q7");
    expect(bad.success).toBe(false);
    expect((bad.error!.issues[0] as { params?: { code?: string } }).params?.code).toBe("MODELS_INVALID_PERIOD");
  });
});
