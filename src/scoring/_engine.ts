/** Private: the columnar numeric core of the composite index. */
import { fail } from "../internal/safe";
import { ahpDimensionWeights, ahpTreeGroups, type AhpTreeGroup } from "./_ahpTree";
import { criticWeights } from "./criticWeights";
import { cvWeights } from "./cvWeights";
import { entropyWeights } from "./entropyWeights";
import { gramJs, standardize } from "./_gramJs";
import { rawColumns, standardizedColumns, symmetricEigen } from "./_statistics";
import type { Agg, Norm, Plan, PlanIndicator } from "./_plan";
import { argsortFinite, ranksFromOrder, sortWorkspace, type SortWorkspace } from "../internal/sort";
import { normalizeMore } from "./_normalizeMore";
import { treatColumn, type ColumnTreatment } from "./_outliers";
import { aggregateHierarchy, hierarchyWeights } from "./_hierarchy";

/** Share of indicators present per unit, and the inclusion mask of the data-availability screen. */
export function screen(plan: Plan): { coverage: Float64Array; included: Uint8Array; excluded: number } {
  const { n, indicators, minCoverage } = plan;
  const present = new Float64Array(n);
  for (const ind of indicators) {
    const raw = ind.raw;
    for (let i = 0; i < n; i++) {
      const v = raw[i] as number;
      if (v !== null && v - v === 0) present[i]!++;
    }
  }
  const k = indicators.length;
  const included = new Uint8Array(n);
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    present[i] = (present[i] as number) / k;
    if ((present[i] as number) > 0 && (present[i] as number) >= minCoverage) included[i] = 1;
    else excluded++;
  }
  if (excluded === n) {
    throw fail("INDEX_NO_UNITS", "هیچ واحدی برای امتیازدهی نمانده است (داده‌ها خالی‌اند یا غربال پوشش همه را کنار گذاشت)", "No unit is left to score (no data, or the coverage screen excluded every unit)", {
      minCoverage,
    });
  }
  return { coverage: present, included, excluded };
}

/**
 * Copies an indicator's raw values into `out` (NaN for missing, non-finite and excluded
 * units), imputes and treats outliers by the plan. Returns the number of winsorised values;
 * `report` receives what the outlier treatment did.
 */
export function prepareColumn(
  plan: Plan,
  ind: PlanIndicator,
  included: Uint8Array | null,
  out: Float64Array,
  scratch: Float64Array,
  report?: (treatment: ColumnTreatment) => void,
): number {
  const { n } = plan;
  const raw = ind.raw;
  let present = 0;
  if (ArrayBuffer.isView(raw)) {
    for (let i = 0; i < n; i++) {
      const v = raw[i] as number;
      if (v - v === 0 && (included === null || included[i] === 1)) {
        out[i] = v;
        present++;
      } else {
        if (v === v && v - v !== 0) throw infinite(plan, ind, i, v);
        out[i] = Number.NaN;
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = raw[i] as number | null;
      if (v !== null && v - v === 0 && (included === null || included[i] === 1)) {
        out[i] = v;
        present++;
      } else {
        if (typeof v === "number" && v === v && v - v !== 0) throw infinite(plan, ind, i, v);
        out[i] = Number.NaN;
      }
    }
  }
  if (present === 0) {
    throw fail("INDEX_EMPTY_INDICATOR", `شاخص «${ind.id}» هیچ مقداری ندارد`, `Indicator "${ind.id}" has no value`, { indicator: ind.id });
  }
  if (plan.missing !== "reweight" && present < (included === null ? n : countOnes(included))) impute(plan, out, included, scratch);
  if (plan.outliers === null) return 0;
  const treatment = treatColumn(plan.outliers, out, scratch);
  report?.(treatment);
  return treatment.winsorized;
}

/**
 * ±Infinity is not a missing value (NaN is): it is usually a division by zero upstream, and
 * taking it as missing would hide it. Refused with the unit and the indicator.
 */
function infinite(plan: Plan, ind: PlanIndicator, i: number, v: number): Error {
  const id = plan.ids[i] ?? String(i);
  return fail(
    "INDEX_INVALID_TABLE",
    `مقدار بی‌نهایت (${v}) برای «${id}» در شاخص «${ind.id}»؛ خانهٔ خالی یا NaN یعنی مقدار گمشده`,
    `Infinite value (${v}) for "${id}" in indicator "${ind.id}"; leave the cell empty or NaN for a missing value`,
    { indicator: ind.id, unit: id, index: i, value: String(v) },
  );
}

function countOnes(mask: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < mask.length; i++) c += mask[i] as number;
  return c;
}

