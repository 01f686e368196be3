import * as z from "zod/v4";
import { OBJECT_ONLY, catalogueChoice, count, jalaliDate, numeric, report, text } from "./_fields";
import type { GroupCounts } from "./GroupCounts";
import { groupCounts } from "./_groupCounts";
import type { JalaliDate } from "./_jalaliDate";
import type { CatalogueEntry } from "./catalogue";
import type { GeoLocation } from "./GeoLocationSchema";
import { GeoLocationSchema } from "./GeoLocationSchema";
import type { CountyId, NeighbourhoodId } from "./ids";
import { CountyIdSchema, NeighbourhoodIdSchema } from "./ids";
import type { ModelInput, ModelShape } from "./ModelInput";
import type { ProvinceCode } from "./provinces";
import { ProvinceCodeSchema } from "./provinces";

/**
 * Programme category of a neighbourhood, after the target areas of urban regeneration
 * (cabinet decree 1393/07/02): `"informal-settlement"` (سکونتگاه غیررسمی),
 * `"worn-out-fabric"` (بافت فرسوده), `"historic"` (بافت تاریخی), `"rural-origin"` (بافت با
 * منشأ روستایی), `"other"` (سایر).
 *
 * @category Models
 */
export type NeighbourhoodCategory = "informal-settlement" | "worn-out-fabric" | "historic" | "rural-origin" | "other";

/**
 * The neighbourhood categories with Persian and English labels.
 *
 * @category Catalogues
 */
export const NEIGHBOURHOOD_CATEGORIES: readonly CatalogueEntry<NeighbourhoodCategory>[] = Object.freeze([
  { id: "informal-settlement", nameFa: "سکونتگاه غیررسمی", nameEn: "Informal settlement" },
  { id: "worn-out-fabric", nameFa: "بافت فرسوده", nameEn: "Worn-out urban fabric" },
  { id: "historic", nameFa: "بافت تاریخی", nameEn: "Historic fabric" },
  { id: "rural-origin", nameFa: "بافت با منشأ روستایی", nameEn: "Urban area of rural origin" },
  { id: "other", nameFa: "سایر", nameEn: "Other" },
]);

/**
 * Where a neighbourhood stands in the programme: `"candidate"` (proposed, نامزد),
 * `"target"` (designated a target neighbourhood, محلهٔ هدف) or `"graduated"` (left the
 * programme after its goals were met, ارتقایافته).
 *
 * @category Models
 */
export type TargetStatus = "candidate" | "target" | "graduated";

/**
 * The target statuses with Persian and English labels.
 *
 * @category Catalogues
 */
export const TARGET_STATUSES: readonly CatalogueEntry<TargetStatus>[] = Object.freeze([
  { id: "candidate", nameFa: "نامزد", nameEn: "Candidate" },
  { id: "target", nameFa: "محلهٔ هدف", nameEn: "Target neighbourhood" },
  { id: "graduated", nameFa: "ارتقایافته", nameEn: "Graduated" },
]);

/**
 * A neighbourhood (محله) registered in the programme.
 *
 * @category Models
 */
export interface Neighbourhood {
  /** Stable identifier, e.g. `"alb-krj-001"`. */
  id: NeighbourhoodId;
  /** Persian name, e.g. «اسلام‌آباد». */
  nameFa: string;
  /** English (transliterated) name, if known. */
  nameEn?: string | undefined;
  /** Province (ISO 3166-2:IR 2020 code), e.g. `"IR-30"`. */
  provinceCode: ProvinceCode;
  /** County (شهرستان), e.g. `"karaj"` (see {@link alborzCounties}). */
  countyId: CountyId;
  /** City or village the neighbourhood belongs to, in Persian, e.g. «کرج». */
  city: string;
  /** Resident population (persons, whole number ≥ 0). */
  population: number;
  /** Number of households (whole number, at most the population). */
  households: number;
  /** Area in hectares (> 0). */
  areaHa: number;
  /** Centre point or boundary polygon (GeoJSON, WGS 84). */
  location?: GeoLocation | undefined;
  /** Programme category (informal settlement, worn-out fabric…). */
  category: NeighbourhoodCategory;
  /** Where the neighbourhood stands in the programme. */
  status: TargetStatus;
  /** Jalali date it was designated a target; required unless `status` is `"candidate"`. */
  designatedOn?: JalaliDate | undefined;
  /**
   * Eligible residents by target group (e.g. youth 15–29 and women from the census age and
   * sex bands), if known; each at most the population.
   */
  populationByGroup?: GroupCounts | undefined;
}

