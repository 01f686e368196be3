/**
 * Private: the columnar pass of computeIndexOverTime. Every period is scored on the same
 * goalposts by the same weights, so what does not change between periods (the spec's
 * resolution, the weights, the level labels) is resolved once, and each period is one pass
 * per indicator column (goalposts normalisation fused into the weighted mean, no copies) plus
 * one sort of the scores shared by the ranks and the level breaks.
 *
 * It covers the common index (arithmetic means at both levels, data-independent weights,
 * missing values reweighted, no outlier treatment, a flat index) and gives the scores, ranks
 * and levels of `computeIndexColumns` + `classifyLevels` bit for bit (the same operations in
 * the same order; tested). Anything else — or a period whose data the engine would refuse (an
 * infinite value, an empty indicator) — returns null, and the caller runs the engine, which
 * gives its result or its coded error.
 */
import { classifyLevels, computeIndexColumns, effectiveWeights, tableFromObservations } from "../scoring/index";
import type { IndexSpec, LevelLabel, ObservationLike } from "../scoring/index";
import { argsortFinite, type SortWorkspace } from "../internal/sort";

/** What the pass needs, resolved once for every period. */
export interface PanelPlan {
  /** Per dimension (engine order): its member indicators (column indices) and their weights within it. */
  readonly dims: readonly { readonly members: Int32Array; readonly weights: Float64Array; readonly weight: number }[];
  /** Per indicator: goalposts and direction. */
  readonly gmin: Float64Array;
  readonly span: Float64Array;
  readonly dir: Int8Array;
  /** Normalisation range. */
  readonly lo: number;
  readonly hi: number;
  readonly ranking: "min" | "dense" | "fractional";
  readonly levels: { readonly method: string; readonly count: number; readonly thresholds: readonly number[]; readonly labels: readonly LevelLabel[] };
  readonly levelsSpec: IndexSpec["levels"];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The plan of the columnar pass for `shared` (the spec on shared goalposts, without
 * denominators), or null when the spec needs the engine. The spec is checked by the engine
 * itself (its weights are read from `effectiveWeights` on a two-unit table: they do not
 * depend on the data for manual, equal and AHP weighting).
 */
export function panelPlan(shared: IndexSpec): PanelPlan | null {
  const agg = shared.aggregation;
  if (agg !== undefined && agg !== "arithmetic") return null;
  const missing = shared.missing;
  if (missing !== undefined && missing !== "reweight") {
    if (!isObject(missing) || (missing["method"] !== undefined && missing["method"] !== "reweight") || (missing["minCoverage"] !== undefined && missing["minCoverage"] !== 0)) return null;
  }
  if (shared.outliers !== undefined && shared.outliers !== "none") return null;
  const weighting = shared.weighting;
  if (weighting !== undefined && weighting !== "manual" && weighting !== "equal" && !(isObject(weighting) && weighting["method"] === "ahp")) return null;
  if (shared.dimensions !== undefined && (!Array.isArray(shared.dimensions) || shared.dimensions.some((d) => !isObject(d) || d["parent"] !== undefined))) return null;
  if (shared.indicators.some((ind) => !isObject(ind) || ind.normalization !== undefined || ind.denominator !== undefined || ind.goalposts === undefined)) return null;
  const norm = shared.normalization;
  if (!(norm === "goalposts" || (isObject(norm) && norm["method"] === "goalposts"))) return null;
  // the engine checks the spec and resolves the weights (two units, each at its goalposts)
  const columns: Record<string, Float64Array> = {};
  for (const ind of shared.indicators) {
    const g = ind.goalposts as { min: number; max: number };
    Object.defineProperty(columns, ind.id, { value: Float64Array.of(g.min, g.max), enumerable: true, writable: true, configurable: true });
  }
  const weights = effectiveWeights({ ids: ["a", "b"], columns }, shared);
  const levels = classifyLevels([], shared.levels);
  // dimensions in the engine's order: declared, else first seen
  const dimIds: string[] = shared.dimensions === undefined ? [] : shared.dimensions.map((d) => d.id);
  for (const ind of shared.indicators) if (!dimIds.includes(ind.dimension)) dimIds.push(ind.dimension);
  const k = shared.indicators.length;
  const dims = dimIds.map((id) => {
    const members: number[] = [];
    shared.indicators.forEach((ind, j) => {
      if (ind.dimension === id) members.push(j);
    });
    const w = effective(weights, members);
    return { members: Int32Array.from(members), weights: Float64Array.from(members, (j) => (weights[j] as { withinDimension: number }).withinDimension), weight: w };
  });
  const gmin = new Float64Array(k);
  const span = new Float64Array(k);
  const dir = new Int8Array(k);
  shared.indicators.forEach((ind, j) => {
    const g = ind.goalposts as { min: number; max: number };
    gmin[j] = g.min;
    span[j] = g.max - g.min;
    dir[j] = ind.direction;
  });
  const range = isObject(norm) ? (norm["range"] as readonly [number, number] | undefined) : undefined;
  const method = isObject(shared.levels) ? String(shared.levels.method) : "quantiles";
  const thresholds = method === "fixed" ? levels.breaks : [];
  return {
    dims,
    gmin,
    span,
    dir,
    lo: range?.[0] ?? 0,
    hi: range?.[1] ?? 100,
    ranking: shared.ranking ?? "min",
    levels: { method, count: levels.labels.length, thresholds, labels: levels.labels },
    levelsSpec: shared.levels,
  };
}

/** A dimension's weight in the index, as effectiveWeights reports it (the same double for each member). */
function effective(weights: readonly { readonly path: readonly { readonly weight: number }[] }[], members: readonly number[]): number {
  const first = weights[members[0] as number];
  return first === undefined ? 0 : (first.path[0]?.weight ?? 0);
}

/** What one look at every column of the panel finds. */
export interface PanelScan {
  /** Per indicator: smallest and largest finite value over the periods scanned for bounds (±Infinity when none). */
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per period × indicator (`s·K + j`): 1 = every value finite, 2 = an infinite value or no finite value, 0 otherwise. */
  readonly state: Uint8Array;
}

/**
 * One pass over every column: the bounds of the first `boundPeriods` periods (finite values
 * only) and each column's state (complete, refused by the engine, or with gaps).
 */
export function scanPanel(cells: readonly (readonly Float64Array[])[], K: number, n: number, boundPeriods: number): PanelScan {
  const P = cells.length;
  const min = new Float64Array(K).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(K).fill(Number.NEGATIVE_INFINITY);
  const state = new Uint8Array(P * K);
  for (let s = 0; s < P; s++) {
    for (let j = 0; j < K; j++) {
      const col = (cells[s] as Float64Array[])[j] as Float64Array;
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      let present = 0;
      let infinite = 0;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v - v !== 0) {
          if (v === v) infinite++;
          continue;
        }
        present++;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      state[s * K + j] = infinite > 0 || present === 0 ? 2 : present === n ? 1 : 0;
      if (s < boundPeriods) {
        if (lo < (min[j] as number)) min[j] = lo;
        if (hi > (max[j] as number)) max[j] = hi;
      }
    }
  }
  return { min, max, state };
}