function impute(plan: Plan, col: Float64Array, included: Uint8Array | null, scratch: Float64Array): void {
  const { n } = plan;
  let sum = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = col[i] as number;
    if (v === v) {
      sum += v;
      scratch[m++] = v;
    }
  }
  let fill = sum / m;
  if (plan.missing === "median") {
    const s = scratch.subarray(0, m).sort();
    fill = m % 2 === 1 ? (s[(m - 1) >> 1] as number) : ((s[m / 2 - 1] as number) + (s[m / 2] as number)) / 2;
  }
  if (plan.missing === "groupMean" && plan.groupOf !== undefined) {
    const g = plan.groupOf;
    const G = plan.groupNames.length;
    const gs = new Float64Array(G);
    const gc = new Float64Array(G);
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v === v) {
        gs[g[i] as number]! += v;
        gc[g[i] as number]!++;
      }
    }
    for (let i = 0; i < n; i++) {
      if (col[i] !== col[i] && (included === null || included[i] === 1)) {
        const k = g[i] as number;
        col[i] = (gc[k] as number) > 0 ? (gs[k] as number) / (gc[k] as number) : fill;
      }
    }
    return;
  }
  for (let i = 0; i < n; i++) if (col[i] !== col[i] && (included === null || included[i] === 1)) col[i] = fill;
}

function constant(ind: PlanIndicator, method: string): Error {
  return fail(
    "INDEX_CONSTANT_INDICATOR",
    `شاخص «${ind.id}» برای همهٔ واحدها یک مقدار دارد و با روش ${method} نرمال نمی‌شود؛ آن را حذف کنید`,
    `Indicator "${ind.id}" has the same value for every unit and cannot be normalised by ${method}; drop it`,
    { indicator: ind.id, method },
  );
}

/** Normalises a prepared column in place (oriented: higher = more deprived). */
export function normalizeColumn(ind: PlanIndicator, spec: Norm, col: Float64Array, ws: SortWorkspace, scratch: Float64Array): void {
  // an indicator's own normalisation overrides the spec's
  const norm = ind.norm ?? spec;
  const n = col.length;
  const { lo, hi } = norm;
  const dir = ind.direction;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = col[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (norm.method === "fractionOfMax" || norm.method === "distanceToReference") {
    normalizeMore(ind, norm, col, min, max);
    return;
  }
  switch (norm.method) {
    case "minmax": {
      if (!(max > min)) throw constant(ind, "minmax");
      const scale = (hi - lo) / (max - min);
      if (!Number.isFinite(scale)) {
        // a range so small that its reciprocal overflows: divide instead
        const range = max - min;
        if (dir === 1) for (let i = 0; i < n; i++) col[i] = lo + (((col[i] as number) - min) / range) * (hi - lo);
        else for (let i = 0; i < n; i++) col[i] = lo + ((max - (col[i] as number)) / range) * (hi - lo);
        return;
      }
      if (dir === 1) for (let i = 0; i < n; i++) col[i] = lo + ((col[i] as number) - min) * scale;
      else for (let i = 0; i < n; i++) col[i] = lo + (max - (col[i] as number)) * scale;
      return;
    }
    case "zscore": {
      if (!(max > min)) throw constant(ind, "zscore");
      let sum = 0;
      let m = 0;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v === v) {
          sum += v;
          m++;
        }
      }
      const mean = sum / m;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v === v) ss += (v - mean) * (v - mean);
      }
      const sd = Math.sqrt(ss / (norm.sample ? m - 1 : m));
      if (!(sd > 0)) throw constant(ind, "zscore");
      const f = dir / sd;
      for (let i = 0; i < n; i++) col[i] = ((col[i] as number) - mean) * f;
      return;
    }
    case "rank":
    case "percentile": {
      if (!(max > min)) throw constant(ind, norm.method);
      const order = argsortFinite(col, n, dir === -1, ws);
      const m = order.length;
      scratch.fill(Number.NaN, 0, n);
      ranksFromOrder(col, order, m, "fractional", scratch);
      if (norm.method === "rank") col.set(scratch.subarray(0, n));
      else for (let i = 0; i < n; i++) col[i] = lo + ((hi - lo) * ((scratch[i] as number) - 1)) / (m - 1);
      return;
    }
    case "goalposts": {
      const gmin = ind.goalposts?.min ?? min;
      const gmax = ind.goalposts?.max ?? max;
      if (!(gmax > gmin)) throw constant(ind, "goalposts");
      const span = gmax - gmin;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        let u = (v - gmin) / span;
        u = u < 0 ? 0 : u > 1 ? 1 : u;
        col[i] = lo + (dir === 1 ? u : 1 - u) * (hi - lo);
      }
      return;
    }
    case "cutoff": {
      // Alkire–Foster: deprived when strictly worse than the cutoff
      const c = ind.cutoff as number;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v === v) col[i] = (dir === 1 ? v > c : v < c) ? hi : lo;
      }
      return;
    }
    case "distanceToTarget": {
      const t = ind.target as number;
      const span = dir === 1 ? max - t : t - min;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v !== v) continue;
        let d = span > 0 ? (dir === 1 ? v - t : t - v) / span : 0;
        d = d < 0 ? 0 : d > 1 ? 1 : d;
        col[i] = lo + d * (hi - lo);
      }
      return;
    }
  }
}

