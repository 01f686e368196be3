import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { ahpTreeGroups } from "./_ahpTree";
import { makePlan } from "./_plan";

/**
 * The consistency check of one pairwise comparison matrix of an AHP-weighted index.
 *
 * @category Index audit
 */
export interface AhpGroupConsistency {
  /** The node whose children were compared: a dimension id, or `null` for the index. */
  readonly parent: string | null;
  /** What the matrix compares: child dimensions or the indicators of a leaf dimension. */
  readonly compares: "dimensions" | "indicators";
  /** The compared elements, in matrix order (the declared order). */
  readonly members: readonly string[];
  /** The priorities of the members within their parent (sum 1). */
  readonly weights: readonly number[];
  /** The principal eigenvalue λmax. */
  readonly lambdaMax: number;
  /** Consistency index CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
  readonly ci: number;
  /** Consistency ratio CR = CI/RI (Saaty's random index); 0 for n ≤ 2. */
  readonly cr: number;
  /** Whether CR ≤ the threshold (0.1 by default). */
  readonly consistent: boolean;
}

/**
 * Options of {@link ahpConsistency}.
 *
 * @category Index audit
 */
export interface AhpConsistencyOptions {
  /** The consistency ratio at or below which a matrix is accepted. Default 0.1 (Saaty). */
  readonly threshold?: number | undefined;
}

/**
 * The consistency of every pairwise comparison matrix of an AHP-weighted index
 * (`weighting: { method: "ahp", … }`), one row per group of siblings that has a matrix, top
 * down: the dimensions of the index, the child dimensions of each upper dimension (higher
 * levels first), then the indicators of each leaf dimension. Each row gives the group's
 * priorities (Saaty's principal eigenvector), λmax, CI and CR = CI/RI. `computeIndex` uses
 * the matrices as given; this is the check to run before trusting them (Saaty: CR ≤ 0.1,
 * or 0.05 for 3 and 0.08 for 4 elements — pass `threshold`). Each indicator's final weight is
 * the product of the priorities down its path: see {@link effectiveWeights}.
 *
 * @param table - the indicator table
 * @param spec - the index specification; its weighting must be AHP
 * @param options - see {@link AhpConsistencyOptions}
 * @returns one row per matrix, top down (empty when no group has a matrix)
 * @throws MahallehError `INDEX_INVALID_OPTIONS` when the weighting is not AHP or the threshold
 *   is not a non-negative number, `INDEX_UNKNOWN_DIMENSION` for a matrix keyed by a dimension
 *   that has no such group, `INDEX_INVALID_SPEC` for a matrix of the wrong size, the
 *   `SCORING_*` codes of `ahp` for a malformed matrix, and every error of {@link computeIndex}'s
 *   spec checks
 * @example
 * ```ts
 * import { ahpConsistency } from "mahalleh/scoring";
 * const table = { ids: ["a", "b"], columns: { jobless: [10, 20], income: [5, 3], literacy: [90, 80], clinics: [3, 1] } };
 * const rows = ahpConsistency(table, {
 *   indicators: [
 *     { id: "jobless", dimension: "work", direction: 1 },
 *     { id: "income", dimension: "work", direction: -1 },
 *     { id: "literacy", dimension: "school", direction: -1 },
 *     { id: "clinics", dimension: "care", direction: -1 },
 *   ],
 *   dimensions: [{ id: "living" }, { id: "health" }, { id: "work", parent: "living" }, { id: "school", parent: "living" }, { id: "care", parent: "health" }],
 *   weighting: {
 *     method: "ahp",
 *     // intransitive judgements would be flagged; these are consistent (2 : 1)
 *     dimensions: [[1, 2], [1 / 2, 1]],
 *     children: { living: [[1, 4], [1 / 4, 1]] },
 *   },
 * });
 * rows.map((g) => g.parent); // => [null, "living"]
 * rows[0]?.weights.map((w) => Number(w.toFixed(4))); // => [0.6667, 0.3333]
 * rows[1]?.members; // => ["work", "school"]
 * rows.every((g) => g.consistent); // => true
 * ```
 *
 * @category Index audit
 */
export function ahpConsistency(table: IndicatorTable, spec: IndexSpec, options?: AhpConsistencyOptions | undefined): AhpGroupConsistency[] {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw fail("INDEX_INVALID_OPTIONS", "ahpConsistency: گزینه‌ها باید یک شیء باشند", "ahpConsistency: options must be an object", { option: "options" });
  }
  const threshold: unknown = options?.threshold ?? 0.1;
  if (typeof threshold !== "number" || !Number.isFinite(threshold) || threshold < 0) {
    throw fail("INDEX_INVALID_OPTIONS", "ahpConsistency: «threshold» باید عددی نامنفی باشد", 'ahpConsistency: "threshold" must be a non-negative number', { option: "threshold" });
  }
  const plan = makePlan(table, spec, false);
  const weighting = plan.weighting;
  if (typeof weighting !== "object") {
    throw fail("INDEX_INVALID_OPTIONS", "ahpConsistency وزن‌دهی AHP لازم دارد (weighting: { method: \"ahp\", … })", 'ahpConsistency needs AHP weighting (weighting: { method: "ahp", … })', { weighting });
  }
  return ahpTreeGroups(plan, weighting, threshold).map((g) => ({
    parent: g.parent,
    compares: g.compares,
    members: g.members,
    weights: g.result.weights,
    lambdaMax: g.result.lambdaMax,
    ci: g.result.ci,
    cr: g.result.cr,
    consistent: g.result.consistent,
  }));
}
