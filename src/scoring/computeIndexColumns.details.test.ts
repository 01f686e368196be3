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
});
