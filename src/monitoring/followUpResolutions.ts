import { fromDayNumber } from "../jalali/fromDayNumber";
import type { WorkCalendar } from "../jalali/createWorkCalendar";
import type { JalaliDate } from "../jalali/types";
import type { AgencyId, FollowUp, Resolution, ResolutionId, SessionId } from "../models/index";
import { scanFollowUps } from "./_followUp";

/**
 * Where a resolution stands on the day of the follow-up:
 * - `"done"`: carried out on or before its effective deadline — or status done with no
 *   `completedOn` recorded (a record written before the field existed), when
 *   `completionDateMissing` is `true` and whether it was on time is not known;
 * - `"done-late"`: carried out after it;
 * - `"overdue"`: not carried out, and `asOf` is after the effective deadline;
 * - `"due-soon"`: not carried out, not overdue, at most `dueSoonWorkingDays` working days left;
 * - `"open"`: not carried out, more working days left than that;
 * - `"cancelled"`: cancelled by the headquarters.
 *
 * @category Follow-up
 */
export type FollowUpState = "done" | "done-late" | "open" | "due-soon" | "overdue" | "cancelled";

/**
 * Options of {@link followUpResolutions}.
 *
 * @category Follow-up
 */
export interface FollowUpOptions {
  /** The day of the follow-up (Jalali). Records dated after it (completions, follow-ups, deadline changes) are not yet known on that day and are ignored. Required. */
  readonly asOf: JalaliDate;
  /** Which days are working days. Default: `createWorkCalendar()` (Friday weekend, solar holidays, no lunar holidays — pass those as data). */
  readonly calendar?: WorkCalendar | undefined;
  /** A resolution with at most this many working days left is `"due-soon"`. Default `10` (two working weeks). */
  readonly dueSoonWorkingDays?: number | undefined;
}

/**
 * The follow-up of one resolution (see {@link followUpResolutions} for the exact counting rules).
 *
 * @category Follow-up
 */
export interface ResolutionFollowUp {
  /** The resolution's id. */
  readonly id: ResolutionId;
  /** Its session. */
  readonly sessionId: SessionId;
  /** The agency responsible. */
  readonly agencyId: AgencyId;
  /** Where it stands. */
  readonly state: FollowUpState;
  /** The deadline set by its session. */
  readonly deadline: JalaliDate;
  /** The deadline after the latest change approved by `asOf` (the original one if none). */
  readonly effectiveDeadline: JalaliDate;
  /** How many deadline changes were approved by `asOf`. */
  readonly deadlineChanges: number;
  /** When it was carried out (if done by `asOf`), else `null`. */
  readonly completedOn: JalaliDate | null;
  /**
   * `true` for a resolution whose status is done but that has no `completedOn` (a record
   * written before the field existed): its state is `"done"`, but whether on time is not
   * known, so `agencyScorecard` leaves it out of the on-time share and the delays, and
   * `sessionAgenda` lists it for the secretariat to complete. `false` otherwise.
   */
  readonly completionDateMissing: boolean;
  /** Overdue: working days after the effective deadline up to and including `asOf`; done-late: up to and including the completion day; else 0. */
  readonly workingDaysOverdue: number;
  /** The same in calendar days (`asOf` or completion minus the effective deadline); 0 unless overdue or done-late. */
  readonly calendarDaysOverdue: number;
  /** Open or due-soon: working days after `asOf` up to and including the effective deadline; else 0. */
  readonly workingDaysLeft: number;
  /** The same in calendar days; 0 unless open or due-soon. */
  readonly calendarDaysLeft: number;
  /** The latest follow-up dated on or before `asOf`, or `null`. */
  readonly lastFollowUp: FollowUp | null;
  /** Calendar days from that follow-up to `asOf`, or `null` if there is none. */
  readonly daysSinceLastFollowUp: number | null;
  /** The latest progress reported by `asOf` (0–100): 100 when done, else from the follow-ups; `null` if none was reported. */
  readonly progressPercent: number | null;
}

