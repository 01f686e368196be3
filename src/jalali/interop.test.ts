import fc from "fast-check";
import { format, getDate, getMonth, getYear, newDate } from "date-fns-jalali";
import { describe, expect, it } from "vitest";
import { formatJalali, fromDayNumber, toDate, toDayNumber, toJalali } from "./index";
import type { JalaliDate } from "./index";

// Recipes of docs/jalali.md § Interop. They run under TZ = UTC, Asia/Tehran,
// America/Los_Angeles and Asia/Tokyo: date-fns-jalali reads and builds `Date`s in the host
// zone, so crossing over means naming that zone.
const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const D = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
/* 1403/12/27 = 2025-03-17 */
const SESSION = D(1403, 12, 27);
// date-fns-jalali uses the 33-year rule: it agrees with Borkowski for 1178–1633 only.
const day = fc.integer({ min: toDayNumber(D(1178, 1, 1)), max: toDayNumber(D(1633, 12, 29)) }).map(fromDayNumber);

describe("date-fns-jalali → mahalleh", () => {
  it("read its Date in the host zone (or with its own getters)", () => {
    const theirs = newDate(1403, 11, 27); // month 0-based, host-local midnight
    expect(toJalali(theirs, { timeZone: hostZone })).toEqual(SESSION);
    expect({ year: getYear(theirs), month: getMonth(theirs) + 1, day: getDate(theirs) }).toEqual(SESSION);
  });
  it("reading a host-local Date in Tehran instead is a trap in zones west of Tehran", () => {
    const theirs = newDate(1403, 11, 27);
    // Host midnight in Los Angeles or UTC is already the same day in Tehran; in Tokyo (east of
    // Tehran) it is still the previous evening in Tehran.
    expect(toJalali(theirs)).toEqual(hostZone === "Asia/Tokyo" ? D(1403, 12, 26) : SESSION);
  });
  it("round-trips over 1178–1633 (property)", () => {
    fc.assert(
      fc.property(day, (date) => {
        const theirs = newDate(date.year, date.month - 1, date.day);
        expect(toJalali(theirs, { timeZone: hostZone })).toEqual(date);
        expect(format(toDate(date, { timeZone: hostZone }), "yyyy/MM/dd")).toBe(formatJalali(date));
      }),
      { numRuns: 300 },
    );
  });
});

describe("mahalleh → Date", () => {
  it("UTC midnight through day numbers, no zone needed", () => {
    const utc = new Date(toDayNumber(SESSION) * 86_400_000);
    expect(utc.toISOString()).toBe("2025-03-17T00:00:00.000Z");
    expect(fromDayNumber(Math.floor(utc.getTime() / 86_400_000))).toEqual(SESSION);
    expect(toJalali(utc, { timeZone: "UTC" })).toEqual(SESSION);
  });
  it("the start of the day in a zone", () => {
    expect(toDate(SESSION).toISOString()).toBe("2025-03-16T20:30:00.000Z");
    expect(toJalali(toDate(SESSION))).toEqual(SESSION);
  });
});