/**
 * Scores, ranks and levels of period `s` (`columns[j]`, NaN = missing), or null when the
 * engine must decide (an infinite value, or an indicator with no value).
 */
export function scorePeriod(
  plan: PanelPlan,
  columns: readonly Float64Array[],
  n: number,
  state: Uint8Array,
  s: number,
  acc: Float64Array,
  ws: Float64Array,
  sort: SortWorkspace,
): { scores: Float64Array; ranks: Float64Array; levels: Float64Array } | null {
  const { lo, hi, gmin, span, dir } = plan;
  const K = gmin.length;
  const width = hi - lo;
  // the engine refuses a column it reads (weight ≠ 0) with an infinite value or no value
  for (const dim of plan.dims) for (let k = 0; k < dim.members.length; k++) if ((dim.weights[k] as number) !== 0 && state[s * K + (dim.members[k] as number)] === 2) return null;
  const scores = new Float64Array(n);
  const total = new Float64Array(n);
  for (const dim of plan.dims) {
    const live: number[] = [];
    let complete = true;
    for (let k = 0; k < dim.members.length; k++) {
      if ((dim.weights[k] as number) === 0) continue; // the engine never reads a column of weight 0
      live.push(k);
      if (state[s * K + (dim.members[k] as number)] !== 1) complete = false;
    }
    acc.fill(0, 0, n);
    let wsum = 0;
    if (complete) {
      // no gap: four columns per pass; acc + w₀t₀ + w₁t₁ + … is evaluated left to right, the
      // order of the engine's column-by-column sums, and t = lo + (f + m·u)·(hi − lo) with
      // (f, m) = (0, 1) or (1, −1) is exactly its lo + u·(hi − lo) or lo + (1 − u)·(hi − lo)
      let q = 0;
      for (; q + 4 <= live.length; q += 4) {
        const c0 = columns[dim.members[live[q] as number] as number] as Float64Array;
        const c1 = columns[dim.members[live[q + 1] as number] as number] as Float64Array;
        const c2 = columns[dim.members[live[q + 2] as number] as number] as Float64Array;
        const c3 = columns[dim.members[live[q + 3] as number] as number] as Float64Array;
        const j0 = dim.members[live[q] as number] as number;
        const j1 = dim.members[live[q + 1] as number] as number;
        const j2 = dim.members[live[q + 2] as number] as number;
        const j3 = dim.members[live[q + 3] as number] as number;
        const g0 = gmin[j0] as number, s0 = span[j0] as number, f0 = dir[j0] === 1 ? 0 : 1, m0 = dir[j0] === 1 ? 1 : -1, w0 = dim.weights[live[q] as number] as number;
        const g1 = gmin[j1] as number, s1 = span[j1] as number, f1 = dir[j1] === 1 ? 0 : 1, m1 = dir[j1] === 1 ? 1 : -1, w1 = dim.weights[live[q + 1] as number] as number;
        const g2 = gmin[j2] as number, s2 = span[j2] as number, f2 = dir[j2] === 1 ? 0 : 1, m2 = dir[j2] === 1 ? 1 : -1, w2 = dim.weights[live[q + 2] as number] as number;
        const g3 = gmin[j3] as number, s3 = span[j3] as number, f3 = dir[j3] === 1 ? 0 : 1, m3 = dir[j3] === 1 ? 1 : -1, w3 = dim.weights[live[q + 3] as number] as number;
        for (let i = 0; i < n; i++) {
          let u0 = ((c0[i] as number) - g0) / s0;
          u0 = u0 < 0 ? 0 : u0 > 1 ? 1 : u0;
          let u1 = ((c1[i] as number) - g1) / s1;
          u1 = u1 < 0 ? 0 : u1 > 1 ? 1 : u1;
          let u2 = ((c2[i] as number) - g2) / s2;
          u2 = u2 < 0 ? 0 : u2 > 1 ? 1 : u2;
          let u3 = ((c3[i] as number) - g3) / s3;
          u3 = u3 < 0 ? 0 : u3 > 1 ? 1 : u3;
          acc[i] = (acc[i] as number) + w0 * (lo + (f0 + m0 * u0) * width) + w1 * (lo + (f1 + m1 * u1) * width) + w2 * (lo + (f2 + m2 * u2) * width) + w3 * (lo + (f3 + m3 * u3) * width);
        }
        wsum = wsum + w0 + w1 + w2 + w3;
      }
      for (; q < live.length; q++) {
        const k = live[q] as number;
        const j = dim.members[k] as number;
        const c = columns[j] as Float64Array;
        const g = gmin[j] as number, sp = span[j] as number, f = dir[j] === 1 ? 0 : 1, m = dir[j] === 1 ? 1 : -1, w = dim.weights[k] as number;
        for (let i = 0; i < n; i++) {
          let u = ((c[i] as number) - g) / sp;
          u = u < 0 ? 0 : u > 1 ? 1 : u;
          acc[i] = (acc[i] as number) + w * (lo + (f + m * u) * width);
        }
        wsum += w;
      }
    } else {
      ws.fill(0, 0, n);
      for (const k of live) {
        const j = dim.members[k] as number;
        const col = columns[j] as Float64Array;
        const w = dim.weights[k] as number;
        const g = gmin[j] as number;
        const sp = span[j] as number;
        const up = dir[j] === 1;
        // lo + u·(hi − lo), u = (v − min)/span clamped to [0, 1] (or 1 − u): the engine's formula
        for (let i = 0; i < n; i++) {
          const v = col[i] as number;
          if (v !== v) continue;
          let u = (v - g) / sp;
          u = u < 0 ? 0 : u > 1 ? 1 : u;
          acc[i] = (acc[i] as number) + w * (lo + (up ? u : 1 - u) * width);
          ws[i] = (ws[i] as number) + w;
        }
      }
    }
    const dw = dim.weight;
    if (dw === 0) continue;
    // the dimension's score, straight into the index's weighted mean (dimensions in order)
    for (let i = 0; i < n; i++) {
      const sw = complete ? wsum : (ws[i] as number);
      if (!(sw > 0)) continue;
      const d = (acc[i] as number) / sw;
      scores[i] = (scores[i] as number) + dw * d;
      total[i] = (total[i] as number) + dw;
    }
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const t = total[i] as number;
    if (t > 0) {
      scores[i] = (scores[i] as number) / t;
      m++;
    } else scores[i] = Number.NaN;
  }
  // one sort, shared by the ranks and the level breaks
  const order = argsortFinite(scores, n, false, sort);
  const sorted = new Float64Array(m);
  for (let p = 0; p < m; p++) sorted[p] = scores[order[p] as number] as number;
  const ranks = ranksOf(n, order, sorted, plan.ranking);
  const levels = levelsOf(plan, scores, sorted);
  return { scores, ranks, levels };
}

