import { describe, expect, it } from "vitest";
import { computeIndex } from "../scoring/index";
import { blendWeights } from "./blendWeights";
import { tallyBallots } from "./tallyBallots";

describe("blendWeights", () => {
  it("is α·expert + (1 − α)·residents after normalising each side (hand-worked)", () => {
    // experts 2:1:1 → .5 .25 .25; residents 10:30:60 → .1 .3 .6; α = .5 → .3 .275 .425
    const w = blendWeights({ employment: 2, education: 1, health: 1 }, { employment: 10, education: 30, health: 60 }, { alpha: 0.5 });
    expect(w["employment"]).toBeCloseTo(0.3, 12);
    expect(w["education"]).toBeCloseTo(0.275, 12);
    expect(w["health"]).toBeCloseTo(0.425, 12);
    expect(blendWeights({ a: 1, b: 3 }, { a: 1 }, { alpha: 1 })).toEqual({ a: 0.25, b: 0.75 });
    expect(blendWeights({ a: 1, b: 3 }, { c: 1 }, { alpha: 0 })).toEqual({ a: 0, b: 0, c: 1 });
  });
  it("reads a ballot tally and feeds computeIndex's spec", () => {
    const tally = tallyBallots(
      [
        { voterId: "1", approvals: ["work"] },
        { voterId: "2", approvals: ["work", "school"] },
        { voterId: "3", approvals: ["work"] },
      ],
      { method: "approval", projects: ["work", "school"] },
    );
    const w = blendWeights({ work: 1, school: 1 }, tally, { alpha: 0.5 });
    // residents 3:1 → .75 .25; blended .625 .375
    expect(w).toEqual({ work: 0.625, school: 0.375 });
    const r = computeIndex(
      { ids: ["a", "b"], columns: { x: [0, 10], y: [10, 0] } },
      { indicators: [{ id: "x", dimension: "work", direction: 1 }, { id: "y", dimension: "school", direction: 1 }], dimensions: Object.entries(w).map(([id, weight]) => ({ id, weight })) },
    );
    expect(r.weights.dimensions).toEqual({ work: 0.625, school: 0.375 });
    expect(r.units.map((u) => u.score)).toEqual([37.5, 62.5]);
  });
  it("refuses weights that do not sum to a positive number, negative ones and a bad α", () => {
    expect(() => blendWeights({ a: 0 }, { a: 1 }, { alpha: 0.5 })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_WEIGHTS" }));
    expect(() => blendWeights({ a: -1, b: 2 }, { a: 1 }, { alpha: 0.5 })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_WEIGHTS" }));
    expect(() => blendWeights({ a: 1 }, { a: 1 }, { alpha: 1.5 })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_OPTION" }));
  });
});
