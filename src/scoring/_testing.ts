/**
 * Private test helpers of the scoring methods (imported by tests only, never exported).
 */
import fc from "fast-check";
import { isMahallehError } from "../errors/MahallehError";

/** True if every number inside `value` (arrays and plain objects, recursively) is finite. */
export function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (typeof value === "object" && value !== null) return Object.values(value).every(allFinite);
  return true;
}

/** Small matrices (1–5 rows × 1–4 columns) of any finite doubles, extremes included. */
export const finiteMatrices: fc.Arbitrary<number[][]> = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/**
 * Property: for any finite matrix, `run` returns only finite numbers or throws a coded
 * MahallehError (never NaN, never a foreign exception, never `INTERNAL`).
 */
export function assertFiniteOrCoded(run: (matrix: number[][]) => unknown, numRuns = 500): void {
  fc.assert(
    fc.property(finiteMatrices, (m) => {
      try {
        return allFinite(run(m));
      } catch (error) {
        return isMahallehError(error) && error.code !== "INTERNAL";
      }
    }),
    { numRuns },
  );
}

/**
 * Alkire & Foster (2011), "Counting and multidimensional poverty measurement", J. Public Econ.
 * 95(7–8):476–487, worked example: four people (rows), four dimensions of achievements
 * (higher is better; the last is 0/1), deprivation cutoffs z = (13, 12, 3, 1). The paper's
 * deprivation counts are (0, 2, 4, 1).
 */
export const ALKIRE_FOSTER_EXAMPLE: { readonly y: number[][]; readonly z: number[] } = {
  y: [
    [13.1, 14, 4, 1],
    [15.2, 7, 5, 0],
    [12.5, 10, 1, 0],
    [20, 11, 3, 1],
  ],
  z: [13, 12, 3, 1],
};

/**
 * Saaty's "relative wealth of nations" pairwise matrix (Saaty 1980, *The Analytic Hierarchy
 * Process*, McGraw-Hill; Saaty & Khouja 1976): US, USSR, China, France, UK, Japan, West
 * Germany. Published eigenvector .427 .230 .021 .052 .052 .123 .094, λmax 7.61.
 */
export const SAATY_WEALTH_OF_NATIONS: number[][] = [
  [1, 4, 9, 6, 6, 5, 5],
  [1 / 4, 1, 7, 5, 5, 3, 4],
  [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
  [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
  [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
];
