import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { topsis } from "./topsis";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


const round3 = (xs: number[]): number[] => xs.map((x) => Math.round(x * 1000) / 1000);

describe("topsis", () => {
  it("matches Papathanasiou & Ploskas (2018), 'TOPSIS', in Multiple Criteria Decision Aid, Springer, pp. 1–30: vector normalisation", () => {
    const matrix = [
      [8, 7, 2, 1],
      [5, 3, 7, 5],
      [7, 5, 6, 4],
      [9, 9, 7, 3],
      [11, 10, 3, 7],
      [6, 9, 5, 4],
    ];
    const r = topsis(matrix, { weights: [0.4, 0.3, 0.1, 0.2], types: ["benefit", "benefit", "benefit", "benefit"] });
    expect(round3(r.closeness)).toEqual([0.387, 0.327, 0.391, 0.615, 0.868, 0.493]);
    expect(r.ranks).toEqual([5, 6, 4, 2, 1, 3]);
  });

  it("matches Opricovic & Tzeng (2004), EJOR 156(2):445–455, numerical example (figures of pymcdm's TOPSIS test, min-max normalisation)", () => {
    const r = topsis(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      { weights: [0.5, 0.5], types: ["cost", "benefit"], normalization: "minmax" },
    );
    expect(round3(r.closeness)).toEqual([0.5, 0.617, 0.5]);
    // A₁ and A₃ tie: they share rank 2 ("1224").
    expect(r.ranks).toEqual([2, 1, 2]);
  });

  it("agrees with a hand computation", () => {
    // [[3, 4], [4, 3]], equal weights: column norms are 5, so V = ½·[[.6, .8], [.8, .6]]
    // = [[.3, .4], [.4, .3]]. Benefit/cost: A⁺ = (.4, .3), A⁻ = (.3, .4).
    // A₁ = A⁻ exactly → C₁ = 0; A₂ = A⁺ → C₂ = 1; S⁺₁ = √(.01 + .01) = 0.141421.
    const r = topsis(
      [
        [3, 4],
        [4, 3],
      ],
      { weights: [1, 1], types: ["benefit", "cost"] },
    );
    expect(r.closeness[0]).toBeCloseTo(0, 12);
    expect(r.closeness[1]).toBeCloseTo(1, 12);
    expect(r.distanceToIdeal[0]).toBeCloseTo(Math.SQRT2 / 10, 12);
    expect(r.ideal[0]).toBeCloseTo(0.4, 12);
    expect(r.ideal[1]).toBeCloseTo(0.3, 12);
    // Both benefit: each is as far from A⁺ = (.4, .4) as from A⁻ = (.3, .3) → C = ½, tied.
    const both = topsis(
      [
        [3, 4],
        [4, 3],
      ],
      { weights: [1, 1], types: ["benefit", "benefit"] },
    );
    both.closeness.forEach((c) => expect(c).toBeCloseTo(0.5, 12));
    expect(both.ranks).toEqual([1, 1]);
  });

  const arb = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }))
    .chain(([m, n]) =>
      fc.record({
        matrix: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        weights: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        types: fc.array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: n, maxLength: n }),
        scale: fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
        shift: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
      }),
    );

  it("vector normalisation: closeness in [0, 1] and invariant under positive column scaling (property)", () => {
    fc.assert(
      fc.property(arb, ({ matrix, weights, types, scale }) => {
        let a: number[];
        try {
          a = topsis(matrix, { weights, types }).closeness;
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const b = topsis(
          matrix.map((row) => row.map((x, j) => x * (scale[j] as number))),
          { weights, types },
        ).closeness;
        return a.every((c, i) => c >= 0 && c <= 1 && Math.abs(c - (b[i] as number)) < 1e-9);
      }),
    );
  });

  it("min-max normalisation: invariant under positive affine column transforms (property)", () => {
    fc.assert(
      fc.property(arb, ({ matrix, weights, types, scale, shift }) => {
        let a: number[];
        try {
          a = topsis(matrix, { weights, types, normalization: "minmax" }).closeness;
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const b = topsis(
          matrix.map((row) => row.map((x, j) => x * (scale[j] as number) + (shift[j] as number))),
          { weights, types, normalization: "minmax" },
        ).closeness;
        return a.every((c, i) => Math.abs(c - (b[i] as number)) < 1e-9);
      }),
    );
  });

  it("weights are rescaled: multiplying them all by a constant changes nothing", () => {
    const m = [
      [8, 7],
      [5, 3],
      [9, 9],
    ];
    const a = topsis(m, { weights: [0.4, 0.6], types: ["benefit", "cost"] }).closeness;
    const b = topsis(m, { weights: [4, 6], types: ["benefit", "cost"] }).closeness;
    a.forEach((c, i) => expect(c).toBeCloseTo(b[i] as number, 12));
  });

  it("rejects bad input with clear codes, never NaN", () => {
    const ok = { weights: [1, 1], types: ["benefit", "cost"] as ("benefit" | "cost")[] };
    expect(codeOf(() => topsis([[1, 2]], { ...ok, weights: [1] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => topsis([[1, 2]], { ...ok, types: ["benefit"] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => topsis([[1, 2]], { ...ok, weights: [1, -1] }))).toBe("SCORING_BAD_WEIGHTS");
    expect(codeOf(() => topsis([[1, 2]], { ...ok, weights: [0, 0] }))).toBe("SCORING_BAD_WEIGHTS");
    expect(codeOf(() => topsis([[1, 2]], { ...ok, weights: [Number.NaN, 1] }))).toBe("SCORING_BAD_WEIGHTS");
    expect(codeOf(() => topsis([[1, Number.NaN]], ok))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => topsis([[0, 2], [0, 3]], ok))).toBe("SCORING_NON_POSITIVE");
    expect(codeOf(() => topsis([[1, 2], [1, 3]], { ...ok, normalization: "minmax" }))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => topsis([[1, 2], [1, 2]], ok))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => topsis([[1, 2], [1, 3]], { ...ok, normalization: "l2" as "vector" }))).toBe("SCORING_BAD_OPTION");
    expect(codeOf(() => topsis([[1, 2], [1, 3]], undefined as unknown as typeof ok))).toBe("SCORING_BAD_OPTION");
    expect(codeOf(() => topsis([[1, 2], [1, 3]], { weights: [1, 1] } as unknown as typeof ok))).toBe("SCORING_BAD_TYPES");
  });
});

describe("topsis at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => topsis(m, { weights: m[0]!.map(() => 1), types: m[0]!.map((_, j) => (j % 2 === 0 ? "benefit" : "cost")) }));
  });
});
