import { fail } from "../internal/safe";
import { checkMatrix } from "./_matrix";

/**
 * What {@link scalogram} returns.
 *
 * @category Planners' methods
 */
export interface ScalogramResult {
  /** Row indices from the most to the least served (by row total; ties keep input order). */
  readonly rowOrder: number[];
  /** Column indices from the most to the least common service (ties keep input order). */
  readonly columnOrder: number[];
  /** Number of services present in each row (input order). */
  readonly rowTotals: number[];
  /** Number of rows offering each service (input order). */
  readonly columnTotals: number[];
  /** Scale errors: cells that differ from the perfect pattern implied by each row's total. */
  readonly errors: number;
  /** Coefficient of reproducibility CR = 1 − errors / (rows · columns). */
  readonly reproducibility: number;
  /** Whether CR ≥ 0.9 (Guttman's rule for an acceptable scale). */
  readonly scalable: boolean;
}

/**
 * Guttman scalogram of a presence matrix of services (rows = settlements or neighbourhoods,
 * columns = services, 1 = present): orders both by frequency and measures how close the
 * matrix is to a perfect cumulative scale (a place that has a rare service has all the
 * commoner ones).
 *
 * Error counting (Goodenough–Edwards): a row with t services should have exactly the t most
 * common services; every cell that differs from that pattern is one error (a swapped pair
 * counts 2). CR = 1 − errors/(m·n); CR ≥ 0.9 is acceptable.
 *
 * @param presence - 0/1 matrix (rows = places, columns = services)
 * @returns orders, totals, errors, CR and the verdict
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE` or
 *   `SCORING_OUT_OF_RANGE` (an entry other than 0 or 1)
 * @example
 * ```ts
 * import { scalogram } from "mahalleh/scoring";
 * // a perfect scale: every place with the clinic also has the school
 * const r = scalogram([[1, 0], [1, 1], [0, 0]]);
 * r.rowOrder; // => [1, 0, 2]
 * r.reproducibility; // => 1
 * ```
 *
 * @category Planners' methods
 */
export function scalogram(presence: readonly (readonly number[])[]): ScalogramResult {
  const fn = "scalogram";
  const { m, n, cols } = checkMatrix(presence, fn);
  const columnTotals = new Array<number>(n).fill(0);
  const rowTotals = new Array<number>(m).fill(0);
  for (let j = 0; j < n; j++) {
    const col = cols[j] as Float64Array;
    for (let i = 0; i < m; i++) {
      const v = col[i] as number;
      if (v !== 0 && v !== 1) {
        throw fail(
          "SCORING_OUT_OF_RANGE",
          `${fn}: خانهٔ [${i}][${j}] باید ۰ یا ۱ باشد (${v})`,
          `${fn}: entry [${i}][${j}] must be 0 or 1 (got ${v})`,
          { fn, row: i, column: j, value: v },
        );
      }
      columnTotals[j] = (columnTotals[j] as number) + v;
      rowTotals[i] = (rowTotals[i] as number) + v;
    }
  }
  const columnOrder = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => (columnTotals[b] as number) - (columnTotals[a] as number) || a - b,
  );
  const rowOrder = Array.from({ length: m }, (_, i) => i).sort(
    (a, b) => (rowTotals[b] as number) - (rowTotals[a] as number) || a - b,
  );
  let errors = 0;
  for (let i = 0; i < m; i++) {
    const t = rowTotals[i] as number;
    columnOrder.forEach((j, position) => {
      const expected = position < t ? 1 : 0;
      if (((cols[j] as Float64Array)[i] as number) !== expected) errors++;
    });
  }
  const reproducibility = 1 - errors / (m * n);
  return { rowOrder, columnOrder, rowTotals, columnTotals, errors, reproducibility, scalable: reproducibility >= 0.9 };
}
