import * as jalaliFns from "date-fns-jalali";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { createWorkCalendar } from "../jalali/createWorkCalendar";
import { fromDayNumber } from "../jalali/fromDayNumber";
import { toDayNumber } from "../jalali/toDayNumber";
import type { JalaliDate } from "../jalali/types";
import type { AgencyId, Resolution, ResolutionId, SessionId } from "../models/index";
import { sampleDataset } from "../models/index";
import { followUpResolutions } from "./followUpResolutions";

const session: JalaliDate = { year: 1403, month: 12, day: 1 }; /* = 2025-02-19 */

function resolution(deadline: JalaliDate, extra: Partial<Resolution> = {}): Resolution {
  return {
    id: "alb-sh-73-r9" as ResolutionId,
    sessionId: "alb-sh-73" as SessionId,
    sessionDate: session,
    number: 9,
    text: "پیگیری تأمین زمین مرکز سلامت",
    responsibleAgencyId: "alb-health" as AgencyId,
    deadline,
    status: "open",
    followUps: [],
    ...extra,
  };
}

const at = (deadline: JalaliDate, asOf: JalaliDate, extra: Partial<Resolution> = {}) =>
  followUpResolutions([resolution(deadline, extra)], { asOf })[0]!;

describe("followUpResolutions: the edges of the counting rule", () => {
  it("a deadline on a holiday: the count starts at the next working day", () => {
    // 1404/01/13 (Sizdah-be-dar, = 2025-04-02) is a holiday; 1404/01/14 (Thursday) a working day.
    expect(at({ year: 1404, month: 1, day: 13 }, { year: 1404, month: 1, day: 13 })).toMatchObject({ state: "due-soon", workingDaysLeft: 0, workingDaysOverdue: 0 });
    expect(at({ year: 1404, month: 1, day: 13 }, { year: 1404, month: 1, day: 14 })).toMatchObject({ state: "overdue", workingDaysOverdue: 1, calendarDaysOverdue: 1 });
    // Deadline 1404/01/12 (holiday), asOf 1404/01/13 (holiday): overdue by 0 working days, 1 calendar day.
    expect(at({ year: 1404, month: 1, day: 12 }, { year: 1404, month: 1, day: 13 })).toMatchObject({ state: "overdue", workingDaysOverdue: 0, calendarDaysOverdue: 1 });
  });

  it("asOf on a Friday after a Thursday deadline: overdue by 0 working days, then 1 on Saturday", () => {
    // 1404/01/14 = Thursday 2025-04-03; 01/15 Friday; 01/16 Saturday.
    expect(at({ year: 1404, month: 1, day: 14 }, { year: 1404, month: 1, day: 15 })).toMatchObject({ state: "overdue", workingDaysOverdue: 0, calendarDaysOverdue: 1 });
    expect(at({ year: 1404, month: 1, day: 14 }, { year: 1404, month: 1, day: 16 })).toMatchObject({ state: "overdue", workingDaysOverdue: 1, calendarDaysOverdue: 2 });
  });

  it("the Nowruz gap: 1403/12/29–1404/01/04 are not working days", () => {
    // Deadline Tuesday 1403/12/28 (= 2025-03-18); the first working day after it is 1404/01/05 (= 2025-03-25).
    expect(at({ year: 1403, month: 12, day: 28 }, { year: 1404, month: 1, day: 4 })).toMatchObject({ state: "overdue", workingDaysOverdue: 0, calendarDaysOverdue: 6 });
    expect(at({ year: 1403, month: 12, day: 28 }, { year: 1404, month: 1, day: 5 })).toMatchObject({ state: "overdue", workingDaysOverdue: 1, calendarDaysOverdue: 7 });
    // Seen from the 73rd session (Monday 1403/12/27): 12/28 and 1404/01/05 are the working days left.
    expect(at({ year: 1404, month: 1, day: 5 }, { year: 1403, month: 12, day: 27 })).toMatchObject({ state: "due-soon", workingDaysLeft: 2, calendarDaysLeft: 8 });
  });

  it("leap Esfand 30: exists in 1403 (a holiday), not in 1404", () => {
    // 1403/12/30 = 2025-03-20; 1404/01/01 = 2025-03-21.
    expect(at({ year: 1403, month: 12, day: 30 }, { year: 1404, month: 1, day: 1 })).toMatchObject({ state: "overdue", workingDaysOverdue: 0, calendarDaysOverdue: 1 });
    let error: unknown;
    try {
      at({ year: 1404, month: 12, day: 30 }, { year: 1404, month: 1, day: 1 });
    } catch (e) {
      error = e;
    }
    expect(isMahallehError(error) && error.code).toBe("MONITORING_INVALID_DATE");
    expect(isMahallehError(error) && error.details).toMatchObject({ list: "resolutions", index: 0, id: "alb-sh-73-r9", field: "deadline" });
  });

  it("done on time, done late, and a completion not yet known on asOf", () => {
    const deadline = { year: 1403, month: 12, day: 25 }; /* Saturday = 2025-03-15 */
    expect(at(deadline, { year: 1404, month: 1, day: 20 }, { status: "done", completedOn: { year: 1403, month: 12, day: 25 } })).toMatchObject({ state: "done", workingDaysOverdue: 0, progressPercent: 100 });
    // Done Monday 1403/12/27: late by Sunday and Monday.
    expect(at(deadline, { year: 1404, month: 1, day: 20 }, { status: "done", completedOn: { year: 1403, month: 12, day: 27 } })).toMatchObject({ state: "done-late", workingDaysOverdue: 2, calendarDaysOverdue: 2 });
    // On 1403/12/26 the completion of 12/27 has not happened yet.
    expect(at(deadline, { year: 1403, month: 12, day: 26 }, { status: "done", completedOn: { year: 1403, month: 12, day: 27 } })).toMatchObject({ state: "overdue", workingDaysOverdue: 1, completedOn: null });
  });

  it("an old record marked done without completedOn: done, date missing, never on time nor late", () => {
    const deadline = { year: 1403, month: 12, day: 25 }; /* = 2025-03-15 */
    for (const asOf of [{ year: 1403, month: 12, day: 20 }, { year: 1404, month: 1, day: 20 }]) {
      expect(at(deadline, asOf, { status: "done" })).toEqual({
        id: "alb-sh-73-r9",
        sessionId: "alb-sh-73",
        agencyId: "alb-health",
        state: "done",
        deadline,
        effectiveDeadline: deadline,
        deadlineChanges: 0,
        completedOn: null,
        completionDateMissing: true,
        workingDaysOverdue: 0,
        calendarDaysOverdue: 0,
        workingDaysLeft: 0,
        calendarDaysLeft: 0,
        lastFollowUp: null,
        daysSinceLastFollowUp: null,
        progressPercent: 100,
      });
    }
    // Every other record says false, dated or not.
    expect(at(deadline, { year: 1404, month: 1, day: 20 }, { status: "done", completedOn: deadline }).completionDateMissing).toBe(false);
    expect(at(deadline, { year: 1404, month: 1, day: 20 }).completionDateMissing).toBe(false);
  });

  it("applies the latest deadline change approved by asOf, and only those", () => {
    const extra: Partial<Resolution> = {
      deadlineChanges: [
        { date: { year: 1403, month: 12, day: 27 }, newDeadline: { year: 1404, month: 2, day: 31 }, reasonFa: "تأخیر در تخصیص اعتبار" },
        { date: { year: 1404, month: 2, day: 20 }, newDeadline: { year: 1404, month: 4, day: 31 }, reasonFa: "تمدید دوباره" },
      ],
    };
    const before = at({ year: 1404, month: 1, day: 31 }, { year: 1403, month: 12, day: 26 }, extra);
    expect(before).toMatchObject({ effectiveDeadline: { year: 1404, month: 1, day: 31 }, deadlineChanges: 0 });
    expect(at({ year: 1404, month: 1, day: 31 }, { year: 1404, month: 2, day: 1 }, extra)).toMatchObject({ state: "open", effectiveDeadline: { year: 1404, month: 2, day: 31 }, deadlineChanges: 1 });
    expect(at({ year: 1404, month: 1, day: 31 }, { year: 1404, month: 3, day: 1 }, extra)).toMatchObject({ state: "open", effectiveDeadline: { year: 1404, month: 4, day: 31 }, deadlineChanges: 2 });
  });

  it("reports the last follow-up known on asOf", () => {
    const extra: Partial<Resolution> = {
      followUps: [
        { date: { year: 1403, month: 12, day: 10 }, note: "زمین در حال تملک است", progressPercent: 20 },
        { date: { year: 1404, month: 1, day: 18 }, note: "قرارداد پیمانکار امضا شد", progressPercent: 45 },
      ],
    };
    const r = at({ year: 1404, month: 3, day: 31 }, { year: 1404, month: 1, day: 10 }, extra);
    expect(r.lastFollowUp?.note).toBe("زمین در حال تملک است");
    expect(r.daysSinceLastFollowUp).toBe(20 + 10); // 1403/12/10 → 1403/12/30 (leap) → 1404/01/10
    expect(r.progressPercent).toBe(20);
    expect(at({ year: 1404, month: 3, day: 31 }, { year: 1404, month: 1, day: 10 }).lastFollowUp).toBeNull();
  });

  it("refuses bad calls with coded errors naming the field", () => {
    const codeOf = (run: () => unknown): unknown => {
      try {
        run();
      } catch (e) {
        return isMahallehError(e) ? [e.code, e.details] : e;
      }
      return undefined;
    };
    expect(codeOf(() => followUpResolutions("x" as never, { asOf: session }))).toEqual(["MONITORING_INVALID_INPUT", { list: "resolutions" }]);
    expect(codeOf(() => followUpResolutions([], { asOf: { year: 1403, month: 7, day: 31 } }))).toMatchObject(["MONITORING_INVALID_DATE", { field: "asOf" }]);
    // Dates against the session (1403/12/01), for records built in code without the schema.
    const early = { year: 1403, month: 11, day: 20 }; /* = 2025-02-08 */
    const late = { year: 1404, month: 1, day: 5 }; /* = 2025-03-25 */
    expect(codeOf(() => followUpResolutions([resolution(late, { status: "done", completedOn: early })], { asOf: session }))).toEqual([
      "MONITORING_DATE_ORDER",
      { list: "resolutions", index: 0, id: "alb-sh-73-r9", field: "completedOn" },
    ]);
    expect(codeOf(() => followUpResolutions([resolution(late), resolution(session)], { asOf: session }))).toMatchObject(["MONITORING_DATE_ORDER", { index: 1, field: "deadline" }]);
    const change = { date: early, newDeadline: late, reasonFa: "تمدید" };
    expect(codeOf(() => followUpResolutions([resolution(late, { deadlineChanges: [change] })], { asOf: late }))).toMatchObject(["MONITORING_DATE_ORDER", { field: "deadlineChanges.0.date" }]);
    expect(codeOf(() => followUpResolutions([resolution(late, { deadlineChanges: [{ ...change, date: session, newDeadline: early }] })], { asOf: late }))).toMatchObject([
      "MONITORING_DATE_ORDER",
      { field: "deadlineChanges.0.newDeadline" },
    ]);
    expect(codeOf(() => followUpResolutions([resolution(late, { completedOn: { year: 1403, month: 12, day: 31 } })], { asOf: late }))).toMatchObject([
      "MONITORING_INVALID_DATE",
      { field: "completedOn" },
    ]);
    expect(codeOf(() => followUpResolutions([], { asOf: session, dueSoonWorkingDays: -1 }))).toMatchObject(["MONITORING_INVALID_INPUT", { option: "dueSoonWorkingDays" }]);
  });

  it("keeps input order and one entry per resolution on the sample", () => {
    const rows = followUpResolutions(sampleDataset.resolutions, { asOf: sampleDataset.asOf });
    expect(rows.map((r) => r.id)).toEqual(sampleDataset.resolutions.map((r) => r.id));
    // On the day of the 73rd session (1403/12/27), only 68-r2 (deadline 1403/12/15) is overdue:
    // working days 12/16, 12/18–12/23, 12/25–12/27 = 10.
    expect(rows.filter((r) => r.state === "overdue").map((r) => [r.id, r.workingDaysOverdue, r.calendarDaysOverdue])).toEqual([["alb-sh-68-r2", 10, 12]]);
  });
});

