import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { errorCodeOf } from "../internal/errorCodeOf";
import { computeIndex, computeIndexColumns } from "./computeIndex";
import { effectiveWeights } from "./effectiveWeights";
import type { AggregationMethod, IndexDimensionSpec, IndexIndicatorSpec, IndexSpec } from "./IndexSpec";
import { uncertainty } from "./uncertainty";
import { whatIf } from "./whatIf";

/**
 * Hand-worked three-level index (indicator → sub-dimension → dimension → index), min-max to
 * 0–100, arithmetic at every level:
 *
 *   jobless  [10, 20, 30, 50] dir  1 → [0, 25, 50, 100]   work   = ¾·jobless + ¼·income
 *   income   [40, 30, 20, 20] dir −1 → [0, 50, 100, 100]        = [0, 31.25, 62.5, 100]
 *   literacy [95, 85, 75, 90] dir −1 → [0, 50, 100, 25]   school = ½·literacy + ½·dropout
 *   dropout  [2, 6, 4, 10]    dir  1 → [0, 50, 25, 100]         = [0, 50, 62.5, 62.5]
 *   clinic   [1, 3, 5, 4]     dir  1 → [0, 50, 100, 75]   care   = clinic
 *
 *   economy = work;  society = ⅔·school + ⅓·care = [0, 50, 75, 66⅔]
 *   index   = ½·economy + ½·society = [0, 40.625, 68.75, 83⅓]
 */
const table = {
  ids: ["a", "b", "c", "d"],
  columns: { jobless: [10, 20, 30, 50], income: [40, 30, 20, 20], literacy: [95, 85, 75, 90], dropout: [2, 6, 4, 10], clinic: [1, 3, 5, 4] },
};
const spec: IndexSpec = {
  indicators: [
    { id: "jobless", dimension: "work", direction: 1, weight: 3 },
    { id: "income", dimension: "work", direction: -1 },
    { id: "literacy", dimension: "school", direction: -1 },
    { id: "dropout", dimension: "school", direction: 1 },
    { id: "clinic", dimension: "care", direction: 1 },
  ],
  dimensions: [
    { id: "economy" },
    { id: "society" },
    { id: "work", parent: "economy" },
    { id: "school", parent: "society", weight: 2 },
    { id: "care", parent: "society" },
  ],
};

