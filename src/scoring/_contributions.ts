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
      if (!(c > 0)) continue;
      // insertion into the unit's k slots: after every value at least as large
      let at = filled;
      while (at > 0 && (value[base + at - 1] as number) < c) at--;
      if (at >= k) continue;
      for (let s = Math.min(filled, k - 1); s > at; s--) {
        value[base + s] = value[base + s - 1] as number;
        index[base + s] = index[base + s - 1] as number;
      }
      value[base + at] = c;
      index[base + at] = j;
      if (filled < k) filled++;
    }
  }
  return { index, value };
}
