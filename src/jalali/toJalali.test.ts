import fc from "fast-check";
import * as jalaali from "jalaali-js";
import { describe, expect, it } from "vitest";
import {
  fromDayNumber,
  isLeapJalaliYear,
  isValidJalaliDate,
  jalaliMonthLength,
  toDayNumber,
  toGregorian,
  toJalali,
  weekday,
} from "./index";
import { errorCodeOf as code } from "../internal/errorCodeOf";

const DAY = 86_400_000;

describe("check points of calendar.md", () => {
  it("1 Farvardin 1403 = 2024-03-20, a Wednesday", () => {
    expect(toGregorian({ year: 1403, month: 1, day: 1 })).toEqual({ year: 2024, month: 3, day: 20 });
    expect(weekday({ year: 1403, month: 1, day: 1 })).toBe(4); // Saturday = 0 … Wednesday = 4
    expect(new Date(Date.UTC(2024, 2, 20)).getUTCDay()).toBe(3); // JS: Sunday = 0, Wednesday = 3
  });
  it("1403 is leap: 30 Esfand 1403 = 2025-03-20, 1 Farvardin 1404 = 2025-03-21", () => {
    expect(isLeapJalaliYear(1403)).toBe(true);
    expect(toGregorian({ year: 1403, month: 12, day: 30 })).toEqual({ year: 2025, month: 3, day: 20 });
    expect(toJalali({ year: 2025, month: 3, day: 21 })).toEqual({ year: 1404, month: 1, day: 1 });
  });
  it("27 Esfand 1403 = 2025-03-17, a Monday (the seed's session date)", () => {
    /* 1403/12/27 = 2025-03-17 */
    expect(toJalali({ year: 2025, month: 3, day: 17 })).toEqual({ year: 1403, month: 12, day: 27 });
    expect(weekday({ year: 1403, month: 12, day: 27 })).toBe(2);
    expect(new Date(Date.UTC(2025, 2, 17)).getUTCDay()).toBe(1); // Monday in JS numbering
  });
  it("1 Farvardin 1405 = 2026-03-21", () => {
    expect(toGregorian({ year: 1405, month: 1, day: 1 })).toEqual({ year: 2026, month: 3, day: 21 });
  });
});

describe("hand-worked cases", () => {
  it("the Unix epoch is 11 Dey 1348", () => {
    // 1 Farvardin 1348 = 1969-03-21; 6×31 + 3×30 = 276 days to 1 Dey = 1969-12-22; +10 days.
    expect(toJalali({ year: 1970, month: 1, day: 1 })).toEqual({ year: 1348, month: 10, day: 11 });
    expect(toDayNumber({ year: 1348, month: 10, day: 11 })).toBe(0);
  });
  it("month boundaries of 1403: 186 days in the first half, 30-day months after", () => {
    // 2024-03-20 + 186 days = 2024-09-22 = 1 Mehr 1403.
    expect(toGregorian({ year: 1403, month: 7, day: 1 })).toEqual({ year: 2024, month: 9, day: 22 });
    expect(toGregorian({ year: 1403, month: 6, day: 31 })).toEqual({ year: 2024, month: 9, day: 21 });
    expect(toGregorian({ year: 1403, month: 12, day: 1 })).toEqual({ year: 2025, month: 2, day: 19 });
  });
  it("month lengths", () => {
    expect([1, 6, 7, 11, 12].map((m) => jalaliMonthLength(1403, m))).toEqual([31, 31, 30, 30, 30]);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
  });
  it("the ends of Borkowski's range", () => {
    expect(fromDayNumber(toDayNumber({ year: -61, month: 1, day: 1 }))).toEqual({ year: -61, month: 1, day: 1 });
    expect(toGregorian({ year: 3177, month: 12, day: 29 })).toEqual(gregorianOf(3177, 12, 29));
    expect(code(() => toGregorian({ year: 3178, month: 1, day: 1 }))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => toGregorian({ year: -62, month: 12, day: 29 }))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => toJalali({ year: 500, month: 1, day: 1 }))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => toJalali({ year: 3800, month: 1, day: 1 }))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => toJalali({ year: -5, month: 1, day: 1 }))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => fromDayNumber(1e12))).toBe("JALALI_OUT_OF_RANGE");
  });
});

function gregorianOf(jy: number, jm: number, jd: number): { year: number; month: number; day: number } {
  const g = jalaali.toGregorian(jy, jm, jd);
  return { year: g.gy, month: g.gm, day: g.gd };
}

