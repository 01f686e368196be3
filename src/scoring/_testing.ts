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
