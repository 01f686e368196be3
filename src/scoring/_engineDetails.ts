/**
 * Private: the pass behind `computeIndexColumns(…, { details: true })` for the common spec —
 * flat, min-max, arithmetic at both levels, missing values reweighted, no outlier treatment,
 * weights not read from the data, every column a `Float64Array` — in two sweeps over the raw
 * columns instead of a dozen (the general path copies, normalises and reads each column
 * several times, and normalises it twice more for the contributions):
 *
 * 1. each column's range;
 * 2. block by block of units, so that a block's cells stay in the cache between the loops
 *    that read them: each dimension's score, each unit's coverage and weight of present
 *    dimensions, its contributions, its k largest ones, and the index score.
 *
 * Every number is the one `runPass` + `aggregateInto` + `topContributionsByColumn` give (the
 * same operations in the same order, see the comments), so the columns and drivers are the
 * same to the bit; the property test in `_engineDetails.test.ts` compares them. Anything
 * unusual (an infinite or constant column, an empty one, a range so wide or so narrow that
 * the min-max map would overflow, a range starting at −0, no unit with a value, a weight that
 * cannot be resolved) returns null: the general path then computes the result, and throws
 * the error it throws.
 */
import { resolveWeights } from "./_engine";
import type { Plan, PlanIndicator } from "./_plan";

/** What the details pass gives (the parts of `PassResult` that details read, and the drivers). */
export interface DetailsPass {
  readonly scores: Float64Array;
  readonly dims: Float64Array[];
  readonly coverage: Float64Array;
  readonly weights: { indicator: Float64Array; dimension: Float64Array; upper: null };
  /** The k largest positive contributions per unit (`topContributions`' layout). */
  readonly top: { index: Int32Array; value: Float64Array };
  /** Each column's min-max map (what {@link detailsDrivers} needs to compute drivers later). */
  readonly ranges: { readonly min: Float64Array; readonly max: Float64Array; readonly scale: Float64Array };
}

/** Units per block of the second sweep: a block's cells of a dimension stay in the L1/L2 cache between its two loops. */
const BLOCK = 1024;

/** Whether {@link detailsPass} can take the plan (before looking at the data). */
export function detailsPassApplies(plan: Plan): boolean {
  const { normalization } = plan;
  return (
    plan.hierarchy === null &&
    plan.aggIndicators.kind === 0 &&
    plan.aggDimensions.kind === 0 &&
    normalization.method === "minmax" &&
    // lo = −0: the fused and the general min-max maps differ in the sign of a zero
    !Object.is(normalization.lo, -0) &&
    Math.abs(normalization.lo) < 1e300 &&
    Math.abs(normalization.hi) < 1e300 &&
    plan.missing === "reweight" &&
    plan.minCoverage === 0 &&
    plan.outliers === null &&
    plan.weighting !== "entropy" &&
    plan.weighting !== "critic" &&
    plan.weighting !== "cv" &&
    plan.weighting !== "pca" &&
    plan.n > 0 &&
    plan.indicators.every((ind) => ind.norm === undefined && ind.raw instanceof Float64Array)
  );
}

/**
 * Scores, dimension scores, coverage, weights and each unit's `k` largest contributions, or
 * null when the plan or its data need the general path (see the file's comment).
 */