describe("followUpResolutions: properties", () => {
  const lo = toDayNumber({ year: 1399, month: 1, day: 1 });
  const hi = toDayNumber({ year: 1409, month: 12, day: 29 });
  const day = fc.integer({ min: lo, max: hi });
  const calendar = createWorkCalendar({ holidays: [{ year: 1404, month: 1, day: 11 }] });

  it("overdue and left agree with WorkCalendar.workingDaysBetween (and addWorkingDays)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (a, offset) => {
        const asOf = fromDayNumber(a);
        const deadline = fromDayNumber(Math.min(hi, Math.max(lo, a + offset)));
        const r = followUpResolutions([resolution(deadline, { sessionDate: fromDayNumber(lo - 1) })], { asOf, calendar })[0]!;
        expect(r.workingDaysOverdue).toBe(Math.max(0, calendar.workingDaysBetween(deadline, asOf)));
        expect(r.workingDaysLeft).toBe(Math.max(0, calendar.workingDaysBetween(asOf, deadline)));
        expect(r.state === "overdue").toBe(a > toDayNumber(deadline));
        expect(r.workingDaysOverdue === 0 || r.workingDaysLeft === 0).toBe(true);
        if (r.workingDaysLeft > 0 && calendar.isWorkingDay(deadline)) expect(calendar.addWorkingDays(asOf, r.workingDaysLeft)).toEqual(deadline);
        if (r.workingDaysOverdue > 0 && calendar.isWorkingDay(asOf)) expect(calendar.addWorkingDays(deadline, r.workingDaysOverdue)).toEqual(asOf);
      }),
      { numRuns: 300 },
    );
  });
});

