import { describe, expect, it } from "vitest";
import { computeIndex } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";
import { Random } from "./_random";
import { uncertainty } from "./uncertainty";

const table = {
  ids: ["a", "b", "c", "d", "e", "f"],
  columns: {
    x: [1, 4, 9, 6, 2, 7],
    y: [8, 5, 1, 6, 3, 2],
    z: [2, 9, 4, 4.5, 7, 1],
  },
};
const spec: IndexSpec = {
  indicators: [
    { id: "x", dimension: "d1", direction: 1, goalposts: { min: 1, max: 9 } },
    { id: "y", dimension: "d1", direction: 1, goalposts: { min: 1, max: 8 } },
    { id: "z", dimension: "d2", direction: 1, goalposts: { min: 1, max: 9 } },
  ],
  normalization: { method: "minmax", range: [1, 100] },
};

describe("uncertainty", () => {
  it("is reproducible by seed, and a different seed gives different draws", () => {
    const a = uncertainty(table, spec, { runs: 300, seed: 42 });
    const b = uncertainty(table, spec, { runs: 300, seed: 42 });
    const c = uncertainty(table, spec, { runs: 300, seed: 43 });
    expect(b).toEqual(a);
    expect(c.units.map((u) => u.rankMean)).not.toEqual(a.units.map((u) => u.rankMean));
  });

  it("nominal ranks are computeIndex's; with nothing varied every run reproduces them", () => {
    const nominal = computeIndex(table, spec).units.map((u) => u.rank);
    const r = uncertainty(table, spec, { runs: 20, vary: { weights: false } });
    expect(r.units.map((u) => u.rankNominal)).toEqual(nominal);
    expect(r.units.map((u) => [u.rankP05, u.rankMedian, u.rankP95])).toEqual(nominal.map((x) => [x, x, x]));
    expect(r.sensitivity).toEqual([]);
    expect(r.outputVariance).toBe(0);
  });

  it("rank intervals bracket the median and lie within 1…n", () => {
    const r = uncertainty(table, spec, { runs: 500, seed: 3, vary: { weights: { method: "noise", amount: 0.9 } } });
    for (const u of r.units) {
      expect(u.rankP05!).toBeLessThanOrEqual(u.rankMedian!);
      expect(u.rankMedian!).toBeLessThanOrEqual(u.rankP95!);
      expect(u.rankP05!).toBeGreaterThanOrEqual(1);
      expect(u.rankP95!).toBeLessThanOrEqual(6);
    }
    // strong noise moves somebody
    expect(r.units.some((u) => u.rankP05 !== u.rankP95)).toBe(true);
  });

  it("sensitivity: a choice that cannot change the ranking gets indices of exactly 0; the only active one ≈ 1", () => {
    // goalposts equal to each column's observed range normalise exactly like min-max, so the
    // normalisation factor is inert; arithmetic vs harmonic aggregation reorders units
    // p = (50, 50) is balanced, q = (95, 10) is not: arithmetic puts q first, harmonic p
    const t = { ids: ["low", "p", "q", "high"], columns: { x: [1, 50, 95, 100], z: [1, 50, 10, 100] } };
    const s: IndexSpec = {
      indicators: [
        { id: "x", dimension: "d1", direction: 1, goalposts: { min: 1, max: 100 } },
        { id: "z", dimension: "d2", direction: 1, goalposts: { min: 1, max: 100 } },
      ],
      normalization: { method: "minmax", range: [1, 100] },
    };
    const r = uncertainty(t, s, {
      runs: 2000,
      seed: 11,
      vary: {
        weights: false,
        normalization: [{ method: "minmax", range: [1, 100] }, { method: "goalposts", range: [1, 100] }],
        aggregation: ["arithmetic", "harmonic"],
      },
    });
    const norm = r.sensitivity.find((s) => s.factor === "normalization");
    const agg = r.sensitivity.find((s) => s.factor === "aggregation");
    expect(r.outputVariance).toBeGreaterThan(0);
    expect(norm?.firstOrder).toBe(0);
    expect(norm?.total).toBe(0);
    expect(agg?.total).toBeGreaterThan(0.8);
    expect(agg?.total).toBeLessThan(1.2);
    expect(agg?.firstOrder).toBeGreaterThan(0.8);
    expect(agg?.firstOrder).toBeLessThan(1.2);
    expect(r.runs).toBe(Math.floor(2000 / 4) * 4);
  });

  it("weightLevels: with one indicator per dimension, varying only indicator weights changes nothing", () => {
    const oneEach: IndexSpec = { ...spec, indicators: spec.indicators.map((ind, j) => ({ ...ind, dimension: `d${j}` })) };
    const still = uncertainty(table, oneEach, { runs: 100, vary: { weightLevels: "indicators" } });
    expect(still.units.every((u) => u.rankP05 === u.rankNominal && u.rankP95 === u.rankNominal)).toBe(true);
    const moving = uncertainty(table, oneEach, { runs: 400, vary: { weightLevels: "dimensions", weights: { method: "dirichlet", concentration: 1 } } });
    expect(moving.units.some((u) => u.rankP05 !== u.rankP95)).toBe(true);
  });

  it("reports progress, ending at the total", () => {
    const calls: [number, number][] = [];
    uncertainty(table, spec, { runs: 250, sensitivity: false, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([250, 250]);
    expect(calls.length).toBeLessThanOrEqual(126);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
  });

  it("rejects bad options", () => {
    expect(() => uncertainty(table, spec, { runs: 0 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    // 6 units × 1,000,000 runs is fine by this rule; 200,000 units × 1,000 runs is not
    const big = { ids: Array.from({ length: 200_000 }, (_, i) => `u${i}`), columns: { x: Float64Array.from({ length: 200_000 }, (_, i) => i) } };
    expect(() => uncertainty(big, { indicators: [{ id: "x", dimension: "d", direction: 1 }] }, { runs: 1000 })).toThrow(expect.objectContaining({ code: "INDEX_TOO_LARGE" }));
    expect(() => uncertainty(table, spec, { runs: 5 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => uncertainty(table, spec, { vary: { weights: "uniform" as "noise" } })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => uncertainty(table, spec, { vary: { normalization: [] } })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => uncertainty(table, spec, { vary: { normalization: ["minmax", "distanceToTarget"] } })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
  });
});

describe("the seeded PRNG", () => {
  it("uniforms have mean ½ and variance 1/12", () => {
    const rng = new Random(5);
    let s = 0;
    let s2 = 0;
    const N = 100_000;
    for (let i = 0; i < N; i++) {
      const u = rng.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      s += u;
      s2 += u * u;
    }
    expect(s / N).toBeCloseTo(0.5, 2);
    expect(s2 / N - (s / N) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it("Dirichlet draws have mean αⱼ/Σα and variance αⱼ(α₀ − αⱼ)/(α₀²(α₀ + 1))", () => {
    const rng = new Random(9);
    const alpha = [0.5, 2, 7.5];
    const a0 = 10;
    const N = 40_000;
    const out = new Float64Array(3);
    const sum = [0, 0, 0];
    const sum2 = [0, 0, 0];
    for (let i = 0; i < N; i++) {
      rng.dirichlet(alpha, out);
      for (let j = 0; j < 3; j++) {
        sum[j]! += out[j]!;
        sum2[j]! += out[j]! ** 2;
      }
    }
    alpha.forEach((a, j) => {
      const mean = sum[j]! / N;
      expect(mean).toBeCloseTo(a / a0, 2);
      expect(sum2[j]! / N - mean ** 2).toBeCloseTo((a * (a0 - a)) / (a0 * a0 * (a0 + 1)), 3);
    });
  });
});

describe("uncertainty: bootstrap intervals and the runs' parameters", () => {
  const t = { ids: ["low", "p", "q", "high"], columns: { x: [1, 50, 95, 100], z: [1, 50, 10, 100] } };
  const s: IndexSpec = {
    indicators: [
      { id: "x", dimension: "d1", direction: 1, goalposts: { min: 1, max: 100 } },
      { id: "z", dimension: "d2", direction: 1, goalposts: { min: 1, max: 100 } },
    ],
    normalization: { method: "minmax", range: [1, 100] },
  };
  const vary = {
    weights: false as const,
    normalization: [{ method: "minmax" as const, range: [1, 100] as const }, { method: "goalposts" as const, range: [1, 100] as const }],
    aggregation: ["arithmetic" as const, "harmonic" as const],
  };

  it("an inert factor's interval is [0, 0]; an active one's brackets a large index; the draws are unchanged", () => {
    const r = uncertainty(t, s, { runs: 2000, seed: 11, vary });
    const norm = r.sensitivity.find((x) => x.factor === "normalization");
    const agg = r.sensitivity.find((x) => x.factor === "aggregation");
    expect(norm?.totalInterval).toEqual([0, 0]);
    const [lo, hi] = agg?.totalInterval ?? [Number.NaN, Number.NaN];
    expect(lo).toBeLessThanOrEqual(hi);
    expect(lo).toBeGreaterThan(0.5);
    // intervals come from their own random stream: the estimates are those without them
    const plain = uncertainty(t, s, { runs: 2000, seed: 11, vary, bootstrap: 0 });
    expect(plain.sensitivity.map((x) => [x.firstOrder, x.total])).toEqual(r.sensitivity.map((x) => [x.firstOrder, x.total]));
    expect(plain.sensitivity[0]?.firstOrderInterval).toBeNull();
    expect(plain.units).toEqual(r.units);
  });

  it("keepRuns: each run's parameters reproduce its ranks through computeIndex (brute force)", () => {
    const specW: IndexSpec = {
      indicators: [{ id: "x", dimension: "d1", direction: 1 }, { id: "y", dimension: "d1", direction: 1 }, { id: "z", dimension: "d2", direction: 1 }],
      normalization: { method: "minmax", range: [1, 100] },
    };
    const aggregations = ["arithmetic", "geometric"] as const;
    const r = uncertainty(table, specW, { runs: 40, seed: 5, keepRuns: true, vary: { aggregation: aggregations }, sensitivity: false });
    expect(r.samples).toHaveLength(40);
    expect(new Set(r.samples.map((run) => run.aggregation)).size).toBe(2);
    for (const run of r.samples) {
      const again = computeIndex(table, {
        ...specW,
        indicators: specW.indicators.map((ind, j) => ({ ...ind, weight: run.indicatorWeights[j] as number })),
        dimensions: [{ id: "d1", weight: run.dimensionWeights[0] as number }, { id: "d2", weight: run.dimensionWeights[1] as number }],
        aggregation: aggregations[run.aggregation],
      });
      expect(Array.from(run.ranks)).toEqual(again.units.map((u) => u.rank));
    }
    expect(uncertainty(table, specW, { runs: 40, seed: 5 }).samples).toEqual([]);
  });

  it("bad bootstrap options are coded errors", () => {
    expect(() => uncertainty(t, s, { bootstrap: -1 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => uncertainty(t, s, { confidence: 1 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});