describe("hierarchy: hand-worked three-level index", () => {
  it("scores, ranks and weights at every level", () => {
    const r = computeIndex(table, spec);
    const close = (got: (number | null)[], want: number[]): void => got.forEach((v, i) => expect(v).toBeCloseTo(want[i] as number, 10));
    close(r.units.map((u) => u.score), [0, 40.625, 68.75, 250 / 3]);
    expect(r.units.map((u) => u.rank)).toEqual([4, 3, 2, 1]);
    close(r.units.map((u) => u.dimensions["work"] ?? null), [0, 31.25, 62.5, 100]);
    close(r.units.map((u) => u.dimensions["school"] ?? null), [0, 50, 62.5, 62.5]);
    close(r.units.map((u) => u.dimensions["economy"] ?? null), [0, 31.25, 62.5, 100]);
    close(r.units.map((u) => u.dimensions["society"] ?? null), [0, 50, 75, 200 / 3]);
    // leaf dimensions first, then the level above
    expect(Object.keys(r.units[0]?.dimensions ?? {})).toEqual(["work", "school", "care", "economy", "society"]);
    expect(r.units.map((u) => u.dimensionRanks["society"])).toEqual([4, 3, 1, 2]);
    // min ranks: c and d tie on school (both ½·100 + ½·25 and ½·25 + ½·100, exactly)
    expect(r.units.map((u) => u.dimensionRanks["school"])).toEqual([4, 3, 1, 1]);
    expect(r.weights.dimensions).toEqual({ work: 1, school: 2 / 3, care: 1 / 3, economy: 0.5, society: 0.5 });
    expect(r.weights.indicators).toEqual({ jobless: 0.75, income: 0.25, literacy: 0.5, dropout: 0.5, clinic: 1 });
  });

  it("contributions follow the weights down the tree and sum to the score", () => {
    const b = computeIndex(table, spec).units[1];
    // economy ½ → work 1 → jobless ¾ · 25, income ¼ · 50; society ½ → school ⅔ → ½ · 50 each; care ⅓ · 50
    const want = { jobless: 9.375, income: 6.25, literacy: 25 / 3, dropout: 25 / 3, clinic: 25 / 3 };
    for (const [id, v] of Object.entries(want)) expect(b?.contributions[id]).toBeCloseTo(v, 10);
    expect(Object.values(b?.contributions ?? {}).reduce((s, v) => s + v, 0)).toBeCloseTo(40.625, 10);
  });

  it("a missing value is reweighted at every level", () => {
    // d has no clinic: care is missing for d, so society = school = 62.5 and the index (100 + 62.5)/2
    const t = { ...table, columns: { ...table.columns, clinic: [1, 3, 5, Number.NaN] } };
    const r = computeIndex(t, spec);
    expect(r.units[3]?.dimensions["care"]).toBeNull();
    expect(r.units[3]?.dimensionRanks["care"]).toBeNull();
    expect(r.units[3]?.dimensions["society"]).toBeCloseTo(62.5, 10);
    expect(r.units[3]?.score).toBeCloseTo(81.25, 10);
    const c = r.units[3]?.contributions ?? {};
    expect(c["clinic"]).toBe(0);
    expect(Object.values(c).reduce((s, v) => s + v, 0)).toBeCloseTo(81.25, 10);
  });

  it("computeIndexColumns gives the same numbers, with ranks per dimension on request", () => {
    const r = computeIndex(table, spec);
    const cols = computeIndexColumns(table, spec, { dimensionRanks: true });
    expect(Array.from(cols.scores)).toEqual(r.units.map((u) => u.score));
    expect(Object.keys(cols.dimensions)).toEqual(["work", "school", "care", "economy", "society"]);
    for (const d of Object.keys(cols.dimensions)) {
      expect(Array.from(cols.dimensions[d] ?? [])).toEqual(r.units.map((u) => u.dimensions[d]));
      expect(Array.from(cols.dimensionRanks?.[d] ?? [])).toEqual(r.units.map((u) => u.dimensionRanks[d]));
    }
    expect(computeIndexColumns(table, spec).dimensionRanks).toBeUndefined();
  });

  it("effective weights multiply along the path and sum to 1", () => {
    const w = effectiveWeights(table, spec);
    expect(w.map((row) => row.weight)).toEqual([0.375, 0.125, 0.5 * (2 / 3) * 0.5, 0.5 * (2 / 3) * 0.5, 0.5 * (1 / 3)]);
    expect(w[2]?.path).toEqual([
      { id: "school", weight: 2 / 3 },
      { id: "society", weight: 0.5 },
    ]);
    expect(w.reduce((s, row) => s + row.weight, 0)).toBeCloseTo(1, 12);
  });

  it("per-level aggregation (COINr's f_ag vector)", () => {
    const range = { method: "minmax" as const, range: [1, 100] as const };
    // geometric between society's children only: society = school^⅔ · care^⅓
    const r = computeIndex(table, { ...spec, normalization: range, aggregation: { perLevel: ["arithmetic", "geometric", "arithmetic"] } });
    const flat = computeIndex(table, { ...spec, normalization: range });
    for (const u of r.units) {
      const f = flat.units.find((x) => x.id === u.id);
      const school = f?.dimensions["school"] as number;
      const care = f?.dimensions["care"] as number;
      expect(u.dimensions["society"]).toBeCloseTo(school ** (2 / 3) * care ** (1 / 3), 10);
      expect(u.dimensions["economy"]).toBeCloseTo(f?.dimensions["economy"] as number, 10);
      expect(u.score).toBeCloseTo(((u.dimensions["economy"] as number) + (u.dimensions["society"] as number)) / 2, 10);
    }
  });
});

