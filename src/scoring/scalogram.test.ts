import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isMahallehError } from "../errors/index";
import { scalogram } from "./scalogram";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isMahallehError(error) ? error.code : `foreign: ${String(error)}`;
  }
  return undefined;
}

describe("scalogram", () => {
  it("counts Goodenough–Edwards errors, worked by hand", () => {
    // Services: school (in all 4), clinic (2), library (2). Place 2 has the library but not the
    // clinic: with 2 services it "should" have school + clinic → 2 cells differ.
    // CR = 1 − 2/12 = 0.8333 < 0.9: not a scale.
    const r = scalogram([
      [1, 1, 0],
      [1, 0, 0],
      [1, 0, 1],
      [1, 1, 1],
    ]);
    expect(r.columnTotals).toEqual([4, 2, 2]);
    expect(r.rowTotals).toEqual([2, 1, 2, 3]);
    expect(r.columnOrder).toEqual([0, 1, 2]);
    expect(r.rowOrder).toEqual([3, 0, 2, 1]);
    expect(r.errors).toBe(2);
    expect(r.reproducibility).toBeCloseTo(1 - 2 / 12, 12);
    expect(r.scalable).toBe(false);
  });

  it("a perfect cumulative (triangular) pattern has CR = 1 in any row and column order (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (m, n, seed) => {
        // Row i has the first (i mod (n + 1)) services, then rows and columns are shuffled.
        const base = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => (j < i % (n + 1) ? 1 : 0)));
        const perm = (k: number, s: number): number[] => Array.from({ length: k }, (_, i) => i).sort((a, b) => ((a * 7919 + s) % 13) - ((b * 7919 + s) % 13) || a - b);
        const rp = perm(m, seed);
        const cp = perm(n, seed >> 3);
        const shuffled = rp.map((i) => cp.map((j) => (base[i] as number[])[j] as number));
        const r = scalogram(shuffled);
        return r.errors === 0 && r.reproducibility === 1 && r.scalable;
      }),
    );
  });

  it("rejects non-binary entries", () => {
    expect(codeOf(() => scalogram([[1, 2]]))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => scalogram([[1, Number.NaN]]))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => scalogram([]))).toBe("SCORING_BAD_MATRIX");
  });
});
