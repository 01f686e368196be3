import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { criticWeights } from "./criticWeights";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("criticWeights", () => {
  it("matches Tuş & Adalı (2019), Opsearch 56(2):528–538, CRITIC weights (as in pymcdm test_weights.py)", () => {
    const matrix = [
      [5000, 3, 3, 4, 3, 2],
      [680, 5, 3, 2, 2, 1],
      [2000, 3, 2, 3, 4, 3],
      [600, 4, 3, 1, 2, 2],
      [800, 2, 4, 3, 3, 4],
    ];
    const published = [0.157, 0.249, 0.168, 0.121, 0.154, 0.151];
    criticWeights(matrix).forEach((w, j) => expect(w).toBeCloseTo(published[j] as number, 3));
  });

  it("agrees with a hand computation: two identical columns and one opposed", () => {
    // Normalised columns (0, ½, 1), (0, ½, 1), (1, ½, 0): equal σ; r₁₂ = 1, r₁₃ = r₂₃ = −1.
    // C = σ·(0 + 2, 0 + 2, 2 + 2) → w = (¼, ¼, ½).
    const w = criticWeights([
      [1, 2, 9],
      [2, 4, 5],
      [3, 6, 1],
    ]);
    expect(w[0]).toBeCloseTo(0.25, 12);
    expect(w[1]).toBeCloseTo(0.25, 12);
    expect(w[2]).toBeCloseTo(0.5, 12);
  });

  it("reverses cost columns before correlating", () => {
    // Declaring the third column a cost makes all three perfectly correlated: no conflict at
    // all, so the documented fallback is equal weights.
    const w = criticWeights(
      [
        [1, 2, 9],
        [2, 4, 5],
        [3, 6, 1],
      ],
      { types: ["benefit", "benefit", "cost"] },
    );
    w.forEach((x) => expect(x).toBeCloseTo(1 / 3, 12));
  });

  it("weights sum to 1 and do not change under positive affine transforms of a column", () => {
    const arb = fc
      .tuple(fc.integer({ min: 3, max: 7 }), fc.integer({ min: 2, max: 4 }))
      .chain(([m, n]) =>
        fc.tuple(
          fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          fc.double({ min: 0.1, max: 100, noNaN: true }),
          fc.double({ min: -100, max: 100, noNaN: true }),
        ),
      );
    fc.assert(
      fc.property(arb, ([matrix, a, b]) => {
        let w: number[];
        try {
          w = criticWeights(matrix);
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const moved = criticWeights(matrix.map((row) => row.map((x, j) => (j === 0 ? a * x + b : x))));
        const sum = w.reduce((s, x) => s + x, 0);
        return Math.abs(sum - 1) < 1e-9 && w.every((x, j) => Math.abs(x - (moved[j] as number)) < 1e-7);
      }),
    );
  });

  it("rejects bad input with clear codes", () => {
    expect(codeOf(() => criticWeights([[1, 2], [1, 3]]))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => criticWeights([[1, 2], [2, 3]], { types: ["benefit"] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => criticWeights([[1, 2], [2, 3]], { types: ["benefit", "up" as "cost"] }))).toBe("SCORING_BAD_TYPES");
    expect(codeOf(() => criticWeights([[1], [2]]))).toBe("SCORING_BAD_MATRIX");
    expect(codeOf(() => criticWeights([[1, Infinity], [2, 3]]))).toBe("SCORING_NON_FINITE");
  });
});

describe("criticWeights at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => criticWeights(m));
  });
});
