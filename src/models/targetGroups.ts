import * as z from "zod/v4";
import { OBJECT_ONLY, count, report } from "./_fields";
import { fail } from "../internal/safe";
import type { ModelInput } from "./ModelInput";

/**
 * A group of residents an intervention is aimed at: `"youth"` (جوانان), `"women"` (زنان),
 * `"children"` (کودکان), `"elderly"` (سالمندان), `"disabled"` (افراد دارای معلولیت),
 * `"female-headed-households"` (زنان سرپرست خانوار), `"all-residents"` (همهٔ ساکنان).
 *
 * @category Models
 */
export type TargetGroupId =
  | "youth"
  | "women"
  | "children"
  | "elderly"
  | "disabled"
  | "female-headed-households"
  | "all-residents";

/**
 * An inclusive range of ages in whole years; `max` absent means no upper bound.
 *
 * @category Models
 */
export interface AgeRange {
  /** Youngest age included. */
  min: number;
  /** Oldest age included; absent for open-ended ranges (e.g. elderly 60+). */
  max?: number | undefined;
}

/**
 * A target group with its labels and, for age-defined groups, its age range.
 *
 * @category Models
 */
export interface TargetGroup {
  /** Stable id. */
  readonly id: TargetGroupId;
  /** Persian label. */
  readonly nameFa: string;
  /** English label. */
  readonly nameEn: string;
  /** Ages included, for groups defined by age (youth, children, elderly). */
  readonly ageRange?: Readonly<AgeRange> | undefined;
}

/**
 * Options of {@link defineTargetGroups}: age ranges overriding the defaults.
 *
 * @category Models
 */
export interface TargetGroupOptions {
  /** Ages of youth. Default 15–29 (Supreme Youth Council); the UN uses 15–24. */
  readonly youth?: AgeRange | undefined;
  /** Ages of children. Default 0–14. */
  readonly children?: AgeRange | undefined;
  /** Ages of the elderly. Default 60 and over (Iran's National Document on the Elderly). */
  readonly elderly?: AgeRange | undefined;
}

/**
 * What {@link AgeRangeSchema} accepts: ages as numbers or numeric strings («۱۵»).
 *
 * @category Models
 */
export type AgeRangeInput = ModelInput<AgeRange>;

/**
 * Schema of an {@link AgeRange}: whole ages 0–150, `min` ≤ `max`.
 *
 * @example
 * ```ts
 * import { AgeRangeSchema } from "mahalleh/models";
 * AgeRangeSchema.parse({ min: "۱۵", max: "۲۴" }); // => { min: 15, max: 24 }
 * AgeRangeSchema.safeParse({ min: 30, max: 15 }).success; // => false
 * ```
 *
 * @category Models
 */
export const AgeRangeSchema: z.ZodType<AgeRange, AgeRangeInput> = z
  .object({ min: count(), max: count().optional() })
  .superRefine((range, ctx) => {
    const tooOld = range.min > 150 || (range.max !== undefined && range.max > 150);
    if (tooOld || (typeof range.max === "number" && typeof range.min === "number" && range.min > range.max)) {
      report(
        ctx,
        "MODELS_INVALID_AGE_RANGE",
        "بازهٔ سنی نامعتبر است (کمینه باید از بیشینه کوچک‌تر باشد و سن‌ها بین ۰ و ۱۵۰)",
        "Invalid age range (min must not exceed max; ages within 0–150)",
        range,
      );
    }
  }, OBJECT_ONLY);

/**
 * Builds the target-group catalogue with the given age ranges (others keep their defaults).
 *
 * @param options - age ranges of youth, children and the elderly
 * @returns the seven target groups
 * @throws {MahallehError} `MODELS_INVALID_AGE_RANGE` if a range is invalid
 * @example
 * ```ts
 * import { defineTargetGroups } from "mahalleh/models";
 * defineTargetGroups().find((g) => g.id === "youth")?.ageRange; // => { min: 15, max: 29 }
 * defineTargetGroups({ youth: { min: 15, max: 24 } }).find((g) => g.id === "youth")?.ageRange; // => { min: 15, max: 24 }
 * defineTargetGroups({ youth: { min: 29, max: 15 } }); // throws MODELS_INVALID_AGE_RANGE
 * ```
 *
 * @category Models
 */
export function defineTargetGroups(options?: TargetGroupOptions | undefined): readonly TargetGroup[] {
  const range = (given: AgeRange | undefined, fallback: AgeRange): Readonly<AgeRange> => {
    if (given === undefined) return Object.freeze({ ...fallback });
    const parsed = AgeRangeSchema.safeParse(given);
    if (!parsed.success) {
      throw fail("MODELS_INVALID_AGE_RANGE", "بازهٔ سنی نامعتبر است", "Invalid age range", { value: given });
    }
    return Object.freeze(parsed.data);
  };
  return Object.freeze([
    { id: "youth", nameFa: "جوانان", nameEn: "Youth", ageRange: range(options?.youth, { min: 15, max: 29 }) },
    { id: "women", nameFa: "زنان", nameEn: "Women" },
    { id: "children", nameFa: "کودکان", nameEn: "Children", ageRange: range(options?.children, { min: 0, max: 14 }) },
    { id: "elderly", nameFa: "سالمندان", nameEn: "Elderly", ageRange: range(options?.elderly, { min: 60 }) },
    { id: "disabled", nameFa: "افراد دارای معلولیت", nameEn: "People with disabilities" },
    { id: "female-headed-households", nameFa: "زنان سرپرست خانوار", nameEn: "Female-headed households" },
    { id: "all-residents", nameFa: "همهٔ ساکنان", nameEn: "All residents" },
  ] satisfies TargetGroup[]).map((group) => Object.freeze(group) as TargetGroup);
}

/**
 * The target groups with the default age ranges (youth 15–29, children 0–14, elderly 60+).
 *
 * @category Catalogues
 */
export const TARGET_GROUPS: readonly TargetGroup[] = defineTargetGroups();

/**
 * Whether a person of `age` belongs to an age-defined target group.
 *
 * @param age - age in whole years
 * @param group - a target group (from {@link TARGET_GROUPS} or {@link defineTargetGroups})
 * @returns `true` if the age is within the group's range; `false` for groups not defined by age
 * @throws MahallehError `MODELS_INVALID_INPUT` if `group` is not a target group object
 * @example
 * ```ts
 * import { TARGET_GROUPS, isInAgeGroup } from "mahalleh/models";
 * const youth = TARGET_GROUPS[0]!;
 * isInAgeGroup(29, youth); // => true
 * isInAgeGroup(30, youth); // => false
 * ```
 *
 * @category Models
 */
export function isInAgeGroup(age: number, group: TargetGroup): boolean {
  if (typeof group !== "object" || group === null) {
    throw fail("MODELS_INVALID_INPUT", "گروه هدف باید یک شیء گروه هدف باشد", "The target group must be a target group object", { received: group === null ? "null" : typeof group });
  }
  const range = group.ageRange;
  if (range === undefined || !Number.isFinite(age)) return false;
  return age >= range.min && (range.max === undefined || age <= range.max);
}
