/**
 * The column-by-column top contributions against the unit-by-unit reader they replace on the
 * common spec (flat, arithmetic): the same indicators and the same doubles, ties included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contributionReader, topContributions, topContributionsByColumn } from "./_contributions";
import { runPass } from "./_engine";
import type { IndexSpec } from "./IndexSpec";
import { makePlan } from "./_plan";

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }).map((v) => v / 4) }, // few distinct values: many ties
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 0, -0, 1e-300, 1e300, 5e-324) },
);

const specs: readonly Omit<IndexSpec, "indicators">[] = [
  {},
  { normalization: "zscore" },
  { normalization: { method: "minmax", range: [1, 100] }, missing: "mean" },
  { outliers: { method: "winsorize" }, missing: { method: "reweight", minCoverage: 0.5 } },
  { normalization: "rank", ranking: "fractional" },
];

let compared = 0;
describe("topContributionsByColumn", () => {
  it("gives the reader's top k (indicators and values, to the bit) on random tables, duplicate columns and gaps included, without kept columns", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: specs.length - 1 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (n, m, dims, k, s, seed) => {
          let state = seed;
          const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
          const values = fc.sample(cell, { numRuns: n * m, seed });
          const columns: Record<string, Float64Array> = {};
          for (let j = 0; j < m; j++) {
            // every third column repeats the one before: equal contributions across indicators
            columns[`x${j}`] = j % 3 === 2 ? (columns[`x${j - 1}`] as Float64Array).slice() : Float64Array.from({ length: n }, (_, i) => values[j * n + i] as number);
          }
          const spec: IndexSpec = {
            ...specs[s],
            indicators: Array.from({ length: m }, (_, j) => ({ id: `x${j}`, dimension: `d${Math.floor(rnd() * dims)}`, direction: rnd() < 0.5 ? 1 : -1, ...(rnd() < 0.3 ? { weight: 1 + Math.floor(rnd() * 3) } : {}) })),
          } as IndexSpec;
          const table = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
          let plan;
          try {
            plan = makePlan(table, spec, true);
            // the column path on a pass that keeps no column (each is normalised again), the reader on one that keeps them all
            const lean = runPass(plan, false, true);
            const kept = runPass(plan, true, true);
            const byColumn = topContributionsByColumn(plan, lean, k);
            const byUnit = topContributions(n, k, contributionReader(plan, kept));
            expect(byColumn).not.toBeNull();
            compared++;
            expect(Array.from(byColumn?.index ?? [])).toEqual(Array.from(byUnit.index));
            expect(Array.from(byColumn?.value ?? [], (v) => Object.is(v, -0) ? "-0" : v)).toEqual(Array.from(byUnit.value, (v) => Object.is(v, -0) ? "-0" : v));
          } catch (error) {
            // a constant or empty column the spec cannot normalise: not this test's concern
            if ((error as { code?: string }).code?.startsWith("INDEX_") === true && plan === undefined) return;
            if ((error as { code?: string }).code === "INDEX_CONSTANT_INDICATOR" || (error as { code?: string }).code === "INDEX_EMPTY_INDICATOR" || (error as { code?: string }).code === "INDEX_NO_UNITS") return;
            throw error;
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(100); // most tables are scorable
  });

  it("declines a hierarchy or a geometric aggregation (the reader handles those)", () => {
    const table = { ids: ["a", "b", "c"], columns: { x: Float64Array.of(1, 2, 3), y: Float64Array.of(3, 1, 2) } };
    const geometric: IndexSpec = {
      aggregation: { indicators: "geometric", dimensions: "arithmetic" },
      normalization: { method: "minmax", range: [1, 100] },
      indicators: [
        { id: "x", dimension: "d", direction: 1 },
        { id: "y", dimension: "d", direction: 1 },
      ],
    };
    const plan = makePlan(table, geometric, true);
    expect(topContributionsByColumn(plan, runPass(plan, true, true), 3)).toBeNull();
  });
});
