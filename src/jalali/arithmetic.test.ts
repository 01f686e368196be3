import fc from "fast-check";
import { addMonths as addMonthsFns, differenceInCalendarDays, getDate, getMonth, getYear, newDate } from "date-fns-jalali";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  compareJalali,
  differenceInDays,
  eachDayOfInterval,
  endOfMonth,
  fiscalQuarter,
  fiscalYear,
  fromDayNumber,
  isAfter,
  isBefore,
  isSame,
  jalaliMonthLength,
  startOfMonth,
  startOfWeek,
  toDayNumber,
  toGregorian,
  weekday,
} from "./index";
import type { JalaliDate } from "./index";
import { errorCodeOf as code } from "../internal/errorCodeOf";

const D = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
const day = fc.integer({ min: toDayNumber(D(1200, 1, 1)), max: toDayNumber(D(1600, 12, 29)) }).map(fromDayNumber);

describe("addMonths / addYears clamp (hand-worked)", () => {
  it("31 Shahrivar + 1 month = 30 Mehr", () => {
    expect(addMonths(D(1403, 6, 31), 1)).toEqual(D(1403, 7, 30));
  });
  it("30 Bahman + 1 month = 29 Esfand in a common year, 30 in a leap year", () => {
    expect(addMonths(D(1404, 11, 30), 1)).toEqual(D(1404, 12, 29));
    expect(addMonths(D(1403, 11, 30), 1)).toEqual(D(1403, 12, 30));
  });
  it("across years, both ways", () => {
    expect(addMonths(D(1403, 12, 27), 1)).toEqual(D(1404, 1, 27));
    expect(addMonths(D(1404, 1, 31), -1)).toEqual(D(1403, 12, 30));
    expect(addMonths(D(1404, 1, 31), -13)).toEqual(D(1402, 12, 29));
    expect(addMonths(D(1403, 5, 15), -24)).toEqual(D(1401, 5, 15));
  });
  it("30 Esfand + 1 year", () => {
    expect(addYears(D(1403, 12, 30), 1)).toEqual(D(1404, 12, 29));
    expect(addYears(D(1403, 12, 30), -4)).toEqual(D(1399, 12, 30));
  });
  it("leaving the range is an error", () => {
    expect(code(() => addYears(D(3177, 1, 1), 1))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => addDays(D(3177, 12, 29), 1))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => addDays(D(1403, 1, 1), 0.5))).toBe("INVALID_ARGUMENT");
    expect(code(() => addMonths(D(1403, 1, 1), Number.NaN))).toBe("INVALID_ARGUMENT");
  });
  it("agrees with date-fns-jalali's addMonths in 1178–1633 (property)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }), (date, months) => {
        const expected = addMonthsFns(newDate(date.year, date.month - 1, date.day), months);
        const ours = addMonths(date, months);
        if (ours.year < 1178 || ours.year > 1633) return;
        expect(ours).toEqual({ year: getYear(expected), month: getMonth(expected) + 1, day: getDate(expected) });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("addDays / differenceInDays (properties)", () => {
  it("addDays and differenceInDays are inverse", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -50_000, max: 50_000 }), (date, n) => {
        expect(differenceInDays(addDays(date, n), date)).toBe(n);
        expect(addDays(addDays(date, n), -n)).toEqual(date);
      }),
    );
  });
  it("differenceInDays matches the Gregorian difference", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ga = toGregorian(a);
        const gb = toGregorian(b);
        expect(differenceInDays(a, b)).toBe((Date.UTC(ga.year, ga.month - 1, ga.day) - Date.UTC(gb.year, gb.month - 1, gb.day)) / 86_400_000);
      }),
    );
  });
  it("matches date-fns-jalali's differenceInCalendarDays on a known span", () => {
    /* 1403/01/01 = 2024-03-20; 1404/01/01 = 2025-03-21 */
    expect(differenceInDays(D(1404, 1, 1), D(1403, 1, 1))).toBe(differenceInCalendarDays(newDate(1404, 0, 1), newDate(1403, 0, 1)));
  });
});