/** Aggregation buffers reused between calls. */
export interface AggBuffers {
  acc: Float64Array;
  ws: Float64Array;
}

/**
 * Weighted (power) mean of `count` columns into `out`, per unit over the present values with
 * the weights renormalised, or their TOPSIS score on `range` (kind 4). `name(k)` names column
 * k in errors. `complete` promises that no column has a NaN (a faster loop for the arithmetic
 * mean, same result).
 */
export function aggregateInto(
  n: number,
  count: number,
  column: (k: number) => Float64Array,
  weights: ArrayLike<number>,
  agg: Agg,
  range: { readonly lo: number; readonly hi: number },
  out: Float64Array,
  buf: AggBuffers,
  name: (k: number) => string,
  complete = false,
): void {
  const acc = buf.acc;
  const ws = buf.ws;
  if (agg.kind === 4) {
    topsisInto(n, count, column, weights, range, out, buf);
    return;
  }
  acc.fill(0, 0, n);
  ws.fill(0, 0, n);
  // complete columns (no NaN) and arithmetic: one weight sum for every unit
  let wsum = 0;
  const p = agg.p;
  if (agg.kind === 0 && complete) {
    // four columns per pass over the accumulator: a + t₀ + t₁ + … is evaluated left to right,
    // the order of the column-by-column loop, so the sums are bit-identical
    const live: number[] = [];
    for (let k = 0; k < count; k++) if ((weights[k] as number) !== 0) live.push(k);
    let q = 0;
    for (; q + 4 <= live.length; q += 4) {
      const k0 = live[q] as number;
      const k1 = live[q + 1] as number;
      const k2 = live[q + 2] as number;
      const k3 = live[q + 3] as number;
      const c0 = column(k0);
      const c1 = column(k1);
      const c2 = column(k2);
      const c3 = column(k3);
      const w0 = weights[k0] as number;
      const w1 = weights[k1] as number;
      const w2 = weights[k2] as number;
      const w3 = weights[k3] as number;
      for (let i = 0; i < n; i++) acc[i] = (acc[i] as number) + w0 * (c0[i] as number) + w1 * (c1[i] as number) + w2 * (c2[i] as number) + w3 * (c3[i] as number);
      wsum = wsum + w0 + w1 + w2 + w3;
    }
    for (; q < live.length; q++) {
      const kk = live[q] as number;
      const col = column(kk);
      const w = weights[kk] as number;
      for (let i = 0; i < n; i++) acc[i] = (acc[i] as number) + w * (col[i] as number);
      wsum += w;
    }
    if (wsum > 0) for (let i = 0; i < n; i++) out[i] = (acc[i] as number) / wsum;
    else out.fill(Number.NaN, 0, n);
    return;
  }
  // The power mean is computed as ref·(Σ w·(v/ref)^p / Σ w)^(1/p) with ref each unit's largest
  // present value (p > 0) or smallest (p < 0): every (v/ref)^p is at most 1, so a large power
  // cannot overflow to Infinity (100^400 would), and the result is the same mean.
  const ref = agg.kind === 3 ? powerMeanReference(n, count, column, weights, p) : null;
  for (let k = 0; k < count; k++) {
    const w = weights[k] as number;
    if (w === 0) continue;
    const col = column(k);
    if (agg.kind === 0 && complete) {
      for (let i = 0; i < n; i++) acc[i] = (acc[i] as number) + w * (col[i] as number);
      wsum += w;
      continue;
    }
    if (agg.kind === 0) {
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v === v) {
          acc[i] = (acc[i] as number) + w * v;
          ws[i] = (ws[i] as number) + w;
        }
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v !== v) continue;
      if (v < 0 || (v === 0 && agg.kind !== 3) || (v === 0 && p < 0)) {
        throw fail(
          "INDEX_NONPOSITIVE_VALUE",
          `میانگین ${agg.name} به مقدار مثبت نیاز دارد اما «${name(k)}» مقدار ${v} دارد؛ بازهٔ نرمال‌سازی را مثلاً [1, 100] بگذارید`,
          `The ${agg.name} mean needs positive values but "${name(k)}" has ${v}; use a normalization range such as [1, 100]`,
          { column: name(k), value: v, index: i },
        );
      }
      acc[i] = (acc[i] as number) + w * (agg.kind === 1 ? Math.log(v) : agg.kind === 2 ? 1 / v : Math.pow(v / (ref as Float64Array)[i]!, p));
      ws[i] = (ws[i] as number) + w;
    }
  }
  if (complete && agg.kind === 0) {
    if (wsum > 0) for (let i = 0; i < n; i++) out[i] = (acc[i] as number) / wsum;
    else out.fill(Number.NaN, 0, n);
    return;
  }
  for (let i = 0; i < n; i++) {
    const s = ws[i] as number;
    if (s > 0) {
      const m = (acc[i] as number) / s;
      out[i] = agg.kind === 0 ? m : agg.kind === 1 ? Math.exp(m) : agg.kind === 2 ? 1 / m : (ref as Float64Array)[i]! * Math.pow(m, 1 / p);
    } else out[i] = Number.NaN;
  }
}

