import * as z from "zod/v4";
import { catalogueChoice, jalaliDate, list, numeric, text } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import type { CatalogueEntry } from "./catalogue";
import type { AgencyId, SessionId } from "./ids";
import { AgencyIdSchema, SessionIdSchema } from "./ids";
import type { ModelInput, ModelShape } from "./ModelInput";
import type { ProvinceCode } from "./provinces";
import { ProvinceCodeSchema } from "./provinces";

/**
 * The body holding a session: `"social-headquarters"` (a province's قرارگاه اجتماعی),
 * `"empowerment-headquarters"` (ستاد توانمندسازی محلات کمتر برخوردار, national or
 * provincial), `"other"`.
 *
 * @category Models
 */
export type HeadquartersKind = "social-headquarters" | "empowerment-headquarters" | "other";

/**
 * The headquarters kinds with Persian and English labels.
 *
 * @category Catalogues
 */
export const HEADQUARTERS_KINDS: readonly CatalogueEntry<HeadquartersKind>[] = Object.freeze([
  { id: "social-headquarters", nameFa: "قرارگاه اجتماعی", nameEn: "Social Headquarters" },
  {
    id: "empowerment-headquarters",
    nameFa: "ستاد توانمندسازی محلات کمتر برخوردار",
    nameEn: "Headquarters for Empowering Less-Privileged Neighbourhoods",
  },
  { id: "other", nameFa: "سایر", nameEn: "Other" },
]);

/**
 * A numbered session (جلسه) of a province's headquarters.
 *
 * @category Models
 */
export interface Session {
  /** Stable identifier, e.g. `"alb-sh-73"`. */
  id: SessionId;
  /** Province of the headquarters. */
  provinceCode: ProvinceCode;
  /** Which headquarters met. */
  headquarters: HeadquartersKind;
  /** Session number (≥ 1), e.g. 73 for «هفتاد و سومین جلسه». */
  number: number;
  /** Jalali date of the session. */
  date: JalaliDate;
  /** Venue, e.g. «سالن شهدای دولت استانداری». */
  venue: string;
  /** Who chaired it (name and/or title), e.g. «استاندار البرز». */
  chair: string;
  /** Agencies that attended (no repeats). */
  attendingAgencyIds: AgencyId[];
  /** Minutes-level summary, if recorded. */
  summaryFa?: string | undefined;
}

/**
 * What {@link SessionSchema} accepts.
 *
 * @category Models
 */
export type SessionInput = ModelInput<Session>;

const sessionObject = z.object({
  id: SessionIdSchema,
  provinceCode: ProvinceCodeSchema,
  headquarters: catalogueChoice(HEADQUARTERS_KINDS),
  number: numeric({ min: 1, integer: true }),
  date: jalaliDate(),
  venue: text({ max: 300 }),
  chair: text({ max: 300 }),
  attendingAgencyIds: list(AgencyIdSchema),
  summaryFa: text({ max: 5000 }).optional(),
});

/**
 * Schema of a {@link Session}.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "mahalleh/models";
 * const session = SessionSchema.parse({
 *   id: "alb-sh-73", provinceCode: "IR-30", headquarters: "قرارگاه اجتماعی", number: "۷۳",
 *   date: "۱۴۰۳/۱۲/۲۷", venue: "سالن شهدای دولت استانداری", chair: "استاندار البرز", attendingAgencyIds: [],
 * });
 * session.number; // => 73
 * session.date; // => { year: 1403, month: 12, day: 27 }
 * SessionSchema.safeParse({ ...session, number: 0 }).success; // => false
 * ```
 *
 * @category Models
 */
export const SessionSchema: z.ZodObject<ModelShape<Session>> = sessionObject;

/**
 * The field names of a {@link Session}, in schema order.
 *
 * @category Models
 */
export const SESSION_FIELDS: readonly (keyof Session)[] = Object.freeze(Object.keys(sessionObject.shape) as (keyof Session)[]);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof sessionObject>, Session> = true;
void outputMatches;
