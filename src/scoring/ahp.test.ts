import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ahp, aggregateJudgements, SAATY_RANDOM_INDEX } from "./ahp";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";
import { SAATY_WEALTH_OF_NATIONS } from "./_testing";


/** A perfectly consistent matrix aᵢⱼ = uᵢ/uⱼ. */
const consistentFrom = (u: readonly number[]): number[][] => u.map((ui) => u.map((uj) => ui / uj));

describe("ahp", () => {
  it("reproduces Saaty's 'relative wealth of nations' example (Saaty 1980, The Analytic Hierarchy Process, McGraw-Hill; Saaty & Khouja 1976): eigenvector .427 .230 .021 .052 .052 .123 .094, λmax 7.61", () => {
    // US, USSR, China, France, UK, Japan, West Germany.
    const A = SAATY_WEALTH_OF_NATIONS;
    const r = ahp(A);
    expect(r.weights.map((w) => Math.round(w * 1000) / 1000)).toEqual([0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094]);
    expect(r.lambdaMax).toBeCloseTo(7.61, 2);
    // CI = (7.61 − 7)/6 ≈ 0.101; RI(7) = 1.32 → CR ≈ 0.077 ≤ 0.1.
    expect(r.ci).toBeCloseTo((r.lambdaMax - 7) / 6, 12);
    expect(r.cr).toBeCloseTo(0.0767, 3);
    expect(r.consistent).toBe(true);
  });

  it("flags a cyclic (intransitive) matrix, worked out by hand", () => {
    // A beats B 9:1, B beats C 9:1, C beats A 9:1. The matrix is circulant, so λmax is its row
    // sum 1 + 9 + 1/9 = 91/9, CI = (91/9 − 3)/2 = 32/9, CR = (32/9)/0.58 ≈ 6.13; weights ⅓ each.
    const r = ahp([
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ]);
    expect(r.lambdaMax).toBeCloseTo(91 / 9, 9);
    expect(r.ci).toBeCloseTo(32 / 9, 9);
    expect(r.cr).toBeCloseTo(32 / 9 / 0.58, 9);
    expect(r.consistent).toBe(false);
    r.weights.forEach((w) => expect(w).toBeCloseTo(1 / 3, 9));
  });

  it("uses Saaty's RI table", () => {
    expect(SAATY_RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
  });

  it("treats n ≤ 2 as consistent and solves 2 × 2 by hand", () => {
    // [[1, 3], [1/3, 1]]: w = (3/4, 1/4), λmax = 2.
    for (const method of ["eigen", "geometric"] as const) {
      const r = ahp([[1, 3], [1 / 3, 1]], { method });
      expect(r.weights[0]).toBeCloseTo(0.75, 12);
      expect(r.weights[1]).toBeCloseTo(0.25, 12);
      expect(r.lambdaMax).toBeCloseTo(2, 12);
      expect(r.cr).toBe(0);
      expect(r.consistent).toBe(true);
    }
    expect(ahp([[1]]).weights).toEqual([1]);
  });

  it("geometric method: normalised row geometric means (a second route on Saaty's matrix)", () => {
    const A = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ];
    const g = [Math.cbrt(15), 1, Math.cbrt(1 / 15)];
    const sum = g.reduce((a, b) => a + b, 0);
    const r = ahp(A, { method: "geometric" });
    r.weights.forEach((w, i) => expect(w).toBeCloseTo((g[i] as number) / sum, 12));
    // w ≈ (0.6370, 0.2583, 0.1047), λmax ≈ 3.0385 (checked independently with numpy).
    expect(r.lambdaMax).toBeCloseTo(3.0385, 3);
  });

  it("recovers the generating vector of any consistent matrix, with CR = 0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 1, maxLength: 15 }), (u) => {
        const total = u.reduce((a, b) => a + b, 0);
        for (const method of ["eigen", "geometric"] as const) {
          const r = ahp(consistentFrom(u), { method });
          if (!r.weights.every((w, i) => Math.abs(w - (u[i] as number) / total) < 1e-9)) return false;
          if (!(r.cr < 1e-9 && r.consistent)) return false;
        }
        return true;
      }),
    );
  });

  it("weights of any reciprocal matrix are positive, sum to 1, and λmax ≥ n (property)", () => {
    const saaty = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9);
    const arb = fc.integer({ min: 1, max: 10 }).chain((n) =>
      fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
        const A = Array.from({ length: n }, () => new Array<number>(n).fill(1));
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) {
            const v = upper[k++] as number;
            (A[i] as number[])[j] = v;
            (A[j] as number[])[i] = 1 / v;
          }
        return A;
      }),
    );
    fc.assert(
      fc.property(arb, (A) => {
        const r = ahp(A);
        const n = A.length;
        const sum = r.weights.reduce((a, b) => a + b, 0);
        // Check the eigen-equation A·w = λ·w as a second route.
        const ok = A.every((row, i) => Math.abs(row.reduce((s, a, j) => s + a * (r.weights[j] as number), 0) - r.lambdaMax * (r.weights[i] as number)) < 1e-8);
        return ok && Math.abs(sum - 1) < 1e-12 && r.weights.every((w) => w > 0) && r.lambdaMax >= n - 1e-9 && Number.isFinite(r.cr);
      }),
    );
  });

  it("rejects bad matrices with clear codes", () => {
    expect(codeOf(() => ahp([[1, 2, 3], [1 / 2, 1, 4]]))).toBe("SCORING_NOT_SQUARE");
    expect(codeOf(() => ahp([[1, -2], [-1 / 2, 1]]))).toBe("SCORING_NON_POSITIVE");
    expect(codeOf(() => ahp([[1, 0], [0, 1]]))).toBe("SCORING_NON_POSITIVE");
    expect(codeOf(() => ahp([[1, 2], [2, 1]]))).toBe("SCORING_NOT_RECIPROCAL");
    expect(codeOf(() => ahp([[2, 1], [1, 2]]))).toBe("SCORING_NOT_RECIPROCAL");
    expect(codeOf(() => ahp([[1, Number.NaN], [1, 1]]))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => ahp([]))).toBe("SCORING_BAD_MATRIX");
    expect(codeOf(() => ahp(consistentFrom(Array.from({ length: 16 }, (_, i) => i + 1))))).toBe("SCORING_UNSUPPORTED_SIZE");
    expect(codeOf(() => ahp([[1]], { method: "power" as "eigen" }))).toBe("SCORING_BAD_OPTION");
    // Extreme but valid judgements give finite results.
    const extreme = ahp([[1, 1e300, 1e300], [1e-300, 1, 1e300], [1e-300, 1e-300, 1]]);
    expect([...extreme.weights, extreme.lambdaMax, extreme.cr].every(Number.isFinite)).toBe(true);
    // 1/3 written as 0.333 is accepted (reciprocity checked to 1e-3).
    expect(codeOf(() => ahp([[1, 3], [0.333, 1]]))).toBeUndefined();
  });
});

