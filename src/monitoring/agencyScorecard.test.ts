import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../jalali/fromDayNumber";
import { toDayNumber } from "../jalali/toDayNumber";
import type { AgencyId, Resolution, ResolutionId, SessionId } from "../models/index";
import { sampleDataset } from "../models/index";
import { agencyScorecard } from "./agencyScorecard";
import { followUpResolutions } from "./followUpResolutions";

const asOf = { year: 1404, month: 1, day: 20 }; /* = 2025-04-09 */

describe("agencyScorecard", () => {
  it("scores the sample's agencies as of 1404/01/20, worst first", () => {
    const scores = agencyScorecard(sampleDataset.resolutions, { asOf });
    expect(scores[0]).toMatchObject({ agencyId: "alb-mun-karaj", assigned: 1, overdue: 1, oldestOverdue: { id: "alb-sh-68-r2", workingDaysOverdue: 23, calendarDaysOverdue: 35 } });
    // The governorate: 68-r1 done on time, 72-r1 done a working day late, 73-r5 open, 73-r6 due soon.
    const gov = scores.find((s) => s.agencyId === "alb-governorate");
    expect(gov).toMatchObject({ assigned: 4, done: 2, doneOnTime: 1, doneOnTimePercent: 50, open: 2, dueSoon: 1, overdue: 0 });
    // Delays 0 and 1: median 0.5; p90 = 0 + 0.9 × (1 − 0) = 0.9 (numpy.percentile([0, 1], 90) = 0.9).
    expect(gov?.medianDelayWorkingDays).toBe(0.5);
    expect(gov?.p90DelayWorkingDays).toBeCloseTo(0.9, 12);
    // Nothing judged yet: no delay statistics, no on-time share, never NaN.
    const education = scores.find((s) => s.agencyId === "alb-education");
    expect(education).toMatchObject({ done: 0, doneOnTimePercent: null, medianDelayWorkingDays: null, p90DelayWorkingDays: null });
  });

  it("leaves old done records without a completion date out of the on-time share and the delays", () => {
    const base = sampleDataset.resolutions.find((r) => r.id === "alb-sh-73-r1")!;
    const deadline = { year: 1404, month: 1, day: 9 }; /* = 2025-03-29 */
    const rows: Resolution[] = [
      { ...base, id: "on-time" as ResolutionId, deadline, status: "done", completedOn: { year: 1404, month: 1, day: 7 } },
      { ...base, id: "late" as ResolutionId, deadline, status: "done", completedOn: { year: 1404, month: 1, day: 10 } }, // 1 working day late
      { ...base, id: "old-1" as ResolutionId, deadline, status: "done" },
      { ...base, id: "old-2" as ResolutionId, deadline, status: "done" },
    ];
    const [score] = agencyScorecard(rows, { asOf });
    // 1 of the 2 dated ones on time: 50 %, not 1 of 4 (25 %) nor 3 of 4 (75 %).
    expect(score).toMatchObject({ assigned: 4, done: 4, doneOnTime: 1, doneUndated: 2, doneOnTimePercent: 50, medianDelayWorkingDays: 0.5 });
    const [onlyOld] = agencyScorecard(rows.slice(2), { asOf });
    expect(onlyOld).toMatchObject({ done: 2, doneUndated: 2, doneOnTime: 0, doneOnTimePercent: null, medianDelayWorkingDays: null, p90DelayWorkingDays: null });
  });

  it("computes median and p90 as numpy does on a hand-made agency", () => {
    const base = sampleDataset.resolutions.find((r) => r.id === "alb-sh-73-r1")!;
    // Deadlines on 1404/01/05 … 1404/01/09 are all before asOf 1404/01/20: five overdue resolutions.
    const rows: Resolution[] = [5, 6, 7, 9, 10].map((day, k) => ({ ...base, id: `r${k}` as ResolutionId, deadline: { year: 1404, month: 1, day } }));
    const [score] = agencyScorecard(rows, { asOf });
    const delays = followUpResolutions(rows, { asOf }).map((f) => f.workingDaysOverdue).sort((a, b) => a - b);
    // working days after 01/05 to 01/20: 01/06, 01/07, 01/09–01/11, 01/14, 01/16–01/20 = 11; then 10, 9, 8, 7.
    expect(delays).toEqual([7, 8, 9, 10, 11]);
    expect(score?.medianDelayWorkingDays).toBe(9);
    expect(score?.p90DelayWorkingDays).toBeCloseTo(10.6, 12); // numpy.percentile([7, 8, 9, 10, 11], 90)
    expect(score?.oldestOverdue?.id).toBe("r0");
  });

  it("totals equal the follow-up counts (property)", () => {
    const lo = toDayNumber({ year: 1403, month: 1, day: 1 });
    const states = ["open", "in-progress", "done", "cancelled"] as const;
    const arb = fc.array(
      fc.record({ agency: fc.integer({ min: 0, max: 4 }), deadline: fc.integer({ min: 1, max: 700 }), done: fc.integer({ min: 0, max: 700 }), status: fc.constantFrom(...states) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 700 }), (specs, asOfOffset) => {
        const rows: Resolution[] = specs.map((s, k) => ({
          id: `r${k}` as ResolutionId,
          sessionId: "s" as SessionId,
          sessionDate: fromDayNumber(lo),
          number: k + 1,
          text: "مصوبه",
          responsibleAgencyId: `agency-${s.agency}` as AgencyId,
          deadline: fromDayNumber(lo + s.deadline),
          status: s.status,
          followUps: [],
          // One done record in ten is an old one, without its completion date.
          ...(s.status === "done" && s.done % 10 !== 0 ? { completedOn: fromDayNumber(lo + s.done) } : {}),
        }));
        const day = fromDayNumber(lo + asOfOffset);
        const follow = followUpResolutions(rows, { asOf: day });
        const scores = agencyScorecard(rows, { asOf: day });
        const sum = (f: (s: (typeof scores)[number]) => number): number => scores.reduce((t, s) => t + f(s), 0);
        const count = (...st: string[]): number => follow.filter((f) => st.includes(f.state)).length;
        expect(sum((s) => s.assigned)).toBe(rows.length);
        expect(sum((s) => s.done)).toBe(count("done", "done-late"));
        const undated = follow.filter((f) => f.completionDateMissing).length;
        expect(sum((s) => s.doneUndated)).toBe(undated);
        expect(sum((s) => s.doneOnTime)).toBe(count("done") - undated);
        // The delays are those of the judged resolutions: done with a date, and overdue.
        const judged = follow.filter((f) => f.state === "done-late" || f.state === "overdue" || (f.state === "done" && !f.completionDateMissing)).length;
        for (const s of scores) if (s.medianDelayWorkingDays === null) expect(s.done - s.doneUndated + s.overdue).toBe(0);
        expect(judged).toBe(sum((s) => s.done - s.doneUndated + s.overdue));
        expect(sum((s) => s.open)).toBe(count("open", "due-soon"));
        expect(sum((s) => s.dueSoon)).toBe(count("due-soon"));
        expect(sum((s) => s.overdue)).toBe(count("overdue"));
        expect(sum((s) => s.cancelled)).toBe(count("cancelled"));
        expect(sum((s) => s.overdueWorkingDays)).toBe(follow.filter((f) => f.state === "overdue").reduce((t, f) => t + f.workingDaysOverdue, 0));
        for (const s of scores) for (const v of [s.doneOnTimePercent, s.medianDelayWorkingDays, s.p90DelayWorkingDays]) expect(Number.isNaN(v)).toBe(false);
        for (let k = 1; k < scores.length; k++) expect(scores[k - 1]!.overdue).toBeGreaterThanOrEqual(scores[k]!.overdue);
      }),
      { numRuns: 150 },
    );
  });
});
