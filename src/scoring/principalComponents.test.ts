import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndex } from "./computeIndex";
import { principalComponents } from "./principalComponents";

describe("principalComponents", () => {
  it("two indicators with correlation r: eigenvalues 1 ± r, first vector (1, 1)/√2, weights ½ each", () => {
    const table = { ids: ["a", "b", "c", "d", "e"], columns: { x: [1, 2, 3, 4, 5], y: [2, 1, 4, 3, 5] } };
    const pca = principalComponents(table, ["x", "y"]);
    const r = 0.8; // Σ dx·dy / Σ dx² = 8/10
    expect(pca.eigenvalues[0]).toBeCloseTo(1 + r, 12);
    expect(pca.eigenvalues[1]).toBeCloseTo(1 - r, 12);
    expect(pca.vectors[0]?.[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(pca.weights.first["x"]).toBeCloseTo(0.5, 12);
    expect(pca.kaiser).toBe(1);
  });

  it("A·v = λ·v and V orthonormal on random correlation matrices (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 5, maxLength: 5 }), { minLength: 8, maxLength: 20 }), (rows) => {
        const columns = Object.fromEntries([0, 1, 2, 3, 4].map((j) => [`c${j}`, rows.map((row) => row[j] as number)]));
        if (Object.values(columns).some((c) => new Set(c).size < 2)) return;
        const pca = principalComponents({ ids: rows.map((_, i) => `u${i}`), columns }, Object.keys(columns));
        const sum = pca.eigenvalues.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(5, 9); // trace of a correlation matrix
        const V = pca.vectors;
        for (let c = 0; c < 5; c++) for (let d = 0; d < 5; d++) {
          let dot = 0;
          for (let j = 0; j < 5; j++) dot += (V[j]?.[c] as number) * (V[j]?.[d] as number);
          expect(dot).toBeCloseTo(c === d ? 1 : 0, 9);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("weighting: \"pca\" in an index uses the first component of each dimension", () => {
    const table = { ids: ["a", "b", "c", "d", "e"], columns: { x: [1, 2, 3, 4, 5], y: [2, 1, 4, 3, 5], z: [9, 7, 8, 6, 5] } };
    const r = computeIndex(table, {
      indicators: [
        { id: "x", dimension: "d", direction: 1 },
        { id: "y", dimension: "d", direction: 1 },
        { id: "z", dimension: "e", direction: 1 },
      ],
      weighting: "pca",
    });
    expect(r.weights.indicators["x"]).toBeCloseTo(0.5, 12);
    expect(r.weights.indicators["z"]).toBe(1);
  });

  it("constant columns and bad options are coded errors", () => {
    const table = { ids: ["a", "b", "c", "d"], columns: { x: [1, 2, 3, 4], k: [2, 2, 2, 2] } };
    expect(() => principalComponents(table, ["x", "k"])).toThrow(expect.objectContaining({ code: "INDEX_CONSTANT_INDICATOR", details: { indicator: "k" } }));
    expect(() => principalComponents(table, ["x"])).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});