describe("hierarchy: bad structures are coded errors naming the element", () => {
  const details = (run: () => unknown): Record<string, unknown> => {
    try {
      run();
    } catch (error) {
      if (isMahallehError(error)) return (error.details ?? {}) as Record<string, unknown>;
    }
    return {};
  };
  const dims = (extra: IndexDimensionSpec[]): IndexSpec => ({ ...spec, dimensions: [...(spec.dimensions ?? []), ...extra] });

  it("a cycle", () => {
    const cyclic: IndexSpec = {
      ...spec,
      dimensions: [{ id: "economy", parent: "society" }, { id: "society", parent: "economy" }, { id: "work", parent: "economy" }, { id: "school", parent: "society" }, { id: "care", parent: "society" }],
    };
    expect(errorCodeOf(() => computeIndex(table, cyclic))).toBe("INDEX_HIERARCHY_CYCLE");
    expect(details(() => computeIndex(table, cyclic))["cycle"]).toEqual(["economy", "society", "economy"]);
    const self: IndexSpec = { ...spec, dimensions: [{ id: "economy", parent: "economy" }, ...(spec.dimensions ?? []).slice(1)] };
    expect(details(() => computeIndex(table, self))).toMatchObject({ dimension: "economy", cycle: ["economy", "economy"] });
  });

  it("an empty group", () => {
    // "housing" is declared under "society" but has no indicator
    const empty = dims([{ id: "housing", parent: "society" }]);
    expect(errorCodeOf(() => computeIndex(table, empty))).toBe("INDEX_EMPTY_DIMENSION");
    expect(details(() => computeIndex(table, empty))).toEqual({ dimension: "housing" });
    // the same in a flat index
    const flat: IndexSpec = { indicators: [{ id: "jobless", dimension: "work", direction: 1 }], dimensions: [{ id: "work" }, { id: "housing" }] };
    expect(errorCodeOf(() => computeIndex(table, flat))).toBe("INDEX_EMPTY_DIMENSION");
  });

  it("an unknown parent", () => {
    const unknown: IndexSpec = { ...spec, dimensions: (spec.dimensions ?? []).map((d) => (d.id === "care" ? { ...d, parent: "health" } : d)) };
    expect(errorCodeOf(() => computeIndex(table, unknown))).toBe("INDEX_UNKNOWN_DIMENSION");
    expect(details(() => computeIndex(table, unknown))).toEqual({ dimension: "care", parent: "health" });
    expect(errorCodeOf(() => computeIndex(table, { ...spec, dimensions: [{ id: "work", parent: 7 as unknown as string }] }))).toBe("INDEX_INVALID_SPEC");
  });

  it("an indicator attached to an upper dimension, unequal depths, a perLevel of the wrong length", () => {
    const onUpper: IndexSpec = { ...spec, indicators: spec.indicators.map((i) => (i.id === "clinic" ? { ...i, dimension: "society" } : i)) };
    expect(errorCodeOf(() => computeIndex(table, onUpper))).toBe("INDEX_HIERARCHY_MISMATCH");
    expect(details(() => computeIndex(table, onUpper))).toEqual({ indicator: "clinic", dimension: "society" });
    // "care" straight under the index while "work" and "school" are one level deeper
    const uneven: IndexSpec = { ...spec, dimensions: (spec.dimensions ?? []).map((d) => (d.id === "care" ? { id: "care" } : d)) };
    expect(errorCodeOf(() => computeIndex(table, uneven))).toBe("INDEX_HIERARCHY_MISMATCH");
    expect(details(() => computeIndex(table, uneven))).toMatchObject({ dimension: "care" });
    expect(errorCodeOf(() => computeIndex(table, { ...spec, aggregation: { perLevel: ["arithmetic", "arithmetic"] } }))).toBe("INDEX_HIERARCHY_MISMATCH");
    expect(errorCodeOf(() => computeIndex(table, { ...spec, aggregation: { perLevel: ["arithmetic", "arithmetic", "arithmetic"], indicators: "geometric" } }))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, { ...spec, aggregation: { indicator: "geometric" } as never }))).toBe("INDEX_INVALID_SPEC");
  });

  it("zero weights among siblings name the parent", () => {
    const zero = dims([]);
    const z: IndexSpec = { ...zero, dimensions: (zero.dimensions ?? []).map((d) => (d.parent === "society" ? { ...d, weight: 0 } : d)) };
    expect(errorCodeOf(() => computeIndex(table, z))).toBe("INDEX_ZERO_WEIGHTS");
    expect(details(() => computeIndex(table, z))).toEqual({ level: 'the children of "society"' });
  });

  it("uncertainty and AHP take a deeper index (more in uncertainty.hierarchy.test.ts and ahpConsistency.test.ts)", () => {
    expect(uncertainty(table, spec, { runs: 10 }).units.map((u) => u.rankNominal)).toEqual([4, 3, 2, 1]);
    const ahpSpec: IndexSpec = { ...spec, weighting: { method: "ahp", dimensions: [[1, 2], [0.5, 1]] } };
    expect(computeIndex(table, ahpSpec).weights.dimensions["economy"]).toBeCloseTo(2 / 3, 12);
    // indicator matrices still work: they are per leaf dimension
    const ahpIndicators: IndexSpec = { ...spec, weighting: { method: "ahp", indicators: { work: [[1, 3], [1 / 3, 1]] } } };
    expect(computeIndex(table, ahpIndicators).weights.indicators["jobless"]).toBeCloseTo(0.75, 10);
  });
});

