import fc from "fast-check";
import { assertFiniteOrCoded } from "./_testing";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { numericalTaxonomy } from "./numericalTaxonomy";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


const X = [
  [12, 30, 5],
  [15, 25, 8],
  [9, 40, 3],
  [20, 10, 12],
  [14, 28, 6],
  [60, 35, 4],
];
const types = ["benefit", "cost", "benefit"] as const;

describe("numericalTaxonomy", () => {
  it("agrees with an independent numpy computation (sample deviation, the default)", () => {
    // Second implementation (numpy, ddof = 1): z-scores, nearest distances, ideal = (max, min,
    // max) of z, C₀ = mean + 2·sd. Figures to 6 decimals.
    const r = numericalTaxonomy(X, { types: [...types] });
    [0.377384, 0.680176, 1.158877, 1.92119, 0.377384, 2.57309].forEach((d, i) => expect(r.nearestDistance[i]).toBeCloseTo(d, 6));
    expect(r.lowerBound).toBeCloseTo(-0.613912, 6);
    expect(r.upperBound).toBeCloseTo(2.976612, 6);
    [3.829453, 3.026127, 4.815959, 2.091214, 3.495015, 3.449091].forEach((c, i) => expect(r.distanceToIdeal[i]).toBeCloseTo(c, 6));
    expect(r.C0).toBeCloseTo(5.248433, 6);
    [0.729637, 0.576577, 0.917599, 0.398445, 0.665916, 0.657166].forEach((f, i) => expect(r.F[i]).toBeCloseTo(f, 6));
    expect(r.ranks).toEqual([5, 2, 6, 1, 4, 3]);
    expect(r.homogeneous.every(Boolean)).toBe(true);
  });

  it("population deviation changes C₀ and F as documented (numpy, ddof = 0)", () => {
    const r = numericalTaxonomy(X, { types: [...types], deviation: "population" });
    expect(r.C0).toBeCloseTo(5.577828, 6);
    [0.752077, 0.594309, 0.94582, 0.410699, 0.686396, 0.677376].forEach((f, i) => expect(r.F[i]).toBeCloseTo(f, 6));
  });

  it("flags an isolated region in the homogeneity screen (worked by hand)", () => {
    // One indicator 1…10 and 40. Nearest distances in raw units: 1 (×10) and 30; the screen
    // does not depend on the unit. Mean 40/11 = 3.636, sample sd = √(764.5/10) = 8.744,
    // upper bound 3.636 + 17.49 = 21.12 < 30 → only the last region is heterogeneous.
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40].map((x) => [x]);
    const r = numericalTaxonomy(rows);
    expect(r.homogeneous).toEqual([...new Array<boolean>(10).fill(true), false]);
    const sd = Math.sqrt(
      [...new Array<number>(10).fill(1), 30].reduce((s, d) => s + (d - 40 / 11) ** 2, 0) / 10,
    );
    // Bounds are in z units: divide the raw-unit bound by the column's sample sd.
    const colSd = Math.sqrt(rows.reduce((s, [x]) => s + ((x as number) - 95 / 11) ** 2, 0) / 10);
    expect(r.upperBound * colSd).toBeCloseTo(40 / 11 + 2 * sd, 9);
  });

  it("F is finite, non-negative and invariant under positive affine transforms of the data (property)", () => {
    const arb = fc
      .tuple(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 1, max: 4 }))
      .chain(([m, n]) =>
        fc.record({
          matrix: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
          a: fc.double({ min: 0.01, max: 100, noNaN: true }),
          b: fc.double({ min: -100, max: 100, noNaN: true }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ matrix, a, b }) => {
        let F: number[];
        try {
          F = numericalTaxonomy(matrix).F;
        } catch (error) {
          return isMahallehError(error) && error.code === "SCORING_CONSTANT_COLUMN";
        }
        const G = numericalTaxonomy(matrix.map((row) => row.map((x) => a * x + b))).F;
        return F.every((f, i) => f >= 0 && Number.isFinite(f) && Math.abs(f - (G[i] as number)) < 1e-8);
      }),
    );
  });

  it("rejects bad input with clear codes", () => {
    expect(codeOf(() => numericalTaxonomy([[1], [2]]))).toBe("SCORING_TOO_FEW_ROWS");
    expect(codeOf(() => numericalTaxonomy([[1, 5], [2, 5], [3, 5]]))).toBe("SCORING_CONSTANT_COLUMN");
    expect(codeOf(() => numericalTaxonomy([[1], [2], [3]], { deviation: "n-1" as "sample" }))).toBe("SCORING_BAD_OPTION");
    expect(codeOf(() => numericalTaxonomy([[1], [2], [Number.NaN]]))).toBe("SCORING_NON_FINITE");
  });
});

describe("numericalTaxonomy at the limits of floating point", () => {
  it("returns only finite numbers or throws a MahallehError, for any finite input (property)", () => {
    assertFiniteOrCoded((m) => numericalTaxonomy(m));
  });
});
