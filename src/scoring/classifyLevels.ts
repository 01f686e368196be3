import { fail } from "../internal/safe";
import type { LevelLabel, LevelsSpec } from "./IndexSpec";
import { computeBreaks, levelOf } from "./_levels";
import { resolveLevels } from "./_plan";

/**
 * The classification of scores into levels.
 *
 * @category Composite index
 */
export interface LevelClassification {
  /** Level of each score, 1 = most deprived; `null` for a missing score. */
  readonly levels: (number | null)[];
  /** Ascending class breaks (count − 1 of them). */
  readonly breaks: number[];
  /** Labels from level 1 (most deprived) down. */
  readonly labels: readonly LevelLabel[];
}

/**
 * Cuts scores into levels, level 1 = the most deprived (highest scores): quantiles (default
 * quintiles, type-7 interpolated quantiles), equal intervals between the minimum and maximum,
 * Jenks natural breaks (Fisher's exact algorithm) or fixed thresholds. With data-driven
 * breaks a break is the upper bound of its class; with fixed thresholds a score equal to a
 * threshold goes to the more deprived level.
 *
 * @param scores - one score per unit (`NaN`/`null` = missing)
 * @param spec - the method, count and labels; default quintiles with the labels
 *   «بسیار محروم», «محروم», «نیمه‌محروم», «نیمه‌برخوردار», «برخوردار»
 * @returns the level of each score, the breaks and the labels
 * @throws MahallehError `INDEX_INVALID_SPEC` for a bad spec, `INDEX_INVALID_OPTIONS` for
 *   non-numeric scores or too few distinct scores for Jenks, `INDEX_TOO_LARGE` for Jenks on
 *   more than 10,000 scores
 * @example
 * ```ts
 * import { classifyLevels } from "mahalleh/scoring";
 * const r = classifyLevels([1, 2, 3, 10, 11, 12, 30], { method: "jenks", count: 3 });
 * r.breaks; // => [3, 12]
 * r.levels; // => [3, 3, 3, 2, 2, 2, 1]
 * r.labels[0]; // => { fa: "محروم", en: "deprived" }
 * classifyLevels([10, 50, 60], { method: "fixed", thresholds: [50] }).levels; // => [2, 1, 1]
 * ```
 *
 * @category Composite index
 */
export function classifyLevels(scores: ArrayLike<number | null>, spec?: LevelsSpec | undefined): LevelClassification {
  const levels = resolveLevels(spec);
  if (scores === null || typeof scores !== "object" || typeof scores.length !== "number") {
    throw fail("INDEX_INVALID_OPTIONS", "امتیازها باید آرایه باشند", "Scores must be an array");
  }
  const values = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i];
    if (v !== null && v !== undefined && typeof v !== "number") {
      throw fail("INDEX_INVALID_OPTIONS", `امتیاز ردیف ${i} عدد نیست`, `Score at ${i} is not a number`, { index: i });
    }
    values[i] = typeof v === "number" && Number.isFinite(v) ? v : Number.NaN;
  }
  const breaks = computeBreaks(levels, values);
  const inclusive = levels.method === "fixed";
  return {
    levels: Array.from(values, (v) => (v === v ? levelOf(v, breaks, levels.count, inclusive) : null)),
    breaks,
    labels: levels.labels,
  };
}
