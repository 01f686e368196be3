import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLevels, computeIndex, computeIndexColumns, type IndexSpec, type ObservationLike } from "../scoring/index";
import { computeIndexOverTime } from "./computeIndexOverTime";

/**
 * computeIndexOverTime scores the common index with its own columnar pass: these tests hold
 * it to the engine — one computeIndexColumns + classifyLevels run per period on the shared
 * goalposts — value for value (Object.is: −0, NaN and every bit), or to the same error code.
 */

type Outcome = { ok: true; value: unknown } | { ok: false; code: unknown };
const attempt = (f: () => unknown): Outcome => {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    return { ok: false, code: (e as { code?: unknown }).code };
  }
};

/** The engine, one period at a time, on the goalposts computeIndexOverTime reports. */
function perPeriod(tables: Record<string, { ids: string[]; columns: Record<string, Float64Array> }>, spec: IndexSpec, periods: readonly string[], goalposts: Record<string, { min: number; max: number }>) {
  const norm = spec.normalization;
  const range = typeof norm === "object" && norm !== null ? norm.range : undefined;
  const shared: IndexSpec = {
    ...spec,
    indicators: spec.indicators.map((ind) => ({ ...ind, goalposts: goalposts[ind.id] as { min: number; max: number } })),
    normalization: range === undefined ? "goalposts" : { method: "goalposts", range },
  };
  return periods.map((p) => {
    const r = computeIndexColumns(tables[p] as { ids: string[]; columns: Record<string, Float64Array> }, shared);
    const lv = classifyLevels(r.scores, spec.levels);
    return { scores: Array.from(r.scores), ranks: Array.from(r.ranks), levels: lv.levels.map((l) => l ?? Number.NaN) };
  });
}

const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, // ties
  { weight: 6, arbitrary: fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constant(Number.NaN) },
);

const caseArb = fc
  .record({
    n: fc.integer({ min: 1, max: 14 }),
    k: fc.integer({ min: 1, max: 7 }),
    p: fc.integer({ min: 1, max: 4 }),
    dims: fc.integer({ min: 1, max: 3 }),
    ranking: fc.constantFrom(undefined, "min", "dense", "fractional"),
    levels: fc.constantFrom<IndexSpec["levels"]>(undefined, { method: "quantiles", count: 3 }, { method: "equalIntervals", count: 4 }, { method: "fixed", thresholds: [25, 50, 75] }),
    range: fc.constantFrom<readonly [number, number] | undefined>(undefined, [1, 10]),
    weighting: fc.constantFrom<IndexSpec["weighting"]>(undefined, "equal", "manual"),
    declare: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      weights: fc.array(fc.constantFrom(0, 1, 2, 0.5, 3), { minLength: c.k, maxLength: c.k }),
      dimWeights: fc.array(fc.constantFrom(0, 1, 2, 0.25), { minLength: c.dims, maxLength: c.dims }),
      directions: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: c.k, maxLength: c.k }),
      dimOf: fc.array(fc.integer({ min: 0, max: c.dims - 1 }), { minLength: c.k, maxLength: c.k }),
      values: fc.array(value, { minLength: c.n * c.k * c.p, maxLength: c.n * c.k * c.p }),
    }),
  );

