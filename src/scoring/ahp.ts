import { fail } from "../internal/safe";
import { assertFinite, checkOptions } from "./_matrix";

/**
 * Saaty's random consistency index RI for n = 1…15, as printed in `docs/methods.md`
 * (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59).
 *
 * @category Weights
 */
export const SAATY_RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

/**
 * Options of {@link ahp}.
 *
 * @category Weights
 */
export interface AhpOptions {
  /**
   * How the priority vector is derived: `"eigen"` (Saaty's principal right eigenvector, by
   * power iteration) or `"geometric"` (normalised geometric means of the rows, Crawford &
   * Williams 1985). Default `"eigen"`.
   */
  readonly method?: "eigen" | "geometric" | undefined;
  /** The consistency ratio at or below which the judgements are accepted. Default 0.1. */
  readonly threshold?: number | undefined;
}

/**
 * What {@link ahp} returns.
 *
 * @category Weights
 */
export interface AhpResult {
  /** The priorities (weights), one per row of the matrix, summing to 1. */
  readonly weights: number[];
  /**
   * The principal eigenvalue λmax. With `method: "geometric"` it is estimated as the mean
   * of (A·w)ᵢ / wᵢ for the geometric-mean weights w.
   */
  readonly lambdaMax: number;
  /** Consistency index CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  readonly ci: number;
  /** Consistency ratio CR = CI / RI with {@link SAATY_RANDOM_INDEX}; 0 for n ≤ 2. */
  readonly cr: number;
  /** Whether CR ≤ the threshold (0.1 by default). */
  readonly consistent: boolean;
}

/** Checks a pairwise comparison matrix and returns it as a flat row-major array. */
function checkPairwise(pairwise: unknown, fn: string, label = ""): { n: number; a: Float64Array } {
  const where = label === "" ? "" : ` (${label})`;
  if (!Array.isArray(pairwise) || pairwise.length === 0) {
    throw fail(
      "SCORING_BAD_MATRIX",
      `${fn}: ماتریس مقایسهٔ زوجی${where} باید آرایه‌ای ناتهی از سطرها باشد`,
      `${fn}: the pairwise comparison matrix${where} must be a non-empty array of rows`,
      { fn },
    );
  }
  const n = pairwise.length;
  if (n > SAATY_RANDOM_INDEX.length) {
    throw fail(
      "SCORING_UNSUPPORTED_SIZE",
      `${fn}: جدول شاخص تصادفی ساعتی تا ۱۵ معیار است؛ ${n} معیار داده شد (سلسله‌مراتب را بشکنید)`,
      `${fn}: Saaty's random-index table stops at 15 criteria; got ${n} (split the hierarchy)`,
      { fn, n },
    );
  }
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row: unknown = pairwise[i];
    if (!Array.isArray(row) || row.length !== n) {
      throw fail(
        "SCORING_NOT_SQUARE",
        `${fn}: ماتریس مقایسهٔ زوجی${where} باید مربعی باشد؛ سطر ${i} باید ${n} عدد داشته باشد`,
        `${fn}: the pairwise comparison matrix${where} must be square; row ${i} must have ${n} numbers`,
        { fn, row: i, expected: n, actual: Array.isArray(row) ? row.length : typeof row },
      );
    }
    for (let j = 0; j < n; j++) {
      const v: unknown = row[j];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw fail(
          "SCORING_NON_FINITE",
          `${fn}: خانهٔ [${i}][${j}]${where} عدد متناهی نیست`,
          `${fn}: entry [${i}][${j}]${where} is not a finite number`,
          { fn, row: i, column: j },
        );
      }
      if (!(v > 0)) {
        throw fail(
          "SCORING_NON_POSITIVE",
          `${fn}: خانهٔ [${i}][${j}]${where} باید مثبت باشد (${v})؛ قضاوت‌های زوجی نسبت‌اند`,
          `${fn}: entry [${i}][${j}]${where} must be positive (${v}); pairwise judgements are ratios`,
          { fn, row: i, column: j, value: v },
        );
      }
      a[i * n + j] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const product = (a[i * n + j] as number) * (a[j * n + i] as number);
      if (Math.abs(product - 1) > 1e-3 || (i === j && Math.abs((a[i * n + i] as number) - 1) > 1e-9)) {
        throw fail(
          "SCORING_NOT_RECIPROCAL",
          i === j
            ? `${fn}: قطر ماتریس${where} باید ۱ باشد (خانهٔ [${i}][${i}])`
            : `${fn}: ماتریس${where} معکوس‌پذیر نیست: [${i}][${j}]×[${j}][${i}] باید ۱ باشد`,
          i === j
            ? `${fn}: the diagonal${where} must be 1 (entry [${i}][${i}])`
            : `${fn}: the matrix${where} is not reciprocal: [${i}][${j}]·[${j}][${i}] must be 1`,
          { fn, row: i, column: j },
        );
      }
    }
  }
  return { n, a };
}

