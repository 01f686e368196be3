/**
 * Private helpers shared by the planners' methods (issue 5): input checks of `number[][]`
 * matrices, criteria `types` and weights, column statistics and ranking. Never exported from
 * the barrel.
 */
import { fail } from "../internal/safe";
import type { CriterionType } from "./CriterionType";

export type { CriterionType };

/** A checked matrix held as columns (rows = alternatives, columns = criteria). */
export interface CheckedMatrix {
  /** Number of rows (alternatives). */
  readonly m: number;
  /** Number of columns (criteria). */
  readonly n: number;
  /** The columns, each of length `m`. */
  readonly cols: Float64Array[];
}

/** Options of {@link checkMatrix}. */
export interface CheckMatrixOptions {
  /** Minimum number of rows (default 1). */
  readonly minRows?: number;
  /** Minimum number of columns (default 1). */
  readonly minCols?: number;
  /** Reject negative entries (code `SCORING_NEGATIVE_VALUE`). */
  readonly nonNegative?: boolean;
  /**
   * Divide each column by a power of two close to its largest magnitude (exact in binary
   * floating point), so that sums, squares and ranges cannot overflow. Only for methods whose
   * result does not change under positive scaling of a column.
   */
  readonly scale?: boolean;
}

/**
 * Checks that `matrix` is a non-empty rectangular array of arrays of finite numbers and
 * returns it as columns. Throws `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 * `SCORING_TOO_FEW_ROWS` or `SCORING_NEGATIVE_VALUE`.
 */
export function checkMatrix(matrix: unknown, fn: string, options: CheckMatrixOptions = {}): CheckedMatrix {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw fail(
      "SCORING_BAD_MATRIX",
      `${fn}: ماتریس باید آرایه‌ای ناتهی از سطرها باشد`,
      `${fn}: the matrix must be a non-empty array of rows`,
      { fn },
    );
  }
  const first: unknown = matrix[0];
  if (!Array.isArray(first) || first.length === 0) {
    throw fail(
      "SCORING_BAD_MATRIX",
      `${fn}: هر سطر ماتریس باید آرایه‌ای ناتهی از اعداد باشد`,
      `${fn}: each row of the matrix must be a non-empty array of numbers`,
      { fn, row: 0 },
    );
  }
  const m = matrix.length;
  const n = first.length;
  const minRows = options.minRows ?? 1;
  const minCols = options.minCols ?? 1;
  if (m < minRows) {
    throw fail(
      "SCORING_TOO_FEW_ROWS",
      `${fn}: دست‌کم ${minRows} سطر لازم است ولی ${m} سطر داده شد`,
      `${fn}: at least ${minRows} rows are needed, got ${m}`,
      { fn, rows: m, minRows },
    );
  }
  if (n < minCols) {
    throw fail(
      "SCORING_BAD_MATRIX",
      `${fn}: دست‌کم ${minCols} ستون لازم است ولی ${n} ستون داده شد`,
      `${fn}: at least ${minCols} columns are needed, got ${n}`,
      { fn, columns: n, minCols },
    );
  }
  const cols: Float64Array[] = [];
  for (let j = 0; j < n; j++) cols.push(new Float64Array(m));
  for (let i = 0; i < m; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row) || row.length !== n) {
      throw fail(
        "SCORING_BAD_MATRIX",
        `${fn}: سطر ${i} باید ${n} عدد داشته باشد (ماتریس باید مستطیلی باشد)`,
        `${fn}: row ${i} must have ${n} numbers (the matrix must be rectangular)`,
        { fn, row: i, expected: n, actual: Array.isArray(row) ? row.length : typeof row },
      );
    }
    for (let j = 0; j < n; j++) {
      const value: unknown = row[j];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw fail(
          "SCORING_NON_FINITE",
          `${fn}: خانهٔ [${i}][${j}] عدد متناهی نیست`,
          `${fn}: entry [${i}][${j}] is not a finite number`,
          { fn, row: i, column: j, value: typeof value === "number" ? String(value) : typeof value },
        );
      }
      if (options.nonNegative === true && value < 0) {
        throw fail(
          "SCORING_NEGATIVE_VALUE",
          `${fn}: خانهٔ [${i}][${j}] منفی است (${value})؛ این روش فقط مقادیر نامنفی می‌پذیرد`,
          `${fn}: entry [${i}][${j}] is negative (${value}); this method needs non-negative values`,
          { fn, row: i, column: j, value },
        );
      }
      (cols[j] as Float64Array)[i] = value;
    }
  }
  if (options.scale === true) {
    for (const col of cols) {
      let big = 0;
      for (let i = 0; i < m; i++) big = Math.max(big, Math.abs(col[i] as number));
      if (big === 0) continue;
      // 2^e with 2^(e−1) ≤ big < 2^e: dividing by it is exact.
      const factor = 2 ** Math.ceil(Math.log2(big) + 1e-12);
      if (!Number.isFinite(factor) || factor === 0) continue;
      for (let i = 0; i < m; i++) col[i] = (col[i] as number) / factor;
    }
  }
  return { m, n, cols };
}

