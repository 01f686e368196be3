import { describe, expect, it } from "vitest";
import { computeIndex } from "./computeIndex";
import type { AggregationSpec, IndexDimensionSpec, IndexSpec, NormalizationSpec } from "./IndexSpec";
import { Random } from "./_random";
import { uncertainty, type UncertaintyRun } from "./uncertainty";

/**
 * uncertainty on hierarchies deeper than indicator → dimension → index, against a naive loop:
 * each run's sampled parameters (weights at every level, normalisation, aggregation, the
 * indicator left out), fed to computeIndex as a spec, must give the run's ranks.
 */
const n = 40;
const rng = new Random(2024);
const ids = Array.from({ length: n }, (_, i) => `m${i}`);
const names = ["jobless", "income", "literacy", "dropout", "clinic", "green", "transit", "voice"];
const columns: Record<string, number[]> = Object.fromEntries(names.map((id) => [id, ids.map(() => Math.round(1000 * (5 + 90 * rng.next())) / 1000)]));
const table = { ids, columns };
const directions = [1, -1, -1, 1, 1, -1, 1, -1] as const;
const leafOf = ["work", "work", "school", "school", "care", "space", "space", "voice"];

/** indicator → leaf → parent → index (depth 2 above the indicators). */
const threeLevels: IndexDimensionSpec[] = [
  { id: "economy", weight: 2 },
  { id: "society" },
  { id: "work", parent: "economy" },
  { id: "school", parent: "society", weight: 2 },
  { id: "care", parent: "society" },
  { id: "space", parent: "economy" },
  { id: "voice", parent: "society", weight: 0.5 },
];
/** indicator → leaf → parent → grandparent → index (depth 3). */
const fourLevels: IndexDimensionSpec[] = [
  { id: "people" },
  { id: "place", weight: 1.5 },
  { id: "economy", parent: "people" },
  { id: "society", parent: "people", weight: 3 },
  { id: "environment", parent: "place" },
  { id: "work", parent: "economy" },
  { id: "school", parent: "society", weight: 2 },
  { id: "care", parent: "society" },
  { id: "space", parent: "environment" },
  { id: "voice", parent: "society", weight: 0.5 },
];
const specOf = (dimensions: IndexDimensionSpec[]): IndexSpec => ({
  indicators: names.map((id, j) => ({ id, dimension: leafOf[j] as string, direction: directions[j] as 1 | -1, weight: 1 + (j % 3) })),
  dimensions,
  normalization: { method: "minmax", range: [1, 100] },
});

/** Upper dimensions bottom up, declared order within a level (the order of `upperWeights`). */
function upperOrder(dimensions: readonly IndexDimensionSpec[]): string[] {
  const parents = new Set(dimensions.flatMap((d) => (d.parent === undefined ? [] : [d.parent])));
  const height = (id: string): number => {
    const kids = dimensions.filter((d) => d.parent === id);
    return kids.length === 0 ? 0 : 1 + Math.max(...kids.map((d) => height(d.id)));
  };
  return dimensions.filter((d) => parents.has(d.id)).sort((a, b) => height(a.id) - height(b.id)).map((d) => d.id);
}

/** The spec one run evaluated, rebuilt from its reported parameters. */
function runSpec(base: IndexSpec, run: UncertaintyRun, normalizations: readonly NormalizationSpec[], aggregations: readonly AggregationSpec[]): IndexSpec {
  const dims = base.dimensions ?? [];
  const leaves = dims.filter((d) => !dims.some((e) => e.parent === d.id));
  const upper = upperOrder(dims);
  const weight = new Map<string, number>([...leaves.map((d, q) => [d.id, run.dimensionWeights[q] as number] as const), ...upper.map((id, q) => [id, run.upperWeights[q] as number] as const)]);
  return {
    ...base,
    indicators: base.indicators.flatMap((ind, j) => (run.excluded.includes(ind.id) ? [] : [{ ...ind, weight: run.indicatorWeights[j] as number }])),
    dimensions: dims.map((d) => ({ ...d, weight: weight.get(d.id) as number })),
    normalization: normalizations[run.normalization] as NormalizationSpec,
    aggregation: aggregations[run.aggregation] as AggregationSpec,
  };
}

