import { fail } from "../internal/safe";
import type { CriterionType } from "./CriterionType";
import { assertFinite, checkMatrix, checkOptions, checkTypes, checkWeights, competitionRanks, constantColumn, minMax, tied } from "./_matrix";

/**
 * Options of {@link vikor}.
 *
 * @category Planners' methods
 */
export interface VikorOptions {
  /** One non-negative weight per criterion; rescaled to sum 1. */
  readonly weights: readonly number[];
  /** One direction per criterion: `"benefit"` (larger is better) or `"cost"`. */
  readonly types: readonly CriterionType[];
  /**
   * Weight of the strategy of "the majority of criteria" (group utility S) against the
   * individual regret R, in [0, 1]. Default 0.5 (consensus).
   */
  readonly v?: number | undefined;
}

/**
 * What {@link vikor} returns. Smaller S, R and Q are better.
 *
 * @category Planners' methods
 */
export interface VikorResult {
  /** Group utility Sᵢ = Σⱼ wⱼ (f*ⱼ − fᵢⱼ)/(f*ⱼ − f⁻ⱼ). */
  readonly S: number[];
  /** Individual regret Rᵢ = maxⱼ wⱼ (f*ⱼ − fᵢⱼ)/(f*ⱼ − f⁻ⱼ). */
  readonly R: number[];
  /** Qᵢ = v (Sᵢ − S*)/(S⁻ − S*) + (1 − v)(Rᵢ − R*)/(R⁻ − R*) in [0, 1]. */
  readonly Q: number[];
  /** Ranks by Q (1 = smallest Q = best); ties (within 1e-12) share the lowest rank. */
  readonly ranks: number[];
  /** Ranks by S (1 = best). */
  readonly ranksS: number[];
  /** Ranks by R (1 = best). */
  readonly ranksR: number[];
  /**
   * The compromise solution: row indices, best Q first. One alternative when both conditions
   * hold; the two best when only acceptable stability fails; otherwise every alternative whose
   * Q is within DQ = 1/(m − 1) of the best.
   */
  readonly compromise: number[];
  /** Condition C1: Q(a″) − Q(a′) ≥ 1/(m − 1) for the two best alternatives by Q. */
  readonly acceptableAdvantage: boolean;
  /** Condition C2: the best by Q is also best (possibly tied) by S or by R. */
  readonly acceptableStability: boolean;
}

/**
 * VIKOR (Opricovic 1998; Opricovic & Tzeng 2004, EJOR 156:445–455): a compromise ranking
 * that balances the group utility (S) against the worst individual regret (R).
 *
 * f*ⱼ is the best and f⁻ⱼ the worst value of criterion j (max/min for benefit, min/max for
 * cost). Ranking by Q ascending; the compromise set follows Opricovic & Tzeng: with a′ the best
 * and a″ the second by Q, C1 (acceptable advantage) is Q(a″) − Q(a′) ≥ DQ = 1/(m − 1) and C2
 * (acceptable stability) is that a′ is also best by S or by R (ties count as best). If S (or R)
 * is the same for every alternative (within a relative 1e-12) its term in Q is taken as 0.
 * A constant column cannot be scaled (f* = f⁻) and is refused: drop it.
 *
 * @param matrix - rows = alternatives (at least 2), columns = criteria
 * @param options - weights, types and v, see {@link VikorOptions}
 * @returns S, R, Q, ranks, the compromise set and the two conditions
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_TOO_FEW_ROWS`, `SCORING_BAD_WEIGHTS`, `SCORING_BAD_TYPES`,
 *   `SCORING_LENGTH_MISMATCH`, `SCORING_OUT_OF_RANGE` (v) or `SCORING_CONSTANT_COLUMN`
 * @example
 * ```ts
 * import { vikor } from "mahalleh/scoring";
 * // Opricovic & Tzeng (2004): risk (cost) and benefit, equal weights
 * const r = vikor([[1, 3000], [2, 3750], [5, 4500]], { weights: [0.5, 0.5], types: ["cost", "benefit"] });
 * r.Q; // => [1, 0, 1]
 * r.compromise; // => [1]
 * vikor([[1, 2], [3, 4]], { weights: [1, 1], types: ["cost", "cost"], v: 2 }); // throws SCORING_OUT_OF_RANGE
 * ```
 *
 * @category Planners' methods
 */
export function vikor(matrix: readonly (readonly number[])[], options: VikorOptions): VikorResult {
  const fn = "vikor";
  const opts = checkOptions(options, fn, true);
  const { m, n, cols } = checkMatrix(matrix, fn, { minRows: 2, scale: true });
  const weights = checkWeights(opts["weights"], n, fn);
  const types = checkTypes(opts["types"], n, fn, true);
  const v = opts["v"] ?? 0.5;
  if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
    throw fail(
      "SCORING_OUT_OF_RANGE",
      `${fn}: «v» باید عددی میان ۰ و ۱ باشد`,
      `${fn}: "v" must be a number between 0 and 1`,
      { fn, v: String(v) },
    );
  }
  const S = new Array<number>(m).fill(0);
  const R = new Array<number>(m).fill(0);
  for (let j = 0; j < n; j++) {
    const col = cols[j] as Float64Array;
    const [lo, hi] = minMax(col);
    if (!(hi - lo > 0)) constantColumn(fn, j, "range");
    const best = types[j] === "cost" ? lo : hi;
    const w = weights[j] as number;
    for (let i = 0; i < m; i++) {
      const d = (w * Math.abs(best - (col[i] as number))) / (hi - lo);
      S[i] = (S[i] as number) + d;
      if (d > (R[i] as number)) R[i] = d;
    }
  }
  const [sBest, sWorst] = minMax(Float64Array.from(S));
  const [rBest, rWorst] = minMax(Float64Array.from(R));
  const Q = S.map((s, i) => {
    // A spread within rounding noise (see `tied`) counts as no spread: the term is 0.
    const sTerm = tied(sWorst, sBest) ? 0 : (s - sBest) / (sWorst - sBest);
    const rTerm = tied(rWorst, rBest) ? 0 : ((R[i] as number) - rBest) / (rWorst - rBest);
    return v * sTerm + (1 - v) * rTerm;
  });
  assertFinite(fn, S, R, Q);
  const ranks = competitionRanks(Q, false);
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => (Q[a] as number) - (Q[b] as number) || a - b);
  const first = order[0] as number;
  const second = order[1] as number;
  const dq = 1 / (m - 1);
  const gap = (Q[second] as number) - (Q[first] as number);
  const acceptableAdvantage = gap >= dq || tied(gap, dq);
  const acceptableStability = tied(S[first] as number, sBest) || tied(R[first] as number, rBest);
  let compromise: number[];
  if (acceptableAdvantage && acceptableStability) {
    compromise = [first];
  } else if (acceptableAdvantage) {
    compromise = [first, second];
  } else {
    compromise = order.filter((i) => {
      const d = (Q[i] as number) - (Q[first] as number);
      return d < dq && !tied(d, dq);
    });
  }
  return {
    S,
    R,
    Q,
    ranks,
    ranksS: competitionRanks(S, false),
    ranksR: competitionRanks(R, false),
    compromise,
    acceptableAdvantage,
    acceptableStability,
  };
}
