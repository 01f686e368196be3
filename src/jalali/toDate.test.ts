import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDate, toDayNumber, toJalali, todayJalali } from "./index";
import type { JalaliDate } from "./index";
import { errorCodeOf as code } from "../internal/errorCodeOf";

const D = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });

// These tests run under TZ = UTC, Asia/Tehran, America/Los_Angeles and Asia/Tokyo: none of
// the expectations may depend on the host zone.
describe("instants are read in an explicit zone, never the host's", () => {
  it("new Date('2025-03-21') (UTC midnight) is 1 Farvardin 1404 in Tehran and UTC, 30 Esfand 1403 in Los Angeles", () => {
    const instant = new Date("2025-03-21");
    expect(toJalali(instant)).toEqual(D(1404, 1, 1));
    expect(toJalali(instant, { timeZone: "UTC" })).toEqual(D(1404, 1, 1));
    expect(toJalali(instant, { timeZone: "America/Los_Angeles" })).toEqual(D(1403, 12, 30));
  });
  it("an instant near midnight is a different day in Tehran and in UTC", () => {
    const instant = new Date("2025-03-16T21:00:00Z"); // 00:30 on 27 Esfand in Tehran (UTC+03:30)
    expect(toJalali(instant)).toEqual(D(1403, 12, 27));
    expect(toJalali(instant, { timeZone: "UTC" })).toEqual(D(1403, 12, 26));
    expect(toJalali(new Date("2025-03-16T20:29:59Z"))).toEqual(D(1403, 12, 26));
    expect(toJalali(new Date("2025-03-16T20:30:00Z"))).toEqual(D(1403, 12, 27));
  });
  it("toDate is the start of the day in the zone", () => {
    /* 1403/12/27 = 2025-03-17 */
    expect(toDate(D(1403, 12, 27)).toISOString()).toBe("2025-03-16T20:30:00.000Z");
    expect(toDate(D(1403, 12, 27), { timeZone: "Asia/Tokyo" }).toISOString()).toBe("2025-03-16T15:00:00.000Z");
    expect(toDate(D(1403, 12, 27), { timeZone: "America/Los_Angeles" }).toISOString()).toBe("2025-03-17T07:00:00.000Z");
    expect(toDate(D(1403, 12, 27), { timeZone: "UTC" }).getTime()).toBe(Date.UTC(2025, 2, 17));
  });
  it("Tehran's summer time: the day whose midnight was skipped starts at 01:00 (+04:30)", () => {
    // Until 1401 Tehran moved from 00:00 (+03:30) to 01:00 (+04:30) at the start of 2 Farvardin
    // (tzdata). 2 Farvardin 1399 = 2020-03-21: it began at 2020-03-20T20:30Z, shown as 01:00.
    const start = toDate(D(1399, 1, 2));
    expect(start.toISOString()).toBe("2020-03-20T20:30:00.000Z");
    expect(toJalali(start)).toEqual(D(1399, 1, 2));
    expect(toJalali(new Date(start.getTime() - 1000))).toEqual(D(1399, 1, 1));
    const clock = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tehran", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(clock.format(start)).toBe("01:00");
    // A summer day in 1399 starts at midnight +04:30; since 1402 Tehran stays at +03:30.
    expect(toDate(D(1399, 4, 1)).toISOString()).toBe("2020-06-20T19:30:00.000Z");
    expect(toDate(D(1403, 4, 1)).toISOString()).toBe("2024-06-20T20:30:00.000Z");
  });
  it("America/Los_Angeles: the spring-forward day still starts at midnight", () => {
    // 2025-03-09 = 1403/12/19: clocks jump at 02:00, midnight exists (−08:00).
    expect(toDate(D(1403, 12, 19), { timeZone: "America/Los_Angeles" }).toISOString()).toBe("2025-03-09T08:00:00.000Z");
  });
  it("America/Havana: a repeated midnight gives the first one, a skipped midnight gives 01:00", () => {
    // 2024-11-03 = 1403/08/13: clocks went back from 01:00 (−04:00) to 00:00 (−05:00).
    expect(toDate(D(1403, 8, 13), { timeZone: "America/Havana" }).toISOString()).toBe("2024-11-03T04:00:00.000Z");
    // 2024-03-10 = 1402/12/20: clocks jumped from 00:00 (−05:00) to 01:00 (−04:00).
    expect(toDate(D(1402, 12, 20), { timeZone: "America/Havana" }).toISOString()).toBe("2024-03-10T05:00:00.000Z");
  });
  it("toJalali(toDate(d, zone), zone) = d, and the day before starts one day-length earlier (property)", () => {
    const day = fc.integer({ min: toDayNumber(D(1340, 1, 1)), max: toDayNumber(D(1420, 12, 29)) }).map(fromDayNumber);
    const zone = fc.constantFrom("Asia/Tehran", "America/Los_Angeles", "Asia/Tokyo", "UTC", "Europe/London", "Australia/Lord_Howe", "America/Havana", "America/Santiago");
    fc.assert(
      fc.property(day, zone, (date, timeZone) => {
        const start = toDate(date, { timeZone });
        expect(toJalali(start, { timeZone })).toEqual(date);
        expect(toJalali(new Date(start.getTime() - 1), { timeZone })).toEqual(fromDayNumber(toDayNumber(date) - 1));
      }),
      { numRuns: 300 },
    );
  });
  it("todayJalali is today in the zone", () => {
    const today = todayJalali();
    const now = toJalali(new Date());
    expect(Math.abs(toDayNumber(today) - toDayNumber(now))).toBeLessThanOrEqual(1); // a midnight may pass between the calls
    expect(code(() => todayJalali({ timeZone: "Mars/Olympus" }))).toBe("JALALI_INVALID_TIME_ZONE");
    expect(code(() => toDate(D(1403, 1, 1), { timeZone: 42 as never }))).toBe("JALALI_INVALID_TIME_ZONE");
  });
  it("instants outside the range are errors", () => {
    expect(code(() => toJalali(new Date(Date.UTC(500, 0, 1))))).toBe("JALALI_OUT_OF_RANGE");
    expect(code(() => toJalali(new Date(8.64e15)))).toBe("JALALI_OUT_OF_RANGE");
  });
});