/** Normalised geometric means of the rows. */
function geometricWeights(n: number, a: Float64Array): Float64Array {
  const w = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let logSum = 0;
    for (let j = 0; j < n; j++) logSum += Math.log(a[i * n + j] as number);
    w[i] = Math.exp(logSum / n);
    total += w[i] as number;
  }
  for (let i = 0; i < n; i++) w[i] = (w[i] as number) / total;
  return w;
}

/** A·w */
function multiply(n: number, a: Float64Array, w: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (a[i * n + j] as number) * (w[j] as number);
    out[i] = s;
  }
  return out;
}

/**
 * Principal eigenvector of a positive matrix by power iteration (Perron–Frobenius: the
 * dominant eigenvalue is real, simple and its eigenvector positive, so the iteration converges
 * from the positive geometric-mean start).
 */
function eigenWeights(n: number, a: Float64Array): { w: Float64Array; lambda: number } {
  let w = geometricWeights(n, a);
  let lambda = n;
  for (let iter = 0; iter < 10_000; iter++) {
    const next = multiply(n, a, w);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += next[i] as number;
    // Σw = 1, so Σ(Aw) = λ·Σw = λ at the fixed point.
    lambda = sum;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] as number) / sum;
      change = Math.max(change, Math.abs((next[i] as number) - (w[i] as number)));
    }
    w = next;
    if (change < 1e-15) break;
  }
  return { w, lambda };
}

/**
 * The Analytic Hierarchy Process (Saaty): priorities from a reciprocal pairwise comparison
 * matrix on Saaty's 1–9 scale, with the consistency check.
 *
 * `pairwise[i][j]` says how many times criterion i matters more than criterion j
 * (aⱼᵢ = 1/aᵢⱼ, aᵢᵢ = 1; reciprocity is checked to 1e-3, so 0.333 for 1/3 is accepted).
 * λmax is the principal eigenvalue, CI = (λmax − n)/(n − 1) and CR = CI/RI with Saaty's random
 * index {@link SAATY_RANDOM_INDEX} (n ≤ 2 is always consistent: CI = CR = 0). CR ≤ 0.1 is
 * Saaty's acceptance rule (he suggests 0.05 for n = 3 and 0.08 for n = 4: pass `threshold`).
 * Group judgements: combine them first with {@link aggregateJudgements}.
 *
 * @param pairwise - an n × n positive reciprocal matrix, 1 ≤ n ≤ 15
 * @param options - see {@link AhpOptions}
 * @returns weights, λmax, CI, CR and the consistency verdict
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NOT_SQUARE`,
 *   `SCORING_NON_FINITE`, `SCORING_NON_POSITIVE`, `SCORING_NOT_RECIPROCAL`,
 *   `SCORING_UNSUPPORTED_SIZE` or `SCORING_BAD_OPTION`
 * @example
 * ```ts
 * import { ahp } from "mahalleh/scoring";
 * // a perfectly consistent matrix (weights 4 : 2 : 1): λmax = n, CR = 0
 * const r = ahp([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]]);
 * r.weights.map((w) => Number(w.toFixed(4))); // => [0.5714, 0.2857, 0.1429]
 * Number(r.cr.toFixed(6)); // => 0
 * r.consistent; // => true
 * ahp([[1, 2], [2, 1]]); // throws SCORING_NOT_RECIPROCAL
 * ahp([[1, 2, 3], [1 / 2, 1, 4]]); // throws SCORING_NOT_SQUARE
 * ```
 *
 * @category Weights
 */
export function ahp(pairwise: readonly (readonly number[])[], options?: AhpOptions | undefined): AhpResult {
  const fn = "ahp";
  const opts = checkOptions(options, fn);
  const method = opts["method"] ?? "eigen";
  if (method !== "eigen" && method !== "geometric") {
    throw fail(
      "SCORING_BAD_OPTION",
      `${fn}: «method» باید "eigen" یا "geometric" باشد`,
      `${fn}: "method" must be "eigen" or "geometric"`,
      { fn, method: String(method) },
    );
  }
  const threshold = opts["threshold"] ?? 0.1;
  if (typeof threshold !== "number" || !Number.isFinite(threshold) || threshold < 0) {
    throw fail(
      "SCORING_BAD_OPTION",
      `${fn}: «threshold» باید عددی نامنفی باشد`,
      `${fn}: "threshold" must be a non-negative number`,
      { fn },
    );
  }
  const { n, a } = checkPairwise(pairwise, fn);
  let w: Float64Array;
  let lambdaMax: number;
  if (method === "eigen") {
    ({ w, lambda: lambdaMax } = eigenWeights(n, a));
  } else {
    w = geometricWeights(n, a);
    const aw = multiply(n, a, w);
    let s = 0;
    for (let i = 0; i < n; i++) s += (aw[i] as number) / (w[i] as number);
    lambdaMax = s / n;
  }
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = SAATY_RANDOM_INDEX[n - 1] as number;
  const cr = ri > 0 ? ci / ri : 0;
  assertFinite(fn, w, [lambdaMax, ci, cr]);
  return { weights: Array.from(w), lambdaMax, ci, cr, consistent: cr <= threshold };
}

