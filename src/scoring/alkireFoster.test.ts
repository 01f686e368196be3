import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alkireFoster } from "./alkireFoster";
import { ALKIRE_FOSTER_EXAMPLE } from "./_testing";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


// Alkire & Foster (2011), J. Public Econ. 95(7–8):476–487, worked example (data as in
// docs/methods.md; citation and shape in ./_testing).
const { y, z } = ALKIRE_FOSTER_EXAMPLE;

describe("alkireFoster", () => {
  it("reproduces the paper's example with k = 2 of 4 dimensions: H = 1/2, A = 3/4, M0 = 3/8", () => {
    const r = alkireFoster(y, { cutoffs: z, k: 2 / 4 });
    // Deprivation counts (paper): c = (0, 2, 4, 1) → with equal weights ¼: (0, .5, 1, .25).
    expect(r.scores).toEqual([0, 0.5, 1, 0.25]);
    expect(r.poor).toEqual([false, true, true, false]);
    expect(r.q).toBe(2);
    expect(r.H).toBe(0.5);
    expect(r.A).toBe(0.75);
    expect(r.M0).toBe(0.375);
    // M1, M2 from the paper's normalised-gap matrix, by hand: the poor's gaps are
    // person 2: (12 − 7)/12 = 5/12 and (1 − 0)/1 = 1; person 3: 0.5/13, 2/12, 2/3, 1.
    const gaps = [5 / 12, 1, 0.5 / 13, 2 / 12, 2 / 3, 1];
    expect(r.M1).toBeCloseTo(gaps.reduce((s, g) => s + g, 0) / 16, 12); // ≈ 0.2055
    expect(r.M2).toBeCloseTo(gaps.reduce((s, g) => s + g * g, 0) / 16, 12); // ≈ 0.1655
    // Censored headcounts: income (person 3), schooling (2, 3), health (3), malaria (2, 3).
    expect(r.censoredHeadcounts).toEqual([0.25, 0.5, 0.25, 0.5]);
    // Uncensored: person 4 (non-poor) is also deprived in schooling.
    expect(r.uncensoredHeadcounts).toEqual([0.25, 0.75, 0.25, 0.5]);
    r.contributions.forEach((c, j) => expect(c).toBeCloseTo([1 / 6, 1 / 3, 1 / 6, 1 / 3][j] as number, 12));
  });

  it("union (k = ¼) and intersection (k = 1) approaches, by hand", () => {
    const union = alkireFoster(y, { cutoffs: z, k: 0.25 });
    expect(union.poor).toEqual([false, true, true, true]);
    expect(union.H).toBe(0.75);
    expect(union.M0).toBeCloseTo((0.5 + 1 + 0.25) / 4, 12);
    const intersection = alkireFoster(y, { cutoffs: z, k: 1 });
    expect(intersection.poor).toEqual([false, false, true, false]);
    expect(intersection.H).toBe(0.25);
    expect(intersection.A).toBe(1);
  });

  it("uses nested weights, by hand", () => {
    // Weights (½, ⅙, ⅙, ⅙): c = (0, ⅙ + ⅙, ½ + ½, ⅙) = (0, ⅓, 1, ⅙). k = ⅓ → persons 2, 3 poor.
    const r = alkireFoster(y, { cutoffs: z, k: 1 / 3, weights: [1 / 2, 1 / 6, 1 / 6, 1 / 6] });
    expect(r.poor).toEqual([false, true, true, false]);
    expect(r.A).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(r.M0).toBeCloseTo((1 / 3 + 1) / 4, 12);
  });

  it("decomposes by subgroup: population-weighted group measures add up (property)", () => {
    const arb = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }))
      .chain(([m, d]) =>
        fc.record({
          matrix: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: d, maxLength: d }), { minLength: m, maxLength: m }),
          cutoffs: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: d, maxLength: d }),
          raw: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: d, maxLength: d }),
          groups: fc.array(fc.constantFrom("کرج", "فردیس", "نظرآباد"), { minLength: m, maxLength: m }),
          k: fc.double({ min: 0.01, max: 1, noNaN: true }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ matrix, cutoffs, raw, groups, k }) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const weights = raw.map((x) => x / total);
        const r = alkireFoster(matrix, { cutoffs, k, weights, groups });
        const add = (key: "M0" | "H" | "M1" | "M2"): number =>
          Object.values(r.byGroup).reduce((s, g) => s + g.populationShare * g[key], 0);
        const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-12;
        const contributionsOk =
          r.M0 === 0 || close(r.contributions.reduce((s, c) => s + c, 0), 1);
        const groupsOk =
          r.M0 === 0 || close(Object.values(r.byGroup).reduce((s, g) => s + g.contributionToM0, 0), 1);
        return (
          close(add("M0"), r.M0) &&
          close(add("H"), r.H) &&
          close(add("M1"), r.M1) &&
          close(add("M2"), r.M2) &&
          contributionsOk &&
          groupsOk &&
          r.M0 <= r.H + 1e-12 &&
          r.M1 <= r.M0 + 1e-12 &&
          r.M2 <= r.M1 + 1e-12 &&
          close(r.M0, r.H * r.A)
        );
      }),
    );
  });

  it("M0 never rises as k rises (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (matrix, k1, k2) => {
          const [lo, hi] = k1 <= k2 ? [k1, k2] : [k2, k1];
          return alkireFoster(matrix, { cutoffs: [2, 2, 2], k: hi }).M0 <= alkireFoster(matrix, { cutoffs: [2, 2, 2], k: lo }).M0 + 1e-12;
        },
      ),
    );
  });

  it("rejects bad input with clear codes", () => {
    expect(codeOf(() => alkireFoster(y, { cutoffs: z, k: 0 }))).toBe("SCORING_BAD_K");
    expect(codeOf(() => alkireFoster(y, { cutoffs: z, k: 1.5 }))).toBe("SCORING_BAD_K");
    expect(codeOf(() => alkireFoster(y, { cutoffs: z, k: Number.NaN }))).toBe("SCORING_BAD_K");
    expect(codeOf(() => alkireFoster(y, { cutoffs: [13, 12, 3], k: 0.5 }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => alkireFoster(y, { cutoffs: [13, 12, 3, 0], k: 0.5 }))).toBe("SCORING_NON_POSITIVE");
    expect(codeOf(() => alkireFoster(y, { cutoffs: z, k: 0.5, weights: [0.5, 0.5, 0.5, 0.5] }))).toBe("SCORING_BAD_WEIGHTS");
    expect(codeOf(() => alkireFoster(y, { cutoffs: z, k: 0.5, groups: ["a"] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => alkireFoster(y, { cutoffs: z, k: 0.5, groups: [1, 2, 3, 4] as unknown as string[] }))).toBe("SCORING_BAD_OPTION");
    expect(codeOf(() => alkireFoster([[Number.NaN, 1, 1, 1]], { cutoffs: z, k: 0.5 }))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => alkireFoster([[-1, 1, 1, 1]], { cutoffs: z, k: 0.5 }))).toBe("SCORING_NEGATIVE_VALUE");
  });
});
