import * as z from "zod/v4";
import { OBJECT_ONLY, catalogueChoice, report, text } from "./_fields";
import type { CatalogueEntry } from "./catalogue";
import type { AgencyId } from "./ids";
import { AgencyIdSchema } from "./ids";
import type { ModelInput, ModelShape } from "./ModelInput";
import type { ProvinceCode } from "./provinces";
import { ProvinceCodeSchema } from "./provinces";

/**
 * Kind of body (دستگاه یا نهاد) acting in the neighbourhoods.
 *
 * @category Models
 */
export type AgencyKind =
  | "governorate"
  | "municipality"
  | "education"
  | "health"
  | "welfare"
  | "relief-foundation"
  | "technical-vocational"
  | "labour"
  | "police"
  | "housing-foundation"
  | "regeneration-company"
  | "sports-youth"
  | "culture"
  | "drug-control"
  | "judiciary"
  | "roads-urban-development"
  | "charity"
  | "other";

/**
 * Administrative level of an agency.
 *
 * @category Models
 */
export type AgencyLevel = "national" | "provincial" | "county" | "local";

/**
 * A government body, public institution or NGO acting in the programme.
 *
 * @category Models
 */
export interface Agency {
  /** Stable identifier, e.g. `"alb-municipality-karaj"`. */
  id: AgencyId;
  /** Persian name, e.g. «شهرداری کرج». */
  nameFa: string;
  /** English name, e.g. `"Karaj Municipality"`. */
  nameEn: string;
  /** Kind of body. */
  kind: AgencyKind;
  /** Administrative level. */
  level: AgencyLevel;
  /** Province of the body; required unless `level` is `"national"`. */
  provinceCode?: ProvinceCode | undefined;
}

/**
 * What {@link AgencySchema} accepts.
 *
 * @category Models
 */
export type AgencyInput = ModelInput<Agency>;

/**
 * The agency kinds, labelled with the usual name of the body (provincial office) in Persian
 * and English.
 *
 * @category Catalogues
 */
export const AGENCY_KINDS: readonly CatalogueEntry<AgencyKind>[] = Object.freeze([
  { id: "governorate", nameFa: "استانداری", nameEn: "Governorate" },
  { id: "municipality", nameFa: "شهرداری", nameEn: "Municipality" },
  { id: "education", nameFa: "آموزش و پرورش", nameEn: "Education" },
  { id: "health", nameFa: "دانشگاه علوم پزشکی", nameEn: "University of Medical Sciences (health)" },
  { id: "welfare", nameFa: "سازمان بهزیستی", nameEn: "Welfare Organisation" },
  { id: "relief-foundation", nameFa: "کمیته امداد امام خمینی", nameEn: "Imam Khomeini Relief Foundation" },
  { id: "technical-vocational", nameFa: "آموزش فنی و حرفه‌ای", nameEn: "Technical and Vocational Training" },
  { id: "labour", nameFa: "تعاون، کار و رفاه اجتماعی", nameEn: "Cooperatives, Labour and Social Welfare" },
  { id: "police", nameFa: "فرماندهی انتظامی", nameEn: "Police" },
  { id: "housing-foundation", nameFa: "بنیاد مسکن انقلاب اسلامی", nameEn: "Housing Foundation" },
  { id: "regeneration-company", nameFa: "شرکت بازآفرینی شهری", nameEn: "Urban Regeneration Company" },
  { id: "sports-youth", nameFa: "ورزش و جوانان", nameEn: "Sports and Youth" },
  { id: "culture", nameFa: "فرهنگ و ارشاد اسلامی", nameEn: "Culture and Islamic Guidance" },
  { id: "drug-control", nameFa: "شورای هماهنگی مبارزه با مواد مخدر", nameEn: "Drug Control Council" },
  { id: "judiciary", nameFa: "دادگستری", nameEn: "Judiciary" },
  { id: "roads-urban-development", nameFa: "راه و شهرسازی", nameEn: "Roads and Urban Development" },
  { id: "charity", nameFa: "خیریه و سمن", nameEn: "Charity or NGO" },
  { id: "other", nameFa: "سایر", nameEn: "Other" },
]);

/**
 * The agency levels with Persian and English labels.
 *
 * @category Catalogues
 */
export const AGENCY_LEVELS: readonly CatalogueEntry<AgencyLevel>[] = Object.freeze([
  { id: "national", nameFa: "ملی", nameEn: "National" },
  { id: "provincial", nameFa: "استانی", nameEn: "Provincial" },
  { id: "county", nameFa: "شهرستانی", nameEn: "County" },
  { id: "local", nameFa: "محلی", nameEn: "Local" },
]);

const agencyObject = z
  .object({
    id: AgencyIdSchema,
    nameFa: text({ max: 200 }),
    nameEn: text({ max: 200 }),
    kind: catalogueChoice(AGENCY_KINDS),
    level: catalogueChoice(AGENCY_LEVELS),
    provinceCode: ProvinceCodeSchema.optional(),
  })
  .superRefine((row, ctx) => {
    if (typeof row.level === "string" && row.level !== "national" && row.provinceCode === undefined) {
      report(
        ctx,
        "MODELS_REQUIRED",
        "استان دستگاه استانی، شهرستانی یا محلی لازم است",
        "A provincial, county or local agency needs its province",
        undefined,
        ["provinceCode"],
      );
    }
  }, OBJECT_ONLY);

/**
 * Schema of an {@link Agency}. Kind and level may be written by id or Persian label; any
 * level below national needs a `provinceCode`.
 *
 * @example
 * ```ts
 * import { AgencySchema } from "mahalleh/models";
 * const agency = AgencySchema.parse({ id: "alb-welfare", nameFa: "بهزيستي استان البرز", nameEn: "Alborz Welfare", kind: "سازمان بهزیستی", level: "استانی", provinceCode: "IR-30" });
 * agency.kind; // => "welfare"
 * agency.nameFa; // => "بهزیستی استان البرز"
 * ```
 *
 * @category Models
 */
export const AgencySchema: z.ZodObject<ModelShape<Agency>> = agencyObject;

/**
 * The field names of an {@link Agency}, in schema order.
 *
 * @category Models
 */
export const AGENCY_FIELDS: readonly (keyof Agency)[] = Object.freeze(Object.keys(agencyObject.shape) as (keyof Agency)[]);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof agencyObject>, Agency> = true;
void outputMatches;