/**
 * Follows up resolutions as of a day: which are done (on time or late), open, due soon,
 * overdue or cancelled, by how many working and calendar days, and when each was last
 * followed up. One entry per resolution, in input order.
 *
 * **Counting rule.** Let `D` be the effective deadline (the `newDeadline` of the latest
 * deadline change dated on or before `asOf`; ties go to the later one in the list) and `A`
 * be `asOf`. A resolution is due by the end of day `D`:
 * - it is *overdue* from the first calendar day after `D`, i.e. when `A > D`;
 * - "overdue by n working days" counts the working days `d` with `D < d ≤ A`: the deadline
 *   day is never counted, `asOf` is counted when it is a working day. This is
 *   `calendar.workingDaysBetween(D, A)`. So a deadline on a holiday starts the count at the
 *   next working day; and on a Friday right after a Thursday deadline a resolution is
 *   overdue by 0 working days (1 calendar day);
 * - "n working days left" counts the working days `d` with `A < d ≤ D`: today is not
 *   counted, the deadline day is when it is a working day (`workingDaysBetween(A, D)`); a
 *   resolution due today has 0 working days left and is not overdue;
 * - a resolution done on day `C` is `"done-late"` when `C > D`, late by the working days
 *   `D < d ≤ C`; otherwise `"done"`. A completion dated after `asOf` is not yet known: the
 *   resolution is followed up as not done. A done resolution without `completedOn` is
 *   `"done"` with `completionDateMissing: true` (on time or late cannot be said).
 *
 * Dates are checked against the resolution's session as the schema does (a deadline, also a
 * changed one, after the session day; a completion or a deadline change not before it), so
 * records built in code without `ResolutionSchema` get the same coded errors.
 *
 * Working-day counts cost O(1) per resolution (prefix counts per day, built once per
 * calendar), so 100,000 resolutions over ten years take milliseconds.
 *
 * @param resolutions - parsed resolutions (see `ResolutionSchema`)
 * @param options - `asOf` (required), `calendar`, `dueSoonWorkingDays`
 * @returns one follow-up per resolution, in input order
 * @throws MahallehError `MONITORING_INVALID_INPUT` (not an array, a bad option),
 *   `MONITORING_INVALID_DATE` (a date that does not exist), `MONITORING_DATE_ORDER` (a date
 *   against the session, see above), each naming the record and field in `details`
 * @example
 * ```ts
 * import { followUpResolutions } from "mahalleh/monitoring";
 * import { sampleDataset } from "mahalleh/models";
 * // The secretariat prepares the 74th session on 1404/01/20 (= 2025-04-09).
 * const rows = followUpResolutions(sampleDataset.resolutions, { asOf: { year: 1404, month: 1, day: 20 } });
 * const r = rows.find((f) => f.id === "alb-sh-68-r2");
 * r?.state; // => "overdue"
 * // Deadline Wednesday 1403/12/15; working days after it: 12/16, 12/18–12/23, 12/25–12/28,
 * // 1404/01/05–01/07, 01/09–01/11, 01/14, 01/16–01/20 (Fridays, 12/29–01/04 and 01/12–01/13 off).
 * r?.workingDaysOverdue; // => 23
 * r?.calendarDaysOverdue; // => 35
 * rows.find((f) => f.id === "alb-sh-72-r1")?.state; // => "done-late"
 * rows.find((f) => f.id === "alb-sh-71-r1")?.effectiveDeadline; // => { year: 1404, month: 2, day: 31 }
 * // An old record: done, completion date never recorded.
 * const old = { ...sampleDataset.resolutions.find((f) => f.id === "alb-sh-70-r2")!, completedOn: undefined };
 * const [legacy] = followUpResolutions([old], { asOf: { year: 1404, month: 1, day: 20 } });
 * [legacy?.state, legacy?.completionDateMissing]; // => ["done", true]
 * ```
 * @category Follow-up
 */
export function followUpResolutions(resolutions: readonly Resolution[], options: FollowUpOptions): ResolutionFollowUp[] {
  const out: ResolutionFollowUp[] = [];
  scanFollowUps(resolutions, options, (s) => {
    const r = s.r;
    out.push({
      id: r.id,
      sessionId: r.sessionId,
      agencyId: r.responsibleAgencyId,
      state: s.state,
      deadline: r.deadline,
      effectiveDeadline: s.effective === r.deadline ? r.deadline : fromDayNumber(s.deadline),
      deadlineChanges: s.applied,
      completedOn: s.completed === undefined ? null : r.completedOn!,
      completionDateMissing: s.undated,
      workingDaysOverdue: s.wOver,
      calendarDaysOverdue: s.cOver,
      workingDaysLeft: s.wLeft,
      calendarDaysLeft: s.cLeft,
      lastFollowUp: s.last,
      daysSinceLastFollowUp: s.last === null ? null : s.asOf - s.lastDay,
      progressPercent: s.progress,
    });
  });
  return out;
}
