import { fail } from "../internal/safe";
import type { CriterionType } from "./CriterionType";
import { assertFinite, checkMatrix, checkOptions, checkTypes, checkWeights, competitionRanks, constantColumn, minMax } from "./_matrix";

/**
 * Options of {@link topsis}.
 *
 * @category Planners' methods
 */
export interface TopsisOptions {
  /** One non-negative weight per criterion; rescaled to sum 1 (the closeness does not depend on the scale). */
  readonly weights: readonly number[];
  /** One direction per criterion: `"benefit"` (larger is better) or `"cost"`. */
  readonly types: readonly CriterionType[];
  /**
   * `"vector"` (default, Hwang & Yoon 1981): rᵢⱼ = xᵢⱼ / √Σᵢ xᵢⱼ², the ideal takes the max of
   * benefit and the min of cost columns. `"minmax"`: benefit (x − min)/(max − min), cost
   * (max − x)/(max − min), so the ideal is 1 and the anti-ideal 0 on every criterion.
   */
  readonly normalization?: "vector" | "minmax" | undefined;
}

/**
 * What {@link topsis} returns.
 *
 * @category Planners' methods
 */
export interface TopsisResult {
  /** Relative closeness Cᵢ = S⁻ᵢ / (S⁺ᵢ + S⁻ᵢ) in [0, 1]; larger is better. */
  readonly closeness: number[];
  /** Ranks by closeness, 1 = best; ties (within 1e-12) share the lowest rank ("1224"). */
  readonly ranks: number[];
  /** Euclidean distance S⁺ᵢ of each alternative to the ideal solution. */
  readonly distanceToIdeal: number[];
  /** Euclidean distance S⁻ᵢ of each alternative to the anti-ideal (negative-ideal) solution. */
  readonly distanceToAntiIdeal: number[];
  /** The ideal solution A⁺ in the weighted normalised space, one value per criterion. */
  readonly ideal: number[];
  /** The anti-ideal solution A⁻ in the weighted normalised space. */
  readonly antiIdeal: number[];
}

/**
 * TOPSIS (Technique for Order Preference by Similarity to Ideal Solution, Hwang & Yoon 1981):
 * ranks alternatives by their relative closeness to the ideal solution.
 *
 * Steps: normalise each column (vector normalisation by default), multiply by the weights,
 * take the ideal A⁺ (best value of each criterion) and anti-ideal A⁻ (worst), the Euclidean
 * distances S⁺ and S⁻, and Cᵢ = S⁻ᵢ / (S⁺ᵢ + S⁻ᵢ). With vector normalisation the result does
 * not change when a column is multiplied by a positive number; with min-max it does not change
 * under positive affine transforms of a column.
 *
 * @param matrix - rows = alternatives (neighbourhoods), columns = criteria
 * @param options - weights, types and normalisation, see {@link TopsisOptions}
 * @returns closeness, ranks, distances and the ideal / anti-ideal points
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_BAD_WEIGHTS`, `SCORING_BAD_TYPES`, `SCORING_LENGTH_MISMATCH`, `SCORING_BAD_OPTION`,
 *   `SCORING_NON_POSITIVE` (vector normalisation of an all-zero column) or
 *   `SCORING_CONSTANT_COLUMN` (min-max of a constant column, or every alternative identical)
 * @example
 * ```ts
 * import { topsis } from "mahalleh/scoring";
 * // Opricovic & Tzeng (2004): risk (cost) and benefit, equal weights, min-max normalisation
 * const matrix = [[1, 3000], [2, 3750], [5, 4500]];
 * const r = topsis(matrix, { weights: [0.5, 0.5], types: ["cost", "benefit"], normalization: "minmax" });
 * r.closeness.map((c) => Number(c.toFixed(3))); // => [0.5, 0.617, 0.5]
 * r.ranks; // => [2, 1, 2]
 * // the default vector normalisation weighs the same data differently
 * topsis(matrix, { weights: [0.5, 0.5], types: ["cost", "benefit"] }).ranks; // => [1, 2, 3]
 * topsis([[1, 2]], { weights: [1], types: ["benefit", "cost"] }); // throws SCORING_LENGTH_MISMATCH
 * ```
 *
 * @category Planners' methods
 */
export function topsis(matrix: readonly (readonly number[])[], options: TopsisOptions): TopsisResult {
  const fn = "topsis";
  const opts = checkOptions(options, fn, true);
  const { m, n, cols } = checkMatrix(matrix, fn, { scale: true });
  const weights = checkWeights(opts["weights"], n, fn);
  const types = checkTypes(opts["types"], n, fn, true);
  const normalization = opts["normalization"] ?? "vector";
  if (normalization !== "vector" && normalization !== "minmax") {
    throw fail(
      "SCORING_BAD_OPTION",
      `${fn}: «normalization» باید "vector" یا "minmax" باشد`,
      `${fn}: "normalization" must be "vector" or "minmax"`,
      { fn, normalization: String(normalization) },
    );
  }
  const v: Float64Array[] = [];
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = cols[j] as Float64Array;
    const w = weights[j] as number;
    const out = new Float64Array(m);
    if (normalization === "vector") {
      let ss = 0;
      for (let i = 0; i < m; i++) ss += (col[i] as number) ** 2;
      const norm = Math.sqrt(ss);
      if (!(norm > 0)) {
        throw fail(
          "SCORING_NON_POSITIVE",
          `${fn}: ستون ${j} تماماً صفر است و نرمال‌سازی برداری تعریف نمی‌شود`,
          `${fn}: column ${j} is all zeros, so vector normalisation is undefined`,
          { fn, column: j },
        );
      }
      for (let i = 0; i < m; i++) out[i] = (w * (col[i] as number)) / norm;
      const [lo, hi] = minMax(out);
      ideal.push(types[j] === "cost" ? lo : hi);
      antiIdeal.push(types[j] === "cost" ? hi : lo);
    } else {
      const [lo, hi] = minMax(col);
      if (!(hi - lo > 0)) constantColumn(fn, j, "range");
      for (let i = 0; i < m; i++) {
        const x = col[i] as number;
        out[i] = (w * (types[j] === "cost" ? hi - x : x - lo)) / (hi - lo);
      }
      ideal.push(w);
      antiIdeal.push(0);
    }
    v.push(out);
  }
  const sPlus: number[] = [];
  const sMinus: number[] = [];
  const closeness: number[] = [];
  for (let i = 0; i < m; i++) {
    let dp = 0;
    let dm = 0;
    for (let j = 0; j < n; j++) {
      const x = (v[j] as Float64Array)[i] as number;
      dp += (x - (ideal[j] as number)) ** 2;
      dm += (x - (antiIdeal[j] as number)) ** 2;
    }
    dp = Math.sqrt(dp);
    dm = Math.sqrt(dm);
    if (!(dp + dm > 0)) {
      throw fail(
        "SCORING_CONSTANT_COLUMN",
        `${fn}: همهٔ گزینه‌ها در همهٔ معیارهای وزن‌دار یکسان‌اند؛ رتبه‌بندی معنا ندارد`,
        `${fn}: every alternative is identical on every weighted criterion; there is nothing to rank`,
        { fn },
      );
    }
    sPlus.push(dp);
    sMinus.push(dm);
    closeness.push(dm / (dp + dm));
  }
  assertFinite(fn, closeness, sPlus, sMinus, ideal, antiIdeal);
  return {
    closeness,
    ranks: competitionRanks(closeness, true),
    distanceToIdeal: sPlus,
    distanceToAntiIdeal: sMinus,
    ideal,
    antiIdeal,
  };
}