/**
 * Last line of defence of "never NaN": throws `SCORING_NON_FINITE` if a result is not finite
 * (only reachable with magnitudes near the limits of floating point).
 */
export function assertFinite(fn: string, ...arrays: readonly ArrayLike<number>[]): void {
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i] as number)) {
        throw fail(
          "SCORING_NON_FINITE",
          `${fn}: مقادیر آن‌قدر بزرگ یا کوچک‌اند که نتیجه محاسبه‌پذیر نیست؛ داده‌ها را به واحد مناسب‌تری ببرید`,
          `${fn}: the values are too large or too small for the result to be computed; rescale the data`,
          { fn },
        );
      }
    }
  }
}

/** Checks an options bag: `undefined` or a plain object. */
export function checkOptions(options: unknown, fn: string, required = false): Record<string, unknown> {
  if (options === undefined && !required) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw fail(
      "SCORING_BAD_OPTION",
      `${fn}: گزینه‌ها باید یک شیء باشند`,
      `${fn}: options must be an object`,
      { fn },
    );
  }
  return options as Record<string, unknown>;
}

/** Checks `types` (default: every criterion is a benefit) against `n` criteria. */
export function checkTypes(types: unknown, n: number, fn: string, required = false): CriterionType[] {
  if (types === undefined && !required) return Array.from({ length: n }, () => "benefit");
  if (!Array.isArray(types)) {
    throw fail(
      "SCORING_BAD_TYPES",
      `${fn}: «types» باید آرایه‌ای از "benefit" یا "cost" باشد`,
      `${fn}: "types" must be an array of "benefit" or "cost"`,
      { fn },
    );
  }
  if (types.length !== n) {
    throw fail(
      "SCORING_LENGTH_MISMATCH",
      `${fn}: طول «types» (${types.length}) با تعداد ستون‌ها (${n}) برابر نیست`,
      `${fn}: "types" has ${types.length} entries but the matrix has ${n} columns`,
      { fn, field: "types", expected: n, actual: types.length },
    );
  }
  types.forEach((t: unknown, j) => {
    if (t !== "benefit" && t !== "cost") {
      throw fail(
        "SCORING_BAD_TYPES",
        `${fn}: نوع معیار ${j} باید "benefit" یا "cost" باشد`,
        `${fn}: the type of criterion ${j} must be "benefit" or "cost"`,
        { fn, column: j, value: String(t) },
      );
    }
  });
  return types as CriterionType[];
}

/** Options of {@link checkWeights}. */
export interface CheckWeightsOptions {
  /** Require Σw = 1 (within 1e-6) instead of rescaling to sum 1. */
  readonly mustSumToOne?: boolean;
}

/**
 * Checks weights: `n` finite non-negative numbers with a positive sum. Returns them rescaled
 * to sum 1 (or, with `mustSumToOne`, rejects a sum that is not 1 within 1e-6).
 */
