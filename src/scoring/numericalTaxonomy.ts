import { fail } from "../internal/safe";
import type { CriterionType } from "./CriterionType";
import { assertFinite, checkMatrix, checkOptions, checkTypes, competitionRanks, constantColumn, mean, stdDev } from "./_matrix";

/**
 * Options of {@link numericalTaxonomy}.
 *
 * @category Planners' methods
 */
export interface NumericalTaxonomyOptions {
  /** Direction of each indicator (`"benefit"` or `"cost"`). Default: every indicator is a benefit. */
  readonly types?: readonly CriterionType[] | undefined;
  /**
   * Standard-deviation convention used for the z-scores, the homogeneity bounds and C₀:
   * `"sample"` (divisor m − 1, as SPSS and Excel's STDEV, the usual choice in Iranian planning
   * studies) or `"population"` (divisor m). Default `"sample"`.
   */
  readonly deviation?: "sample" | "population" | undefined;
}

/**
 * What {@link numericalTaxonomy} returns.
 *
 * @category Planners' methods
 */
export interface NumericalTaxonomyResult {
  /** Development degree Fᵢ = Cᵢ₀ / C₀, usually in [0, 1]; smaller = more developed. */
  readonly F: number[];
  /** Ranks by F, 1 = most developed (smallest F); ties (within 1e-12) share the lowest rank. */
  readonly ranks: number[];
  /** Cᵢ₀: Euclidean distance of each row's z-scores to the ideal (best z of each indicator). */
  readonly distanceToIdeal: number[];
  /** C₀ = mean(Cᵢ₀) + 2·sd(Cᵢ₀), the μ + 2σ bound. */
  readonly C0: number;
  /** dᵢ: distance of each row to its nearest other row (the homogeneity screen). */
  readonly nearestDistance: number[];
  /** Lower bound mean(d) − 2·sd(d) of the homogeneity screen. */
  readonly lowerBound: number;
  /** Upper bound mean(d) + 2·sd(d) of the homogeneity screen. */
  readonly upperBound: number;
  /** Whether each row's nearest distance lies within [lowerBound, upperBound]. */
  readonly homogeneous: boolean[];
}

/**
 * Numerical taxonomy (تاکسونومی عددی; the Wrocław taxonomic method of Florek et al. 1951,
 * Hellwig's development measure 1968) as used to grade the development of Iranian regions and
 * neighbourhoods.
 *
 * Conventions, pinned:
 * 1. z-scores zᵢⱼ = (xᵢⱼ − x̄ⱼ)/sⱼ with the `deviation` convention (sample by default);
 * 2. homogeneity screen: dᵢ = distance to the nearest other row; rows with dᵢ outside
 *    d̄ ± 2·s_d are flagged `homogeneous: false` (the classical procedure drops them and re-runs;
 *    do so by filtering the rows and calling again);
 * 3. the ideal takes the largest z of benefit and the smallest z of cost indicators;
 *    Cᵢ₀ = √Σⱼ (zᵢⱼ − z₀ⱼ)²;
 * 4. C₀ = C̄ᵢ₀ + 2·s_C (the μ + 2σ bound), Fᵢ = Cᵢ₀/C₀.
 * F does not change under positive affine transforms of a column.
 *
 * @param matrix - rows = regions (at least 3), columns = indicators
 * @param options - types and deviation convention, see {@link NumericalTaxonomyOptions}
 * @returns F, ranks, distances, C₀ and the homogeneity screen
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_TOO_FEW_ROWS`, `SCORING_BAD_TYPES`, `SCORING_LENGTH_MISMATCH`,
 *   `SCORING_BAD_OPTION` or `SCORING_CONSTANT_COLUMN`
 * @example
 * ```ts
 * import { numericalTaxonomy } from "mahalleh/scoring";
 * const r = numericalTaxonomy([[1], [2], [3]]);
 * // z = (−1, 0, 1), ideal 1: C = (2, 1, 0), C₀ = 1 + 2·1 = 3
 * r.C0; // => 3
 * r.ranks; // => [3, 2, 1]
 * ```
 *
 * @category Planners' methods
 */
export function numericalTaxonomy(
  matrix: readonly (readonly number[])[],
  options?: NumericalTaxonomyOptions | undefined,
): NumericalTaxonomyResult {
  const fn = "numericalTaxonomy";
  const opts = checkOptions(options, fn);
  const { m, n, cols } = checkMatrix(matrix, fn, { minRows: 3, scale: true });
  const types = checkTypes(opts["types"], n, fn);
  const deviation = opts["deviation"] ?? "sample";
  if (deviation !== "sample" && deviation !== "population") {
    throw fail(
      "SCORING_BAD_OPTION",
      `${fn}: «deviation» باید "sample" یا "population" باشد`,
      `${fn}: "deviation" must be "sample" or "population"`,
      { fn, deviation: String(deviation) },
    );
  }
  const sample = deviation === "sample";
  const z: Float64Array[] = cols.map((col, j) => {
    const mu = mean(col);
    const sd = stdDev(col, sample);
    if (!(sd > 0)) constantColumn(fn, j, "sd");
    return col.map((x) => (x - mu) / sd);
  });
  // Homogeneity screen: nearest-neighbour distances.
  const nearest = new Float64Array(m).fill(Infinity);
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const col = z[j] as Float64Array;
        s += ((col[a] as number) - (col[b] as number)) ** 2;
      }
      const d = Math.sqrt(s);
      if (d < (nearest[a] as number)) nearest[a] = d;
      if (d < (nearest[b] as number)) nearest[b] = d;
    }
  }
  const dMean = mean(nearest);
  const dSd = stdDev(nearest, sample);
  const lowerBound = dMean - 2 * dSd;
  const upperBound = dMean + 2 * dSd;
  const ideal = z.map((col, j) => {
    let best = types[j] === "cost" ? Infinity : -Infinity;
    for (let i = 0; i < m; i++) {
      const v = col[i] as number;
      if (types[j] === "cost" ? v < best : v > best) best = v;
    }
    return best;
  });
  const c = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (((z[j] as Float64Array)[i] as number) - (ideal[j] as number)) ** 2;
    c[i] = Math.sqrt(s);
  }
  const C0 = mean(c) + 2 * stdDev(c, sample);
  // C₀ > 0 because at least one column is non-constant, so some Cᵢ₀ > 0.
  const F = Array.from(c, (x) => x / C0);
  assertFinite(fn, F, c, nearest, [C0, lowerBound, upperBound]);
  const tol = 1e-12 * Math.max(1, upperBound);
  return {
    F,
    ranks: competitionRanks(F, false),
    distanceToIdeal: Array.from(c),
    C0,
    nearestDistance: Array.from(nearest),
    lowerBound,
    upperBound,
    homogeneous: Array.from(nearest, (d) => d >= lowerBound - tol && d <= upperBound + tol),
  };
}