describe("aggregateJudgements", () => {
  it("takes the element-wise geometric mean (Aczél & Saaty 1983), worked by hand", () => {
    // Experts say 2, 8 and 4 for [0][1]: (2·8·4)^(1/3) = 4.
    const G = aggregateJudgements([
      [[1, 2], [1 / 2, 1]],
      [[1, 8], [1 / 8, 1]],
      [[1, 4], [1 / 4, 1]],
    ]);
    expect((G[0] as number[])[1]).toBeCloseTo(4, 12);
    expect((G[1] as number[])[0]).toBeCloseTo(0.25, 12);
  });

  it("weighted geometric mean with decision makers' weights", () => {
    // 2^(3/4)·32^(1/4) = 2^(3/4 + 5/4) = 4.
    const G = aggregateJudgements(
      [
        [[1, 2], [1 / 2, 1]],
        [[1, 32], [1 / 32, 1]],
      ],
      { weights: [3, 1] },
    );
    expect((G[0] as number[])[1]).toBeCloseTo(4, 12);
  });

  it("of consistent matrices from u and v gives weights ∝ √(u∘v) (property)", () => {
    const vec = fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(vec, vec, (u0, v0) => {
        const n = Math.min(u0.length, v0.length);
        const u = u0.slice(0, n);
        const v = v0.slice(0, n);
        const G = aggregateJudgements([consistentFrom(u), consistentFrom(v)]);
        const expected = u.map((x, i) => Math.sqrt(x * (v[i] as number)));
        const total = expected.reduce((a, b) => a + b, 0);
        const r = ahp(G);
        const reciprocal = G.every((row, i) => row.every((g, j) => Math.abs(g * ((G[j] as number[])[i] as number) - 1) < 1e-12));
        return reciprocal && r.weights.every((w, i) => Math.abs(w - (expected[i] as number) / total) < 1e-9);
      }),
    );
  });

  it("rejects mismatched sizes and bad weights", () => {
    expect(codeOf(() => aggregateJudgements([[[1]], [[1, 2], [1 / 2, 1]]]))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => aggregateJudgements([]))).toBe("SCORING_BAD_MATRIX");
    expect(codeOf(() => aggregateJudgements([[[1]]], { weights: [-1] }))).toBe("SCORING_BAD_WEIGHTS");
    expect(codeOf(() => aggregateJudgements([[[1]]], { weights: [1, 1] }))).toBe("SCORING_LENGTH_MISMATCH");
    expect(codeOf(() => aggregateJudgements([[[1, 2], [2, 1]]]))).toBe("SCORING_NOT_RECIPROCAL");
  });
});
