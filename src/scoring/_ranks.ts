/**
 * Private: ranks of many scores without an argsort, for the Monte Carlo runs of
 * `uncertainty`. Ranks (1 = highest) depend only on the values, not on the order of ties, so
 * the values alone are sorted — a bucket sort over the value range with each bucket finished
 * by insertion sort (or the typed-array sort when a bucket is crowded) — and each unit finds
 * its place by a binary search inside its own bucket. Two streaming passes, one scatter and
 * one lookup per value; no index permutation is built.
 */
import type { RankingMethod } from "./IndexSpec";

/** Reusable buffers of {@link ranksInto}. */
export interface RankWorkspace {
  /** Bucket of each unit. */
  bucket: Uint32Array;
  /** First position of each bucket in `sorted` (length buckets + 1). */
  start: Uint32Array;
  /** The finite values, sorted ascending. */
  sorted: Float64Array;
  /** dense ranks only: number of distinct values above `sorted[p]`. */
  distinctAbove: Float64Array | null;
}

/** A workspace for `n` values. */
export function rankWorkspace(n: number): RankWorkspace {
  return { bucket: new Uint32Array(n), start: new Uint32Array(n + 2), sorted: new Float64Array(n), distinctAbove: null };
}

/**
 * Writes the ranks (1 = highest value; `NaN` for NaN values) of `values[0…n)` to `out`, ties
 * by `method` — the same numbers as `argsortFinite` (descending) + `ranksFromOrder`.
 * Returns the number of finite values.
 */
export function ranksInto(values: Float64Array, n: number, method: RankingMethod, out: Float64Array, ws: RankWorkspace): number {
  let min = Infinity;
  let max = -Infinity;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    m++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (m === 0) {
    out.fill(Number.NaN, 0, n);
    return 0;
  }
  if (!(max > min)) {
    // every finite value ties
    const tie = method === "fractional" ? (m + 1) / 2 : 1;
    for (let i = 0; i < n; i++) out[i] = values[i] === values[i] ? tie : Number.NaN;
    return m;
  }
  const buckets = m;
  // (v − min)·inv is monotone in v (a correctly rounded subtraction and a product by a
  // positive constant are), so bucket order never contradicts value order
  let inv = buckets / (max - min);
  if (!Number.isFinite(inv)) inv = Number.MAX_VALUE / 4;
  const bucket = ws.bucket;
  const start = ws.start;
  const sorted = ws.sorted;
  start.fill(0, 0, buckets + 2);
  const last = buckets - 1;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    let b = Math.floor((v - min) * inv);
    if (b > last) b = last;
    bucket[i] = b;
    start[b + 2]!++;
  }
  // start[b + 1] is the fill cursor of bucket b; it ends at the bucket's end = start of b + 1
  for (let b = 2; b < buckets + 2; b++) start[b]! += start[b - 1] as number;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    sorted[start[(bucket[i] as number) + 1]!++] = v;
  }
  for (let b = 0; b < buckets; b++) {
    const a = start[b] as number;
    const e = start[b + 1] as number;
    if (e - a < 2) continue;
    if (e - a > 48) {
      sorted.subarray(a, e).sort();
      continue;
    }
    for (let p = a + 1; p < e; p++) {
      const v = sorted[p] as number;
      let q = p - 1;
      while (q >= a && (sorted[q] as number) > v) {
        sorted[q + 1] = sorted[q] as number;
        q--;
      }
      sorted[q + 1] = v;
    }
  }
  let above: Float64Array | null = null;
  if (method === "dense") {
    if (ws.distinctAbove === null || ws.distinctAbove.length < m) ws.distinctAbove = new Float64Array(sorted.length);
    above = ws.distinctAbove;
    let distinct = 0;
    for (let p = m - 1; p >= 0; p--) {
      above[p] = distinct;
      if (p === 0 || sorted[p - 1] !== sorted[p]) distinct++;
    }
  }
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) {
      out[i] = Number.NaN;
      continue;
    }
    const b = bucket[i] as number;
    // first position above v (upper bound) in the bucket, then the first equal (lower bound)
    let lo = start[b] as number;
    let hi = start[b + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) <= v) lo = mid + 1;
      else hi = mid;
    }
    const ub = lo;
    if (method === "min") {
      out[i] = m - ub + 1;
      continue;
    }
    if (method === "dense") {
      out[i] = (above as Float64Array)[ub - 1]! + 1;
      continue;
    }
    lo = start[b] as number;
    hi = ub;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = m - ub + (ub - lo + 1) / 2;
  }
  return m;
}
