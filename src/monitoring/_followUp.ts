/**
 * The follow-up of each resolution, computed once for {@link followUpResolutions} and
 * `agencyScorecard` (private). Checks the input and options, then calls `visit` once per
 * resolution, in input order, with one scratch record overwritten each time: a caller that
 * only tallies (the scorecard) builds no object per resolution.
 */
import type { WorkCalendar } from "../jalali/createWorkCalendar";
import type { JalaliDate } from "../jalali/types";
import type { FollowUp, Resolution } from "../models/index";
import { dayAt, dayOf } from "./_dates";
import { badOption, checkList, failAt } from "./_messages";
import { defaultWorkCalendar, workdayCounter } from "./_workdays";
import type { FollowUpState } from "./followUpResolutions";

/** The options both callers accept. */
export interface ScanOptions {
  readonly asOf: JalaliDate;
  readonly calendar?: WorkCalendar | undefined;
  readonly dueSoonWorkingDays?: number | undefined;
}

/** One resolution's follow-up in day numbers (see `ResolutionFollowUp` for each field's meaning). */
export interface FollowUpScan {
  /** The resolution. */
  r: Resolution;
  /** Day number of `asOf`. */
  asOf: number;
  state: FollowUpState;
  /** Day number of the effective deadline, and the date it was read from. */
  deadline: number;
  effective: JalaliDate;
  applied: number;
  /** Day number of the completion known by `asOf`, or undefined. */
  completed: number | undefined;
  /** Status done but no `completedOn` (a record written before the field existed). */
  undated: boolean;
  wOver: number;
  cOver: number;
  wLeft: number;
  cLeft: number;
  last: FollowUp | null;
  lastDay: number;
  progress: number | null;
}

/** A `MONITORING_DATE_ORDER` error for a date of resolution `i` against its session. */
function outOfOrder(i: number, r: Resolution, field: string, rule: "<" | "<="): Error {
  return failAt("MONITORING_DATE_ORDER", "dateOrder", { list: "resolutions", index: i, id: String(r.id), field }, rule);
}

/** Follows up every resolution and passes each to `visit` (the record is reused: copy what you keep). */
export function scanFollowUps(resolutions: readonly Resolution[], options: ScanOptions, visit: (scan: FollowUpScan) => void): void {
  checkList(resolutions, "resolutions");
  if (typeof options !== "object" || options === null) throw badOption("options", "{ asOf, calendar?, dueSoonWorkingDays? }", options);
  const asOf = dayOf(options.asOf, { list: "options", field: "asOf" });
  const dueSoon = options.dueSoonWorkingDays ?? 10;
  if (!Number.isInteger(dueSoon) || dueSoon < 0) throw badOption("dueSoonWorkingDays", "an integer ≥ 0", dueSoon);
  const calendar = options.calendar ?? defaultWorkCalendar();
  if (typeof calendar !== "object" || calendar === null || typeof calendar.isWorkingDay !== "function") throw badOption("calendar", "a WorkCalendar", calendar);
  const wd = workdayCounter(calendar);
  const scan: FollowUpScan = { r: resolutions[0]!, asOf, state: "open", deadline: 0, effective: options.asOf, applied: 0, completed: undefined, undated: false, wOver: 0, cOver: 0, wLeft: 0, cLeft: 0, last: null, lastDay: 0, progress: null };
  for (let i = 0; i < resolutions.length; i++) {
    const r = resolutions[i]!;
    const session = dayAt(r.sessionDate, "resolutions", i, r.id, "sessionDate");
    let deadline = dayAt(r.deadline, "resolutions", i, r.id, "deadline");
    if (deadline <= session) throw outOfOrder(i, r, "deadline", "<");
    let effective = r.deadline;
    let applied = 0;
    const changes = r.deadlineChanges;
    if (changes !== undefined && changes.length > 0) {
      let latest = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < changes.length; k++) {
        const change = changes[k]!;
        const approved = dayAt(change.date, "resolutions", i, r.id, "deadlineChanges", k, "date");
        const next = dayAt(change.newDeadline, "resolutions", i, r.id, "deadlineChanges", k, "newDeadline");
        if (approved < session) throw outOfOrder(i, r, `deadlineChanges.${k}.date`, "<=");
        if (next <= session) throw outOfOrder(i, r, `deadlineChanges.${k}.newDeadline`, "<");
        if (approved > asOf) continue;
        applied++;
        if (approved >= latest) {
          latest = approved;
          deadline = next;
          effective = change.newDeadline;
        }
      }
    }
    let last: FollowUp | null = null;
    let lastDay = Number.NEGATIVE_INFINITY;
    let progress: number | null = null;
    const followUps = r.followUps;
    if (followUps !== undefined && followUps !== null) for (let k = 0; k < followUps.length; k++) {
      const f = followUps[k]!;
      const d = dayAt(f.date, "resolutions", i, r.id, "followUps", k, "date");
      if (d > asOf || d < lastDay) continue;
      lastDay = d;
      last = f;
      if (f.progressPercent !== undefined) progress = f.progressPercent;
    }
    let completed: number | undefined;
    let undated = false;
    if (r.completedOn !== undefined && r.completedOn !== null) {
      const on = dayAt(r.completedOn, "resolutions", i, r.id, "completedOn");
      if (on < session) throw outOfOrder(i, r, "completedOn", "<=");
      if (r.status === "done" && on <= asOf) completed = on;
    } else if (r.status === "done") undated = true;
    let state: FollowUpState;
    let wOver = 0;
    let cOver = 0;
    let wLeft = 0;
    let cLeft = 0;
    if (r.status === "cancelled") state = "cancelled";
    else if (undated) {
      // Done, but when is not recorded: neither on time nor late can be said.
      state = "done";
      progress = 100;
    } else if (completed !== undefined) {
      progress = 100;
      if (completed > deadline) {
        state = "done-late";
        wOver = wd.between(deadline, completed);
        cOver = completed - deadline;
      } else state = "done";
    } else if (asOf > deadline) {
      state = "overdue";
      wOver = wd.between(deadline, asOf);
      cOver = asOf - deadline;
    } else {
      wLeft = wd.between(asOf, deadline);
      cLeft = deadline - asOf;
      state = wLeft <= dueSoon ? "due-soon" : "open";
    }
    scan.r = r;
    scan.state = state;
    scan.deadline = deadline;
    scan.effective = effective;
    scan.applied = applied;
    scan.completed = completed;
    scan.undated = undated;
    scan.wOver = wOver;
    scan.cOver = cOver;
    scan.wLeft = wLeft;
    scan.cLeft = cLeft;
    scan.last = last;
    scan.lastDay = lastDay;
    scan.progress = progress;
    visit(scan);
  }
}