// ---------------------------------------------------------------------------------------------
// A second, naive implementation: per unit, recursively down the tree, written from the
// definitions (min-max over present values; weighted means over the children present).

interface Node {
  id: string;
  weight: number;
  children: Node[];
  indicators: { id: string; direction: 1 | -1; weight: number }[];
}

function naiveMean(method: AggregationMethod, values: number[], weights: number[]): number {
  const pairs = values.map((v, k) => [v, weights[k] as number] as const).filter(([v, w]) => v === v && w > 0);
  if (pairs.length === 0) return Number.NaN;
  const W = pairs.reduce((s, [, w]) => s + w, 0);
  if (method === "geometric") return Math.exp(pairs.reduce((s, [v, w]) => s + w * Math.log(v), 0) / W);
  if (method === "harmonic") return W / pairs.reduce((s, [v, w]) => s + w / v, 0);
  return pairs.reduce((s, [v, w]) => s + w * v, 0) / W;
}

function naiveIndex(
  columns: Record<string, number[]>,
  n: number,
  roots: Node[],
  methods: AggregationMethod[],
  range: [number, number],
): { scores: number[]; dims: Record<string, number[]> } {
  const [lo, hi] = range;
  const norm: Record<string, number[]> = {};
  const all = (nodes: Node[]): Node[] => nodes.flatMap((x) => [x, ...all(x.children)]);
  for (const node of all(roots)) {
    for (const ind of node.indicators) {
      const col = columns[ind.id] as number[];
      const present = col.filter((v) => v === v);
      const min = Math.min(...present);
      const max = Math.max(...present);
      norm[ind.id] = col.map((v) => (v === v ? lo + ((hi - lo) * (ind.direction === 1 ? v - min : max - v)) / (max - min) : Number.NaN));
    }
  }
  const dims: Record<string, number[]> = {};
  const score = (node: Node, i: number, depth: number): number => {
    let v: number;
    if (node.children.length === 0) {
      v = naiveMean(methods[0] as AggregationMethod, node.indicators.map((ind) => (norm[ind.id] as number[])[i] as number), node.indicators.map((ind) => ind.weight));
    } else {
      const child = node.children.map((c) => score(c, i, depth - 1));
      v = naiveMean(methods[depth - 1] as AggregationMethod, child, node.children.map((c) => c.weight));
    }
    (dims[node.id] ??= new Array<number>(n).fill(Number.NaN))[i] = v;
    return v;
  };
  const scores: number[] = [];
  const depth = (x: Node): number => (x.children.length === 0 ? 1 : 1 + depth(x.children[0] as Node));
  const D = depth(roots[0] as Node);
  for (let i = 0; i < n; i++) {
    const top = roots.map((r) => score(r, i, D));
    scores.push(naiveMean(methods[D] as AggregationMethod, top, roots.map((r) => r.weight)));
  }
  return { scores, dims };
}