describe("agreement with jalaali-js (an independent implementation of Borkowski)", () => {
  it("every day of years 1200–1600 round-trips and agrees", () => {
    let days = 0;
    for (let y = 1200; y <= 1600; y++) {
      for (let m = 1; m <= 12; m++) {
        const length = jalaliMonthLength(y, m);
        expect(length).toBe(jalaali.jalaaliMonthLength(y, m));
        for (let d = 1; d <= length; d++) {
          const g = toGregorian({ year: y, month: m, day: d });
          const other = jalaali.toGregorian(y, m, d);
          if (g.year !== other.gy || g.month !== other.gm || g.day !== other.gd) expect(g).toEqual(gregorianOf(y, m, d));
          const back = toJalali(g);
          if (back.year !== y || back.month !== m || back.day !== d) expect(back).toEqual({ year: y, month: m, day: d });
          days++;
        }
      }
    }
    expect(days).toBe(jalaali.j2d(1601, 1, 1) - jalaali.j2d(1200, 1, 1));
  });
  it("leap years agree for all of −61 … 3177", () => {
    const disagreements: number[] = [];
    for (let y = -61; y <= 3177; y++) if (isLeapJalaliYear(y) !== jalaali.isLeapJalaaliYear(y)) disagreements.push(y);
    expect(disagreements).toEqual([]);
  });
  it("1 Farvardin of every year −61 … 3177 falls on the same Gregorian day", () => {
    for (let y = -61; y <= 3177; y++) {
      const g = toGregorian({ year: y, month: 1, day: 1 });
      const other = jalaali.toGregorian(y, 1, 1);
      if (g.year !== other.gy || g.month !== other.gm || g.day !== other.gd) expect([y, g]).toEqual([y, gregorianOf(y, 1, 1)]);
    }
  });
  it("random days over the whole range agree (property)", () => {
    const first = toDayNumber({ year: -61, month: 1, day: 1 });
    const last = toDayNumber({ year: 3177, month: 12, day: 29 });
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const j = fromDayNumber(n);
        const g = new Date(n * DAY);
        const other = jalaali.toJalaali(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate());
        expect(j).toEqual({ year: other.jy, month: other.jm, day: other.jd });
        expect(toJalali({ year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() })).toEqual(j);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("Gregorian side", () => {
  it("day numbers agree with Date.UTC (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -514_000, max: 667_000 }), (n) => {
        const g = new Date(n * DAY);
        const j = toJalali({ year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() });
        expect(toDayNumber(j)).toBe(n);
        expect(toGregorian(j)).toEqual({ year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() });
      }),
      { numRuns: 5000 },
    );
  });
  it("every day of the whole range: toJalali and toGregorian agree with Date's UTC fields and the day-number path", () => {
    // The conversions count from 1 March and Nowruz without a day number; the second method
    // is Date (UTC fields of n × 86 400 000) and fromDayNumber/toDayNumber (table search).
    const first = toDayNumber({ year: -61, month: 1, day: 1 });
    const last = toDayNumber({ year: 3177, month: 12, day: 29 });
    let checked = 0;
    for (let n = first; n <= last; n++) {
      const g = new Date(n * DAY);
      const civil = { year: g.getUTCFullYear(), month: g.getUTCMonth() + 1, day: g.getUTCDate() };
      const j = toJalali(civil);
      const expected = fromDayNumber(n);
      if (j.year !== expected.year || j.month !== expected.month || j.day !== expected.day) expect([civil, j]).toEqual([civil, expected]);
      const back = toGregorian(j);
      if (back.year !== civil.year || back.month !== civil.month || back.day !== civil.day) expect([j, back]).toEqual([j, civil]);
      checked++;
    }
    expect(checked).toBe(last - first + 1);
    // One day either side of the range is refused, in both directions.
    const before = new Date((first - 1) * DAY);
    const after = new Date((last + 1) * DAY);
    expect(code(() => toJalali({ year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() }))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => toJalali({ year: after.getUTCFullYear(), month: after.getUTCMonth() + 1, day: after.getUTCDate() }))).toBe("JALALI_OUT_OF_RANGE");
  });
  it("29 February in every Gregorian year of the range: accepted exactly in leap years", () => {
    for (let y = 561; y <= 3798; y++) {
      const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
      expect([y, code(() => toJalali({ year: y, month: 2, day: 29 }))]).toEqual([y, leap ? undefined : "JALALI_INVALID_DATE"]);
    }
  });
  it("rejects impossible Gregorian dates", () => {
    expect(code(() => toJalali({ year: 2025, month: 2, day: 29 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toJalali({ year: 2024, month: 2, day: 29 }))).toBeUndefined();
    expect(code(() => toJalali({ year: 2100, month: 2, day: 29 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toJalali({ year: 2000, month: 2, day: 29 }))).toBeUndefined();
    expect(code(() => toJalali({ year: 2025, month: 4, day: 31 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toJalali({ year: 2025, month: 13, day: 1 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toJalali({ year: 2025, month: 0, day: 1 }))).toBe("JALALI_INVALID_DATE");
  });
});

describe("validation at the edge", () => {
  it("invalid Jalali dates are errors, never silently overflowed", () => {
    expect(code(() => toGregorian({ year: 1404, month: 12, day: 30 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toGregorian({ year: 1403, month: 13, day: 1 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toGregorian({ year: 1403, month: 7, day: 31 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toGregorian({ year: 1403, month: 1, day: 32 }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => toGregorian({ year: 1403, month: 1, day: 0 }))).toBe("JALALI_INVALID_DATE");
  });
  it("wrong types are INVALID_ARGUMENT, not TypeError", () => {
    const bad: unknown[] = [null, undefined, "1403/12/27", 14031227, { year: 1403, month: 12 }, { year: 1403.5, month: 1, day: 1 }, { year: Number.NaN, month: 1, day: 1 }];
    for (const value of bad) expect(code(() => toGregorian(value as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => toJalali(new Date(Number.NaN)))).toBe("INVALID_ARGUMENT");
    expect(code(() => toJalali("2025-03-17" as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => isLeapJalaliYear(1403.5))).toBe("INVALID_ARGUMENT");
    expect(code(() => jalaliMonthLength(1403, 13))).toBe("INVALID_ARGUMENT");
  });
  it("isValidJalaliDate never throws and agrees with jalaali-js in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -61, max: 3177 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        expect(isValidJalaliDate(y, m, d)).toBe(jalaali.isValidJalaaliDate(y, m, d));
        expect(isValidJalaliDate({ year: y, month: m, day: d })).toBe(jalaali.isValidJalaaliDate(y, m, d));
      }),
    );
    fc.assert(fc.property(fc.anything(), (value) => typeof isValidJalaliDate(value) === "boolean"));
  });
});

describe("other leap rules, documented in docs/jalali.md", () => {
  const rule33 = (y: number): boolean => (((25 * y + 11) % 33) + 33) % 33 < 8;
  it("the 33-year rule agrees with Borkowski exactly for 1178–1633", () => {
    const differ: number[] = [];
    for (let y = -61; y <= 3177; y++) if (rule33(y) !== isLeapJalaliYear(y)) differ.push(y);
    expect(differ.filter((y) => y >= 1178 && y <= 1633)).toEqual([]);
    expect(differ.filter((y) => y < 1178).slice(-2)).toEqual([1176, 1177]);
    expect(differ.filter((y) => y > 1633).slice(0, 2)).toEqual([1634, 1635]);
  });
  it("the 2820-year (Birashk) rule is already wrong for 1403/1404", () => {
    // Birashk: year y is leap if ((y − 474) mod 2820 + 474 + 38) × 682 mod 2816 < 682.
    const birashk = (y: number): boolean => (((((y - 474) % 2820) + 474 + 38) * 682) % 2816) < 682;
    expect([birashk(1403), birashk(1404)]).toEqual([false, true]);
    expect([isLeapJalaliYear(1403), isLeapJalaliYear(1404)]).toEqual([true, false]);
  });
  it("ICU's persian calendar (Intl) agrees over Iran's official range 1206–1498", () => {
    const icu = new Intl.DateTimeFormat("en-u-ca-persian", { timeZone: "UTC", day: "numeric" });
    const icuLeap = (y: number): boolean => icu.format(new Date(toDayNumber({ year: y + 1, month: 1, day: 1 }) * DAY - DAY)) === "30";
    // (Reading the day before Borkowski's Nowruz: 30 iff ICU agrees that y is leap and starts
    // y+1 on the same day.)
    for (let y = 1206; y <= 1498; y++) expect([y, icuLeap(y)]).toEqual([y, isLeapJalaliYear(y)]);
  });
  it.runIf(process.versions.icu?.startsWith("78"))("ICU 78 differs at 1502/1503 and 1601/1602 (docs/jalali.md)", () => {
    const icu = new Intl.DateTimeFormat("en-u-ca-persian", { timeZone: "UTC", month: "numeric", day: "numeric" });
    // ICU puts Nowruz 1503 one day earlier than Borkowski: its 1502 is common, its 1503 leap.
    const nowruz1503 = toDayNumber({ year: 1503, month: 1, day: 1 }) * DAY;
    expect(icu.format(new Date(nowruz1503))).toBe("1/2");
    expect(isLeapJalaliYear(1502)).toBe(true);
    const nowruz1602 = toDayNumber({ year: 1602, month: 1, day: 1 }) * DAY;
    expect(icu.format(new Date(nowruz1602))).toBe("1/2");
    expect(isLeapJalaliYear(1601)).toBe(true);
  });
});
