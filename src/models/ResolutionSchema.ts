import * as z from "zod/v4";
import { OBJECT_ONLY, catalogueChoice, compareDates, isDate, jalaliDate, list, nested, numeric, percent, report, text } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import type { CatalogueEntry } from "./catalogue";
import type { AgencyId, InterventionId, NeighbourhoodId, ResolutionId, SessionId } from "./ids";
import { AgencyIdSchema, InterventionIdSchema, NeighbourhoodIdSchema, ResolutionIdSchema, SessionIdSchema } from "./ids";
import type { ModelInput, ModelShape } from "./ModelInput";

/**
 * Progress of a resolution.
 *
 * @category Models
 */
export type ResolutionStatus = "open" | "in-progress" | "done" | "cancelled";

/**
 * The resolution statuses with Persian and English labels.
 *
 * @category Catalogues
 */
export const RESOLUTION_STATUSES: readonly CatalogueEntry<ResolutionStatus>[] = Object.freeze([
  { id: "open", nameFa: "باز", nameEn: "Open" },
  { id: "in-progress", nameFa: "در حال پیگیری", nameEn: "In progress" },
  { id: "done", nameFa: "انجام‌شده", nameEn: "Done" },
  { id: "cancelled", nameFa: "لغوشده", nameEn: "Cancelled" },
]);

/**
 * A follow-up (پیگیری) of a resolution.
 *
 * @category Models
 */
export interface FollowUp {
  /** Jalali date of the follow-up (not before the session). */
  date: JalaliDate;
  /** What was reported. */
  note: string;
  /** Progress reported, 0–100, if given. */
  progressPercent?: number | undefined;
}

/**
 * An extension (تمدید مهلت) of a resolution's deadline, approved by a later session.
 *
 * @category Models
 */
export interface DeadlineChange {
  /** Jalali date the change was approved (not before the resolution's session). */
  date: JalaliDate;
  /** The new deadline (after the resolution's session). */
  newDeadline: JalaliDate;
  /** Why, in Persian. */
  reasonFa: string;
}

/**
 * A resolution (مصوبه) of a session, assigned to an agency with a deadline.
 *
 * @category Models
 */
export interface Resolution {
  /** Stable identifier, e.g. `"alb-sh-73-r1"`. */
  id: ResolutionId;
  /** The session that passed it. */
  sessionId: SessionId;
  /** Jalali date of that session (the deadline must fall after it). */
  sessionDate: JalaliDate;
  /** Number of the resolution within its session (≥ 1). */
  number: number;
  /** Text of the resolution, in Persian. */
  text: string;
  /** Agency responsible for carrying it out. */
  responsibleAgencyId: AgencyId;
  /** Jalali deadline (after the session date). */
  deadline: JalaliDate;
  /** Progress. */
  status: ResolutionStatus;
  /** Follow-ups reported so far, oldest first. */
  followUps: FollowUp[];
  /**
   * Jalali date it was carried out (not before the session). Give it whenever `status` is
   * `"done"`: without it `mahalleh/monitoring` counts the resolution as done but cannot say
   * whether it was done on time (`completionDateMissing`). Optional so that records written
   * before the field existed stay valid.
   */
  completedOn?: JalaliDate | undefined;
  /**
   * Approved changes of the deadline, oldest first; the latest (by `date`) gives the
   * effective deadline. Absent or empty: the original `deadline` holds.
   */
  deadlineChanges?: DeadlineChange[] | undefined;
  /** Neighbourhoods the resolution concerns, if recorded. */
  neighbourhoodIds?: NeighbourhoodId[] | undefined;
  /** Interventions the resolution concerns, if recorded. */
  interventionIds?: InterventionId[] | undefined;
}

/**
 * What {@link ResolutionSchema} accepts.
 *
 * @category Models
 */
export type ResolutionInput = ModelInput<Resolution>;

const followUp = nested(
  z.object({
    date: jalaliDate(),
    note: text({ max: 2000 }),
    progressPercent: percent().optional(),
  }),
);

const deadlineChange = nested(
  z.object({
    date: jalaliDate(),
    newDeadline: jalaliDate(),
    reasonFa: text({ max: 2000 }),
  }),
);