/** Ranks, 1 = highest score, ties by the method (the engine's ranksFromOrder on a descending order). */
function ranksOf(n: number, order: Uint32Array, sorted: Float64Array, method: "min" | "dense" | "fractional"): Float64Array {
  const m = sorted.length;
  const ranks = new Float64Array(n).fill(Number.NaN);
  let dense = 0;
  let q = m;
  while (q > 0) {
    const v = sorted[q - 1] as number;
    let p = q - 1;
    while (p > 0 && sorted[p - 1] === v) p--;
    dense++;
    // descending positions of the run: m − q … m − p − 1
    const first = m - q;
    const last = m - p;
    const rank = method === "min" ? first + 1 : method === "dense" ? dense : (first + 1 + last) / 2;
    for (let r = p; r < q; r++) ranks[order[r] as number] = rank;
    q = p;
  }
  return ranks;
}

/** Levels (1 = most deprived), classifyLevels' breaks from the sorted scores. */
function levelsOf(plan: PanelPlan, scores: Float64Array, sorted: Float64Array): Float64Array {
  const n = scores.length;
  const out = new Float64Array(n);
  const { method, count } = plan.levels;
  let breaks: readonly number[];
  if (method === "fixed") breaks = plan.levels.thresholds;
  else if (sorted.length === 0) breaks = [];
  else if (method === "quantiles") {
    breaks = Array.from({ length: count - 1 }, (_, c) => {
      // type-7 quantile (linear interpolation), as classifyLevels
      const h = (sorted.length - 1) * ((c + 1) / count);
      const a = Math.floor(h);
      const x = sorted[a] as number;
      const y = sorted[Math.min(a + 1, sorted.length - 1)] as number;
      return x + (h - a) * (y - x);
    });
  } else if (method === "equalIntervals") {
    const min = sorted[0] as number;
    const max = sorted[sorted.length - 1] as number;
    breaks = Array.from({ length: count - 1 }, (_, c) => min + ((max - min) * (c + 1)) / count);
  } else {
    // Jenks: classifyLevels itself
    const lv = classifyLevels(scores, plan.levelsSpec);
    for (let i = 0; i < n; i++) out[i] = lv.levels[i] ?? Number.NaN;
    return out;
  }
  const inclusive = method === "fixed";
  const b = Float64Array.from(breaks);
  for (let i = 0; i < n; i++) {
    const v = scores[i] as number;
    if (v !== v) {
      out[i] = Number.NaN;
      continue;
    }
    let c = 0;
    for (let q = 0; q < b.length; q++) if (inclusive ? v >= (b[q] as number) : v > (b[q] as number)) c++;
    out[i] = count - c;
  }
  return out;
}

