import { describe, expect, it } from "vitest";
import { computeIndex } from "./computeIndex";
import { effectiveWeights } from "./effectiveWeights";
import type { IndexSpec } from "./IndexSpec";
import { whatIf } from "./whatIf";

const table = {
  ids: ["golshahr", "mehrshahr", "hesarak", "azimiyeh", "fardis"],
  columns: { unemployment: [20, 8, 14, 6, 17], income: [30, 70, 45, 90, 35], literacy: [70, 95, 80, 97, 75], clinics: [1, 3, 2, 4, 1.5] },
};
const spec: IndexSpec = {
  indicators: [
    { id: "unemployment", dimension: "economy", direction: 1, weight: 2 },
    { id: "income", dimension: "economy", direction: -1 },
    { id: "literacy", dimension: "education", direction: -1 },
    { id: "clinics", dimension: "health", direction: -1 },
  ],
  dimensions: [{ id: "economy", weight: 0.5 }, { id: "education", weight: 0.3 }, { id: "health", weight: 0.2 }],
};

describe("whatIf", () => {
  it("equals recomputing the index without each indicator (brute force)", () => {
    const nominal = computeIndex(table, spec).units.map((u) => u.rank as number);
    for (const e of whatIf(table, spec, { remove: "each-indicator", top: 10 })) {
      const reduced = spec.indicators.filter((i) => i.id !== e.removed);
      const dims = spec.dimensions?.filter((d) => reduced.some((i) => i.dimension === d.id));
      const ranks = computeIndex(table, { ...spec, indicators: reduced, dimensions: dims }).units.map((u) => u.rank as number);
      const shifts = ranks.map((r, i) => r - (nominal[i] as number));
      expect(e.meanAbsoluteShift).toBeCloseTo(shifts.reduce((a, s) => a + Math.abs(s), 0) / shifts.length, 12);
      expect(e.maxAbsoluteShift).toBe(Math.max(...shifts.map(Math.abs)));
      expect(e.movers.length).toBe(shifts.filter((s) => s !== 0).length);
    }
  });

  it("drops whole dimensions; the only element is never tried", () => {
    expect(whatIf(table, spec, { remove: "each-dimension" }).map((e) => e.removed)).toEqual(["economy", "education", "health"]);
    const one: IndexSpec = { indicators: [{ id: "literacy", dimension: "education", direction: -1 }] };
    expect(whatIf(table, one, { remove: "each-indicator" })).toEqual([]);
  });

  it("bad options are coded errors", () => {
    expect(() => whatIf(table, spec, { remove: "each-unit" as "each-indicator" })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => whatIf(table, { ...spec, weighting: { method: "ahp", dimensions: [[1, 2, 3], [1 / 2, 1, 2], [1 / 3, 1 / 2, 1]] } }, { remove: "each-indicator" })).toThrow(
      expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }),
    );
  });
});

describe("effectiveWeights", () => {
  it("products of the nominal weights, summing to 1 (hand-worked)", () => {
    const w = effectiveWeights(table, spec);
    expect(w.map((r) => r.weight)).toEqual([0.5 * (2 / 3), 0.5 * (1 / 3), 0.3, 0.2]);
    expect(w.reduce((a, r) => a + r.weight, 0)).toBeCloseTo(1, 15);
  });

  it("match computeIndex's weights for data-driven weighting", () => {
    const s: IndexSpec = { ...spec, weighting: "entropy" };
    const r = computeIndex(table, s);
    for (const row of effectiveWeights(table, s)) {
      expect(row.withinDimension).toBe(r.weights.indicators[row.indicator]);
      expect(row.dimensionWeight).toBe(r.weights.dimensions[row.dimension]);
    }
  });
});