describe("computeIndexOverTime's columnar pass against the engine", () => {
  it("gives each period's scores, ranks and levels of computeIndexColumns + classifyLevels, or its error (property)", () => {
    let fast = 0;
    fc.assert(
      fc.property(caseArb, ({ c, weights, dimWeights, directions, dimOf, values }) => {
        const ids = Array.from({ length: c.n }, (_, i) => `u${i}`);
        const periods = Array.from({ length: c.p }, (_, s) => String(1400 + s));
        const used = [...new Set(dimOf)].sort();
        const spec: IndexSpec = {
          indicators: Array.from({ length: c.k }, (_, j) => ({ id: `x${j}`, dimension: `d${dimOf[j]}`, direction: directions[j] as 1 | -1, weight: weights[j] as number })),
          ...(c.declare ? { dimensions: used.reverse().map((d) => ({ id: `d${d}`, weight: dimWeights[d] as number })) } : {}),
          ...(c.ranking === undefined ? {} : { ranking: c.ranking as "min" }),
          ...(c.levels === undefined ? {} : { levels: c.levels }),
          ...(c.range === undefined ? {} : { normalization: { method: "minmax", range: c.range } }),
          ...(c.weighting === undefined ? {} : { weighting: c.weighting }),
        };
        const tables: Record<string, { ids: string[]; columns: Record<string, Float64Array> }> = {};
        periods.forEach((period, s) => {
          const columns: Record<string, Float64Array> = {};
          for (let j = 0; j < c.k; j++) columns[`x${j}`] = Float64Array.from(ids, (_, i) => values[(s * c.k + j) * c.n + i] as number);
          tables[period] = { ids, columns };
        });
        // pooled goalposts, by hand: min and max of the finite values over every period
        const goalposts: Record<string, { min: number; max: number }> = {};
        for (let j = 0; j < c.k; j++) {
          const all = periods.flatMap((p) => Array.from(tables[p]?.columns[`x${j}`] ?? []).filter((v) => Number.isFinite(v)));
          goalposts[`x${j}`] = { min: Math.min(...all), max: Math.max(...all) };
        }
        const want = attempt(() => perPeriod(tables, spec, periods, goalposts));
        const got = attempt(() => computeIndexOverTime(tables, spec, { periods }));
        if (!want.ok || !got.ok) {
          // the same refusal (e.g. an indicator constant over the panel, or empty in a period)
          expect(got.ok).toBe(false);
          expect(want.ok).toBe(false);
          expect((got as { code: unknown }).code).toBe((want as { code: unknown }).code);
          return;
        }
        const r = got.value as ReturnType<typeof computeIndexOverTime>;
        // the same bounds (either zero may be −0 when both occur: the scan keeps the first seen)
        const plus = (g: Readonly<Record<string, { min: number; max: number }>>) => Object.fromEntries(Object.entries(g).map(([id, b]) => [id, { min: b.min + 0, max: b.max + 0 }]));
        expect(plus(r.goalposts)).toEqual(plus(goalposts));
        const expected = perPeriod(tables, spec, periods, r.goalposts as Record<string, { min: number; max: number }>);
        r.byPeriod.forEach((b, s) => {
          expect(Array.from(b.scores)).toEqual(expected[s]?.scores);
          expect(Array.from(b.ranks)).toEqual(expected[s]?.ranks);
          expect(Array.from(b.levels)).toEqual(expected[s]?.levels);
        });
        fast += 1;
      }),
      { numRuns: 300, seed: 20261130 },
    );
    // most cases are scored, not refused
    expect(fast).toBeGreaterThan(150);
  });

  it("ranks and levels scores that differ only in their last bits, and long runs of ties, as the engine", () => {
    // 5,000 units: one indicator whose values share their high 32 bits (they differ below 2⁻²⁰),
    // another with 7 distinct values: the sort's long runs and its tie handling
    const n = 5000;
    const ids = Array.from({ length: n }, (_, i) => `u${i}`);
    const spec: IndexSpec = {
      indicators: [
        { id: "fine", dimension: "a", direction: 1 },
        { id: "coarse", dimension: "b", direction: -1, weight: 0 },
        { id: "ties", dimension: "b", direction: -1 },
      ],
      ranking: "fractional",
    };
    const tables: Record<string, { ids: string[]; columns: Record<string, Float64Array> }> = {};
    for (const [s, period] of ["1401", "1402"].entries()) {
      tables[period] = {
        ids,
        columns: {
          fine: Float64Array.from(ids, (_, i) => 1 + ((i * 7919 + s) % 97) * 2 ** -45 + (i % 3 === 0 ? 1 : 0)),
          coarse: Float64Array.from(ids, (_, i) => i),
          ties: Float64Array.from(ids, (_, i) => (i * 31 + s) % 7),
        },
      };
    }
    for (const ranking of ["min", "dense", "fractional"] as const) {
      for (const levels of [undefined, { method: "quantiles", count: 4 } as const, { method: "equalIntervals", count: 3 } as const]) {
        const sp: IndexSpec = { ...spec, ranking, ...(levels === undefined ? {} : { levels }) };
        const r = computeIndexOverTime(tables, sp, { periods: ["1401", "1402"] });
        const want = perPeriod(tables, sp, ["1401", "1402"], r.goalposts as Record<string, { min: number; max: number }>);
        r.byPeriod.forEach((b, s) => {
          expect(Array.from(b.scores)).toEqual(want[s]?.scores);
          expect(Array.from(b.ranks)).toEqual(want[s]?.ranks);
          expect(Array.from(b.levels)).toEqual(want[s]?.levels);
        });
      }
    }
  });

  it("gives the engine's values with AHP weights, declared dimension weights and explicit defaults", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `u${i}`);
    const spec: IndexSpec = {
      indicators: [
        { id: "a", dimension: "work", direction: 1 },
        { id: "b", dimension: "work", direction: -1 },
        { id: "c", dimension: "home", direction: 1 },
      ],
      dimensions: [
        { id: "home", weight: 2 },
        { id: "work", weight: 1 },
      ],
      weighting: { method: "ahp", indicators: { work: [[1, 3], [1 / 3, 1]] } },
      outliers: "none",
      missing: { method: "reweight", minCoverage: 0 },
      aggregation: "arithmetic",
      normalization: { method: "minmax", range: [0, 1] },
      levels: { method: "quantiles", count: 5 },
    };
    const tables: Record<string, { ids: string[]; columns: Record<string, Float64Array> }> = {};
    for (const [s, period] of ["1401", "1402", "1403"].entries()) {
      tables[period] = {
        ids,
        columns: {
          a: Float64Array.from(ids, (_, i) => ((i * 37 + s * 11) % 23) + (i % 9 === s ? Number.NaN : 0)),
          b: Float64Array.from(ids, (_, i) => Math.sin(i + s) * 10),
          c: Float64Array.from(ids, (_, i) => (i * i + s) % 17),
        },
      };
    }
    const r = computeIndexOverTime(tables, spec, { periods: ["1401", "1402", "1403"] });
    const want = perPeriod(tables, spec, ["1401", "1402", "1403"], r.goalposts as Record<string, { min: number; max: number }>);
    r.byPeriod.forEach((b, s) => {
      expect(Array.from(b.scores)).toEqual(want[s]?.scores);
      expect(Array.from(b.ranks)).toEqual(want[s]?.ranks);
      expect(Array.from(b.levels)).toEqual(want[s]?.levels);
    });
  });

  it("falls back to the engine for a period it would refuse (an infinite value), with the engine's error", () => {
    const spec: IndexSpec = { indicators: [{ id: "u", dimension: "d", direction: 1 }] };
    const tables = {
      "1401": { ids: ["a", "b"], columns: { u: Float64Array.of(1, 2) } },
      "1402": { ids: ["a", "b"], columns: { u: Float64Array.of(3, Number.POSITIVE_INFINITY) } },
    };
    expect(() => computeIndexOverTime(tables, spec, { periods: ["1401", "1402"] })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
  });

  it("reads long observations in one pass and still refuses a repeated cell with tableFromObservations' error", () => {
    const o = (id: string, period: string, value: number | null): ObservationLike => ({ neighbourhoodId: id, indicatorId: "u", period, value });
    const spec: IndexSpec = { indicators: [{ id: "u", dimension: "d", direction: 1 }] };
    const obs = [o("a", "1401", 1), o("b", "1401", 2), o("a", "1402", 3), o("b", "1402", 4)];
    expect(() => computeIndexOverTime([...obs, o("b", "1402", 5)], spec, { periods: ["1401", "1402"] })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
    const r = computeIndexOverTime(obs, spec, { periods: ["1401", "1402"] });
    expect(r.byPeriod[1]?.scores[0]).toBeCloseTo(200 / 3, 12);
    expect(r.byPeriod[1]?.scores[1]).toBe(100);
  });
});

