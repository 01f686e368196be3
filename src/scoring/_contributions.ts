import { insertTop } from "../internal/detailsKernel";
import type { PassResult } from "./_engine";
import { leafShares } from "./_hierarchy";
import type { Plan } from "./_plan";

/**
 * A reader of one unit's contributions, all indicators at once (the last unit read is cached).
 * With arithmetic aggregation at both levels they are `W_d·w_j·x_ij` over the values present
 * (weights renormalised at every level of the hierarchy) and sum to the score; otherwise the
 * score is shared out in proportion to those terms. Needs a pass run with `keepColumns`.
 */
export function contributionReader(plan: Plan, pass: PassResult): (i: number) => Float64Array {
  const { dims, byDim } = plan;
  const k = plan.indicators.length;
  const value = pass.value;
  const dimCols = pass.dims;
  const scores = pass.scores;
  const wi = pass.weights.indicator;
  const wd = pass.weights.dimension;
  const hierarchy = plan.hierarchy;
  const additive = plan.aggIndicators.kind === 0 && plan.aggDimensions.kind === 0 && (hierarchy === null || hierarchy.aggs.every((a) => a.kind === 0));
  const shares = new Float64Array(dims.length);
  let lastRow = -1;
  const out = new Float64Array(k);
  const raw = new Float64Array(k);
  const values = new Float64Array(k);
  return (i: number): Float64Array => {
    if (i === lastRow) return out;
    const score = scores[i] as number;
    raw.fill(0);
    let dimWeightSum = 0;
    if (hierarchy === null) {
      for (let d = 0; d < dims.length; d++) {
        const v = (dimCols[d] as Float64Array)[i] as number;
        if (v === v) dimWeightSum += wd[d] as number;
      }
    } else leafShares(hierarchy, dimCols, pass.upper, { dimension: wd, upper: pass.weights.upper as Float64Array }, i, shares);
    let rawSum = 0;
    for (let d = 0; d < dims.length; d++) {
      const members = byDim[d] as readonly number[];
      let present = 0;
      for (const j of members) {
        const x = value(j, i);
        values[j] = x;
        if (x === x) present += wi[j] as number;
      }
      for (const j of members) {
        const x = values[j] as number;
        if (x !== x || score !== score || present === 0) continue;
        raw[j] = ((hierarchy === null ? (wd[d] as number) / dimWeightSum : (shares[d] as number)) * (wi[j] as number) * x) / present;
        rawSum += raw[j] as number;
      }
    }
    for (let j = 0; j < k; j++) {
      out[j] = score !== score ? 0 : additive ? (raw[j] as number) : rawSum !== 0 ? (score * (raw[j] as number)) / rawSum : 0;
    }
    lastRow = i;
    return out;
  };
}

/**
 * The `k` largest positive contributions of every unit: indicator positions (−1 = none) and
 * values, `k` per unit in descending order; equal values keep the indicators' order.
 */
export function topContributions(n: number, k: number, read: (i: number) => Float64Array): { index: Int32Array; value: Float64Array } {
  const index = new Int32Array(n * k).fill(-1);
  const value = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const row = read(i);
    const base = i * k;
    let filled = 0;
    for (let j = 0; j < row.length; j++) {
      const c = row[j] as number;
      // insertion into the unit's k slots: after every value at least as large
      if (c > 0) filled = insertTop(value, index, base, k, filled, c, j);
    }
  }
  return { index, value };
}

/**
 * Whether {@link topContributionsByColumn} takes the plan (flat, arithmetic at both levels):
 * then the pass need not keep its normalised columns (they are made again one at a time).
 */
export function byColumn(plan: Plan): boolean {
  return plan.hierarchy === null && plan.aggIndicators.kind === 0 && plan.aggDimensions.kind === 0;
}

/**
 * {@link topContributions} of {@link contributionReader} column by column, for a flat index
 * aggregated arithmetically at both levels (`null` for any other spec: use the reader). Each
 * sum is made in the reader's order (dimensions, then each dimension's members), so every
 * contribution is the same double; each unit keeps a running top `k` ordered by value, then
 * indicator position — the order the reader's insertion gives — so the result is the same
 * whatever order the columns are visited in. Per unit it costs a few typed-array reads per
 * indicator, not a call and a row of scratch arrays.
 */
export function topContributionsByColumn(plan: Plan, pass: PassResult, k: number): { index: Int32Array; value: Float64Array } | null {
  if (!byColumn(plan)) return null;
  const { n, dims, byDim } = plan;
  const scores = pass.scores;
  const wi = pass.weights.indicator;
  const wd = pass.weights.dimension;
  // the reader's dimWeightSum: present dimensions' weights, in dimension order
  const dimWeightSum = new Float64Array(n);
  for (let d = 0; d < dims.length; d++) {
    const col = pass.dims[d] as Float64Array;
    const w = wd[d] as number;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      if (v === v) dimWeightSum[i] = (dimWeightSum[i] as number) + w;
    }
  }
  const index = new Int32Array(n * k).fill(-1);
  const top = new Float64Array(n * k);
  const filled = new Uint8Array(n);
  const present = new Float64Array(n);
  const scratch = new Float64Array(n);
  for (let d = 0; d < dims.length; d++) {
    const members = byDim[d] as readonly number[];
    const w = wd[d] as number;
    present.fill(0);
    for (const j of members) {
      const wj = wi[j] as number;
      const x = pass.column(j, scratch);
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (v === v) present[i] = (present[i] as number) + wj;
      }
    }
    for (const j of members) {
      const wj = wi[j] as number;
      const x = pass.column(j, scratch);
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        const p = present[i] as number;
        const score = scores[i] as number;
        if (v !== v || score !== score || p === 0) continue;
        const c = ((w / (dimWeightSum[i] as number)) * wj * v) / p;
        if (!(c > 0)) continue;
        // insertion into the unit's k slots: after every larger value and every equal value of an earlier indicator
        const base = i * k;
        const f = filled[i] as number;
        let at = f;
        while (at > 0) {
          const prev = top[base + at - 1] as number;
          if (prev > c || (prev === c && (index[base + at - 1] as number) < j)) break;
          at--;
        }
        if (at >= k) continue;
        for (let s = Math.min(f, k - 1); s > at; s--) {
          top[base + s] = top[base + s - 1] as number;
          index[base + s] = index[base + s - 1] as number;
        }
        top[base + at] = c;
        index[base + at] = j;
        if (f < k) filled[i] = f + 1;
      }
    }
  }
  return { index, value: top };
}
