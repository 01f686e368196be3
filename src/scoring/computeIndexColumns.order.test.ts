/**
 * `details.order` of computeIndexColumns: the units' positions by rank, equal ranks in input
 * order, the units not scored last in input order — against a comparison sort of the
 * positions by the ranks the same call returns (a second method), on random tables with ties,
 * units without values and groups, for every ranking method, through the details pass (the
 * common spec) and the general path (geometric aggregation).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndexColumns } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";

/** Positions sorted by rank, ties in input order, NaN last. */
function bySort(ranks: Float64Array): number[] {
  const key = (i: number): number => (Number.isNaN(ranks[i] as number) ? Infinity : (ranks[i] as number));
  return Array.from(ranks, (_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}

describe("computeIndexColumns details.order", () => {
  it("is the positions sorted by rank, ties in input order, the units not scored last", () => {
    fc.assert(
      fc.property(
        // few distinct values: many ties; NaN: a missing cell (a unit without any is not scored)
        fc.array(fc.tuple(fc.option(fc.integer({ min: 1, max: 6 }), { nil: Number.NaN, freq: 5 }), fc.option(fc.integer({ min: 1, max: 4 }), { nil: Number.NaN, freq: 5 }), fc.integer({ min: 0, max: 2 })), { minLength: 2, maxLength: 60 }),
        fc.constantFrom("min", "dense", "fractional"),
        fc.constantFrom("arithmetic", "geometric"),
        (rows, ranking, aggregation) => {
          // both columns need a range: two units fixed at the ends
          const all = [[1, 1, 0], [6, 4, 1], ...rows] as [number, number, number][];
          const table = { ids: all.map((_, i) => `u${i}`), columns: { x: all.map((r) => r[0]), y: all.map((r) => r[1]) }, groups: all.map((r) => `g${r[2]}`) };
          const spec: IndexSpec = {
            indicators: [{ id: "x", dimension: "d1", direction: 1 }, { id: "y", dimension: "d2", direction: -1 }],
            ranking,
            ...(aggregation === "geometric" ? { aggregation: { indicators: "geometric", dimensions: "geometric" }, normalization: { method: "minmax", range: [1, 100] } } : {}),
          } as IndexSpec;
          const r = computeIndexColumns(table, spec, { details: true });
          expect(Array.from(r.details?.order ?? [])).toEqual(bySort(r.ranks));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("puts a unit without any value last, after ties", () => {
    const r = computeIndexColumns({ ids: ["a", "b", "c", "d"], columns: { x: [5, Number.NaN, 10, 5] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] }, { details: true });
    // c (100) first, then a and d (0, tied: input order), b (no score) last
    expect(Array.from(r.ranks)).toEqual([2, Number.NaN, 1, 2]);
    expect(Array.from(r.details?.order ?? [])).toEqual([2, 0, 3, 1]);
  });
});
