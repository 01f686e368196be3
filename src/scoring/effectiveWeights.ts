import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { runPass } from "./_engine";
import { makePlan } from "./_plan";
import { pathOf } from "./_hierarchy";

/**
 * One indicator's weight in the index.
 *
 * @category Index audit
 */
export interface EffectiveWeight {
  /** Indicator id. */
  readonly indicator: string;
  /** Its dimension. */
  readonly dimension: string;
  /** Its weight within the dimension (the dimension's indicator weights sum to 1). */
  readonly withinDimension: number;
  /**
   * The dimension's weight in the index (dimension weights sum to 1); with a deeper
   * hierarchy, the product of the weights along `path`.
   */
  readonly dimensionWeight: number;
  /** The product: the indicator's final (nominal) weight in the index; all of them sum to 1. */
  readonly weight: number;
  /**
   * The indicator's dimension and each dimension above it up to the index, each with its
   * weight within its parent (siblings sum to 1); one step for indicator → dimension → index.
   */
  readonly path: readonly {
    /** Dimension id. */
    readonly id: string;
    /** Its weight within its parent (or the index). */
    readonly weight: number;
  }[];
}

/**
 * The effective weights table (COINr `get_eff_weights()`): each indicator's final weight in
 * the index, the product of its weight within its dimension and the dimension's weight (with a
 * deeper hierarchy, the weights of every dimension on its path up to the index), after
 * normalisation and after data-driven weighting (entropy, CRITIC, CV, PCA) or AHP has been
 * resolved. These are the nominal weights; a unit with missing values has its weights
 * renormalised over what it has (see `contributions` in {@link computeIndex}). Note that with
 * arithmetic aggregation an indicator's actual influence on the ranking also depends on its
 * spread after normalisation: compare with the correlations of {@link indicatorCorrelations}.
 *
 * @param table - the indicator table
 * @param spec - the index specification
 * @returns one row per indicator, in spec order
 * @throws MahallehError every error of {@link computeIndex}
 * @example
 * ```ts
 * import { effectiveWeights } from "mahalleh/scoring";
 * const table = { ids: ["a", "b"], columns: { unemployment: [10, 20], income: [5, 3], literacy: [90, 80] } };
 * const w = effectiveWeights(table, {
 *   indicators: [
 *     { id: "unemployment", dimension: "economy", direction: 1, weight: 3 },
 *     { id: "income", dimension: "economy", direction: -1 },
 *     { id: "literacy", dimension: "education", direction: -1 },
 *   ],
 * });
 * w.map((row) => row.weight); // => [0.375, 0.125, 0.5]
 * // one level deeper: "economy" and "education" under "living" (weight 2) beside "health"
 * const deep = effectiveWeights({ ...table, columns: { ...table.columns, clinics: [3, 1] } }, {
 *   indicators: [
 *     { id: "unemployment", dimension: "economy", direction: 1, weight: 3 },
 *     { id: "income", dimension: "economy", direction: -1 },
 *     { id: "literacy", dimension: "education", direction: -1 },
 *     { id: "clinics", dimension: "care", direction: -1 },
 *   ],
 *   dimensions: [
 *     { id: "living", weight: 2 },
 *     { id: "health" },
 *     { id: "economy", parent: "living" },
 *     { id: "education", parent: "living" },
 *     { id: "care", parent: "health" },
 *   ],
 * });
 * deep.map((row) => row.weight); // => [0.25, 0.25 / 3, 1 / 3, 1 / 3]
 * deep[0]?.path; // => [{ id: "economy", weight: 0.5 }, { id: "living", weight: 2 / 3 }]
 * ```
 *
 * @category Index audit
 */
export function effectiveWeights(table: IndicatorTable, spec: IndexSpec): EffectiveWeight[] {
  const plan = makePlan(table, spec, false);
  const { weights } = runPass(plan, false, false);
  const paths = plan.dims.map((_, d) => pathOf(plan, weights, d));
  return plan.indicators.map((ind, j) => {
    const withinDimension = weights.indicator[j] as number;
    const path = paths[ind.dim] as { id: string; weight: number }[];
    const dimensionWeight = path.reduce((w, step) => w * step.weight, 1);
    return { indicator: ind.id, dimension: plan.dims[ind.dim] as string, withinDimension, dimensionWeight, weight: withinDimension * dimensionWeight, path };
  });
}