export function detailsPass(plan: Plan, k: number): DetailsPass | null {
  if (!detailsPassApplies(plan)) return null;
  const { n, indicators, dims, byDim } = plan;
  const { lo, hi } = plan.normalization;
  const K = indicators.length;
  const D = dims.length;
  let weights: ReturnType<typeof resolveWeights>;
  try {
    weights = resolveWeights(plan, null);
  } catch {
    // the general path throws it, after the checks it makes first
    return null;
  }
  const wi = weights.indicator;
  const wd = weights.dimension;
  const raws = indicators.map((ind) => ind.raw as Float64Array);

  // sweep 1: each column's range (and whether it has a value at all)
  const min = new Float64Array(K);
  const max = new Float64Array(K);
  const scale = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    // ±Infinity: the general path names it
    if (!rangeOf(raws[j] as Float64Array, n, j, min, max)) return null;
    const a = min[j] as number;
    const z = max[j] as number;
    // empty (no value: a range of +∞ … −∞) or constant: an error the general path raises; a
    // range or a scale that is not finite: normalised values that can overflow or are divided
    // instead. Otherwise the min-max map is lo + (x − min)·scale, or lo + (max − x)·scale for
    // direction −1, finite for every finite x.
    if (!(z > a) || !Number.isFinite(z - a)) return null;
    const s = (hi - lo) / (z - a);
    if (!Number.isFinite(s)) return null;
    scale[j] = s;
  }

  // sweep 2, block by block (a block's cells of every column stay in the cache between its
  // loops). Per dimension, its score: the arithmetic mean of `aggregateInto`, acc + w·x and
  // ws + w over the members of non-zero weight with a value, in member order, then acc / ws.
  // Then each unit's weight of present dimensions, Σ W_d in dimension order over the
  // dimensions it has a score in, and the contributions ((W_d / Σ present W) · w_j · x) / ws
  // (the terms and order of `topContributionsByColumn`, whose present weight of a dimension is
  // this ws); then the index score over the dimensions, as `aggregateInto` makes it.
  const coverage = new Float64Array(n);
  const dimScores = dims.map(() => new Float64Array(n));
  const scores = new Float64Array(n);
  const index = new Int32Array(n * k).fill(-1);
  const top = new Float64Array(n * k);
  // the block's contributions, unit by unit in indicator order (0 for none, or not positive)
  const contribution = new Float64Array(k > 0 && k !== 3 ? BLOCK * K : 0);
  // with three drivers: each unit's three largest contributions so far, value and indicator
  const t3v = new Float64Array(k === 3 ? 3 * BLOCK : 0);
  const t3i = new Int32Array(k === 3 ? 3 * BLOCK : 0);
  const count = new Float64Array(BLOCK);
  const acc = new Float64Array(BLOCK);
  const ws = dims.map(() => new Float64Array(BLOCK));
  const share = dims.map(() => new Float64Array(BLOCK));
  const dimWeightSum = new Float64Array(BLOCK);
  const weighted = byDim.map((list) => list.filter((j) => (wi[j] as number) !== 0));
  const unweighted = byDim.flatMap((list) => list.filter((j) => (wi[j] as number) === 0));
  let scored = false;
  for (let b = 0; b < n; b += BLOCK) {
    const e = Math.min(n, b + BLOCK);
    const len = e - b;
    count.fill(0, 0, len);
    dimWeightSum.fill(0, 0, len);
    for (let d = 0; d < D; d++) {
      const p = ws[d] as Float64Array;
      acc.fill(0, 0, len);
      p.fill(0, 0, len);
      for (const j of weighted[d] as number[]) {
        if ((indicators[j] as PlanIndicator).direction === 1) accumulateUp(raws[j] as Float64Array, b, e, wi[j] as number, lo, min[j] as number, scale[j] as number, acc, p, count);
        else accumulateDown(raws[j] as Float64Array, b, e, wi[j] as number, lo, max[j] as number, scale[j] as number, acc, p, count);
      }
      const out = dimScores[d] as Float64Array;
      const W = wd[d] as number;
      for (let i = 0; i < len; i++) {
        const q = p[i] as number;
        if (q > 0) {
          out[b + i] = (acc[i] as number) / q;
          dimWeightSum[i] = (dimWeightSum[i] as number) + W;
        } else out[b + i] = Number.NaN;
      }
    }
    for (const j of unweighted) countPresent(raws[j] as Float64Array, b, e, count);
    for (let i = 0; i < len; i++) {
      coverage[b + i] = (count[i] as number) / K;
      if ((count[i] as number) > 0) scored = true;
    }
    if (k > 0) {
      // three drivers (the default): each contribution goes straight into its unit's three
      // largest (see contributeTop3); other counts: the block's rows of contributions, then
      // their k largest (selectTop)
      if (k === 3) {
        t3v.fill(0);
        t3i.fill(-1);
      }
      for (let d = 0; d < D; d++) {
        const p = ws[d] as Float64Array;
        const sh = share[d] as Float64Array;
        const W = wd[d] as number;
        // NaN for a unit without an index score or without a value in this dimension: its
        // contributions here are NaN, entered as none
        for (let i = 0; i < len; i++) {
          const t = dimWeightSum[i] as number;
          sh[i] = t > 0 && (p[i] as number) !== 0 ? W / t : Number.NaN;
        }
        for (const j of weighted[d] as number[]) {
          const up = (indicators[j] as PlanIndicator).direction === 1;
          if (k === 3) contributeTop3(raws[j] as Float64Array, b, e, j, !up, wi[j] as number, lo, up ? (min[j] as number) : (max[j] as number), scale[j] as number, sh, p, t3v, t3i);
          else if (up) contributeUp(raws[j] as Float64Array, b, e, j, K, wi[j] as number, lo, min[j] as number, scale[j] as number, sh, p, contribution);
          else contributeDown(raws[j] as Float64Array, b, e, j, K, wi[j] as number, lo, max[j] as number, scale[j] as number, sh, p, contribution);
        }
      }
      if (k === 3) {
        top.set(t3v.subarray(0, 3 * len), b * 3);
        index.set(t3i.subarray(0, 3 * len), b * 3);
      } else selectTop(contribution, len, K, k, top, index, b * k);
    }
    // the index score: aggregateInto's arithmetic mean over the dimensions of non-zero weight
    for (let i = b; i < e; i++) {
      let a = 0;
      let s = 0;
      for (let d = 0; d < D; d++) {
        const w = wd[d] as number;
        if (w === 0) continue;
        const v = (dimScores[d] as Float64Array)[i] as number;
        if (v === v) {
          a = a + w * v;
          s = s + w;
        }
      }
      scores[i] = s > 0 ? a / s : Number.NaN;
    }
  }
  // no unit to score: an error the general path raises
  if (!scored) return null;
  return { scores, dims: dimScores, coverage, weights: { indicator: wi, dimension: wd, upper: null }, top: { index, value: top }, ranges: { min, max, scale } };
}

