import * as z from "zod/v4";
import { OBJECT_ONLY, catalogueChoice, compareDates, isDate, jalaliDate, list, nested, numeric, percent, report, text } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import type { CatalogueEntry } from "./catalogue";
import type { AgencyId, ResolutionId, SessionId } from "./ids";
import { AgencyIdSchema, ResolutionIdSchema, SessionIdSchema } from "./ids";
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
  }, OBJECT_ONLY);

/**
 * Schema of a {@link Resolution}: the deadline must fall strictly after the session date,
 * and no follow-up may be dated before the session.
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