describe("computeIndexOverTime with denominators", () => {
  // counts of unemployed people over each period's own population: rates per 100 residents
  const spec: IndexSpec = {
    indicators: [
      { id: "unemployed", dimension: "work", direction: 1, denominator: { column: "population", per: 100 } },
      { id: "literacy", dimension: "education", direction: -1 },
    ],
    levels: { method: "fixed", thresholds: [40, 70] },
  };
  const ids = ["a", "b", "c"];
  const tables = {
    "1401": { ids, columns: { unemployed: [240, 100, 160], literacy: [70, 95, 80], population: [1000, 1000, 2000] } },
    "1403": { ids, columns: { unemployed: [180, 80, 340], literacy: [78, 96, 82], population: [1000, 1000, 2000] } },
  };

  it("divides each period by its own denominator column and gives computeIndex's scores on those rates", () => {
    const r = computeIndexOverTime(tables, spec, { periods: ["1401", "1403"] });
    // rates: 24, 10, 8 and 18, 8, 17 per 100
    expect(r.goalposts["unemployed"]).toEqual({ min: 8, max: 24 });
    const onGoalposts: IndexSpec = {
      ...spec,
      indicators: spec.indicators.map((ind) => ({ ...ind, goalposts: r.goalposts[ind.id] as { min: number; max: number } })),
      normalization: "goalposts",
    };
    for (const [s, period] of ["1401", "1403"].entries()) {
      const one = computeIndex(tables[period as "1401"], onGoalposts);
      expect(Array.from(r.byPeriod[s]?.scores ?? [])).toEqual(one.units.map((u) => u.score));
      expect(Array.from(r.byPeriod[s]?.ranks ?? [])).toEqual(one.units.map((u) => u.rank));
    }
    expect(r.indicators["unemployed"]?.change[2]).toBeCloseTo(17 - 8, 12);
  });

  it("reads the denominator from observations of that column, period by period", () => {
    const obs: ObservationLike[] = [];
    for (const [period, t] of Object.entries(tables)) {
      ids.forEach((id, i) => {
        for (const col of ["unemployed", "literacy", "population"] as const) obs.push({ neighbourhoodId: id, indicatorId: col, period, value: t.columns[col][i] as number });
      });
    }
    const a = computeIndexOverTime(obs, spec, { periods: ["1401", "1403"] });
    const b = computeIndexOverTime(tables, spec, { periods: ["1401", "1403"] });
    expect(a.byPeriod).toEqual(b.byPeriod);
    const noPopulation = obs.filter((x) => !(x.indicatorId === "population" && x.period === "1403"));
    expect(() => computeIndexOverTime(noPopulation, spec, { periods: ["1401", "1403"] })).toThrow(expect.objectContaining({ code: "EVALUATION_UNKNOWN_COLUMN" }));
  });

  it("refuses a zero denominator with the engine's INDEX_BAD_DENOMINATOR, or leaves the rate missing when asked", () => {
    const zero = { ...tables, "1403": { ids, columns: { ...tables["1403"].columns, population: [1000, 0, 2000] } } };
    expect(() => computeIndexOverTime(zero, spec, { periods: ["1401", "1403"] })).toThrow(expect.objectContaining({ code: "INDEX_BAD_DENOMINATOR", details: expect.objectContaining({ unit: "b" }) }));
    const lenient: IndexSpec = { ...spec, indicators: spec.indicators.map((ind) => (ind.denominator === undefined ? ind : { ...ind, denominator: { column: "population", per: 100, invalid: "missing" } })) };
    const r = computeIndexOverTime(zero, lenient, { periods: ["1401", "1403"] });
    // b's 1403 rate is missing: its score is literacy's alone ((96 − 70)/26 → 0 deprivation)
    expect(r.byPeriod[1]?.scores[1]).toBe(0);
    expect(() => computeIndexOverTime(tables, { ...spec, indicators: [{ id: "unemployed", dimension: "w", direction: 1, denominator: { column: "population", per: -1 } }] }, { periods: ["1401", "1403"] })).toThrow(
      expect.objectContaining({ code: "INDEX_INVALID_SPEC" }),
    );
    expect(() => computeIndexOverTime(tables, { ...spec, indicators: [{ id: "unemployed", dimension: "w", direction: 1, denominator: { column: "households" } }] }, { periods: ["1401", "1403"] })).toThrow(
      expect.objectContaining({ code: "EVALUATION_UNKNOWN_COLUMN" }),
    );
  });

  it("imputes the rates, not the counts", () => {
    const gap = { ...tables, "1402": { ids, columns: { unemployed: [Number.NaN, 90, 250], literacy: [74, 95, 81], population: [1000, 1000, 2000] } } };
    const r = computeIndexOverTime(gap, spec, { periods: ["1401", "1402", "1403"], impute: { interpolate: true } });
    expect(r.imputed).toEqual([{ id: "a", indicator: "unemployed", period: "1402", method: "interpolated", value: 21 }]);
  });
});
