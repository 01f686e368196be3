import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, createWorkCalendar, eachDayOfInterval, fromDayNumber, isLeapJalaliYear, SOLAR_HOLIDAYS, toDayNumber, weekday } from "./index";
import type { JalaliDate } from "./index";
import { errorCodeOf as code } from "../internal/errorCodeOf";

const D = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });

describe("solar holidays (iran.md)", () => {
  it("are 1/1–1/4, 1/12, 1/13, 3/14, 3/15, 11/22, 12/29 and 12/30", () => {
    expect(SOLAR_HOLIDAYS.map((h) => `${h.month}/${h.day}`)).toEqual(["1/1", "1/2", "1/3", "1/4", "1/12", "1/13", "3/14", "3/15", "11/22", "12/29", "12/30"]);
    expect(Object.isFrozen(SOLAR_HOLIDAYS)).toBe(true);
  });
  it("count 11 days off in a leap year and 10 in a common one", () => {
    const calendar = createWorkCalendar();
    const holidaysIn = (year: number): number =>
      eachDayOfInterval({ start: D(year, 1, 1), end: D(year, 12, isLeapJalaliYear(year) ? 30 : 29) }).filter(calendar.isHoliday).length;
    expect(holidaysIn(1403)).toBe(11);
    expect(holidaysIn(1404)).toBe(10);
  });
});

describe("createWorkCalendar", () => {
  const calendar = createWorkCalendar();
  it("Friday is the default weekend", () => {
    expect(calendar.weekend).toEqual([6]);
    /* 1403/12/24 = 2025-03-14, a Friday */
    expect(calendar.isWorkingDay(D(1403, 12, 24))).toBe(false);
    expect(calendar.isWorkingDay(D(1403, 12, 23))).toBe(true); // Thursday
  });
  it("a Thursday + Friday weekend is configurable", () => {
    const long = createWorkCalendar({ weekend: [6, 5] });
    expect(long.weekend).toEqual([5, 6]);
    expect(long.isWorkingDay(D(1403, 12, 23))).toBe(false);
  });
  it("lunar holidays come as data", () => {
    /* 1404/01/11 = 2025-03-31: Eid al-Fitr 1404 */
    const withEid = createWorkCalendar({ holidays: [D(1404, 1, 11)] });
    expect(calendar.isWorkingDay(D(1404, 1, 11))).toBe(true);
    expect(withEid.isWorkingDay(D(1404, 1, 11))).toBe(false);
    expect(createWorkCalendar({ solarHolidays: false }).isWorkingDay(D(1404, 1, 1))).toBe(false); // still a Friday
    expect(createWorkCalendar({ solarHolidays: false }).isWorkingDay(D(1404, 1, 2))).toBe(true);
  });
  it("a deadline of 10 working days from the 73rd session (27 Esfand 1403)", () => {
    // Working days after Monday 27 Esfand 1403: 28 Esfand (Tue); 29–30 Esfand and 1–4 Farvardin
    // are holidays (1 Farvardin 1404 is a Friday); 5, 6, 7 (Tue–Thu); 8 is Friday; 9, 10, 11
    // (Sat–Mon); 12, 13 holidays; 14 (Thu); 15 is Friday; 16, 17.
    expect(calendar.addWorkingDays(D(1403, 12, 27), 10)).toEqual(D(1404, 1, 17));
    expect(calendar.workingDaysBetween(D(1403, 12, 27), D(1404, 1, 17))).toBe(10);
    expect(calendar.addWorkingDays(D(1404, 1, 17), -10)).toEqual(D(1403, 12, 27));
    expect(calendar.addWorkingDays(D(1403, 12, 24), 0)).toEqual(D(1403, 12, 24));
  });
  it("addWorkingDays and workingDaysBetween are consistent (property)", () => {
    const day = fc.integer({ min: toDayNumber(D(1400, 1, 1)), max: toDayNumber(D(1410, 1, 1)) }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (date, n) => {
        const target = calendar.addWorkingDays(date, n);
        if (n !== 0) expect(calendar.isWorkingDay(target)).toBe(true);
        expect(calendar.workingDaysBetween(date, target)).toBe(n);
      }),
    );
  });
  it("workingDaysBetween counts the working days of the interval (property)", () => {
    const day = fc.integer({ min: toDayNumber(D(1402, 1, 1)), max: toDayNumber(D(1405, 1, 1)) }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), (start, length) => {
        const end = addDays(start, length);
        const counted = eachDayOfInterval({ start, end }).slice(1).filter((d) => weekday(d) !== 6 && calendar.isWorkingDay(d)).length;
        expect(calendar.workingDaysBetween(start, end)).toBe(counted);
        expect(calendar.workingDaysBetween(end, start)).toBe(0 - eachDayOfInterval({ start, end }).slice(0, -1).filter(calendar.isWorkingDay).length);
      }),
      { numRuns: 200 },
    );
  });
  it("rejects bad options", () => {
    expect(code(() => createWorkCalendar({ weekend: [7 as never] }))).toBe("INVALID_ARGUMENT");
    expect(code(() => createWorkCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] }))).toBe("INVALID_ARGUMENT");
    expect(code(() => createWorkCalendar({ weekend: "Friday" as never }))).toBe("INVALID_ARGUMENT");
    expect(code(() => createWorkCalendar({ holidays: [D(1404, 12, 30)] }))).toBe("JALALI_INVALID_DATE");
    expect(code(() => createWorkCalendar({ solarHolidays: "yes" as never }))).toBe("INVALID_ARGUMENT");
    expect(code(() => calendar.addWorkingDays(D(1403, 1, 1), 1.5))).toBe("INVALID_ARGUMENT");
    expect(code(() => calendar.addWorkingDays(D(1403, 1, 1), 1e15))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => createWorkCalendar({ solarHolidays: false }).addWorkingDays(D(3177, 1, 1), 1000))).toBe("JALALI_OUT_OF_RANGE");
  });
});
