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
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < N; i++) {
      const u = rng.next();
      if (u < min) min = u;
      if (u > max) max = u;
      s += u;
      s2 += u * u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
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

describe("uncertainty: imputation, outliers, indicators left out and level cuts", () => {
  // 24 units; x has gaps (imputation matters) and one far outlier (JRC winsorisation treats it:
  // skewness > 2 and kurtosis > 3.5); y and z are plain; w shares z's dimension
  const n = 24;
  const ids = Array.from({ length: n }, (_, i) => `u${i}`);
  const x = ids.map((_, i) => (i % 7 === 3 ? Number.NaN : 10 + ((i * 7) % 13)));
  x[5] = 400;
  const columns = {
    x,
    y: ids.map((_, i) => 5 + ((i * 11) % 17)),
    z: ids.map((_, i) => 1 + ((i * 5) % 19)),
    w: ids.map((_, i) => 3 + ((i * 3) % 23)),
  };
  const t = { ids, columns };
  const base: IndexSpec = {
    indicators: [
      { id: "x", dimension: "d1", direction: 1 },
      { id: "y", dimension: "d1", direction: 1 },
      { id: "z", dimension: "d2", direction: 1 },
      { id: "w", dimension: "d2", direction: -1 },
    ],
    levels: { method: "quantiles", count: 4 },
  };
  const imputation = ["mean", "median"] as const;
  const outliers = ["none", "winsorize"] as const;
  const levelCuts = [{ method: "quantiles" as const, count: 4 }, { method: "equalIntervals" as const, count: 4 }];

  it("keepRuns: each run's imputation, outliers, left-out indicator, weights and level cut reproduce its ranks and level changes through computeIndex (brute force)", () => {
    const r = uncertainty(t, base, { runs: 60, seed: 3, keepRuns: true, sensitivity: false, vary: { imputation, outliers, exclusion: { random: 1 }, levels: levelCuts } });
    expect(r.samples).toHaveLength(60);
    // every choice was drawn at least once
    for (const key of ["imputation", "outliers", "levels"] as const) expect(new Set(r.samples.map((run) => run[key])).size).toBe(2);
    expect(new Set(r.samples.map((run) => run.excluded.join())).size).toBe(4);
    const nominal = computeIndex(t, base).units.map((u) => u.level?.level ?? null);
    for (const run of r.samples) {
      expect(run.excluded).toHaveLength(1);
      const kept = base.indicators.filter((ind) => !run.excluded.includes(ind.id));
      const again = computeIndex(t, {
        ...base,
        indicators: kept.map((ind) => ({ ...ind, weight: run.indicatorWeights[base.indicators.indexOf(ind)] as number })),
        dimensions: [{ id: "d1", weight: run.dimensionWeights[0] as number }, { id: "d2", weight: run.dimensionWeights[1] as number }],
        missing: imputation[run.imputation],
        outliers: outliers[run.outliers],
        levels: levelCuts[run.levels],
      });
      expect(Array.from(run.ranks)).toEqual(again.units.map((u) => u.rank));
      expect(run.indicatorWeights[base.indicators.findIndex((ind) => ind.id === run.excluded[0])]).toBe(0);
      const moved = again.units.filter((u, i) => u.level !== null && nominal[i] !== null && u.level.level !== nominal[i]).length;
      expect(run.levelChange).toBeCloseTo(moved / n, 12);
    }
    // level shares per unit: a distribution over the 4 levels
    for (const u of r.units) {
      expect(u.levelShares).toHaveLength(4);
      expect(u.levelShares!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(r.units.map((u) => u.levelNominal)).toEqual(nominal);
  });

  it("winsorisation and imputation really move units here (the factors are not idle)", () => {
    const r = uncertainty(t, base, { runs: 200, seed: 4, vary: { weights: false, imputation, outliers } });
    expect(r.outputVariance).toBeGreaterThan(0);
    const total = (factor: string) => r.sensitivity.find((s) => s.factor === factor)?.total ?? Number.NaN;
    expect(total("imputation")).toBeGreaterThan(0);
    expect(total("outliers")).toBeGreaterThan(0);
  });

  it("sensitivity: imputation on a table without gaps and a level cut are inert for the ranks (indices exactly 0); the level cut moves levels", () => {
    const full = { ids, columns: { ...columns, x: columns.y.map((v) => v * 2 + 1) } };
    const r = uncertainty(full, base, { runs: 600, seed: 9, vary: { imputation, levels: levelCuts } });
    const get = (factor: string, output: string) => r.sensitivity.find((s) => s.factor === factor && s.output === output);
    expect(r.sensitivity.map((s) => `${s.factor}/${s.output}`)).toEqual([
      "weights/rankShift",
      "imputation/rankShift",
      "levels/rankShift",
      "weights/levelChange",
      "imputation/levelChange",
      "levels/levelChange",
    ]);
    for (const output of ["rankShift", "levelChange"]) {
      expect(get("imputation", output)?.firstOrder).toBe(0);
      expect(get("imputation", output)?.total).toBe(0);
    }
    expect(get("levels", "rankShift")?.firstOrder).toBe(0);
    expect(get("levels", "rankShift")?.total).toBe(0);
    expect(get("levels", "levelChange")?.total).toBeGreaterThan(0);
    expect(get("weights", "rankShift")?.total).toBeGreaterThan(0.5);
  });

  it("exclusion alternatives: drawn from the list, [] meaning none; with the spec's level cut alone every run keeps each unit's level when nothing else varies", () => {
    const r = uncertainty(t, base, { runs: 40, seed: 2, keepRuns: true, sensitivity: false, vary: { weights: false, exclusion: [[], ["y"], ["x", "w"]] } });
    expect(new Set(r.samples.map((run) => run.excluded.join("+")))).toEqual(new Set(["", "y", "x+w"]));
    for (const run of r.samples.filter((s) => s.excluded.length === 0)) expect(run.meanRankShift).toBe(0);
    const still = uncertainty(t, base, { runs: 30, vary: { weights: false, levels: [base.levels!] } });
    expect(still.units.every((u) => u.levelShares?.[u.levelNominal! - 1] === 1)).toBe(true);
    expect(still.sensitivity).toEqual([]);
  });

  it("without vary.levels the units have their former shape", () => {
    const r = uncertainty(t, base, { runs: 20 });
    expect(Object.keys(r.units[0]!)).toEqual(["id", "rankNominal", "rankMedian", "rankP05", "rankP95", "rankMean"]);
  });

  it("bad alternatives are coded errors naming the problem", () => {
    const code = (vary: object) => {
      try {
        uncertainty(t, base, { runs: 40, vary });
      } catch (error) {
        return [(error as { code: string }).code, (error as Error).message];
      }
      return ["none", ""];
    };
    expect(code({ exclusion: [["x", "y"]] })).toEqual(["INDEX_INVALID_OPTIONS", expect.stringContaining('empties dimension "d1"')]);
    expect(code({ exclusion: [["nope"]] })).toEqual(["INDEX_INVALID_OPTIONS", expect.stringContaining('"nope"')]);
    expect(code({ exclusion: { random: 3 } })[0]).toBe("INDEX_INVALID_OPTIONS");
    expect(code({ exclusion: { random: 1, among: ["x", "q"] } })[1]).toContain('"q"');
    expect(code({ levels: [{ method: "quantiles", count: 5 }] })[0]).toBe("INDEX_INVALID_OPTIONS");
    expect(code({ imputation: [] })[0]).toBe("INDEX_INVALID_OPTIONS");
    expect(code({ imputation: ["mean", "guess"] })[0]).toBe("INDEX_INVALID_SPEC");
    expect(code({ outliers: ["trim"] })[0]).toBe("INDEX_INVALID_SPEC");
  });
});

describe("uncertainty: the per-unit summaries", () => {
  it("percentiles and mean equal a plain sort of each unit's ranks over the kept runs (type-7 quantiles)", () => {
    const q7 = (s: number[], p: number) => {
      const h = (s.length - 1) * p;
      const lo = Math.floor(h);
      return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
    };
    for (const runs of [30, 97]) {
      const r = uncertainty(table, spec, { runs, seed: 8, keepRuns: true, sensitivity: false, vary: { weights: { method: "dirichlet", concentration: 0.5 } } });
      r.units.forEach((u, i) => {
        const ranks = r.samples.map((run) => run.ranks[i]!).sort((a, b) => a - b);
        expect([u.rankP05, u.rankMedian, u.rankP95]).toEqual([q7(ranks, 0.05), q7(ranks, 0.5), q7(ranks, 0.95)]);
        expect(u.rankMean).toBeCloseTo(ranks.reduce((a, b) => a + b, 0) / runs, 12);
      });
      expect(new Set(r.units.map((u) => u.rankP95! - u.rankP05!)).size).toBeGreaterThan(1);
    }
  });
});