describe("uncertainty on deeper hierarchies", () => {
  const normalizations: NormalizationSpec[] = [
    { method: "minmax", range: [1, 100] },
    { method: "rank" },
  ];
  it("three levels: every run's weights (at every level), normalisation, aggregation and left-out indicator reproduce its ranks through computeIndex", () => {
    const spec = specOf(threeLevels);
    const aggregations: AggregationSpec[] = ["arithmetic", { perLevel: ["arithmetic", "geometric", "harmonic"] }, { indicators: "geometric", dimensions: "arithmetic" }];
    const r = uncertainty(table, spec, { runs: 60, seed: 9, keepRuns: true, sensitivity: false, vary: { normalization: normalizations, aggregation: aggregations, exclusion: { random: 1 } } });
    expect(r.samples).toHaveLength(60);
    for (const key of ["normalization", "aggregation"] as const) expect(new Set(r.samples.map((run) => run[key])).size).toBe(key === "normalization" ? 2 : 3);
    expect(r.units.map((u) => u.rankNominal)).toEqual(computeIndex(table, spec).units.map((u) => u.rank));
    for (const run of r.samples) {
      // weights perturbed at every level, each sibling group summing to 1
      expect(run.upperWeights).toHaveLength(2);
      expect((run.upperWeights[0] as number) + (run.upperWeights[1] as number)).toBeCloseTo(1, 12);
      const again = computeIndex(table, runSpec(spec, run, normalizations, aggregations));
      expect(Array.from(run.ranks)).toEqual(again.units.map((u) => u.rank));
    }
    // the upper weights really vary (Dirichlet around ⅔, ⅓)
    const economy = r.samples.map((run) => run.upperWeights[0] as number);
    expect(Math.max(...economy) - Math.min(...economy)).toBeGreaterThan(0.1);
    expect(economy.reduce((a, b) => a + b, 0) / economy.length).toBeCloseTo(2 / 3, 1);
  });

  it("four levels, with gaps (reweighting at every level) and noise weights: the same through computeIndex", () => {
    const spec = specOf(fourLevels);
    const gappy = { ids, columns: { ...columns, clinic: (columns["clinic"] as number[]).map((v, i) => (i % 5 === 2 ? Number.NaN : v)), voice: (columns["voice"] as number[]).map((v, i) => (i % 7 === 1 ? Number.NaN : v)) } };
    const aggregations: AggregationSpec[] = ["arithmetic", { perLevel: ["arithmetic", "arithmetic", "geometric", "arithmetic"] }];
    const r = uncertainty(gappy, spec, { runs: 40, seed: 4, keepRuns: true, sensitivity: false, vary: { weights: { method: "noise", amount: 0.4 }, aggregation: aggregations } });
    for (const run of r.samples) {
      expect(run.upperWeights).toHaveLength(5);
      const again = computeIndex(gappy, runSpec(spec, run, normalizations, aggregations));
      expect(Array.from(run.ranks)).toEqual(again.units.map((u) => u.rank));
    }
  });

  it("weightLevels: varying only the indicators keeps every dimension weight nominal; only the dimensions keeps the indicator weights", () => {
    const spec = specOf(threeLevels);
    const nominal = computeIndex(table, spec).weights;
    const onlyInd = uncertainty(table, spec, { runs: 10, seed: 1, keepRuns: true, sensitivity: false, vary: { weightLevels: "indicators" } });
    for (const run of onlyInd.samples) expect(run.upperWeights).toEqual([nominal.dimensions["economy"], nominal.dimensions["society"]]);
    const onlyDims = uncertainty(table, spec, { runs: 10, seed: 1, keepRuns: true, sensitivity: false, vary: { weightLevels: "dimensions" } });
    for (const run of onlyDims.samples) expect(run.indicatorWeights).toEqual(names.map((id) => nominal.indicators[id]));
    expect(new Set(onlyDims.samples.map((run) => run.upperWeights[0])).size).toBe(10);
  });

  it("sensitivity on a deeper index: aggregation alternatives that cannot move the ranking get indices of 0", () => {
    const spec = specOf(threeLevels);
    // perLevel all arithmetic is the same model as "arithmetic"
    const r = uncertainty(table, spec, { runs: 400, seed: 3, bootstrap: 0, vary: { aggregation: ["arithmetic", { perLevel: ["arithmetic", "arithmetic", "arithmetic"] }] } });
    const agg = r.sensitivity.find((x) => x.factor === "aggregation");
    expect(agg?.firstOrder).toBe(0);
    expect(agg?.total).toBe(0);
    expect(r.sensitivity.find((x) => x.factor === "weights")?.total).toBeGreaterThan(0.9);
  });

  it("Float64Array columns (read straight into the nominal order) give the same result as plain arrays (prepared, then permuted)", () => {
    const typed = { ids, columns: Object.fromEntries(Object.entries(columns).map(([id, v]) => [id, Float64Array.from(v)])) };
    for (const spec of [specOf(threeLevels), { ...specOf(fourLevels), normalization: { method: "minmax" as const, range: [0, 1] as const } }]) {
      const options = { runs: 30, seed: 8, keepRuns: true, vary: { normalization: [{ method: "minmax" as const }, { method: "zscore" as const }] } };
      expect(uncertainty(typed, spec, options)).toEqual(uncertainty(table, spec, options));
    }
  });

  it("a perLevel alternative with the wrong number of methods is a coded error", () => {
    const spec = specOf(threeLevels);
    expect(() => uncertainty(table, spec, { runs: 10, vary: { aggregation: [{ perLevel: ["arithmetic", "geometric"] }] } })).toThrow(expect.objectContaining({ code: "INDEX_HIERARCHY_MISMATCH" }));
    expect(() => uncertainty(table, spec, { runs: 10, vary: { aggregation: [{ perLevel: ["arithmetic", "arithmetic", "arithmetic"], indicators: "geometric" }] } })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});