/** Per unit, the largest (p > 0) or smallest (p < 0) present value of the weighted columns. */
function powerMeanReference(n: number, count: number, column: (k: number) => Float64Array, weights: ArrayLike<number>, p: number): Float64Array {
  const ref = new Float64Array(n).fill(Number.NaN);
  for (let k = 0; k < count; k++) {
    if ((weights[k] as number) === 0) continue;
    const col = column(k);
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v !== v) continue;
      const r = ref[i] as number;
      if (r !== r || (p > 0 ? v > r : v < r)) ref[i] = v;
    }
  }
  // A unit whose values are all 0 (p > 0): every term is 0, the mean is 0.
  for (let i = 0; i < n; i++) if (ref[i] === 0) ref[i] = 1;
  return ref;
}

/**
 * TOPSIS with min-max normalisation: `lo + (hi − lo)·D⁻/(D⁻ + D⁺)` per unit, D⁻ the weighted
 * distance to the least deprived profile (column minima), D⁺ to the most deprived (maxima),
 * over the unit's present values. A column with one value throughout separates no unit and
 * is left out; a unit whose every value is in such columns cannot be placed (an error).
 */
function topsisInto(
  n: number,
  count: number,
  column: (k: number) => Float64Array,
  weights: ArrayLike<number>,
  range: { readonly lo: number; readonly hi: number },
  out: Float64Array,
  buf: AggBuffers,
): void {
  const toLeast = buf.acc;
  const toMost = buf.ws;
  toLeast.fill(0, 0, n);
  toMost.fill(0, 0, n);
  // out marks the units with at least one value (0), the others stay NaN
  out.fill(Number.NaN, 0, n);
  for (let k = 0; k < count; k++) {
    const w = weights[k] as number;
    if (w === 0) continue;
    const col = column(k);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v !== v) continue;
      out[i] = 0;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!(max > min)) continue;
    const span = max - min;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v !== v) continue;
      // divided, not multiplied by a reciprocal: a tiny span would overflow it
      const a = (w * (v - min)) / span;
      const b = (w * (max - v)) / span;
      toLeast[i] = (toLeast[i] as number) + a * a;
      toMost[i] = (toMost[i] as number) + b * b;
    }
  }
  const { lo, hi } = range;
  for (let i = 0; i < n; i++) {
    if (out[i] !== out[i]) continue;
    const a = Math.sqrt(toLeast[i] as number);
    const b = Math.sqrt(toMost[i] as number);
    if (!(a + b > 0)) {
      throw fail(
        "INDEX_CONSTANT_INDICATOR",
        `تاپسیس نمی‌تواند واحد شمارهٔ ${i} را جای دهد: هر مقداری که دارد برای همهٔ واحدها یکسان است`,
        `TOPSIS cannot place unit ${i}: every value it has is the same for all units`,
        { index: i },
      );
    }
    out[i] = lo + ((hi - lo) * a) / (a + b);
  }
}

/** Normalises weights to sum 1; throws when they sum to zero. */
export function normalizeWeights(w: ArrayLike<number>, what: { fa: string; en: string }): Float64Array {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] as number;
  if (!(s > 0) || !Number.isFinite(s)) {
    throw fail("INDEX_ZERO_WEIGHTS", `وزن‌های ${what.fa} جمعاً صفرند`, `The weights of ${what.en} sum to zero`, { level: what.en });
  }
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = (w[i] as number) / s;
  return out;
}

/** Whether the plan's weighting needs the normalised columns. */
export function needsColumns(plan: Plan): boolean {
  return plan.weighting === "entropy" || plan.weighting === "critic" || plan.weighting === "cv" || plan.weighting === "pca";
}

/**
 * The effective weights: indicator weights normalised within each dimension (indexed by
 * indicator), and dimension weights normalised (indexed by dimension).
 */
