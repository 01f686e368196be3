import { describe, expect, it } from "vitest";
import { cronbachAlpha } from "./cronbachAlpha";

describe("cronbachAlpha", () => {
  it("identical items give α = 1; k items with equal pairwise correlation ρ give kρ/(1 + (k − 1)ρ)", () => {
    const x = [1, 4, 2, 8, 5];
    expect(cronbachAlpha({ ids: x.map((_, i) => `u${i}`), columns: { a: x, b: x, c: x } }, ["a", "b", "c"])).toBeCloseTo(1, 12);
    // two standardised-equal-variance items: α = 2ρ/(1 + ρ); ρ = 0.8 for these columns
    const t = { ids: ["a", "b", "c", "d", "e"], columns: { x: [1, 2, 3, 4, 5], y: [2, 1, 4, 3, 5] } };
    expect(cronbachAlpha(t, ["x", "y"])).toBeCloseTo((2 * 0.8) / 1.8, 12);
  });

  it("a reversed item lowers α unless its direction flips it back", () => {
    const t = { ids: ["a", "b", "c", "d", "e"], columns: { x: [1, 2, 3, 4, 5], y: [2, 1, 4, 3, 5], z: [5, 4, 3, 2, 1] } };
    expect(cronbachAlpha(t, ["x", "y", "z"])).toBeLessThan(0.5);
    expect(cronbachAlpha(t, ["x", "y", { id: "z", direction: -1 }])).toBeGreaterThan(0.9);
  });

  it("constant and empty columns are coded errors naming the indicator", () => {
    const t = { ids: ["a", "b", "c"], columns: { x: [1, 2, 3], k: [1, 1, 1], m: [Number.NaN, Number.NaN, Number.NaN] } };
    expect(() => cronbachAlpha(t, ["x", "k"])).toThrow(expect.objectContaining({ code: "INDEX_CONSTANT_INDICATOR", details: { indicator: "k" } }));
    expect(() => cronbachAlpha(t, ["x", "m"])).toThrow(expect.objectContaining({ code: "INDEX_EMPTY_INDICATOR", details: { indicator: "m" } }));
  });
});
