import { assertFinite, checkMatrix, checkOptions, checkTypes, constantColumn, minMax, stdDev } from "./_matrix";
import type { CriterionType } from "./CriterionType";

/**
 * Options of {@link criticWeights}.
 *
 * @category Weights
 */
export interface CriticWeightsOptions {
  /**
   * Direction of each criterion, `"benefit"` (larger is better) or `"cost"`. A cost column is
   * reversed by the min-max step, which flips the sign of its correlations. Default: every
   * criterion is a benefit.
   */
  readonly types?: readonly CriterionType[] | undefined;
}

/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation, Diakoulaki,
 * Mavrotas & Papayannakis 1995): a criterion weighs more when it varies more and agrees less
 * with the others.
 *
 * Each column is min-max normalised (benefit: (x − min)/(max − min); cost: (max − x)/(max −
 * min)); σⱼ is its standard deviation and rⱼₖ the Pearson correlation between columns;
 * Cⱼ = σⱼ Σₖ (1 − rⱼₖ) and wⱼ = Cⱼ / Σₖ Cₖ. Convention: population deviation (divisor m);
 * the weights are the same with the sample deviation, since the factor cancels.
 *
 * @param matrix - rows = alternatives (at least 2), columns = criteria (at least 2)
 * @param options - see {@link CriticWeightsOptions}
 * @returns one weight per column, summing to 1
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_TOO_FEW_ROWS`, `SCORING_BAD_TYPES`, `SCORING_LENGTH_MISMATCH` or
 *   `SCORING_CONSTANT_COLUMN`
 * @example
 * ```ts
 * import { criticWeights } from "mahalleh/scoring";
 * // two perfectly correlated columns and one opposed to both: the odd one out weighs most
 * const w = criticWeights([[1, 2, 9], [2, 4, 5], [3, 6, 1]]);
 * w.map((x) => Number(x.toFixed(2))); // => [0.25, 0.25, 0.5]
 * criticWeights([[1, 2], [1, 3]]); // throws SCORING_CONSTANT_COLUMN
 * ```
 *
 * @category Weights
 */
export function criticWeights(
  matrix: readonly (readonly number[])[],
  options?: CriticWeightsOptions | undefined,
): number[] {
  const fn = "criticWeights";
  const opts = checkOptions(options, fn);
  const { m, n, cols } = checkMatrix(matrix, fn, { minRows: 2, minCols: 2, scale: true });
  const types = checkTypes(opts["types"], n, fn);
  const z: Float64Array[] = cols.map((col, j) => {
    const [lo, hi] = minMax(col);
    if (!(hi - lo > 0)) constantColumn(fn, j, "range");
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      out[i] = types[j] === "cost" ? (hi - (col[i] as number)) / (hi - lo) : ((col[i] as number) - lo) / (hi - lo);
    }
    return out;
  });
  const sd = z.map((col) => stdDev(col));
  const centred = z.map((col) => {
    let mu = 0;
    for (let i = 0; i < m; i++) mu += col[i] as number;
    mu /= m;
    return col.map((v) => v - mu);
  });
  const c = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    let conflict = 0;
    for (let k = 0; k < n; k++) {
      if (k === j) continue;
      const a = centred[j] as Float64Array;
      const b = centred[k] as Float64Array;
      let cov = 0;
      for (let i = 0; i < m; i++) cov += (a[i] as number) * (b[i] as number);
      const r = cov / m / ((sd[j] as number) * (sd[k] as number));
      conflict += 1 - Math.max(-1, Math.min(1, r));
    }
    c[j] = (sd[j] as number) * conflict;
    total += c[j] as number;
  }
  if (!(total > 0)) {
    // Only when every pair of columns is perfectly correlated: no contrast, equal weights.
    return Array.from({ length: n }, () => 1 / n);
  }
  const w = Array.from(c, (v) => v / total);
  assertFinite(fn, w);
  return w;
}