/**
 * The `k` largest contributions of the units at `units` only (positions), from a
 * {@link detailsPass} run with k = 0: the same numbers, to the bit, as the pass with `k` gives
 * those units (the same operations in the same order, unit by unit instead of block by
 * block); every other unit has none (index −1, value 0). For a report that shows the top of
 * a national ranking, this is the work of the rows shown instead of a million.
 */
export function detailsDrivers(plan: Plan, pass: DetailsPass, units: ArrayLike<number>, k: number): { index: Int32Array; value: Float64Array } {
  const { n, indicators, byDim } = plan;
  const { lo } = plan.normalization;
  const K = indicators.length;
  const { min, max, scale } = pass.ranges;
  const wi = pass.weights.indicator;
  const wd = pass.weights.dimension;
  const raws = indicators.map((ind) => ind.raw as Float64Array);
  const weighted = byDim.map((list) => list.filter((j) => (wi[j] as number) !== 0));
  const index = new Int32Array(n * k).fill(-1);
  const value = new Float64Array(n * k);
  // the block pass's loops, each over a block of one unit: the same operations in the same order
  const row = new Float64Array(K);
  const acc = new Float64Array(1);
  const count = new Float64Array(1);
  const share = new Float64Array(1);
  const ws = byDim.map(() => new Float64Array(1));
  // in input order: the units' cells are read in one forward sweep of each column's memory
  const sorted = Uint32Array.from(units).sort();
  for (let u = 0; u < sorted.length; u++) {
    const i = sorted[u] as number;
    let t = 0; // the unit's weight of present dimensions
    weighted.forEach((members, d) => {
      const p = ws[d] as Float64Array;
      acc[0] = 0;
      p[0] = 0;
      for (const j of members) {
        if ((indicators[j] as PlanIndicator).direction === 1) accumulateUp(raws[j] as Float64Array, i, i + 1, wi[j] as number, lo, min[j] as number, scale[j] as number, acc, p, count);
        else accumulateDown(raws[j] as Float64Array, i, i + 1, wi[j] as number, lo, max[j] as number, scale[j] as number, acc, p, count);
      }
      if ((p[0] as number) > 0) t = t + (wd[d] as number);
    });
    row.fill(0);
    weighted.forEach((members, d) => {
      const p = ws[d] as Float64Array;
      share[0] = t > 0 && (p[0] as number) !== 0 ? (wd[d] as number) / t : Number.NaN;
      for (const j of members) {
        if ((indicators[j] as PlanIndicator).direction === 1) contributeUp(raws[j] as Float64Array, i, i + 1, j, K, wi[j] as number, lo, min[j] as number, scale[j] as number, share, p, row);
        else contributeDown(raws[j] as Float64Array, i, i + 1, j, K, wi[j] as number, lo, max[j] as number, scale[j] as number, share, p, row);
      }
    });
    selectTop(row, 1, K, k, value, index, i * k);
  }
  return { index, value };
}