export function resolveWeights(plan: Plan, columns: readonly Float64Array[] | null): { indicator: Float64Array; dimension: Float64Array; upper: Float64Array | null } {
  const k = plan.indicators.length;
  const indicator = new Float64Array(k);
  let dimRaw: ArrayLike<number> = plan.dimWeights;
  let upperRaw: readonly number[] | undefined;
  const weighting = plan.weighting;
  let ahpGroups: readonly AhpTreeGroup[] = [];
  if (typeof weighting === "object") {
    // one pairwise matrix per group of siblings, at every level of the tree
    ahpGroups = ahpTreeGroups(plan, weighting);
    ({ leaf: dimRaw, upper: upperRaw } = ahpDimensionWeights(plan, ahpGroups));
  }
  plan.byDim.forEach((members, d) => {
    const dimId = plan.dims[d] as string;
    let raw: ArrayLike<number>;
    if (weighting === "equal") raw = members.map(() => 1);
    else if (weighting === "manual") raw = members.map((j) => (plan.indicators[j] as PlanIndicator).weight);
    else if (typeof weighting === "object") {
      const group = ahpGroups.find((g) => g.compares === "indicators" && g.parent === dimId);
      raw = group === undefined ? members.map((j) => (plan.indicators[j] as PlanIndicator).weight) : group.result.weights;
    } else if (members.length === 1) raw = [1];
    else {
      raw = objectiveWeights(
        weighting,
        members.map((j) => (columns as readonly Float64Array[])[j] as Float64Array),
        members.map((j) => (plan.indicators[j] as PlanIndicator).id),
      );
    }
    const w = normalizeWeights(raw, { fa: `بعد «${dimId}»`, en: `dimension "${dimId}"` });
    members.forEach((j, i) => (indicator[j] = w[i] as number));
  });
  if (plan.hierarchy !== null) {
    // deeper hierarchy: each dimension's weight is within its parent
    const { leaf, upper } = hierarchyWeights(plan.hierarchy, dimRaw, upperRaw);
    return { indicator, dimension: leaf, upper };
  }
  return { indicator, dimension: normalizeWeights(dimRaw, { fa: "ابعاد", en: "the dimensions" }), upper: null };
}

function objectiveWeights(method: "entropy" | "critic" | "cv" | "pca", cols: readonly Float64Array[], names: readonly string[]): number[] {
  const n = (cols[0] as Float64Array).length;
  const means = cols.map((c) => {
    let s = 0;
    let m = 0;
    for (let i = 0; i < n; i++) if (c[i] === c[i]) (s += c[i] as number), m++;
    return m > 0 ? s / m : 0;
  });
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    // rows of excluded units (all NaN) are left out; other gaps take the column mean
    if (cols.every((c) => c[i] !== c[i])) continue;
    rows.push(cols.map((c, j) => (c[i] === c[i] ? (c[i] as number) : (means[j] as number))));
  }
  if (method === "pca") return pcaFirstWeights(rows, names);
  return method === "entropy" ? entropyWeights(rows) : method === "critic" ? criticWeights(rows) : cvWeights(rows);
}

/** Squared coefficients of the first principal component of the correlation matrix (sum 1). */
function pcaFirstWeights(rows: readonly (readonly number[])[], names: readonly string[]): number[] {
  const k = names.length;
  const cols = names.map((_, j) => Float64Array.from(rows, (row) => row[j] as number));
  // the correlation matrix with the scalar kernel (a few dozen rows: no WebAssembly in this bundle)
  const z = standardizedColumns(rawColumns(cols), rows.length, names, 0).map((c) => standardize(c, rows.length, c.values as Float64Array));
  const m = gramJs(z);
  for (let a = 0; a < k; a++) m[a * k + a] = 1;
  const { vectors } = symmetricEigen(m, k);
  return names.map((_, j) => (vectors[j * k] as number) ** 2);
}

/** Everything the numeric pass produces. */
export interface PassResult {
  scores: Float64Array;
  dims: Float64Array[];
  /** Scores of the dimensions above the leaf dimensions (`plan.hierarchy.ids` order); empty for a flat index. */
  upper: Float64Array[];
  /** Indicator weights within their dimension, dimension weights within their parent (or the index), upper-node weights (null when flat). */
  weights: { indicator: Float64Array; dimension: Float64Array; upper: Float64Array | null };
  /** The normalised columns when materialised (kept, or needed by the weighting), else null. */
  columns: Float64Array[] | null;
  /**
   * Normalised value of indicator j for unit i (only with `keepColumns`): read from the
   * materialised column, or recomputed from the raw column by the same affine map the fused
   * min-max pass used (bit-identical, no copy of the column).
   */
  value: (j: number, i: number) => number;
  /**
   * The normalised column of indicator j, with or without `keepColumns`: the kept column
   * itself, or `out` filled (by the fused min-max map, or by normalising the raw column again).
   */
  column: (j: number, out: Float64Array) => Float64Array;
  winsorized: number[];
  coverage: Float64Array | null;
}

