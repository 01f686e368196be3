import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { entropyWeights } from "./entropyWeights";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("entropyWeights", () => {
  it("matches Elsayed, Dawood & Karthikeyan (2017), Int. J. Eng. Trends Technol. 46(2):60–66, entropy weights (as in pymcdm test_weights.py)", () => {
    const matrix = [
      [7, 312, 1891, 6613, 163],
      [72, 88, 728, 941804, 1078],
      [10, 252, 2594, 3466, 117471],
      [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897],
      [29, 48, 380, 912, 34051],
      [7, 476, 3300, 78470, 2212],
      [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103],
      [12, 79, 579, 3240, 96098],
      [21, 45, 261, 1253, 453],
      [1, 72, 530, 4333, 0.1048],
    ];
    const published = [0.104991, 0.069124, 0.071373, 0.449937, 0.304575];
    entropyWeights(matrix).forEach((w, j) => expect(w).toBeCloseTo(published[j] as number, 6));
  });

  it("agrees with a hand computation on a 3 × 2 matrix", () => {
    // Column A = (1, 1, 2): p = (1/4, 1/4, 1/2); column B = (1, 2, 3): p = (1/6, 1/3, 1/2).
    // E = −Σ p ln p / ln 3; d = 1 − E; w = d / Σd. By hand: E_A = 0.946395, E_B = 0.920620,
    // d = (0.053605, 0.079380), w = (0.40309, 0.59691).
    const w = entropyWeights([
      [1, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(w[0]).toBeCloseTo(0.40309, 5);
    expect(w[1]).toBeCloseTo(0.59691, 5);
  });

  it("gives a constant column weight 0", () => {
    expect(entropyWeights([[4, 1], [4, 9], [4, 3]])).toEqual([0, 1]);
  });

  it("is invariant under positive scaling of any column, and the weights sum to 1", () => {
    const matrixArb = fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 5 }))
      .chain(([m, n]) =>
        fc.tuple(
          fc.array(fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: n, maxLength: n }), {
            minLength: m,
            maxLength: m,
          }),
          fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(matrixArb, ([matrix, scale]) => {
        let w: number[];
        try {
          w = entropyWeights(matrix);
        } catch (error) {
          // Only an all-constant matrix may be refused.
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const scaled = matrix.map((row) => row.map((x, j) => x * (scale[j] as number)));
        const ws = entropyWeights(scaled);
        const sum = w.reduce((a, b) => a + b, 0);
        return Math.abs(sum - 1) < 1e-9 && w.every((x, j) => x >= 0 && Math.abs(x - (ws[j] as number)) < 1e-7);
      }),
    );
  });

  it("rejects bad input with clear codes, never NaN", () => {
    expect(codeOf(() => entropyWeights([[1, 2]]))).toBe("SCORING_TOO_FEW_ROWS");
    expect(codeOf(() => entropyWeights([[1, Number.NaN], [1, 2]]))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => entropyWeights([[1, -2], [1, 2]]))).toBe("SCORING_NEGATIVE_VALUE");
    expect(codeOf(() => entropyWeights([[0, 2], [0, 3]]))).toBe("SCORING_NON_POSITIVE");
    expect(codeOf(() => entropyWeights([[1, 2], [1, 2]]))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => entropyWeights([[1, 2], [1]]))).toBe("SCORING_BAD_MATRIX");
    expect(codeOf(() => entropyWeights("x" as unknown as number[][]))).toBe("SCORING_BAD_MATRIX");
  });

  it("carries a Persian and an English message", () => {
    try {
      entropyWeights([[1, -2], [1, 2]]);
    } catch (error) {
      if (!isMahallehError(error)) throw error;
      expect(error.messages.fa).toMatch(/منفی/);
      expect(error.messages.en).toMatch(/negative/);
    }
  });
});

describe("entropyWeights at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => entropyWeights(m.map((row) => row.map(Math.abs))));
  });
});