const resolutionObject = z
  .object({
    id: ResolutionIdSchema,
    sessionId: SessionIdSchema,
    sessionDate: jalaliDate(),
    number: numeric({ min: 1, integer: true }),
    text: text({ max: 5000 }),
    responsibleAgencyId: AgencyIdSchema,
    deadline: jalaliDate(),
    status: catalogueChoice(RESOLUTION_STATUSES),
    followUps: list(followUp, { unique: false }),
    completedOn: jalaliDate().optional(),
    deadlineChanges: list(deadlineChange, { unique: false }).optional(),
    neighbourhoodIds: list(NeighbourhoodIdSchema).optional(),
    interventionIds: list(InterventionIdSchema).optional(),
  })
  .superRefine((row, ctx) => {
    if (isDate(row.sessionDate) && isDate(row.deadline) && compareDates(row.deadline, row.sessionDate) <= 0) {
      report(
        ctx,
        "MODELS_DATE_ORDER",
        "مهلت اجرای مصوبه باید پس از تاریخ جلسه باشد",
        "The deadline must fall after the session date",
        row.deadline,
        ["deadline"],
      );
    }
    if (isDate(row.sessionDate) && Array.isArray(row.followUps)) {
      row.followUps.forEach((item, index) => {
        const date = typeof item === "object" && item !== null ? (item as { date?: unknown }).date : undefined;
        if (isDate(date) && compareDates(date, row.sessionDate) < 0) {
          report(
            ctx,
            "MODELS_DATE_ORDER",
            "تاریخ پیگیری پیش از تاریخ جلسه است",
            "A follow-up is dated before the session",
            date,
            ["followUps", index, "date"],
          );
        }
      });
    }
    if (isDate(row.sessionDate) && isDate(row.completedOn) && compareDates(row.completedOn, row.sessionDate) < 0) {
      report(ctx, "MODELS_DATE_ORDER", "تاریخ انجام مصوبه پیش از تاریخ جلسه است", "The completion date is before the session", row.completedOn, ["completedOn"]);
    }
    if (isDate(row.sessionDate) && Array.isArray(row.deadlineChanges)) {
      row.deadlineChanges.forEach((item, index) => {
        const change = typeof item === "object" && item !== null ? (item as { date?: unknown; newDeadline?: unknown }) : {};
        if (isDate(change.date) && compareDates(change.date, row.sessionDate) < 0) {
          report(ctx, "MODELS_DATE_ORDER", "تمدید مهلت پیش از تاریخ جلسه تصویب شده است", "A deadline change is dated before the session", change.date, ["deadlineChanges", index, "date"]);
        }
        if (isDate(change.newDeadline) && compareDates(change.newDeadline, row.sessionDate) <= 0) {
          report(ctx, "MODELS_DATE_ORDER", "مهلت تمدیدشده باید پس از تاریخ جلسه باشد", "A changed deadline must fall after the session date", change.newDeadline, ["deadlineChanges", index, "newDeadline"]);
        }
      });
    }
  }, OBJECT_ONLY);

/**
 * Schema of a {@link Resolution}: the deadline must fall strictly after the session date,
 * and no follow-up may be dated before the session; `completedOn`, when given, is not before
 * the session; a deadline change is approved on or after the session and moves the deadline
 * to a day after it. Records written before `completedOn`, `deadlineChanges`,
 * `neighbourhoodIds` and `interventionIds` existed stay valid (all optional) — a `"done"`
 * one without `completedOn` included: `mahalleh/monitoring` reports it as done with its
 * completion date missing (see `followUpResolutions`), so give the date to new records.
 *
 * @example
 * ```ts
 * import { ResolutionSchema } from "mahalleh/models";
 * const row = {
 *   id: "alb-sh-73-r1", sessionId: "alb-sh-73", sessionDate: "۱۴۰۳/۱۲/۲۷", number: 1,
 *   text: "راه‌اندازی مرکز مشاوره شغلی در محلات هدف", responsibleAgencyId: "alb-labour",
 *   deadline: "۱۴۰۴/۰۳/۳۱", status: "باز", followUps: [],
 * };
 * ResolutionSchema.parse(row).deadline; // => { year: 1404, month: 3, day: 31 }
 * ResolutionSchema.safeParse({ ...row, deadline: "۱۴۰۳/۱۲/۲۷" }).success; // => false
 * ResolutionSchema.safeParse({ ...row, status: "done" }).success; // => true
 * ResolutionSchema.safeParse({ ...row, status: "done", completedOn: "1403/12/20" }).success; // => false
 * ResolutionSchema.parse({ ...row, status: "done", completedOn: "1404/03/20" }).completedOn; // => { year: 1404, month: 3, day: 20 }
 * ```
 *
 * @category Models
 */
export const ResolutionSchema: z.ZodObject<ModelShape<Resolution>> = resolutionObject;

/**
 * The field names of a {@link Resolution}, in schema order.
 *
 * @category Models
 */
export const RESOLUTION_FIELDS: readonly (keyof Resolution)[] = Object.freeze(
  Object.keys(resolutionObject.shape) as (keyof Resolution)[],
);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof resolutionObject>, Resolution> = true;
void outputMatches;