/**
 * What {@link NeighbourhoodSchema} accepts: a {@link Neighbourhood} or its spreadsheet form.
 *
 * @category Models
 */
export type NeighbourhoodInput = ModelInput<Neighbourhood>;

const neighbourhoodObject = z
  .object({
    id: NeighbourhoodIdSchema,
    nameFa: text({ max: 200 }),
    nameEn: text({ max: 200 }).optional(),
    provinceCode: ProvinceCodeSchema,
    countyId: CountyIdSchema,
    city: text({ max: 200 }),
    population: count(),
    households: count(),
    areaHa: numeric({ min: 0.01 }),
    location: GeoLocationSchema.optional(),
    category: catalogueChoice(NEIGHBOURHOOD_CATEGORIES),
    status: catalogueChoice(TARGET_STATUSES),
    designatedOn: jalaliDate().optional(),
    populationByGroup: groupCounts().optional(),
  })
  .superRefine((value, ctx) => {
    if (typeof value.households === "number" && typeof value.population === "number" && value.households > value.population) {
      report(
        ctx,
        "MODELS_EXCEEDS_TOTAL",
        "شمار خانوارها از جمعیت بیشتر است",
        "There are more households than residents",
        value.households,
        ["households"],
      );
    }
    if (typeof value.population === "number" && typeof value.populationByGroup === "object" && value.populationByGroup !== null) {
      for (const [group, persons] of Object.entries(value.populationByGroup)) {
        if (typeof persons === "number" && persons > value.population) {
          report(ctx, "MODELS_EXCEEDS_TOTAL", "جمعیت گروه هدف از جمعیت محله بیشتر است", "A target group's population exceeds the neighbourhood's", persons, ["populationByGroup", group]);
        }
      }
    }
    if ((value.status === "target" || value.status === "graduated") && value.designatedOn === undefined) {
      report(
        ctx,
        "MODELS_REQUIRED",
        "تاریخ هدف‌گذاری محله لازم است",
        "The designation date is required for a target or graduated neighbourhood",
        value.designatedOn,
        ["designatedOn"],
      );
    }
  }, OBJECT_ONLY);

/**
 * Schema of a {@link Neighbourhood}. Cleans spreadsheet input (Persian digits and
 * separators, Arabic letters, Jalali date strings, Persian catalogue labels) and checks that
 * households do not exceed the population and that target neighbourhoods have a
 * designation date.
 *
 * @example
 * ```ts
 * import { NeighbourhoodSchema } from "mahalleh/models";
 * const row = {
 *   id: "alb-krj-001", nameFa: "اسلام‌آباد", provinceCode: "البرز", countyId: "karaj", city: "كرج",
 *   population: "۲۸٬۴۰۰", households: "8,120", areaHa: "۹۵٫۵", category: "سکونتگاه غیررسمی",
 *   status: "target", designatedOn: "۱۴۰۱/۰۳/۱۵",
 * };
 * const n = NeighbourhoodSchema.parse(row);
 * n.population; // => 28400
 * n.city; // => "کرج"
 * n.provinceCode; // => "IR-30"
 * n.designatedOn; // => { year: 1401, month: 3, day: 15 }
 * NeighbourhoodSchema.safeParse({ ...row, households: 30000 }).success; // => false
 * ```
 *
 * @category Models
 */
export const NeighbourhoodSchema: z.ZodObject<ModelShape<Neighbourhood>> = neighbourhoodObject;

/**
 * The field names of a {@link Neighbourhood}, in schema order (for column mapping).
 *
 * @category Models
 */
export const NEIGHBOURHOOD_FIELDS: readonly (keyof Neighbourhood)[] = Object.freeze(
  Object.keys(neighbourhoodObject.shape) as (keyof Neighbourhood)[],
);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof neighbourhoodObject>, Neighbourhood> = true;
void outputMatches;
