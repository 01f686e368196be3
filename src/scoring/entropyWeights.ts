import { fail } from "../internal/safe";
import { assertFinite, checkMatrix } from "./_matrix";

/**
 * Shannon-entropy weights: the more the values of a criterion differ between alternatives,
 * the more weight it gets.
 *
 * With m alternatives, pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ, Eⱼ = −Σᵢ pᵢⱼ ln pᵢⱼ / ln m (with 0·ln 0 = 0), and
 * wⱼ = (1 − Eⱼ) / Σₖ (1 − Eₖ). Entries must be non-negative (use raw positive quantities, not
 * z-scores); the result does not change when a column is multiplied by a positive number.
 * Criteria directions play no part: a cost criterion gets the same weight as its benefit twin.
 * A constant column gets weight 0; if every column is constant there is nothing to weigh.
 *
 * @param matrix - rows = alternatives (at least 2), columns = criteria; non-negative entries,
 *   no column of zeros
 * @returns one weight per column, summing to 1
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_TOO_FEW_ROWS`, `SCORING_NEGATIVE_VALUE`, `SCORING_NON_POSITIVE` (a column sums to
 *   0) or `SCORING_CONSTANT_COLUMN` (every column constant)
 * @example
 * ```ts
 * import { entropyWeights } from "mahalleh/scoring";
 * // the first criterion is constant: it carries no information
 * entropyWeights([[5, 1], [5, 3]]).map((w) => Number(w.toFixed(3))); // => [0, 1]
 * entropyWeights([[1, 2], [-1, 2]]); // throws SCORING_NEGATIVE_VALUE
 * ```
 *
 * @category Weights
 */
export function entropyWeights(matrix: readonly (readonly number[])[]): number[] {
  const fn = "entropyWeights";
  const { m, n, cols } = checkMatrix(matrix, fn, { minRows: 2, nonNegative: true, scale: true });
  const lnM = Math.log(m);
  const divergence = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const col = cols[j] as Float64Array;
    let sum = 0;
    for (let i = 0; i < m; i++) sum += col[i] as number;
    if (!(sum > 0)) {
      throw fail(
        "SCORING_NON_POSITIVE",
        `${fn}: مجموع ستون ${j} صفر است و سهم‌ها (pᵢⱼ) تعریف نمی‌شوند`,
        `${fn}: column ${j} sums to 0, so the shares pᵢⱼ are undefined`,
        { fn, column: j },
      );
    }
    let h = 0;
    for (let i = 0; i < m; i++) {
      const p = (col[i] as number) / sum;
      if (p > 0) h -= p * Math.log(p);
    }
    // Clamp rounding noise: 0 ≤ E ≤ 1 in exact arithmetic.
    const d = Math.max(0, 1 - h / lnM);
    divergence[j] = d;
    total += d;
  }
  if (!(total > 1e-15)) {
    throw fail(
      "SCORING_CONSTANT_COLUMN",
      `${fn}: همهٔ ستون‌ها ثابت‌اند و هیچ معیاری اطلاعاتی برای وزن‌دهی ندارد`,
      `${fn}: every column is constant, so no criterion carries information to weigh`,
      { fn },
    );
  }
  const w = Array.from(divergence, (d) => d / total);
  assertFinite(fn, w);
  return w;
}