/** Runs impute → winsorise → normalise → weight → aggregate on a plan. */
export function runPass(plan: Plan, keepColumns: boolean, needCoverage: boolean): PassResult {
  const { n, indicators, byDim, dims } = plan;
  let included: Uint8Array | null = null;
  let coverage: Float64Array | null = null;
  // imputation must know which units are scored at all (a unit with no value is never imputed)
  const screened = plan.minCoverage > 0 || plan.missing !== "reweight";
  // when only the coverage is asked for, complete columns (every value finite) mean a coverage
  // of 1 for every unit and nobody excluded, what the screen would find; their ranges and sums
  // are kept for the fused min-max pass, which would read them again
  const stats = needCoverage && !screened && n > 0 ? completeColumnStats(plan) : undefined;
  if (stats !== undefined) coverage = new Float64Array(n).fill(1);
  else if (needCoverage || screened) {
    const s = screen(plan);
    coverage = s.coverage;
    // every unit included: the mask changes nothing
    included = s.excluded === 0 ? null : s.included;
  }
  if (n === 0) throw fail("INDEX_NO_UNITS", "جدول هیچ واحدی ندارد", "The table has no unit");
  const fast = !needsColumns(plan) && included === null && plan.normalization.method === "minmax" && indicators.every((ind) => ind.norm === undefined) && plan.missing === "reweight" && plan.outliers === null && plan.aggIndicators.kind === 0;
  // kept columns are materialised up front (in indicator order) unless the fused min-max path
  // can recompute them from the raw columns
  const materialise = needsColumns(plan) || (keepColumns && !fast);
  // buffers are allocated on first use: the fused min-max path needs none of them
  let scratch: Float64Array | undefined;
  let ws: SortWorkspace | undefined;
  const winsorized: number[] = new Array<number>(indicators.length).fill(0);
  const kept: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(indicators.length);
  const transform = (j: number, out: Float64Array): Float64Array => {
    const ind = indicators[j] as PlanIndicator;
    scratch ??= new Float64Array(n);
    ws ??= sortWorkspace(n);
    winsorized[j] = prepareColumn(plan, ind, included, out, scratch);
    normalizeColumn(ind, plan.normalization, out, ws, scratch);
    return out;
  };
  if (materialise) for (let j = 0; j < indicators.length; j++) kept[j] = transform(j, new Float64Array(n));
  const weights = resolveWeights(plan, materialise ? (kept as Float64Array[]) : null);
  const buf: AggBuffers = { acc: new Float64Array(n), ws: new Float64Array(n) };
  let work: Float64Array | undefined;
  // affine maps of the fused columns: normalised = lo + (raw − centre)·slope
  const centre = new Float64Array(indicators.length);
  const slope = new Float64Array(indicators.length);
  const fused = new Uint8Array(indicators.length);
  let allFused = true;
  const dimScores = dims.map((_, d) => {
    const members = byDim[d] as readonly number[];
    const out = new Float64Array(n);
    const w = members.map((j) => weights.indicator[j] as number);
    if (fast && fusedMinMaxSum(plan, members, w, out, centre, slope, stats)) {
      for (const j of members) fused[j] = 1;
      return out;
    }
    allFused = false;
    const column = (k: number): Float64Array => {
      const j = members[k] as number;
      const have = kept[j];
      if (have !== undefined) return have;
      if (keepColumns) return (kept[j] = transform(j, new Float64Array(n)));
      return transform(j, (work ??= new Float64Array(n)));
    };
    aggregateInto(n, members.length, column, w, plan.aggIndicators, plan.normalization, out, buf, (k) => (indicators[members[k] as number] as PlanIndicator).id);
    return out;
  });
  const scores = new Float64Array(n);
  let upper: Float64Array[] = [];
  // fused dimension scores have no gap (their columns had none): the complete-column loop
  if (plan.hierarchy === null) aggregateInto(n, dims.length, (d) => dimScores[d] as Float64Array, weights.dimension, plan.aggDimensions, plan.normalization, scores, buf, (d) => dims[d] as string, allFused);
  else upper = aggregateHierarchy(plan, plan.hierarchy, dimScores, { dimension: weights.dimension, upper: weights.upper as Float64Array }, buf, scores);
  const lo = plan.normalization.lo;
  const value = (j: number, i: number): number => {
    const col = kept[j];
    if (col !== undefined) return col[i] as number;
    if (fused[j] === 1) return lo + (((indicators[j] as PlanIndicator).raw[i] as number) - (centre[j] as number)) * (slope[j] as number);
    return Number.NaN;
  };
  const column = (j: number, out: Float64Array): Float64Array => {
    const col = kept[j];
    if (col !== undefined) return col;
    // neither kept nor fused: normalised again, as the pass did (the same steps on the same column)
    if (fused[j] !== 1) return transform(j, out);
    const raw = (indicators[j] as PlanIndicator).raw;
    const c = centre[j] as number;
    const s = slope[j] as number;
    for (let i = 0; i < n; i++) out[i] = lo + ((raw[i] as number) - c) * s;
    return out;
  };
  const everyKept = kept.every((c) => c !== undefined);
  return { scores, dims: dimScores, upper, weights, columns: everyKept ? (kept as Float64Array[]) : null, value, column, winsorized, coverage };
}