/** A random balanced tree of `depth` dimension levels, 1–3 children per node, 1–3 indicators per leaf. */
function randomCase(seed: number): { spec: IndexSpec; roots: Node[]; columns: Record<string, number[]>; n: number; methods: AggregationMethod[] } {
  let s = seed >>> 0 || 1;
  const rnd = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const pick = (k: number): number => 1 + Math.floor(rnd() * k);
  const depth = pick(3); // 1–3 dimension levels: 3, 4 or 5 COINr levels with the index
  const n = 5 + pick(12);
  let nd = 0;
  let ni = 0;
  const indicators: IndexIndicatorSpec[] = [];
  const dimensions: IndexDimensionSpec[] = [];
  const columns: Record<string, number[]> = {};
  const make = (level: number, parent: string | undefined): Node => {
    const id = `d${nd++}`;
    const weight = 0.5 + Math.round(rnd() * 40) / 10;
    const node: Node = { id, weight, children: [], indicators: [] };
    dimensions.push(parent === undefined ? { id, weight } : { id, weight, parent });
    if (level === 1) {
      const k = pick(3);
      for (let q = 0; q < k; q++) {
        const iid = `x${ni++}`;
        const direction = rnd() < 0.5 ? (1 as const) : (-1 as const);
        const w = 0.5 + Math.round(rnd() * 20) / 10;
        indicators.push({ id: iid, dimension: id, direction, weight: w });
        node.indicators.push({ id: iid, direction, weight: w });
        // ~10 % missing, but at least two values (min-max needs a range)
        const col = Array.from({ length: n }, (_, i) => (i >= 2 && rnd() < 0.1 ? Number.NaN : Math.round(rnd() * 1e6) / 1e3));
        columns[iid] = col;
      }
    } else {
      const k = pick(3);
      for (let q = 0; q < k; q++) node.children.push(make(level - 1, id));
    }
    return node;
  };
  const roots = Array.from({ length: pick(3) }, () => make(depth, undefined));
  // every unit keeps at least one value
  for (let i = 0; i < n; i++) {
    if (Object.values(columns).every((c) => c[i] !== c[i])) (columns[indicators[0]?.id as string] as number[])[i] = 1;
  }
  const methodsPool: AggregationMethod[] = ["arithmetic", "geometric", "harmonic"];
  const methods = Array.from({ length: depth + 1 }, () => methodsPool[Math.floor(rnd() * 3)] as AggregationMethod);
  // shuffle the declared order: a parent may come after its children
  dimensions.sort(() => rnd() - 0.5);
  const spec: IndexSpec = { indicators, dimensions, normalization: { method: "minmax", range: [1, 100] }, aggregation: { perLevel: methods } };
  return { spec, roots, columns, n, methods };
}

