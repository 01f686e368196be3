import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { morrisIndex } from "./morrisIndex";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("morrisIndex", () => {
  it("reproduces Morris's PQLI scaling (Morris 1979, Measuring the Condition of the World's Poor: infant mortality index = (229 − IMR)/2.22, life expectancy at age one = (LE₁ − 38)/0.39, literacy %)", () => {
    const countries = [
      [100, 60, 50],
      [20, 72, 95],
      [229, 38, 0],
    ];
    const r = morrisIndex(countries, {
      types: ["cost", "benefit", "benefit"],
      bounds: [
        [7, 229],
        [38, 77],
        [0, 100],
      ],
    });
    const pqli = countries.map(([imr, le1, lit]) => ((229 - (imr as number)) / 2.22 + ((le1 as number) - 38) / 0.39 + (lit as number)) / 3);
    r.scores.forEach((s, i) => expect(s).toBeCloseTo(pqli[i] as number, 10));
    expect(r.scores[2]).toBe(0);
    expect(r.ranks).toEqual([2, 1, 3]);
  });

  it("agrees with a hand computation using the observed range", () => {
    // Literacy (benefit) 90, 70, 80 → 100, 0, 50; unemployment (cost) 10, 20, 30 → 100, 50, 0.
    const r = morrisIndex(
      [
        [90, 10],
        [70, 20],
        [80, 30],
      ],
      { types: ["benefit", "cost"] },
    );
    expect(r.indicatorScores).toEqual([
      [100, 100],
      [0, 50],
      [50, 0],
    ]);
    expect(r.scores).toEqual([100, 25, 25]);
    expect(r.ranks).toEqual([1, 2, 2]);
  });

  it("clamps values outside fixed bounds", () => {
    expect(morrisIndex([[150], [-5]], { bounds: [[0, 100]] }).scores).toEqual([100, 0]);
  });

  it("is invariant under positive affine transforms of any column and stays in [0, 100] (property)", () => {
    const arb = fc
      .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 5 }))
      .chain(([m, n]) =>
        fc.record({
          matrix: fc.array(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          types: fc.array(fc.constantFrom("benefit" as const, "cost" as const), { minLength: n, maxLength: n }),
          a: fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
          b: fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ matrix, types, a, b }) => {
        let s: number[];
        try {
          s = morrisIndex(matrix, { types }).scores;
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const t = morrisIndex(
          matrix.map((row) => row.map((x, j) => (a[j] as number) * x + (b[j] as number))),
          { types },
        ).scores;
        return s.every((x, i) => x >= 0 && x <= 100 && Math.abs(x - (t[i] as number)) < 1e-8);
      }),
    );
  });

  it("rejects bad input with clear codes", () => {
    expect(codeOf(() => morrisIndex([[1, 2], [1, 3]]))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => morrisIndex([[1, 2], [2, 3]], { types: ["cost"] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => morrisIndex([[1], [2]], { bounds: [[5, 5]] }))).toBe("SCORING_BAD_OPTION");
    expect(codeOf(() => morrisIndex([[1], [2]], { bounds: [] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => morrisIndex([[Number.NaN], [2]]))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => morrisIndex([]))).toBe("SCORING_BAD_MATRIX");
  });
});

describe("morrisIndex at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => morrisIndex(m));
  });
});
