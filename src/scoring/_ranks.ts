/**
 * Private: ranks of many scores without a comparator sort, for the Monte Carlo runs of
 * `uncertainty`. A bucket sort over the value range, highest values first: each value is
 * scattered with its unit's index into its bucket (two streaming passes), each bucket is
 * finished by insertion sort (or, when crowded, by the typed-array sort of its values and a
 * binary search per unit), and the ranks are written along the sorted order. Equal values
 * always share a bucket, so ties never cross a bucket boundary. No argsort, no per-value
 * objects.
 */
import type { RankingMethod } from "./IndexSpec";

/** Reusable buffers of {@link ranksInto}. */
export interface RankWorkspace {
  /** First position of each bucket in `sorted` (length buckets + 2). */
  start: Uint32Array;
  /** The finite values, by bucket (highest bucket first); sorted descending within a bucket unless crowded. */
  sorted: Float64Array;
  /** The unit index of each value of `sorted`. */
  index: Uint32Array;
  /** Scratch of a crowded bucket: its values sorted ascending, then distinct counts. */
  scratch: Float64Array;
  above: Float64Array;
}

/** Buckets larger than this are sorted by the typed-array sort (insertion sort is quadratic). */
const CROWDED = 48;

/** A workspace for `n` values. */
export function rankWorkspace(n: number): RankWorkspace {
  return { start: new Uint32Array(n + 2), sorted: new Float64Array(n), index: new Uint32Array(n), scratch: new Float64Array(0), above: new Float64Array(0) };
}

/**
 * Writes the ranks (1 = highest value; `NaN` for NaN values) of `values[0…n)` to `out`, ties
 * by `method` — the same numbers as `argsortFinite` (descending) + `ranksFromOrder`.
 * Returns the number m of finite values; `ws.sorted[0…m)` then holds them (in no useful order).
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
  const sorted = ws.sorted;
  if (!(max > min)) {
    // every finite value ties
    const tie = method === "fractional" ? (m + 1) / 2 : 1;
    let p = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (v === v) {
        out[i] = tie;
        sorted[p++] = v;
      } else out[i] = Number.NaN;
    }
    return m;
  }
  // about two values per bucket: a smaller count array, and insertion sort of two is cheap
  const buckets = Math.ceil(m / 2);
  // (max − v)·inv is monotone decreasing in v (a correctly rounded subtraction and a product by
  // a positive constant are monotone), so bucket order never contradicts descending value order
  let inv = buckets / (max - min);
  if (!Number.isFinite(inv)) inv = Number.MAX_VALUE / 4;
  const start = ws.start;
  const index = ws.index;
  start.fill(0, 0, buckets + 2);
  const last = buckets - 1;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) {
      out[i] = Number.NaN;
      continue;
    }
    let b = Math.floor((max - v) * inv);
    if (!(b < last)) b = last; // also NaN: an overflowed difference (max − v = ∞, times 0) belongs last
    start[b + 2]!++;
  }
  // start[b + 1] is the fill cursor of bucket b; it ends at the bucket's end = start of b + 1
  for (let b = 2; b < buckets + 2; b++) start[b]! += start[b - 1] as number;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    // the bucket again (cheaper than storing it: one less array through the cache)
    let b = Math.floor((max - v) * inv);
    if (!(b < last)) b = last; // also NaN: an overflowed difference (max − v = ∞, times 0) belongs last
    const at = start[b + 1]!++;
    sorted[at] = v;
    index[at] = i;
  }
  // dense: distinct values in the buckets before this one
  let dense = 0;
  for (let b = 0; b < buckets; b++) {
    const a = start[b] as number;
    const e = start[b + 1] as number;
    const size = e - a;
    if (size === 0) continue;
    if (size === 1) {
      dense++;
      out[index[a] as number] = method === "dense" ? dense : a + 1;
      continue;
    }
    if (size > CROWDED) {
      dense = crowded(a, e, method, out, ws, dense);
      continue;
    }
    // insertion sort, descending, carrying the indices
    for (let p = a + 1; p < e; p++) {
      const v = sorted[p] as number;
      const id = index[p] as number;
      let q = p - 1;
      while (q >= a && (sorted[q] as number) < v) {
        sorted[q + 1] = sorted[q] as number;
        index[q + 1] = index[q] as number;
        q--;
      }
      sorted[q + 1] = v;
      index[q + 1] = id;
    }
    // groups of equal values: positions p…q − 1 (0-based) share ranks p + 1 … q
    let p = a;
    while (p < e) {
      const v = sorted[p] as number;
      let q = p + 1;
      while (q < e && sorted[q] === v) q++;
      dense++;
      const rank = method === "min" ? p + 1 : method === "dense" ? dense : (p + 1 + q) / 2;
      for (let r = p; r < q; r++) out[index[r] as number] = rank;
      p = q;
    }
  }
  return m;
}

/**
 * A crowded bucket [a, e): its values are copied and sorted ascending by the typed-array sort,
 * and each unit finds its value's place by binary search. Returns the updated dense count.
 */
function crowded(a: number, e: number, method: RankingMethod, out: Float64Array, ws: RankWorkspace, dense: number): number {
  const size = e - a;
  if (ws.scratch.length < size) {
    ws.scratch = new Float64Array(size);
    ws.above = new Float64Array(size);
  }
  const s = ws.scratch.subarray(0, size);
  s.set(ws.sorted.subarray(a, e));
  s.sort();
  const above = ws.above;
  // above[p]: distinct values of the bucket greater than s[p]
  let distinct = 0;
  for (let p = size - 1; p >= 0; p--) {
    above[p] = distinct;
    if (p === 0 || s[p - 1] !== s[p]) distinct++;
  }
  const sorted = ws.sorted;
  const index = ws.index;
  for (let p = a; p < e; p++) {
    const v = sorted[p] as number;
    // first position above v (upper bound), then the first equal (lower bound)
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((s[mid] as number) <= v) lo = mid + 1;
      else hi = mid;
    }
    const ub = lo;
    const higher = a + size - ub;
    let rank: number;
    if (method === "min") rank = higher + 1;
    else if (method === "dense") rank = dense + (above[ub - 1] as number) + 1;
    else {
      lo = 0;
      hi = ub;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((s[mid] as number) < v) lo = mid + 1;
        else hi = mid;
      }
      rank = higher + (ub - lo + 1) / 2;
    }
    out[index[p] as number] = rank;
  }
  return dense + distinct;
}