describe("hierarchy: random trees against a naive recursive implementation", () => {
  it("scores, every dimension and ranks agree (3–5 levels, mixed means, gaps)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { spec: s, roots, columns, n, methods } = randomCase(seed);
        const t = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
        const want = naiveIndex(columns, n, roots, methods, [1, 100]);
        const r = computeIndex(t, s);
        const cols = computeIndexColumns(t, s, { dimensionRanks: true });
        r.units.forEach((u, i) => {
          expect(u.score).toBeCloseTo(want.scores[i] as number, 9);
          expect(cols.scores[i]).toBe(u.score);
          for (const [d, v] of Object.entries(want.dims)) {
            const got = u.dimensions[d];
            if ((v[i] as number) !== (v[i] as number)) expect(got).toBeNull();
            else expect(got).toBeCloseTo(v[i] as number, 9);
          }
        });
        // ranks: 1 + the number of units with a strictly higher score
        const ranks = want.scores.map((x) => 1 + want.scores.filter((y) => y > x + 1e-9).length);
        expect(r.units.map((u) => u.rank)).toEqual(ranks);
        const w = effectiveWeights(t, s);
        expect(w.reduce((acc, row) => acc + row.weight, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 60 },
    );
  });

  it("a level of single-child dimensions changes nothing (the two-level result)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom<AggregationMethod>("arithmetic", "geometric", "harmonic", "topsis"), (seed, top) => {
        const { spec: s, columns, n } = randomCase(seed);
        const t = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
        // flatten the random case to indicator → dimension → index
        const flat: IndexSpec = {
          indicators: s.indicators,
          dimensions: [...new Set(s.indicators.map((i) => i.dimension))].map((id, k) => ({ id, weight: 1 + (k % 3) })),
          normalization: { method: "minmax", range: [1, 100] },
          aggregation: { indicators: "arithmetic", dimensions: top },
        };
        // the same leaves, each under a parent of its own that carries the leaf's weight
        const padded: IndexSpec = {
          ...flat,
          dimensions: (flat.dimensions ?? []).flatMap((d) => [
            { id: `p_${d.id}`, weight: d.weight },
            { id: d.id, parent: `p_${d.id}` },
          ]),
          aggregation: { perLevel: ["arithmetic", "arithmetic", top] },
        };
        const a = computeIndex(t, flat);
        const b = computeIndex(t, padded);
        expect(b.units.map((u) => u.score)).toEqual(a.units.map((u) => u.score));
        expect(b.units.map((u) => u.rank)).toEqual(a.units.map((u) => u.rank));
        for (const d of flat.dimensions ?? []) {
          expect(b.units.map((u) => u.dimensions[`p_${d.id}`])).toEqual(a.units.map((u) => u.dimensions[d.id]));
          expect(b.units.map((u) => u.dimensionRanks[`p_${d.id}`])).toEqual(a.units.map((u) => u.dimensionRanks[d.id]));
        }
        const sum = (r: typeof a, i: number): number => Object.values(r.units[i]?.contributions ?? {}).reduce((x, y) => x + y, 0);
        for (let i = 0; i < n; i++) expect(sum(b, i)).toBeCloseTo(sum(a, i), 9);
        expect(effectiveWeights(t, padded).map((w) => w.weight)).toEqual(effectiveWeights(t, flat).map((w) => w.weight));
      }),
      { numRuns: 40 },
    );
  });

  it("contributions sum to the score under arithmetic aggregation at every level", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { spec: s, columns, n } = randomCase(seed);
        const t = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
        const r = computeIndex(t, { ...s, aggregation: "arithmetic" });
        const w = Object.fromEntries(effectiveWeights(t, { ...s, aggregation: "arithmetic" }).map((row) => [row.indicator, row.weight]));
        for (const u of r.units) {
          expect(Object.values(u.contributions).reduce((x, y) => x + y, 0)).toBeCloseTo(u.score as number, 9);
          // a unit with every value: its contributions are the effective weights times the normalised values
          if (Object.values(u.normalized).every((v) => v !== null)) {
            for (const [id, c] of Object.entries(u.contributions)) expect(c).toBeCloseTo((w[id] as number) * (u.normalized[id] as number), 9);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("hierarchy: whatIf at every level", () => {
  it("drops each dimension of every level, equal to recomputing without its branch", () => {
    const e = whatIf(table, spec, { remove: "each-dimension", top: 10 });
    expect(e.map((x) => [x.removed, x.level])).toEqual([
      ["economy", 3],
      ["society", 3],
      ["work", 2],
      ["school", 2],
      ["care", 2],
    ]);
    const nominal = computeIndex(table, spec).units.map((u) => u.rank as number);
    // dropping "society" leaves economy alone: ranks by work
    const without: IndexSpec = { indicators: spec.indicators.slice(0, 2), dimensions: [{ id: "economy" }, { id: "work", parent: "economy" }] };
    const ranks = computeIndex(table, without).units.map((u) => u.rank as number);
    const shifts = ranks.map((r, i) => r - (nominal[i] as number));
    expect(e[1]?.meanAbsoluteShift).toBeCloseTo(shifts.reduce((s, x) => s + Math.abs(x), 0) / 4, 12);
    // dropping "work" empties "economy", which goes too: the same as dropping "economy"
    expect(e[2]?.meanAbsoluteShift).toBe(e[0]?.meanAbsoluteShift);
    expect(whatIf(table, spec, { remove: "each-indicator" }).map((x) => x.level)).toEqual([1, 1, 1, 1, 1]);
  });
});
