import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorCorrelations } from "./indicatorCorrelations";
import type { IndexSpec } from "./IndexSpec";

const spec = (ids: string[]): IndexSpec => ({ indicators: ids.map((id) => ({ id, dimension: "d", direction: 1 as const })) });

describe("indicatorCorrelations", () => {
  it("p-value of r = 0.5 on 10 pairs is 0.14111… (t = 1.633 with 8 df)", () => {
    // x and y built so that r is exactly 0.5: y = 0.5·z(x) + √0.75·z(e), with e orthogonal to x
    const x = [-4.5, -3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5];
    const e = [1, -1, -1, 1, 0, 0, 1, -1, -1, 1];
    const nx = Math.sqrt(x.reduce((a, b) => a + b * b, 0));
    const ne = Math.sqrt(e.reduce((a, b) => a + b * b, 0));
    const y = x.map((v, i) => 0.5 * (v / nx) + Math.sqrt(0.75) * ((e[i] as number) / ne));
    const r = indicatorCorrelations({ ids: x.map((_, i) => `u${i}`), columns: { x, y } }, spec(["x", "y"]), { coherence: false });
    expect(r.r[0]?.[1]).toBeCloseTo(0.5, 12);
    // scipy.stats.pearsonr / R cor.test: p = 0.141106…
    expect(r.p[0]?.[1]).toBeCloseTo(0.1411, 4);
  });

  it("a direction of −1 flips the sign; perfect agreement has p = 0", () => {
    const table = { ids: ["a", "b", "c", "d"], columns: { x: [1, 2, 3, 4], y: [8, 6, 4, 2] } };
    const r = indicatorCorrelations(table, { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: -1 }] });
    expect(r.r).toEqual([[1, 1], [1, 1]]);
    expect(r.p[0]?.[1]).toBe(0);
    expect(r.collinear).toHaveLength(1);
  });

  it("is symmetric with |r| ≤ 1 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), { minLength: 4, maxLength: 30 }), (rows) => {
        const cols = [0, 1, 2].map((j) => rows.map((row) => row[j] as number));
        if (cols.some((c) => c.every((v) => v === c[0]))) return;
        const r = indicatorCorrelations({ ids: rows.map((_, i) => `u${i}`), columns: { a: cols[0]!, b: cols[1]!, c: cols[2]! } }, spec(["a", "b", "c"]), { coherence: false, method: "spearman" });
        for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) {
          expect(r.r[p]?.[q]).toBe(r.r[q]?.[p]);
          expect(Math.abs(r.r[p]?.[q] as number)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("constant, all-missing and disjoint columns are coded errors naming the element", () => {
    const ids = ["a", "b", "c"];
    expect(() => indicatorCorrelations({ ids, columns: { x: [1, 2, 3], k: [5, 5, 5] } }, spec(["x", "k"]))).toThrow(expect.objectContaining({ code: "INDEX_CONSTANT_INDICATOR", details: { indicator: "k" } }));
    expect(() => indicatorCorrelations({ ids, columns: { x: [1, 2, 3], m: [Number.NaN, Number.NaN, Number.NaN] } }, spec(["x", "m"]))).toThrow(expect.objectContaining({ code: "INDEX_EMPTY_INDICATOR", details: { indicator: "m" } }));
    expect(() => indicatorCorrelations({ ids, columns: { x: [1, Number.NaN, Number.NaN], y: [Number.NaN, 2, 3] } }, spec(["x", "y"]))).toThrow(expect.objectContaining({ code: "INDEX_TOO_FEW_UNITS" }));
    expect(() => indicatorCorrelations({ ids, columns: { x: [1, 2, 3] } }, spec(["x"]), { method: "kendall" as "pearson" })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});
