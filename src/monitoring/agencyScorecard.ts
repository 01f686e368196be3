import type { WorkCalendar } from "../jalali/createWorkCalendar";
import type { JalaliDate } from "../jalali/types";
import type { AgencyId, Resolution, ResolutionId } from "../models/index";
import { scanFollowUps } from "./_followUp";
import { quantileSorted } from "./_quantile";

/**
 * Options of {@link agencyScorecard}.
 *
 * @category Follow-up
 */
export interface AgencyScorecardOptions {
  /** The day of the follow-up (Jalali). Required. */
  readonly asOf: JalaliDate;
  /** Which days are working days. Default: `createWorkCalendar()`. */
  readonly calendar?: WorkCalendar | undefined;
  /** Passed to {@link followUpResolutions}. Default `10`. */
  readonly dueSoonWorkingDays?: number | undefined;
}

/**
 * One agency's record on the resolutions assigned to it.
 *
 * @category Follow-up
 */
export interface AgencyScore {
  /** The agency. */
  readonly agencyId: AgencyId;
  /** Resolutions assigned (every state, cancelled included). */
  readonly assigned: number;
  /** Done by `asOf`, on time or late. */
  readonly done: number;
  /** Done on or before the effective deadline. */
  readonly doneOnTime: number;
  /** Done, but with no completion date recorded (`completionDateMissing`): neither on time nor late. */
  readonly doneUndated: number;
  /**
   * `doneOnTime / (done − doneUndated)` × 100: the on-time share of the resolutions whose
   * completion date is known; `null` when there are none.
   */
  readonly doneOnTimePercent: number | null;
  /** Not done and not overdue (states `"open"` and `"due-soon"`). */
  readonly open: number;
  /** Of those, due soon. */
  readonly dueSoon: number;
  /** Overdue. */
  readonly overdue: number;
  /** Cancelled. */
  readonly cancelled: number;
  /**
   * Median working-day delay over the resolutions that can be judged: done with a known
   * completion date (0 if on time, else how late) and overdue (working days so far); `null`
   * if there are none.
   */
  readonly medianDelayWorkingDays: number | null;
  /** 90th percentile of the same delays (linear interpolation, type 7); `null` if none. */
  readonly p90DelayWorkingDays: number | null;
  /** Working days overdue, summed over the overdue resolutions. */
  readonly overdueWorkingDays: number;
  /** The overdue resolution with the longest working-day delay (the first in input order on a tie), or `null`. */
  readonly oldestOverdue: {
    /** The resolution's id. */
    readonly id: ResolutionId;
    /** Working days it is overdue. */
    readonly workingDaysOverdue: number;
    /** Calendar days it is overdue. */
    readonly calendarDaysOverdue: number;
  } | null;
}

/**
 * Scores each agency on the resolutions assigned to it, as of a day: how many it was given,
 * did (and on time), has open, has overdue, and how long its delays run. Built on
 * {@link followUpResolutions} (same counting rules), so the totals over agencies equal the
 * counts of the follow-up. Sorted worst first: most overdue resolutions, then most overdue
 * working days, then lowest on-time share (agencies with nothing done after those with),
 * then agency id.
 *
 * @param resolutions - parsed resolutions
 * @param options - `asOf` (required), `calendar`, `dueSoonWorkingDays`
 * @returns one score per agency that has a resolution, worst first
 * @throws MahallehError as {@link followUpResolutions}
 * @example
 * ```ts
 * import { agencyScorecard } from "mahalleh/monitoring";
 * import { sampleDataset } from "mahalleh/models";
 * const [worst] = agencyScorecard(sampleDataset.resolutions, { asOf: { year: 1404, month: 1, day: 20 } });
 * worst?.agencyId; // => "alb-mun-karaj"
 * worst?.overdue; // => 1
 * worst?.oldestOverdue?.workingDaysOverdue; // => 23
 * ```
 * @category Follow-up
 */
export function agencyScorecard(resolutions: readonly Resolution[], options: AgencyScorecardOptions): AgencyScore[] {
  // One pass over the follow-ups, tallied as they are computed: no object per resolution.
  const tallies = new Map<string, Tally>();
  let t: Tally | undefined;
  scanFollowUps(resolutions, options, (s) => {
    const agencyId = s.r.responsibleAgencyId;
    // Resolutions of one agency often come together: the last tally first.
    if (t === undefined || t.agencyId !== agencyId) {
      t = tallies.get(agencyId);
      if (t === undefined) {
        t = { agencyId, assigned: 0, done: 0, doneOnTime: 0, doneUndated: 0, open: 0, dueSoon: 0, overdue: 0, cancelled: 0, overdueWorkingDays: 0, delays: [], oldest: null };
        tallies.set(agencyId, t);
      }
    }
    t.assigned++;
    switch (s.state) {
      case "done":
        t.done++;
        if (s.undated) {
          t.doneUndated++;
          break;
        }
        t.doneOnTime++;
        t.delays.push(0);
        break;
      case "done-late":
        t.done++;
        t.delays.push(s.wOver);
        break;
      case "overdue":
        t.overdue++;
        t.overdueWorkingDays += s.wOver;
        t.delays.push(s.wOver);
        if (t.oldest === null || s.wOver > t.oldest.workingDaysOverdue) t.oldest = { id: s.r.id, workingDaysOverdue: s.wOver, calendarDaysOverdue: s.cOver };
        break;
      case "due-soon":
        t.dueSoon++;
        t.open++;
        break;
      case "open":
        t.open++;
        break;
      case "cancelled":
        t.cancelled++;
        break;
    }
  });
  return scoreTallies(tallies);
}

interface Tally {
  agencyId: AgencyId;
  assigned: number;
  done: number;
  doneOnTime: number;
  doneUndated: number;
  open: number;
  dueSoon: number;
  overdue: number;
  cancelled: number;
  overdueWorkingDays: number;
  delays: number[];
  oldest: { id: ResolutionId; workingDaysOverdue: number; calendarDaysOverdue: number } | null;
}

function scoreTallies(tallies: ReadonlyMap<string, Tally>): AgencyScore[] {
  const scores: AgencyScore[] = [];
  for (const t of tallies.values()) {
    // Whole working days: a typed array sorts them numerically, natively.
    const sorted = Int32Array.from(t.delays).sort();
    scores.push({
      agencyId: t.agencyId,
      assigned: t.assigned,
      done: t.done,
      doneOnTime: t.doneOnTime,
      doneUndated: t.doneUndated,
      doneOnTimePercent: t.done === t.doneUndated ? null : (100 * t.doneOnTime) / (t.done - t.doneUndated),
      open: t.open,
      dueSoon: t.dueSoon,
      overdue: t.overdue,
      cancelled: t.cancelled,
      medianDelayWorkingDays: quantileSorted(sorted, 0.5),
      p90DelayWorkingDays: quantileSorted(sorted, 0.9),
      overdueWorkingDays: t.overdueWorkingDays,
      oldestOverdue: t.oldest,
    });
  }
  const onTime = (s: AgencyScore): number => s.doneOnTimePercent ?? Number.POSITIVE_INFINITY;
  return scores.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.overdueWorkingDays - a.overdueWorkingDays ||
      onTime(a) - onTime(b) ||
      (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0),
  );
}