export function checkWeights(weights: unknown, n: number, fn: string, options: CheckWeightsOptions = {}): Float64Array {
  if (!Array.isArray(weights)) {
    throw fail(
      "SCORING_BAD_WEIGHTS",
      `${fn}: وزن‌ها باید آرایه‌ای از اعداد باشند`,
      `${fn}: weights must be an array of numbers`,
      { fn },
    );
  }
  if (weights.length !== n) {
    throw fail(
      "SCORING_LENGTH_MISMATCH",
      `${fn}: تعداد وزن‌ها (${weights.length}) با تعداد ستون‌ها (${n}) برابر نیست`,
      `${fn}: ${weights.length} weights given for ${n} columns`,
      { fn, field: "weights", expected: n, actual: weights.length },
    );
  }
  const w = new Float64Array(n);
  let sum = 0;
  for (let j = 0; j < n; j++) {
    const value: unknown = weights[j];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw fail(
        "SCORING_BAD_WEIGHTS",
        `${fn}: وزن ${j} باید عددی متناهی و نامنفی باشد`,
        `${fn}: weight ${j} must be a finite non-negative number`,
        { fn, column: j, value: typeof value === "number" ? String(value) : typeof value },
      );
    }
    w[j] = value;
    sum += value;
  }
  if (!(sum > 0)) {
    throw fail(
      "SCORING_BAD_WEIGHTS",
      `${fn}: مجموع وزن‌ها باید مثبت باشد`,
      `${fn}: the weights must have a positive sum`,
      { fn },
    );
  }
  if (options.mustSumToOne === true) {
    if (Math.abs(sum - 1) > 1e-6) {
      throw fail(
        "SCORING_BAD_WEIGHTS",
        `${fn}: مجموع وزن‌ها باید ۱ باشد (اکنون ${sum})`,
        `${fn}: the weights must sum to 1 (they sum to ${sum})`,
        { fn, sum },
      );
    }
    return w;
  }
  for (let j = 0; j < n; j++) w[j] = (w[j] as number) / sum;
  return w;
}

/** Throws `SCORING_CONSTANT_COLUMN` for column `j`. */
export function constantColumn(fn: string, j: number, why: string): never {
  throw fail(
    "SCORING_CONSTANT_COLUMN",
    `${fn}: ستون ${j} ثابت است (همهٔ مقادیر برابرند) و ${why === "range" ? "دامنهٔ تغییر صفر دارد" : "انحراف معیار صفر دارد"}؛ آن را حذف کنید`,
    `${fn}: column ${j} is constant (every value is equal) so its ${why === "range" ? "range" : "standard deviation"} is zero; drop it`,
    { fn, column: j },
  );
}

/** Arithmetic mean of a column. */
export function mean(col: Float64Array): number {
  let s = 0;
  for (let i = 0; i < col.length; i++) s += col[i] as number;
  return s / col.length;
}

/** Population standard deviation (divisor m), or sample (divisor m − 1) when `sample`. */
export function stdDev(col: Float64Array, sample = false): number {
  const mu = mean(col);
  let s = 0;
  for (let i = 0; i < col.length; i++) {
    const d = (col[i] as number) - mu;
    s += d * d;
  }
  const divisor = sample ? col.length - 1 : col.length;
  return divisor > 0 ? Math.sqrt(s / divisor) : 0;
}

/** Minimum and maximum of a column. */
export function minMax(col: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Tolerance under which two scores count as tied: 1e-12 relative (absolute below 1). */
export function tied(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Standard competition ranks ("1224", R's `ties.method = "min"`): rank 1 is the best; scores
 * tied within {@link tied} share the lowest rank. `higherIsBetter` picks the direction.
 */
export function competitionRanks(values: ArrayLike<number>, higherIsBetter: boolean): number[] {
  const idx = Array.from({ length: values.length }, (_, i) => i);
  const v = (i: number): number => values[i] as number;
  idx.sort((a, b) => (higherIsBetter ? v(b) - v(a) : v(a) - v(b)) || a - b);
  const ranks = new Array<number>(values.length).fill(0);
  let rank = 1;
  for (let p = 0; p < idx.length; p++) {
    const i = idx[p] as number;
    if (p > 0 && !tied(v(idx[p - 1] as number), v(i))) rank = p + 1;
    ranks[i] = rank;
  }
  return ranks;
}

/** Rescales non-negative scores to sum 1 (a copy as a plain array). */
export function normalizeSum(values: ArrayLike<number>): number[] {
  let s = 0;
  for (let j = 0; j < values.length; j++) s += values[j] as number;
  return Array.from(values, (v) => v / s);
}