describe("comparison", () => {
  it("compareJalali is consistent with day numbers and with isBefore/isAfter/isSame", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const c = compareJalali(a, b);
        expect(c).toBe(Math.sign(toDayNumber(a) - toDayNumber(b)));
        expect(isBefore(a, b)).toBe(c < 0);
        expect(isAfter(a, b)).toBe(c > 0);
        expect(isSame(a, b)).toBe(c === 0);
        expect(compareJalali(b, a)).toBe(-c || 0);
      }),
    );
  });
});

describe("calendar helpers", () => {
  it("weekday matches the Gregorian weekday (JS Sunday = 0 ↔ our Saturday = 0)", () => {
    fc.assert(
      fc.property(day, (date) => {
        const g = toGregorian(date);
        expect(weekday(date)).toBe((new Date(Date.UTC(g.year, g.month - 1, g.day)).getUTCDay() + 1) % 7);
      }),
    );
  });
  it("startOfWeek is a Saturday within the last 7 days", () => {
    fc.assert(
      fc.property(day, (date) => {
        const start = startOfWeek(date);
        expect(weekday(start)).toBe(0);
        const gap = differenceInDays(date, start);
        expect(gap >= 0 && gap < 7).toBe(true);
      }),
    );
  });
  it("startOfMonth / endOfMonth bound the month", () => {
    fc.assert(
      fc.property(day, (date) => {
        expect(differenceInDays(endOfMonth(date), startOfMonth(date)) + 1).toBe(jalaliMonthLength(date.year, date.month));
        expect(addDays(endOfMonth(date), 1).day).toBe(1);
      }),
    );
  });
  it("eachDayOfInterval lists consecutive days", () => {
    const days = eachDayOfInterval({ start: D(1403, 12, 28), end: D(1404, 1, 2) });
    expect(days).toEqual([D(1403, 12, 28), D(1403, 12, 29), D(1403, 12, 30), D(1404, 1, 1), D(1404, 1, 2)]);
    expect(eachDayOfInterval({ start: D(1403, 1, 1), end: D(1403, 1, 1) })).toEqual([D(1403, 1, 1)]);
    expect(eachDayOfInterval({ start: D(1403, 1, 1), end: D(1403, 12, 30) })).toHaveLength(366);
    expect(code(() => eachDayOfInterval({ start: D(1404, 1, 1), end: D(1403, 1, 1) }))).toBe("JALALI_INVALID_INTERVAL");
    expect(code(() => eachDayOfInterval(null as never))).toBe("INVALID_ARGUMENT");
  });
  it("fiscal year and quarters are the Jalali year and its seasons", () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map((m) => fiscalQuarter(D(1403, m, 1)))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(fiscalYear(D(1403, 12, 30))).toBe(1403);
    expect(fiscalYear(addDays(D(1403, 12, 30), 1))).toBe(1404);
  });
});

describe("ageOn", () => {
  it("hand-worked birthdays", () => {
    expect(ageOn(D(1385, 12, 27), D(1403, 12, 26))).toBe(17);
    expect(ageOn(D(1385, 12, 27), D(1403, 12, 27))).toBe(18);
    expect(ageOn(D(1403, 12, 27), D(1403, 12, 27))).toBe(0);
    // Born 30 Esfand 1399 (leap): in 1404 (common) the birthday is reached on 29 Esfand.
    expect(ageOn(D(1399, 12, 30), D(1404, 12, 28))).toBe(4);
    expect(ageOn(D(1399, 12, 30), D(1404, 12, 29))).toBe(5);
    expect(ageOn(D(1399, 12, 30), D(1403, 12, 29))).toBe(3);
    expect(ageOn(D(1399, 12, 30), D(1403, 12, 30))).toBe(4);
    expect(code(() => ageOn(D(1404, 1, 1), D(1403, 1, 1)))).toBe("JALALI_INVALID_INTERVAL");
  });
  it("is the largest n with addYears(birth, n) ≤ on (property)", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, on] = toDayNumber(a) <= toDayNumber(b) ? [a, b] : [b, a];
        const n = ageOn(birth, on);
        expect(isAfter(addYears(birth, n), on)).toBe(false);
        if (on.year - birth.year >= n + 1) expect(isAfter(addYears(birth, n + 1), on)).toBe(true);
      }),
    );
  });
});
