import { fail } from "../internal/safe";
import { assertFinite, checkMatrix, mean, stdDev } from "./_matrix";

/**
 * Coefficient-of-variation weights: wⱼ ∝ CVⱼ = σⱼ / x̄ⱼ, the relative dispersion of each
 * criterion, rescaled to sum 1.
 *
 * Convention: population deviation (divisor m); the weights are the same with the sample
 * deviation, since the factor cancels. Meant for ratio-scale data with a positive mean (the
 * CV of a column is unchanged when it is multiplied by a positive number, so are the weights).
 * A constant column (relative spread below 1e-12) gets weight 0; if every column is constant
 * there is nothing to weigh.
 *
 * @param matrix - rows = alternatives (at least 2), columns = criteria; each column's mean
 *   must be positive
 * @returns one weight per column, summing to 1
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_TOO_FEW_ROWS`, `SCORING_NON_POSITIVE` (a column mean ≤ 0) or
 *   `SCORING_CONSTANT_COLUMN` (every column constant)
 * @example
 * ```ts
 * import { cvWeights } from "mahalleh/scoring";
 * // CVs: column 1 = 1/2 (mean 2, σ 1), column 2 = 1/6 (mean 6, σ 1)
 * cvWeights([[1, 5], [3, 7]]); // => [0.75, 0.25]
 * ```
 *
 * @category Weights
 */
export function cvWeights(matrix: readonly (readonly number[])[]): number[] {
  const fn = "cvWeights";
  const { n, cols } = checkMatrix(matrix, fn, { minRows: 2, scale: true });
  const cv = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const col = cols[j] as Float64Array;
    const mu = mean(col);
    if (!(mu > 0)) {
      throw fail(
        "SCORING_NON_POSITIVE",
        `${fn}: میانگین ستون ${j} مثبت نیست (${mu})؛ ضریب تغییرات فقط برای داده‌های با میانگین مثبت معنا دارد`,
        `${fn}: column ${j} has a mean of ${mu}; the coefficient of variation needs a positive mean`,
        { fn, column: j, mean: mu },
      );
    }
    const c = stdDev(col) / mu;
    // A relative spread below 1e-12 is rounding noise: treat the column as constant.
    cv[j] = c < 1e-12 ? 0 : c;
    total += cv[j] as number;
  }
  if (!(total > 0)) {
    throw fail(
      "SCORING_CONSTANT_COLUMN",
      `${fn}: همهٔ ستون‌ها ثابت‌اند و هیچ معیاری پراکندگی ندارد`,
      `${fn}: every column is constant, so no criterion has any dispersion`,
      { fn },
    );
  }
  const w = Array.from(cv, (v) => v / total);
  assertFinite(fn, w);
  return w;
}