/**
 * Options of {@link aggregateJudgements}.
 *
 * @category Weights
 */
export interface AggregateJudgementsOptions {
  /**
   * Importance of each decision maker (non-negative, rescaled to sum 1); the aggregate is then
   * the weighted geometric mean Πₖ aᵢⱼ⁽ᵏ⁾^λₖ. Default: equal.
   */
  readonly weights?: readonly number[] | undefined;
}

/**
 * Group AHP: combines several decision makers' pairwise matrices into one by the element-wise
 * geometric mean (Aczél & Saaty 1983), the only mean that keeps the result reciprocal. Feed the
 * result to {@link ahp}.
 *
 * @param matrices - one n × n positive reciprocal matrix per decision maker (at least one,
 *   all the same size)
 * @param options - see {@link AggregateJudgementsOptions}
 * @returns the aggregated n × n reciprocal matrix
 * @throws {@link MahallehError} the codes of {@link ahp}'s matrix checks,
 *   `SCORING_LENGTH_MISMATCH` (sizes or weights differ) or `SCORING_BAD_WEIGHTS`
 * @example
 * ```ts
 * import { aggregateJudgements } from "mahalleh/scoring";
 * // one expert says 2, the other 8: the group judgement is √(2·8) = 4
 * aggregateJudgements([[[1, 2], [1 / 2, 1]], [[1, 8], [1 / 8, 1]]]); // => [[1, 4], [0.25, 1]]
 * ```
 *
 * @category Weights
 */
export function aggregateJudgements(
  matrices: readonly (readonly (readonly number[])[])[],
  options?: AggregateJudgementsOptions | undefined,
): number[][] {
  const fn = "aggregateJudgements";
  const opts = checkOptions(options, fn);
  if (!Array.isArray(matrices) || matrices.length === 0) {
    throw fail(
      "SCORING_BAD_MATRIX",
      `${fn}: دست‌کم یک ماتریس مقایسهٔ زوجی لازم است`,
      `${fn}: at least one pairwise comparison matrix is needed`,
      { fn },
    );
  }
  const checked = matrices.map((mat, k) => checkPairwise(mat, fn, `#${k}`));
  const n = (checked[0] as { n: number }).n;
  checked.forEach((c, k) => {
    if (c.n !== n) {
      throw fail(
        "SCORING_LENGTH_MISMATCH",
        `${fn}: ماتریس #${k} ${c.n}×${c.n} است ولی ماتریس نخست ${n}×${n}`,
        `${fn}: matrix #${k} is ${c.n}×${c.n} but the first one is ${n}×${n}`,
        { fn, index: k, expected: n, actual: c.n },
      );
    }
  });
  const K = checked.length;
  let lambda: number[] = Array.from({ length: K }, () => 1 / K);
  const given = opts["weights"];
  if (given !== undefined) {
    if (!Array.isArray(given) || given.length !== K) {
      throw fail(
        "SCORING_LENGTH_MISMATCH",
        `${fn}: برای ${K} ماتریس باید ${K} وزن داده شود`,
        `${fn}: ${K} matrices need ${K} weights`,
        { fn, expected: K, actual: Array.isArray(given) ? given.length : typeof given },
      );
    }
    let sum = 0;
    for (const v of given as unknown[]) {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw fail(
          "SCORING_BAD_WEIGHTS",
          `${fn}: وزن تصمیم‌گیرندگان باید اعداد متناهی نامنفی باشند`,
          `${fn}: decision makers' weights must be finite non-negative numbers`,
          { fn },
        );
      }
      sum += v;
    }
    if (!(sum > 0)) {
      throw fail(
        "SCORING_BAD_WEIGHTS",
        `${fn}: مجموع وزن تصمیم‌گیرندگان باید مثبت باشد`,
        `${fn}: the decision makers' weights must have a positive sum`,
        { fn },
      );
    }
    lambda = (given as number[]).map((v) => v / sum);
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      if (i === j) {
        row.push(1);
      } else if (j < i) {
        // Exact reciprocity: mirror the upper triangle.
        row.push(1 / ((out[j] as number[])[i] as number));
      } else {
        let logSum = 0;
        for (let k = 0; k < K; k++) logSum += (lambda[k] as number) * Math.log((checked[k] as { a: Float64Array }).a[i * n + j] as number);
        row.push(Math.exp(logSum));
      }
    }
    out.push(row);
  }
  return out;
}