/**
 * The range of a raw column's finite values into `min[j]`, `max[j]` (+∞ and −∞ when it has
 * none); false at an infinite value.
 */
function rangeOf(raw: Float64Array, n: number, j: number, min: Float64Array, max: Float64Array): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = raw[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  min[j] = lo;
  max[j] = hi;
  // an infinite value is the range's end
  return lo !== -Infinity && hi !== Infinity;
}

/** count += 1 where cells b…e−1 of a raw column have a value. */
function countPresent(raw: Float64Array, b: number, e: number, count: Float64Array): void {
  for (let i = b; i < e; i++) if (raw[i] === raw[i]) count[i - b] = (count[i - b] as number) + 1;
}

/**
 * acc += w·x, ws += w and count += 1 over the values present in cells b…e−1 (block
 * positions 0…e−b−1), x = lo + (v − min)·scale (direction 1).
 */
function accumulateUp(raw: Float64Array, b: number, e: number, w: number, lo: number, min: number, scale: number, acc: Float64Array, ws: Float64Array, count: Float64Array): void {
  for (let i = b; i < e; i++) {
    const v = raw[i] as number;
    if (v === v) {
      acc[i - b] = (acc[i - b] as number) + w * (lo + (v - min) * scale);
      ws[i - b] = (ws[i - b] as number) + w;
      count[i - b] = (count[i - b] as number) + 1;
    }
  }
}

/** {@link accumulateUp} for direction −1: x = lo + (max − v)·scale. */
function accumulateDown(raw: Float64Array, b: number, e: number, w: number, lo: number, max: number, scale: number, acc: Float64Array, ws: Float64Array, count: Float64Array): void {
  for (let i = b; i < e; i++) {
    const v = raw[i] as number;
    if (v === v) {
      acc[i - b] = (acc[i - b] as number) + w * (lo + (max - v) * scale);
      ws[i - b] = (ws[i - b] as number) + w;
      count[i - b] = (count[i - b] as number) + 1;
    }
  }
}

/**
 * The contributions ((W_d / Σ present W) · w · x) / ws of one column in cells b…e−1 into
 * `out[(i − b)·K + j]`, 0 where it is not positive (`share` holds W_d / Σ present W, NaN where
 * the unit has none; x is NaN for a missing value, and so is the contribution). Direction 1:
 * x = lo + (v − min)·scale.
 */
function contributeUp(raw: Float64Array, b: number, e: number, j: number, K: number, w: number, lo: number, min: number, scale: number, share: Float64Array, ws: Float64Array, out: Float64Array): void {
  for (let i = b, at = j; i < e; i++, at += K) {
    const c = ((share[i - b] as number) * w * (lo + ((raw[i] as number) - min) * scale)) / (ws[i - b] as number);
    out[at] = c > 0 ? c : 0;
  }
}

/** {@link contributeUp} for direction −1: x = lo + (max − v)·scale. */
function contributeDown(raw: Float64Array, b: number, e: number, j: number, K: number, w: number, lo: number, max: number, scale: number, share: Float64Array, ws: Float64Array, out: Float64Array): void {
  for (let i = b, at = j; i < e; i++, at += K) {
    const c = ((share[i - b] as number) * w * (lo + (max - (raw[i] as number)) * scale)) / (ws[i - b] as number);
    out[at] = c > 0 ? c : 0;
  }
}

