import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { cvWeights } from "./cvWeights";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("cvWeights", () => {
  it("reproduces Jahan & Edwards (2013), Materials & Design 49:1000–1008, standard-deviation weights (0.35, 0.31, 0.34) once every column is shifted to mean 1", () => {
    // With column means equal to 1, CVⱼ = σⱼ, so CV weights must equal the published
    // standard-deviation weights (the matrix is the one in pymcdm's test_weights.py).
    const matrix = [
      [0, 0, 0],
      [0.39, 0.3, 0.77],
      [0.17, 0.36, 0.8],
      [0.35, 0.29, 0.93],
      [0.3, 0.4, 0.94],
      [0.84, 0.71, 1],
      [1, 1, 0.99],
    ];
    const means = [0, 1, 2].map((j) => matrix.reduce((s, row) => s + (row[j] as number), 0) / matrix.length);
    const shifted = matrix.map((row) => row.map((x, j) => x + 1 - (means[j] as number)));
    const w = cvWeights(shifted);
    expect(w.map((x) => Math.round(x * 100) / 100)).toEqual([0.35, 0.31, 0.34]);
  });

  it("agrees with a hand computation", () => {
    // Column 1: (2, 4, 6), mean 4, σ = √(8/3), CV = 0.408248; column 2: (10, 10, 13), mean 11,
    // σ = √2, CV = 0.128565. w = (0.760504, 0.239496) (checked with numpy).
    const w = cvWeights([
      [2, 10],
      [4, 10],
      [6, 13],
    ]);
    expect(w[0]).toBeCloseTo(0.760504, 6);
    expect(w[1]).toBeCloseTo(0.239496, 6);
  });

  it("is invariant under positive column scaling and sums to 1", () => {
    const arb = fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }))
      .chain(([m, n]) =>
        fc.tuple(
          fc.array(fc.array(fc.double({ min: 0.5, max: 500, noNaN: true }), { minLength: n, maxLength: n }), {
            minLength: m,
            maxLength: m,
          }),
          fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(arb, ([matrix, scale]) => {
        let w: number[];
        try {
          w = cvWeights(matrix);
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const ws = cvWeights(matrix.map((row) => row.map((x, j) => x * (scale[j] as number))));
        return Math.abs(w.reduce((s, x) => s + x, 0) - 1) < 1e-9 && w.every((x, j) => Math.abs(x - (ws[j] as number)) < 1e-7);
      }),
    );
  });

  it("rejects bad input", () => {
    expect(codeOf(() => cvWeights([[-1, 2], [0, 3]]))).toBe("SCORING_NON_POSITIVE");
    expect(codeOf(() => cvWeights([[1, 2], [1, 2]]))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => cvWeights([[1, 2]]))).toBe("SCORING_TOO_FEW_ROWS");
    expect(codeOf(() => cvWeights([[1, Number.NaN], [1, 2]]))).toBe("SCORING_NON_FINITE");
  });
});

describe("cvWeights at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => cvWeights(m));
  });
});
