import { fail } from "../internal/safe";
import type { RankingMethod } from "./IndexSpec";
import { argsortFinite, ranksFromOrder, sortWorkspace } from "../internal/sort";

/**
 * Options of {@link rankScores}.
 *
 * @category Composite index
 */
export interface RankScoresOptions {
  /** Tie handling: `"min"` (default, 1, 2, 2, 4), `"dense"` (1, 2, 2, 3), `"fractional"` (1, 2.5, 2.5, 4). */
  readonly method?: RankingMethod | undefined;
  /** `"descending"` (default: the highest score gets rank 1) or `"ascending"`. */
  readonly order?: "descending" | "ascending" | undefined;
}

/**
 * Ranks scores, rank 1 = highest (the most deprived unit). Missing scores (`NaN`, `null`,
 * and infinities) get `null`. A stable typed-array radix sort; ties share a rank by `method`.
 *
 * @param scores - one score per unit
 * @param options - tie handling and order
 * @returns one rank per unit, in input order
 * @throws MahallehError `INDEX_INVALID_OPTIONS` for a bad method or a non-numeric score
 * @example
 * ```ts
 * import { rankScores } from "mahalleh/scoring";
 * rankScores([70, 90, 80, 80]); // => [4, 1, 2, 2]
 * rankScores([70, 90, 80, 80], { method: "dense" }); // => [3, 1, 2, 2]
 * rankScores([70, 90, 80, 80], { method: "fractional" }); // => [4, 1, 2.5, 2.5]
 * rankScores([3, NaN, 5], { order: "ascending" }); // => [1, null, 2]
 * ```
 *
 * @category Composite index
 */
export function rankScores(
  scores: ArrayLike<number | null>,
  options?: RankScoresOptions | undefined,
): (number | null)[] {
  const method = options?.method ?? "min";
  if (method !== "min" && method !== "dense" && method !== "fractional") {
    throw fail("INDEX_INVALID_OPTIONS", `روش رتبه‌بندی «${String(method)}» شناخته نیست`, `Unknown ranking method "${String(method)}"`);
  }
  const order = options?.order ?? "descending";
  if (order !== "descending" && order !== "ascending") {
    throw fail("INDEX_INVALID_OPTIONS", `ترتیب «${String(order)}» شناخته نیست`, `Unknown order "${String(order)}"`);
  }
  if (scores === null || typeof scores !== "object" || typeof scores.length !== "number") {
    throw fail("INDEX_INVALID_OPTIONS", "امتیازها باید آرایه باشند", "Scores must be an array");
  }
  const n = scores.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = scores[i];
    if (v === null || v === undefined) values[i] = Number.NaN;
    else if (typeof v !== "number") {
      throw fail("INDEX_INVALID_OPTIONS", `امتیاز ردیف ${i} عدد نیست`, `Score at ${i} is not a number`, { index: i });
    } else values[i] = Number.isFinite(v) ? v : Number.NaN;
  }
  const sorted = argsortFinite(values, n, order === "descending", sortWorkspace(n));
  const ranks = new Float64Array(n).fill(Number.NaN);
  ranksFromOrder(values, sorted, sorted.length, method, ranks);
  return Array.from(ranks, (r) => (r === r ? r : null));
}