/**
 * Ranks (NaN for missing scores) by the plan's tie method, overall and within groups, and the
 * descending order they were read along (the non-NaN indices; a view into the workspace).
 */
export function rankAll(plan: Plan, scores: Float64Array, ws?: SortWorkspace | undefined): { ranks: Float64Array; groupRanks: Float64Array | null; order: Uint32Array } {
  const n = plan.n;
  const work = ws ?? sortWorkspace(n);
  const order = argsortFinite(scores, n, true, work);
  const ranks = new Float64Array(n).fill(Number.NaN);
  let groupRanks: Float64Array | null = null;
  if (plan.groupOf !== undefined) {
    // both in one pass along the order
    groupRanks = new Float64Array(n).fill(Number.NaN);
    groupRanksAlong(scores, order, plan.groupOf, plan.groupNames.length, plan.ranking, groupRanks, ranks);
  } else ranksFromOrder(scores, order, order.length, plan.ranking, ranks);
  return { ranks, groupRanks, order };
}

/**
 * Ranks within groups (`out`) and overall (`overall`, as `ranksFromOrder` gives them) along
 * the overall descending `order`, in one pass: each group's units
 * come in its own descending order, and equal values are adjacent in it, so each unit's rank
 * is its position among its group's units so far, ties by `method` — the numbers
 * `ranksFromOrder` gives on each group's part of the order (the same sums, exact in integers).
 */
function groupRanksAlong(values: Float64Array, order: Uint32Array, g: Int32Array, G: number, method: Plan["ranking"], out: Float64Array, overall: Float64Array): void {
  // units of the group ranked so far, distinct values so far; within a run of equal values,
  // the group's first position in the run and how many of the run are in it
  const seen = new Float64Array(G);
  const distinct = new Float64Array(G);
  const first = new Float64Array(G);
  const inRun = new Float64Array(G);
  const m = order.length;
  let distinctAll = 0; // distinct values so far, overall
  let p = 0;
  while (p < m) {
    distinctAll++;
    const id = order[p] as number;
    const v = values[id] as number;
    if (p + 1 === m || values[order[p + 1] as number] !== v) {
      // a value of its own (the common case): (p + 1 + q) / 2 with q = p + 1 is p + 1
      const k = g[id] as number;
      const r = (seen[k] as number) + 1;
      seen[k] = r;
      const d = (distinct[k] as number) + 1;
      distinct[k] = d;
      out[id] = method === "dense" ? d : r;
      overall[id] = method === "dense" ? distinctAll : p + 1;
      p++;
      continue;
    }
    let q = p + 1;
    while (q < m && values[order[q] as number] === v) q++;
    for (let r = p; r < q; r++) {
      const k = g[order[r] as number] as number;
      if (inRun[k] === 0) {
        first[k] = (seen[k] as number) + 1;
        distinct[k]!++;
      }
      inRun[k]!++;
    }
    // ranksFromOrder's overall rank of the run
    const whole = method === "min" ? p + 1 : method === "dense" ? distinctAll : (p + 1 + q) / 2;
    for (let r = p; r < q; r++) {
      const u = order[r] as number;
      const k = g[u] as number;
      const a = first[k] as number;
      overall[u] = whole;
      // ranksFromOrder's (p + 1 + q) / 2 in the group's positions: first + last, halved
      out[u] = method === "min" ? a : method === "dense" ? (distinct[k] as number) : (a + (a + (inRun[k] as number) - 1)) / 2;
    }
    for (let r = p; r < q; r++) {
      const k = g[order[r] as number] as number;
      if (inRun[k] !== 0) {
        seen[k]! += inRun[k] as number;
        inRun[k] = 0;
      }
    }
    p = q;
  }
}

/**
 * Fused min-max + weighted arithmetic mean of one dimension when none of its columns has a
 * missing value: one pass over each raw column for its range, then one pass per four columns
 * accumulating their normalised, weighted values (no copies, half the memory traffic of one
 * column at a time). Returns false (and leaves `out` for the general path) when a column has
 * gaps or is not a `Float64Array`.
 *
 * Bit-identical to normalizeColumn + aggregateInto: for direction −1, (max − x)·scale equals
 * (x − max)·(−scale) exactly in IEEE arithmetic, and `a + t₁ + t₂` is evaluated as
 * `(a + t₁) + t₂`, the order of the column-by-column accumulation.
 */
