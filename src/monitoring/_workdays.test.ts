import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../jalali/createWorkCalendar";
import type { WorkCalendar } from "../jalali/createWorkCalendar";
import { fromDayNumber } from "../jalali/fromDayNumber";
import { toDayNumber } from "../jalali/toDayNumber";
import { workdayCounter } from "./_workdays";

/** The slow, obvious count: walk day by day, as the definition reads. */
function slowBetween(calendar: WorkCalendar, a: number, b: number): number {
  let count = 0;
  if (a <= b) for (let d = a + 1; d <= b; d++) count += calendar.isWorkingDay(fromDayNumber(d)) ? 1 : 0;
  else for (let d = b; d < a; d++) count -= calendar.isWorkingDay(fromDayNumber(d)) ? 1 : 0;
  return count;
}

const RANGES: readonly (readonly [string, number, number])[] = [
  // Nowruz 1404 after the leap Esfand 30 of 1403: 1403/12/01 = 2025-02-19 … 1404/01/31 = 2025-04-20.
  ["Nowruz 1404 (leap 1403)", toDayNumber({ year: 1403, month: 12, day: 1 }), toDayNumber({ year: 1404, month: 1, day: 31 })],
  // Nowruz 1405 after a common Esfand (29 days): 1404/12/10 = 2026-03-01 … 1405/01/20 = 2026-04-09.
  ["Nowruz 1405 (common 1404)", toDayNumber({ year: 1404, month: 12, day: 10 }), toDayNumber({ year: 1405, month: 1, day: 20 })],
  // Nowruz 1400 after the leap Esfand 30 of 1399: 1399/12/15 = 2021-03-05 … 1400/01/20 = 2021-04-09.
  ["Nowruz 1400 (leap 1399)", toDayNumber({ year: 1399, month: 12, day: 15 }), toDayNumber({ year: 1400, month: 1, day: 20 })],
];

const CALENDARS: readonly (readonly [string, () => WorkCalendar])[] = [
  ["default", () => createWorkCalendar()],
  // Thursday + Friday weekend, and Eid al-Fitr 1404 (11–12 Farvardin) as lunar holidays.
  [
    "Thu+Fri with lunar days",
    () => createWorkCalendar({ weekend: [5, 6], holidays: [{ year: 1404, month: 1, day: 11 }, { year: 1404, month: 1, day: 12 }] }),
  ],
];

describe("workdayCounter", () => {
  for (const [calendarName, make] of CALENDARS) {
    for (const [rangeName, lo, hi] of RANGES) {
      it(`equals the day-by-day count over every pair: ${rangeName}, ${calendarName} calendar`, () => {
        const calendar = make();
        const counter = workdayCounter(calendar);
        let pairs = 0;
        for (let a = lo; a <= hi; a++) {
          for (let b = lo; b <= hi; b++) {
            const fast = counter.between(a, b);
            if (fast !== slowBetween(calendar, a, b)) expect([a, b, fast]).toEqual([a, b, slowBetween(calendar, a, b)]);
            pairs++;
          }
          expect(counter.isWorking(a)).toBe(calendar.isWorkingDay(fromDayNumber(a)));
        }
        expect(pairs).toBe((hi - lo + 1) ** 2);
      });
    }
  }

  it("agrees with WorkCalendar.workingDaysBetween across a decade, in both directions", () => {
    const calendar = createWorkCalendar();
    const counter = workdayCounter(calendar);
    const start = { year: 1399, month: 1, day: 1 }; /* = 2020-03-20 */
    const end = { year: 1409, month: 12, day: 29 }; /* = 2031-03-20 */
    expect(counter.between(toDayNumber(start), toDayNumber(end))).toBe(calendar.workingDaysBetween(start, end));
    expect(counter.between(toDayNumber(end), toDayNumber(start))).toBe(calendar.workingDaysBetween(end, start));
  });

  it("widens its span when asked about days outside it", () => {
    const calendar = createWorkCalendar();
    const counter = workdayCounter(calendar);
    const a = toDayNumber({ year: 1403, month: 12, day: 27 });
    expect(counter.between(a, a + 7)).toBe(slowBetween(calendar, a, a + 7));
    const far = toDayNumber({ year: 1420, month: 1, day: 1 });
    expect(counter.between(far - 30, far + 30)).toBe(slowBetween(calendar, far - 30, far + 30));
    expect(counter.between(a, a + 7)).toBe(slowBetween(calendar, a, a + 7));
  });
});
