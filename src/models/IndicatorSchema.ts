import * as z from "zod/v4";
import { cleanNumber } from "./_clean";
import { catalogueChoice, cleaned, report, text } from "./_fields";
import type { CatalogueEntry } from "./catalogue";
import type { IndicatorId } from "./ids";
import { IndicatorIdSchema } from "./ids";
import type { ModelInput, ModelShape } from "./ModelInput";

/**
 * A dimension of deprivation, covering the problems the programme names (poverty,
 * unemployment, addiction, security, infrastructure, education, health, culture):
 * `"economy"` (اقتصاد و معیشت), `"employment"` (اشتغال), `"education"` (آموزش), `"health"`
 * (سلامت), `"social-harms"` (آسیب‌های اجتماعی و امنیت: addiction, crime),
 * `"housing-infrastructure"` (مسکن و زیرساخت), `"culture"` (فرهنگ), `"participation"`
 * (مشارکت).
 *
 * @category Models
 */
export type IndicatorDimension =
  | "economy"
  | "employment"
  | "education"
  | "health"
  | "social-harms"
  | "housing-infrastructure"
  | "culture"
  | "participation";

/**
 * The dimensions with Persian and English labels.
 *
 * @category Catalogues
 */
export const INDICATOR_DIMENSIONS: readonly CatalogueEntry<IndicatorDimension>[] = Object.freeze([
  { id: "economy", nameFa: "اقتصاد و معیشت", nameEn: "Economy and livelihood" },
  { id: "employment", nameFa: "اشتغال", nameEn: "Employment" },
  { id: "education", nameFa: "آموزش", nameEn: "Education" },
  { id: "health", nameFa: "سلامت", nameEn: "Health" },
  { id: "social-harms", nameFa: "آسیب‌های اجتماعی و امنیت", nameEn: "Social harms and safety" },
  { id: "housing-infrastructure", nameFa: "مسکن و زیرساخت", nameEn: "Housing and infrastructure" },
  { id: "culture", nameFa: "فرهنگ", nameEn: "Culture" },
  { id: "participation", nameFa: "مشارکت", nameEn: "Participation" },
]);

/**
 * Unit of an indicator's values.
 *
 * @category Models
 */
export type IndicatorUnit =
  | "percent"
  | "per-1000-residents"
  | "per-1000-households"
  | "km"
  | "persons-per-room"
  | "sqm-per-person"
  | "count"
  | "rials";

/**
 * The units with Persian and English labels.
 *
 * @category Catalogues
 */
export const INDICATOR_UNITS: readonly CatalogueEntry<IndicatorUnit>[] = Object.freeze([
  { id: "percent", nameFa: "درصد", nameEn: "Percent" },
  { id: "per-1000-residents", nameFa: "در هر هزار نفر", nameEn: "Per 1,000 residents" },
  { id: "per-1000-households", nameFa: "در هر هزار خانوار", nameEn: "Per 1,000 households" },
  { id: "km", nameFa: "کیلومتر", nameEn: "Kilometres" },
  { id: "persons-per-room", nameFa: "نفر در هر اتاق", nameEn: "Persons per room" },
  { id: "sqm-per-person", nameFa: "متر مربع برای هر نفر", nameEn: "Square metres per person" },
  { id: "count", nameFa: "تعداد", nameEn: "Count" },
  { id: "rials", nameFa: "ریال", nameEn: "Rials" },
]);

/**
 * Polarity of an indicator: `1` if a higher value means MORE deprivation (unemployment
 * rate), `-1` if a higher value means LESS deprivation (literacy rate).
 *
 * @category Models
 */
export type IndicatorDirection = 1 | -1;

/**
 * A deprivation indicator (شاخص).
 *
 * @category Models
 */
export interface Indicator {
  /** Stable identifier, e.g. `"unemployment-rate"`. */
  id: IndicatorId;
  /** Persian name, e.g. «نرخ بیکاری». */
  nameFa: string;
  /** English name, e.g. `"Unemployment rate"`. */
  nameEn: string;
  /** Dimension of deprivation the indicator measures. */
  dimension: IndicatorDimension;
  /** `1` if a higher value means more deprivation, `-1` if less. */
  direction: IndicatorDirection;
  /** Unit of the observed values (`"percent"` values must lie within 0–100). */
  unit: IndicatorUnit;
  /** Where the values come from, e.g. «مرکز آمار ایران». */
  source: string;
}

/**
 * What {@link IndicatorSchema} accepts.
 *
 * @category Models
 */
export type IndicatorInput = ModelInput<Indicator>;

const direction: z.ZodType<IndicatorDirection, number | string> = cleaned(
  (input: number | string, ctx) => {
    const value =
      typeof input === "number"
        ? input
        : typeof input === "string"
          ? (cleanNumber(input.replace(/^(.*)-$/, "-$1")) ??
            ({ مثبت: 1, منفی: -1, positive: 1, negative: -1 } as Record<string, number>)[input.trim().toLowerCase()])
          : undefined;
    if (value !== 1 && value !== -1) {
      report(
        ctx,
        input === undefined || input === null || input === "" ? "MODELS_REQUIRED" : "MODELS_UNKNOWN_VALUE",
        "جهت شاخص باید ۱ (مقدار بیشتر = محرومیت بیشتر) یا ۱- باشد",
        "An indicator's direction must be 1 (higher = more deprived) or -1",
        input,
      );
      return input;
    }
    return value;
  },
  z.union([z.literal(1), z.literal(-1)]),
) as unknown as z.ZodType<IndicatorDirection, number | string>;

const indicatorObject = z.object({
  id: IndicatorIdSchema,
  nameFa: text({ max: 200 }),
  nameEn: text({ max: 200 }),
  dimension: catalogueChoice(INDICATOR_DIMENSIONS),
  direction,
  unit: catalogueChoice(INDICATOR_UNITS, { "%": "percent", "٪": "percent" }),
  source: text({ max: 300 }),
});

/**
 * Schema of an {@link Indicator}. The direction may be written `1`, `-1`, «۱-», «مثبت» or
 * «منفی»; dimensions and units by id or Persian/English label.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from "mahalleh/models";
 * const indicator = IndicatorSchema.parse({
 *   id: "unemployment-rate", nameFa: "نرخ بيكاري", nameEn: "Unemployment rate",
 *   dimension: "اشتغال", direction: "۱", unit: "٪", source: "مرکز آمار ایران",
 * });
 * indicator.nameFa; // => "نرخ بیکاری"
 * indicator.dimension; // => "employment"
 * indicator.unit; // => "percent"
 * IndicatorSchema.safeParse({ ...indicator, direction: 0 }).success; // => false
 * ```
 *
 * @category Models
 */
export const IndicatorSchema: z.ZodObject<ModelShape<Indicator>> = indicatorObject;

/**
 * The field names of an {@link Indicator}, in schema order.
 *
 * @category Models
 */
export const INDICATOR_FIELDS: readonly (keyof Indicator)[] = Object.freeze(
  Object.keys(indicatorObject.shape) as (keyof Indicator)[],
);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof indicatorObject>, Indicator> = true;
void outputMatches;
