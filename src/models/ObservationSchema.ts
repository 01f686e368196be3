import * as z from "zod/v4";
import { cleanNumber } from "./_clean";
import { OBJECT_ONLY, catalogueChoice, cleaned, report } from "./_fields";
import type { CatalogueEntry } from "./catalogue";
import type { IndicatorId, NeighbourhoodId } from "./ids";
import { IndicatorIdSchema, NeighbourhoodIdSchema } from "./ids";
import type { JalaliPeriod } from "./JalaliPeriod";
import { JalaliPeriodSchema } from "./JalaliPeriod";
import type { ModelInput, ModelShape } from "./ModelInput";

/**
 * Why an observation has no value: `"not-collected"` (گردآوری نشده), `"suppressed"`
 * (withheld for confidentiality or too few cases, محرمانه), `"not-applicable"` (موضوعیت
 * ندارد), `"unreliable"` (rejected as unreliable, نامعتبر), `"pending"` (awaited from the
 * source, در انتظار).
 *
 * @category Models
 */
export type MissingReason = "not-collected" | "suppressed" | "not-applicable" | "unreliable" | "pending";

/**
 * The missing-value reasons with Persian and English labels.
 *
 * @category Catalogues
 */
export const MISSING_REASONS: readonly CatalogueEntry<MissingReason>[] = Object.freeze([
  { id: "not-collected", nameFa: "گردآوری نشده", nameEn: "Not collected" },
  { id: "suppressed", nameFa: "محرمانه", nameEn: "Suppressed" },
  { id: "not-applicable", nameFa: "موضوعیت ندارد", nameEn: "Not applicable" },
  { id: "unreliable", nameFa: "نامعتبر", nameEn: "Unreliable" },
  { id: "pending", nameFa: "در انتظار", nameEn: "Pending" },
]);

/**
 * The value of one indicator in one neighbourhood for one Jalali period.
 *
 * @category Models
 */
export interface Observation {
  /** The neighbourhood observed. */
  neighbourhoodId: NeighbourhoodId;
  /** The indicator observed. */
  indicatorId: IndicatorId;
  /** The Jalali period: `"1403"`, `"1403-Q2"` or `"1403-05"`. */
  period: JalaliPeriod;
  /** The value in the indicator's unit, or `null` if missing (then `missingReason` is set). */
  value: number | null;
  /** Why the value is missing; present exactly when `value` is `null`. */
  missingReason?: MissingReason | undefined;
}

/**
 * What {@link ObservationSchema} accepts: blank cells (`""`, `"-"`, `"—"`) mean a missing value.
 *
 * @category Models
 */
export type ObservationInput = ModelInput<Observation>;

const BLANKS = new Set(["", "-", "—", "–", "_", "؟", "?", "NA", "N/A", "na", "n/a"]);

const value: z.ZodType<number | null, number | string | null> = cleaned(
  (input: number | string | null, ctx) => {
    if (input === undefined || input === null) return null;
    if (typeof input === "number") {
      if (Number.isFinite(input)) return input;
    } else if (typeof input === "string") {
      if (BLANKS.has(input.trim())) return null;
      const parsed = cleanNumber(input);
      if (parsed !== undefined) return parsed;
    } else {
      report(ctx, "MODELS_INVALID_TYPE", "این مقدار باید عدد باشد", "Expected a number", input);
      return input;
    }
    report(ctx, "MODELS_INVALID_NUMBER", "این مقدار عدد معتبری نیست", "Not a valid number", input);
    return input;
  },
  z.number().nullable(),
) as unknown as z.ZodType<number | null, number | string | null>;

const observationObject = z
  .object({
    neighbourhoodId: NeighbourhoodIdSchema,
    indicatorId: IndicatorIdSchema,
    period: JalaliPeriodSchema,
    value,
    missingReason: catalogueChoice(MISSING_REASONS).optional(),
  })
  .superRefine((row, ctx) => {
    if (row.value === null && row.missingReason === undefined) {
      report(
        ctx,
        "MODELS_MISSING_REASON",
        "مقدار خالی است؛ دلیل نبود داده را بنویسید",
        "The value is missing; give a missingReason",
        row.value,
        ["missingReason"],
      );
    } else if (typeof row.value === "number" && row.missingReason !== undefined) {
      report(
        ctx,
        "MODELS_MISSING_REASON",
        "برای مقدار موجود نباید دلیل نبود داده نوشت",
        "A missingReason is only allowed when the value is missing",
        row.missingReason,
        ["missingReason"],
      );
    }
  }, OBJECT_ONLY);

/**
 * Schema of an {@link Observation}. The value may be a number, a numeric string in any
 * digit system («۱۲٫۵»), or blank / `null` for a missing value, which then needs a
 * `missingReason`. (Range checks that depend on the indicator, such as 0–100 for percentages,
 * are made by {@link checkDataset}.)
 *
 * @example
 * ```ts
 * import { ObservationSchema } from "mahalleh/models";
 * ObservationSchema.parse({ neighbourhoodId: "alb-krj-001", indicatorId: "unemployment-rate", period: "۱۴۰۳", value: "۱۲٫۵" }); // => { neighbourhoodId: "alb-krj-001", indicatorId: "unemployment-rate", period: "1403", value: 12.5 }
 * ObservationSchema.parse({ neighbourhoodId: "alb-krj-001", indicatorId: "crime-rate", period: "1403-Q2", value: "", missingReason: "محرمانه" }).missingReason; // => "suppressed"
 * ObservationSchema.safeParse({ neighbourhoodId: "alb-krj-001", indicatorId: "crime-rate", period: "1403", value: null }).success; // => false
 * ```
 *
 * @category Models
 */
export const ObservationSchema: z.ZodObject<ModelShape<Observation>> = observationObject;

/**
 * The field names of an {@link Observation}, in schema order.
 *
 * @category Models
 */
export const OBSERVATION_FIELDS: readonly (keyof Observation)[] = Object.freeze(
  Object.keys(observationObject.shape) as (keyof Observation)[],
);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof observationObject>, Observation> = true;
void outputMatches;
