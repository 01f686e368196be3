import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndex, computeIndexColumns } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";

/** The k largest positive contributions of one unit, from its record (a second method: sort). */
function driversOf(contributions: Readonly<Record<string, number>>, ids: readonly string[], k: number): string[] {
  return ids
    .map((id, j) => ({ id, j, c: contributions[id] as number }))
    .filter((x) => x.c > 0)
    .sort((a, b) => b.c - a.c || a.j - b.j)
    .slice(0, k)
    .map((x) => x.id);
}

const specs: readonly Omit<IndexSpec, "indicators">[] = [
  {},
  { aggregation: { indicators: "geometric", dimensions: "arithmetic" }, normalization: { method: "minmax", range: [1, 100] } },
  { normalization: "zscore", levels: { method: "equalIntervals", count: 4 } },
  { missing: "mean", outliers: { method: "winsorize" }, ranking: "fractional" },
  { levels: { method: "fixed", thresholds: [30, 60] } },
];

describe("computeIndexColumns with details", () => {
  it("gives computeIndex's per-unit results, to the bit, on random tables", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: specs.length - 1 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (n, m, which, grouped, k, seed) => {
          let s = seed >>> 0 || 1;
          const next = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
          const ids = Array.from({ length: n }, (_, i) => `u${i}`);
          const columns: Record<string, number[]> = {};
          for (let j = 0; j < m; j++) {
            // whole numbers with ties, a few gaps (never a whole column)
            columns[`x${j}`] = ids.map((_, i) => (i > 1 && next() < 0.1 ? Number.NaN : 1 + Math.floor(next() * 9)));
            (columns[`x${j}`] as number[])[0] = 1;
            (columns[`x${j}`] as number[])[1] = 10;
          }
          const table = { ids, columns, ...(grouped ? { groups: ids.map((_, i) => `g${i % 3}`) } : {}) };
          const spec: IndexSpec = { ...specs[which], indicators: Object.keys(columns).map((id, j) => ({ id, dimension: `d${j % 3}`, direction: j % 2 === 0 ? 1 : -1, weight: 1 + (j % 2) })) };
          const full = computeIndex(table, spec);
          const cols = computeIndexColumns(table, spec, { details: true, topContributions: k });
          const d = cols.details;
          expect(d).toBeDefined();
          if (d === undefined) return;
          expect(d.weights).toEqual(full.weights);
          expect(d.breaks).toEqual(full.breaks);
          expect(d.levelLabels).toEqual(full.levels);
          expect(d.excluded).toBe(full.excluded.length);
          expect(d.groupRanks === null).toBe(!grouped);
          const names = Object.keys(columns);
          full.units.forEach((u, i) => {
            expect(Object.is(cols.scores[i], u.score ?? Number.NaN)).toBe(true);
            expect(Object.is(cols.ranks[i], u.rank ?? Number.NaN)).toBe(true);
            if (d.groupRanks !== null) expect(Object.is(d.groupRanks[i], u.groupRank ?? Number.NaN)).toBe(true);
            expect(d.levels[i]).toBe(u.level?.level ?? 0);
            expect(d.coverage[i]).toBe(u.coverage);
            const drivers: string[] = [];
            for (let r = 0; r < k; r++) {
              const j = d.drivers.indicator[i * k + r] as number;
              if (j < 0) break;
              drivers.push(d.drivers.indicators[j] as string);
              expect(d.drivers.value[i * k + r]).toBe(u.contributions[d.drivers.indicators[j] as string]);
            }
            expect(drivers).toEqual(driversOf(u.contributions, names, k));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refuses a topContributions outside 0–64 with a coded error", () => {
    const table = { ids: ["a", "b"], columns: { x: [1, 2] } };
    const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }] };
    expect(() => computeIndexColumns(table, spec, { details: true, topContributions: 65 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
    expect(() => computeIndexColumns(table, spec, { details: true, topContributions: 1.5 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
    expect(computeIndexColumns(table, spec, { details: true, topContributions: 0 }).details?.drivers.indicator.length).toBe(0);
  });

  it("finds the drivers of the top of the ranking only, with topContributionsUpToRank: the same numbers for those units, none for the rest", () => {
    // the quick two-sweep path (the first three) and the general path (the rest)
    const cases: readonly Omit<IndexSpec, "indicators">[] = [{}, { normalization: { method: "minmax", range: [1, 100] }, ranking: "fractional" }, { weighting: "equal", ranking: "min" }, ...specs.slice(1)];
    let partial = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 45 }),
        fc.boolean(),
        fc.integer(),
        (n, m, which, k, upTo, coarse, seed) => {
          let s = seed >>> 0 || 1;
          const next = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
          const ids = Array.from({ length: n }, (_, i) => `u${i}`);
          const columns: Record<string, Float64Array> = {};
          for (let j = 0; j < m; j++) {
            // coarse values tie often (equal scores across units); a few gaps, never a whole column
            const col = Float64Array.from(ids, (_, i) => (i > 1 && next() < 0.1 ? Number.NaN : coarse ? 1 + Math.floor(next() * 4) : next() * 1000));
            col[0] = 1;
            if (n > 1) col[1] = 1000;
            columns[`x${j}`] = col;
          }
          const table = { ids, columns };
          const spec: IndexSpec = { ...cases[which], indicators: Object.keys(columns).map((id, j) => ({ id, dimension: `d${j % 3}`, direction: j % 2 === 0 ? 1 : -1, weight: 1 + (j % 2) })) };
          let all;
          try {
            all = computeIndexColumns(table, spec, { details: true, topContributions: k });
          } catch {
            return; // a constant column, say: not this test's concern
          }
          const some = computeIndexColumns(table, spec, { details: true, topContributions: k, topContributionsUpToRank: upTo });
          expect(Array.from(some.scores)).toEqual(Array.from(all.scores));
          expect(Array.from(some.ranks)).toEqual(Array.from(all.ranks));
          // the units ranked at or above the upTo-th (a second method: sort the ranks)
          const sorted = Array.from(all.ranks).filter((r) => r === r).sort((a, b) => a - b);
          const last = upTo === 0 || sorted.length === 0 ? -Infinity : (sorted[Math.min(upTo, sorted.length) - 1] as number);
          const a = all.details?.drivers;
          const b = some.details?.drivers;
          if (a === undefined || b === undefined) throw new Error("no details");
          expect(b.k).toBe(k);
          for (let i = 0; i < n; i++) {
            const kept = (all.ranks[i] as number) <= last;
            if (!kept) partial++;
            for (let r = 0; r < k; r++) {
              expect(b.indicator[i * k + r]).toBe(kept ? a.indicator[i * k + r] : -1);
              expect(Object.is(b.value[i * k + r], kept ? a.value[i * k + r] : 0)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(partial).toBeGreaterThan(0);
  });

  it("keeps the units tied with the last one asked for (hand-worked)", () => {
    // scores 100, 50, 50, 0: ranks 1, 2, 2, 4 (competition ranks, the default); the 2nd unit of the ranking ties with the 3rd
    const table = { ids: ["a", "b", "c", "d"], columns: { x: [10, 5, 5, 0], y: [0, 5, 5, 10] } };
    const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "e", direction: -1 }] };
    const cols = computeIndexColumns(table, spec, { details: true, topContributions: 2, topContributionsUpToRank: 2 });
    expect(Array.from(cols.ranks)).toEqual([1, 2, 2, 4]);
    const drivers = cols.details?.drivers;
    // a: x and y both at the top (50 each); b, c: 25 each; d: nothing above the minimum
    expect(Array.from(drivers?.indicator ?? [])).toEqual([0, 1, 0, 1, 0, 1, -1, -1]);
    expect(Array.from(drivers?.value ?? [])).toEqual([50, 50, 25, 25, 25, 25, 0, 0]);
    const one = computeIndexColumns(table, spec, { details: true, topContributions: 2, topContributionsUpToRank: 1 });
    expect(Array.from(one.details?.drivers.indicator ?? [])).toEqual([0, 1, -1, -1, -1, -1, -1, -1]);
  });

  it("refuses a topContributionsUpToRank that is not a non-negative integer", () => {
    const table = { ids: ["a", "b"], columns: { x: [1, 2] } };
    const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }] };
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => computeIndexColumns(table, spec, { details: true, topContributionsUpToRank: bad })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
    }
  });
});
