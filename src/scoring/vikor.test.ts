import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { vikor } from "./vikor";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("vikor", () => {
  it("matches Opricovic & Tzeng (2004), EJOR 156(2):445–455, numerical example: Q = (1, 0, 1), compromise A₂", () => {
    // S = (0.5, 0.375, 0.5) and R = (0.5, 0.25, 0.5) by hand from the paper's data.
    const r = vikor(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      { weights: [0.5, 0.5], types: ["cost", "benefit"] },
    );
    expect(r.S).toEqual([0.5, 0.375, 0.5]);
    expect(r.R).toEqual([0.5, 0.25, 0.5]);
    expect(r.Q).toEqual([1, 0, 1]);
    expect(r.ranks).toEqual([2, 1, 2]);
    expect(r.compromise).toEqual([1]);
    expect(r.acceptableAdvantage).toBe(true);
    expect(r.acceptableStability).toBe(true);
  });

  it("matches Yang & Wu (2020), IEEE Access 8:21261–21271, Q values (as in pymcdm's VIKOR test)", () => {
    const r = vikor(
      [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      { weights: [0.25, 0.25, 0.25, 0.25], types: ["benefit", "benefit", "benefit", "benefit"] },
    );
    expect(r.Q.map((q) => Math.round(q * 10000) / 10000)).toEqual([0.5679, 0.7667, 1, 0.7493, 0]);
    expect(r.ranks).toEqual([2, 4, 5, 3, 1]);
  });

  it("returns every alternative within DQ when acceptable advantage fails (worked by hand)", () => {
    // One benefit criterion (10, 9, 0): S = R = (0, 0.1, 1), Q = (0, 0.1, 1). m = 3 → DQ = ½.
    // Q(a″) − Q(a′) = 0.1 < ½: C1 fails; the compromise is {A₁, A₂} (Q < ½).
    const r = vikor([[10], [9], [0]], { weights: [1], types: ["benefit"] });
    r.Q.forEach((q, i) => expect(q).toBeCloseTo([0, 0.1, 1][i] as number, 12));
    expect(r.acceptableAdvantage).toBe(false);
    expect(r.acceptableStability).toBe(true);
    expect(r.compromise).toEqual([0, 1]);
  });

  it("returns the two best when only acceptable stability fails (worked by hand)", () => {
    // Three benefit criteria, w = ⅓ each; ranges 0–9, 1–9, 3–8.
    // dᵢⱼ = ⅓·(max − x)/(max − min):
    //   A₁ (5, 2, 4): (4/27, 7/24, 4/15)  S = 0.706481, R = 0.291667
    //   A₂ (0, 1, 7): (1/3, 1/3, 1/15)    S = 0.733333, R = 0.333333
    //   A₃ (1, 7, 8): (8/27, 1/12, 0)     S = 0.379630, R = 0.296296
    //   A₄ (9, 9, 3): (0, 0, 1/3)         S = 0.333333, R = 0.333333
    // Q (v = ½): A₁ 0.466435, A₂ 1, A₃ 0.113426, A₄ 0.5. Best A₃, second A₁: gap 0.353 ≥ ⅓ (C1
    // holds) but A₃ is best neither by S (A₄) nor by R (A₁): C2 fails → compromise {A₃, A₁}.
    const r = vikor(
      [
        [5, 2, 4],
        [0, 1, 7],
        [1, 7, 8],
        [9, 9, 3],
      ],
      { weights: [1, 1, 1], types: ["benefit", "benefit", "benefit"] },
    );
    [0.706481, 0.733333, 0.37963, 0.333333].forEach((s, i) => expect(r.S[i]).toBeCloseTo(s, 6));
    [0.291667, 0.333333, 0.296296, 0.333333].forEach((x, i) => expect(r.R[i]).toBeCloseTo(x, 6));
    [0.466435, 1, 0.113426, 0.5].forEach((q, i) => expect(r.Q[i]).toBeCloseTo(q, 6));
    expect(r.acceptableAdvantage).toBe(true);
    expect(r.acceptableStability).toBe(false);
    expect(r.compromise).toEqual([2, 0]);
    expect(r.ranksS).toEqual([3, 4, 2, 1]);
    expect(r.ranksR).toEqual([1, 3, 2, 3]);
  });

  it("Q lies in [0, 1], the compromise starts with a rank-1 alternative, and Q is invariant under positive affine column transforms (property)", () => {
    const arb = fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }))
      .chain(([m, n]) =>
        fc.record({
          matrix: fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          weights: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
          types: fc.array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: n, maxLength: n }),
          a: fc.double({ min: 0.1, max: 10, noNaN: true }),
          b: fc.double({ min: -50, max: 50, noNaN: true }),
          v: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ matrix, weights, types, a, b, v }) => {
        let r;
        try {
          r = vikor(matrix, { weights, types, v });
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const moved = vikor(
          matrix.map((row) => row.map((x) => a * x + b)),
          { weights, types, v },
        );
        return (
          r.Q.every((q, i) => q >= -1e-12 && q <= 1 + 1e-12 && Math.abs(q - (moved.Q[i] as number)) < 1e-9) &&
          r.compromise.length >= 1 &&
          r.ranks[r.compromise[0] as number] === 1
        );
      }),
    );
  });

  it("rejects bad input with clear codes", () => {
    const ok = { weights: [1, 1], types: ["benefit", "cost"] as ("benefit" | "cost")[] };
    expect(codeOf(() => vikor([[1, 2]], ok))).toBe("SCORING_TOO_FEW_ROWS");
    expect(codeOf(() => vikor([[1, 2], [1, 3]], ok))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => vikor([[1, 2], [2, 3]], { ...ok, v: -0.1 }))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => vikor([[1, 2], [2, 3]], { ...ok, v: Number.NaN }))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => vikor([[1, 2], [2, 3]], { ...ok, weights: [1, 2, 3] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => vikor([[1, 2], [2, Infinity]], ok))).toBe("SCORING_NON_FINITE");
  });
});

describe("vikor at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => vikor(m, { weights: m[0]!.map(() => 1), types: m[0]!.map((_, j) => (j % 2 === 0 ? "benefit" : "cost")) }));
  });
});
