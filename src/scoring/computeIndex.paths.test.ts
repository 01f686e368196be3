import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndex, computeIndexColumns } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";

/**
 * computeIndex takes shortcuts on complete `Float64Array` columns (no coverage screen, the
 * fused min-max pass, the level breaks read along the rank order). A plain-array copy of the
 * same table takes the general path: both must give the same result, every per-unit record read.
 */
function everything(result: ReturnType<typeof computeIndex>): unknown {
  return {
    ...result,
    units: result.units.map((u) => ({ ...u, dimensions: { ...u.dimensions }, dimensionRanks: { ...u.dimensionRanks }, contributions: { ...u.contributions }, normalized: { ...u.normalized } })),
  };
}

/** Same values, and the same sign of every zero (toEqual alone takes −0 for +0). */
function sameBits(a: unknown, b: unknown): void {
  expect(a).toEqual(b);
  const zeros = (v: unknown): string => JSON.stringify(v, (_, x: unknown) => (Object.is(x, -0) ? "-0" : x));
  expect(zeros(a)).toBe(zeros(b));
}

const value = fc.oneof({ weight: 8, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN, 1e-300, 5) });

const specs: readonly Omit<IndexSpec, "indicators">[] = [
  {},
  { levels: { method: "equalIntervals", count: 3 } },
  { levels: { method: "fixed", thresholds: [25, 50] } },
  { normalization: "zscore", ranking: "dense" },
  { missing: "mean", levels: { method: "quantiles", count: 4 } },
  { missing: { minCoverage: 0.5 }, ranking: "fractional" },
];

describe("computeIndex: the typed-array shortcuts give the general path's result", () => {
  it("Float64Array columns and plain arrays of the same values give the same result, bit for bit (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.constantFrom(...specs),
        fc.infiniteStream(value),
        (n, k, dims, groups, rest, values) => {
          const columns: Record<string, number[]> = {};
          const indicators = [];
          for (let j = 0; j < k; j++) {
            columns[`x${j}`] = Array.from({ length: n }, () => values.next().value as number);
            indicators.push({ id: `x${j}`, dimension: `d${j % dims}`, direction: (j % 2 === 0 ? 1 : -1) as 1 | -1, weight: 1 + (j % 3) });
          }
          const ids = Array.from({ length: n }, (_, i) => `محله ${i}`);
          const spec: IndexSpec = { indicators, ...rest };
          const plainTable = { ids, columns, ...(groups ? { groups: ids.map((_, i) => (i % 3 === 0 ? "کرج" : "نظرآباد")) } : {}) };
          const typedTable = { ...plainTable, columns: Object.fromEntries(Object.entries(columns).map(([id, c]) => [id, Float64Array.from(c)])) };
          let plain: unknown;
          try {
            plain = everything(computeIndex(plainTable, spec));
          } catch (error) {
            plain = (error as { code: string }).code;
          }
          let typed: unknown;
          try {
            typed = everything(computeIndex(typedTable, spec));
          } catch (error) {
            typed = (error as { code: string }).code;
          }
          sameBits(typed, plain);
          if (typeof plain !== "string") {
            const details = computeIndexColumns(typedTable, spec, { details: true }).details;
            sameBits(details?.breaks, (plain as { breaks: number[] }).breaks);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a complete table: every unit's coverage is 1; one gap gives that unit its share", () => {
    const t = { ids: ["a", "b", "c"], columns: { x: new Float64Array([1, 2, 3]), y: new Float64Array([3, 1, 2]) } };
    const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: 1 }] };
    expect(computeIndex(t, spec).units.map((u) => u.coverage)).toEqual([1, 1, 1]);
    const gap = { ...t, columns: { ...t.columns, y: new Float64Array([3, Number.NaN, 2]) } };
    expect(computeIndex(gap, spec).units.map((u) => u.coverage)).toEqual([1, 0.5, 1]);
  });

  it("a table with no unit is refused as before, and so is an infinite value", () => {
    const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }] };
    expect(() => computeIndex({ ids: [], columns: { x: new Float64Array(0) } }, spec)).toThrow(expect.objectContaining({ code: "INDEX_NO_UNITS" }));
    expect(() => computeIndex({ ids: ["a", "b"], columns: { x: new Float64Array([1, Infinity]) } }, spec)).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
    // a sum that overflows although every value is finite: the general path decides (same scores)
    const huge = { ids: ["a", "b", "c"], columns: { x: new Float64Array([1.7e308, 1.7e308, 0]) } };
    expect(computeIndex(huge, spec).units.map((u) => u.score)).toEqual(computeIndex({ ...huge, columns: { x: [1.7e308, 1.7e308, 0] } }, spec).units.map((u) => u.score));
  });
});