/**
 * {@link contributeUp} (or, `down`, {@link contributeDown}: `from` is then the column's max,
 * else its min) entering each positive contribution straight into its unit's three largest so
 * far (`v`/`idx`, three slots per block position, largest first): it enters if it is larger
 * than the third, or equal to it from an earlier indicator. That is the order of
 * {@link selectTop} (by value, equal values by indicator position), a total order, so the
 * three are the same whatever order the columns come in (they come dimension by dimension).
 * The contribution is the same expression as theirs, so the same number to the bit.
 */
function contributeTop3(raw: Float64Array, b: number, e: number, j: number, down: boolean, w: number, lo: number, from: number, scale: number, share: Float64Array, ws: Float64Array, v: Float64Array, idx: Int32Array): void {
  for (let i = b, s = 0; i < e; i++, s += 3) {
    const x = raw[i] as number;
    const c = ((share[i - b] as number) * w * (lo + (down ? from - x : x - from) * scale)) / (ws[i - b] as number);
    if (!(c > 0)) continue;
    const c2 = v[s + 2] as number;
    if (c < c2 || (c === c2 && j > (idx[s + 2] as number))) continue;
    const c1 = v[s + 1] as number;
    if (c > c1 || (c === c1 && j < (idx[s + 1] as number))) {
      v[s + 2] = c1;
      idx[s + 2] = idx[s + 1] as number;
      const c0 = v[s] as number;
      if (c > c0 || (c === c0 && j < (idx[s] as number))) {
        v[s + 1] = c0;
        idx[s + 1] = idx[s] as number;
        v[s] = c;
        idx[s] = j;
      } else {
        v[s + 1] = c;
        idx[s + 1] = j;
      }
    } else {
      v[s + 2] = c;
      idx[s + 2] = j;
    }
  }
}

/**
 * The k largest positive contributions of each of `len` units (rows of K in `rows`, in
 * indicator order) into `value` / `index` from `at`, by value, equal values by indicator
 * position (the order of `topContributionsByColumn`); the rows may be consumed. For three
 * drivers (the default), one pass keeping the three largest in locals (2.2× faster than three
 * scans, measured at 10⁶ × 40); for other few drivers, k scans of each row for its largest
 * value (branch-free), the first indicator holding it taken and zeroed; for more, one
 * insertion pass.
 */
function selectTop(rows: Float64Array, len: number, K: number, k: number, value: Float64Array, index: Int32Array, at: number): void {
  for (let u = 0, row = 0, out = at; u < len; u++, row += K, out += k) {
    if (k === 3) {
      // three drivers (the default): one pass, the three largest kept in registers; a value
      // enters only if strictly larger, so an equal later one never passes an earlier one
      let v0 = 0;
      let v1 = 0;
      let v2 = 0;
      let i0 = -1;
      let i1 = -1;
      let i2 = -1;
      for (let j = 0; j < K; j++) {
        const c = rows[row + j] as number;
        if (c > v2) {
          if (c > v1) {
            v2 = v1;
            i2 = i1;
            if (c > v0) {
              v1 = v0;
              i1 = i0;
              v0 = c;
              i0 = j;
            } else {
              v1 = c;
              i1 = j;
            }
          } else {
            v2 = c;
            i2 = j;
          }
        }
      }
      value[out] = v0;
      index[out] = i0;
      value[out + 1] = v1;
      index[out + 1] = i1;
      value[out + 2] = v2;
      index[out + 2] = i2;
      continue;
    }
    if (k <= 4) {
      for (let r = 0; r < k; r++) {
        let m = 0;
        for (let j = row; j < row + K; j++) m = Math.max(m, rows[j] as number);
        if (!(m > 0)) break;
        let j = row;
        while (rows[j] !== m) j++;
        value[out + r] = m;
        index[out + r] = j - row;
        rows[j] = 0;
      }
      continue;
    }
    // in indicator order: an equal value never passes an earlier one
    let filled = 0;
    for (let j = 0; j < K; j++) {
      const c = rows[row + j] as number;
      if (!(c > 0)) continue;
      let p = filled;
      while (p > 0 && (value[out + p - 1] as number) < c) p--;
      if (p >= k) continue;
      for (let s = Math.min(filled, k - 1); s > p; s--) {
        value[out + s] = value[out + s - 1] as number;
        index[out + s] = index[out + s - 1] as number;
      }
      value[out + p] = c;
      index[out + p] = j;
      if (filled < k) filled++;
    }
  }
}