/**
 * The panel's columns from long observations in two passes (ids in first-seen order over the
 * wanted periods, then the values), not one filtering pass per period. A malformed
 * observation, a non-numeric value or a repeated cell is left to `tableFromObservations`
 * (run on that period), which throws its coded error.
 */
export function panelFromObservations(
  observations: readonly ObservationLike[],
  periods: readonly string[],
  names: readonly string[],
  ids: readonly string[],
  order: ReadonlyMap<string, number>,
): Float64Array[][] {
  const n = ids.length;
  const P = periods.length;
  const K = names.length;
  const periodOf = new Map<string, number>(periods.map((p, s) => [p, s]));
  const nameOf = new Map<string, number>(names.map((name, j) => [name, j]));
  const cells: Float64Array[][] = periods.map(() => names.map(() => new Float64Array(n).fill(Number.NaN)));
  // one bit per cell: a second value for a cell is an error (tableFromObservations says which)
  const written = new Uint8Array(Math.ceil((P * K * n) / 8));
  const refuse = (period: string): never => {
    tableFromObservations(observations, { period, ids, indicators: names });
    /* c8 ignore next */
    throw new Error("unreachable: tableFromObservations accepted what the panel refused");
  };
  for (const o of observations) {
    const s = periodOf.get(o.period);
    if (s === undefined) continue;
    if (typeof o.neighbourhoodId !== "string" || typeof o.indicatorId !== "string") refuse(o.period);
    const j = nameOf.get(o.indicatorId);
    if (j === undefined) continue;
    const i = order.get(o.neighbourhoodId) as number;
    const bit = (s * K + j) * n + i;
    if (((written[bit >>> 3] as number) & (1 << (bit & 7))) !== 0) refuse(o.period);
    written[bit >>> 3] = (written[bit >>> 3] as number) | (1 << (bit & 7));
    const v = o.value;
    // not a number, or ±Infinity: tableFromObservations names the cell in its error
    if (v !== null && (typeof v !== "number" || v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY)) refuse(o.period);
    ((cells[s] as Float64Array[])[j] as Float64Array)[i] = v === null ? Number.NaN : v;
  }
  return cells;
}

/** The engine on one period (the fallback): scores, ranks and levels. */
export function enginePeriod(
  ids: readonly string[],
  names: readonly string[],
  columns: readonly Float64Array[],
  groups: readonly string[] | undefined,
  shared: IndexSpec,
  levelsSpec: IndexSpec["levels"],
): { scores: Float64Array; ranks: Float64Array; levels: Float64Array; labels: readonly LevelLabel[] } {
  const cols: Record<string, Float64Array> = {};
  names.forEach((name, j) => Object.defineProperty(cols, name, { value: columns[j], enumerable: true, writable: true, configurable: true }));
  const r = computeIndexColumns(groups === undefined ? { ids, columns: cols } : { ids, columns: cols, groups }, shared);
  const lv = classifyLevels(r.scores, levelsSpec);
  const n = ids.length;
  const levels = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = lv.levels[i];
    levels[i] = v === null || v === undefined ? Number.NaN : v;
  }
  return { scores: r.scores, ranks: r.ranks, levels, labels: lv.labels };
}