describe("followUpResolutions: every pair of days around Nowruz, counted independently", () => {
  // The expectation is built without the library's calendar code: days are walked with
  // date-fns-jalali (its own Jalali arithmetic), the weekday comes from the JavaScript Date of
  // the Gregorian twin (Friday = 5), and the solar holidays are typed here from the official
  // calendar: 1–4 Farvardin (Nowruz), 12 and 13 Farvardin, 14 and 15 Khordad, 22 Bahman,
  // 29 Esfand, and 30 Esfand where it exists (leap years).
  const HOLIDAYS = new Set([101, 102, 103, 104, 112, 113, 314, 315, 1122, 1229, 1230]);
  interface Day {
    readonly date: JalaliDate;
    readonly working: boolean;
  }
  const walk = (from: JalaliDate, to: JalaliDate): Day[] => {
    const days: Day[] = [];
    let d = jalaliFns.newDate(from.year, from.month - 1, from.day);
    const end = jalaliFns.newDate(to.year, to.month - 1, to.day);
    while (d.getTime() <= end.getTime()) {
      const date = { year: jalaliFns.getYear(d), month: jalaliFns.getMonth(d) + 1, day: jalaliFns.getDate(d) };
      days.push({ date, working: d.getDay() !== 5 && !HOLIDAYS.has(date.month * 100 + date.day) });
      d = jalaliFns.addDays(d, 1);
    }
    return days;
  };
  /** Working days d with a < d ≤ b (indices into `days`), by walking. */
  const slow = (days: readonly Day[], a: number, b: number): number => {
    let n = 0;
    for (let k = a + 1; k <= b; k++) if (days[k]!.working) n++;
    return n;
  };

  const RANGES: readonly (readonly [string, JalaliDate, JalaliDate])[] = [
    // 1403/11/20 = 2025-02-08 … 1404/01/31 = 2025-04-20: 22 Bahman, leap Esfand 30, Nowruz 1404.
    ["Nowruz 1404 after leap 1403", { year: 1403, month: 11, day: 20 }, { year: 1404, month: 1, day: 31 }],
    // 1404/12/10 = 2026-03-01 … 1405/01/20 = 2026-04-09: a common Esfand of 29 days.
    ["Nowruz 1405 after common 1404", { year: 1404, month: 12, day: 10 }, { year: 1405, month: 1, day: 20 }],
    // 1408/12/15 = 2030-03-06 … 1409/01/15 = 2030-04-04: Nowruz after the leap year 1408.
    ["Nowruz 1409 after leap 1408", { year: 1408, month: 12, day: 15 }, { year: 1409, month: 1, day: 15 }],
  ];

  for (const [name, from, to] of RANGES) {
    it(`overdue, left and done-late agree with the walk over every (deadline, day) pair: ${name}`, () => {
      const days = walk(from, to);
      expect(toDayNumber(days.at(-1)!.date) - toDayNumber(days[0]!.date)).toBe(days.length - 1); // no day skipped
      const sessionDate = fromDayNumber(toDayNumber(from) - 1);
      const open = days.map((d, k) => resolution(d.date, { id: `r${k}` as ResolutionId, sessionDate }));
      let pairs = 0;
      for (let a = 0; a < days.length; a++) {
        const rows = followUpResolutions(open, { asOf: days[a]!.date });
        rows.forEach((r, d) => {
          const expected =
            a > d
              ? { state: "overdue", workingDaysOverdue: slow(days, d, a), calendarDaysOverdue: a - d, workingDaysLeft: 0, calendarDaysLeft: 0 }
              : { workingDaysOverdue: 0, calendarDaysOverdue: 0, workingDaysLeft: slow(days, a, d), calendarDaysLeft: d - a };
          expect({ pair: [a, d], ...r }).toMatchObject({ pair: [a, d], ...expected });
          pairs++;
        });
        // Done on day a, looked at on the last day: late by the working days after each deadline.
        const done = days.map((d, k) => resolution(d.date, { id: `d${k}` as ResolutionId, sessionDate, status: "done", completedOn: days[a]!.date }));
        followUpResolutions(done, { asOf: days.at(-1)!.date }).forEach((r, d) => {
          expect({ pair: [a, d], state: r.state, late: r.workingDaysOverdue }).toEqual({ pair: [a, d], state: a > d ? "done-late" : "done", late: a > d ? slow(days, d, a) : 0 });
        });
      }
      expect(pairs).toBe(days.length ** 2);
    });
  }
});