function fusedMinMaxSum(plan: Plan, members: readonly number[], w: readonly number[], out: Float64Array, centreOf: Float64Array, slopeOf: Float64Array, stats: Float64Array | undefined): boolean {
  const n = plan.n;
  const { lo, hi } = plan.normalization;
  const cols: Float64Array[] = [];
  const centre: number[] = [];
  const slope: number[] = [];
  const weight: number[] = [];
  let wsum = 0;
  let own: Float64Array | undefined;
  for (let k = 0; k < members.length; k++) {
    const ind = plan.indicators[members[k] as number] as PlanIndicator;
    const raw = ind.raw;
    if (!(raw instanceof Float64Array)) return false;
    // the column's range and sum: from the completeness check, or read now
    const j = members[k] as number;
    if (stats === undefined) rangeAndSum(raw, n, (own ??= new Float64Array(3 * plan.indicators.length)), j);
    const from = stats ?? (own as Float64Array);
    const min = from[3 * j] as number;
    const max = from[3 * j + 1] as number;
    const sum = from[3 * j + 2] as number;
    // NaN or ±Infinity anywhere makes the sum non-finite (so can an overflow: then the
    // general path decides)
    if (!(sum - sum === 0)) return false;
    if (!(max > min)) throw constant(ind, "minmax");
    const scale = (hi - lo) / (max - min);
    if (!Number.isFinite(scale)) return false;
    centreOf[members[k] as number] = ind.direction === 1 ? min : max;
    slopeOf[members[k] as number] = ind.direction === 1 ? scale : -scale;
    const wk = w[k] as number;
    if (wk === 0) continue;
    wsum += wk;
    cols.push(raw);
    centre.push(ind.direction === 1 ? min : max);
    slope.push(ind.direction === 1 ? scale : -scale);
    weight.push(wk);
  }
  if (!(wsum > 0)) return false;
  out.fill(0);
  let k = 0;
  for (; k + 4 <= cols.length; k += 4) {
    const c0 = cols[k] as Float64Array;
    const c1 = cols[k + 1] as Float64Array;
    const c2 = cols[k + 2] as Float64Array;
    const c3 = cols[k + 3] as Float64Array;
    const m0 = centre[k] as number;
    const m1 = centre[k + 1] as number;
    const m2 = centre[k + 2] as number;
    const m3 = centre[k + 3] as number;
    const s0 = slope[k] as number;
    const s1 = slope[k + 1] as number;
    const s2 = slope[k + 2] as number;
    const s3 = slope[k + 3] as number;
    const w0 = weight[k] as number;
    const w1 = weight[k + 1] as number;
    const w2 = weight[k + 2] as number;
    const w3 = weight[k + 3] as number;
    for (let i = 0; i < n; i++) {
      out[i] =
        (out[i] as number) +
        w0 * (lo + ((c0[i] as number) - m0) * s0) +
        w1 * (lo + ((c1[i] as number) - m1) * s1) +
        w2 * (lo + ((c2[i] as number) - m2) * s2) +
        w3 * (lo + ((c3[i] as number) - m3) * s3);
    }
  }
  for (; k < cols.length; k++) {
    const c = cols[k] as Float64Array;
    const m = centre[k] as number;
    const sl = slope[k] as number;
    const wk = weight[k] as number;
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) + wk * (lo + ((c[i] as number) - m) * sl);
  }
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / wsum;
  return true;
}

/**
 * Minimum, maximum and sum of the first `n` values (in index order) into `out[3j]`,
 * `out[3j + 1]`, `out[3j + 2]`; true when the sum is finite (so no value is NaN or ±Infinity).
 */
export function rangeAndSum(raw: Float64Array, n: number, out: Float64Array, j: number): boolean {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  out[3 * j] = min;
  out[3 * j + 1] = max;
  out[3 * j + 2] = sum;
  return sum - sum === 0;
}

/**
 * {@link rangeAndSum} of every indicator's raw column when every column is a `Float64Array`
 * with a finite sum, else undefined (stopping at the first column that is not).
 */
function completeColumnStats(plan: Plan): Float64Array | undefined {
  const stats = new Float64Array(3 * plan.indicators.length);
  return plan.indicators.every((ind, j) => ind.raw instanceof Float64Array && rangeAndSum(ind.raw, plan.n, stats, j)) ? stats : undefined;
}

/** True if no value of the column is NaN. */
export function isComplete(col: Float64Array): boolean {
  for (let i = 0; i < col.length; i++) if (col[i] !== col[i]) return false;
  return true;
}
