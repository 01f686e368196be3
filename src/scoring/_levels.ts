/** Private: breaks of the level classes and the class of each score. */
import { fail } from "../internal/safe";
import type { Levels } from "./_plan";

/** Largest input accepted by the exact Fisher–Jenks algorithm (O(k·n²) time). */
export const JENKS_MAX = 10_000;

export function sortedFinite(scores: ArrayLike<number>): Float64Array {
  let m = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] === scores[i]) m++;
  const s = new Float64Array(m);
  m = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i] as number;
    if (v === v) s[m++] = v;
  }
  return s.sort();
}

/**
 * The non-NaN scores in ascending order, read along a descending argsort of them (`order`, as
 * `argsortFinite(scores, n, true, …)` gives: every non-NaN index once): the array
 * {@link sortedFinite} gives, without sorting again. The argsort takes −0 and +0 as equal;
 * `Float64Array.prototype.sort` puts every −0 first, so the run of zeros is sorted again.
 */
export function sortedFromOrder(scores: ArrayLike<number>, order: ArrayLike<number>): Float64Array {
  const m = order.length;
  const s = new Float64Array(m);
  let first = m;
  let end = 0;
  for (let p = 0; p < m; p++) {
    const v = (s[p] = scores[order[m - 1 - p] as number] as number);
    if (v === 0) {
      if (p < first) first = p;
      end = p + 1;
    }
  }
  if (end > first) s.subarray(first, end).sort();
  return s;
}

/** Type-7 (linear interpolation) quantile of sorted values. */
export function quantileSorted(s: Float64Array, p: number): number {
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  const b = s[Math.min(lo + 1, s.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Fisher's exact optimal partition of sorted values into k classes minimising the within-class
 * sum of squared deviations (Jenks natural breaks). Returns the k − 1 upper bounds of the
 * lower classes.
 */
export function jenksBreaks(s: Float64Array, k: number): number[] {
  const n = s.length;
  const pre = new Float64Array(n + 1);
  const pre2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = s[i] as number;
    pre[i + 1] = (pre[i] as number) + v;
    pre2[i + 1] = (pre2[i] as number) + v * v;
  }
  // ssd of s[a..b] inclusive
  const ssd = (a: number, b: number): number => {
    const c = b - a + 1;
    const sum = (pre[b + 1] as number) - (pre[a] as number);
    return (pre2[b + 1] as number) - (pre2[a] as number) - (sum * sum) / c;
  };
  // cost[c][j]: best cost of s[0..j] in c+1 classes; from[c][j]: first index of the last class
  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  const from = new Int32Array(k * n);
  for (let j = 0; j < n; j++) prev[j] = ssd(0, j);
  for (let c = 1; c < k; c++) {
    for (let j = 0; j < n; j++) {
      if (j < c) {
        cur[j] = Infinity;
        continue;
      }
      let best = Infinity;
      let arg = c;
      for (let a = c; a <= j; a++) {
        const v = (prev[a - 1] as number) + ssd(a, j);
        if (v < best) {
          best = v;
          arg = a;
        }
      }
      cur[j] = best;
      from[c * n + j] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  const breaks: number[] = [];
  let j = n - 1;
  for (let c = k - 1; c >= 1; c--) {
    const a = from[c * n + j] as number;
    breaks.unshift(s[a - 1] as number);
    j = a - 1;
  }
  return breaks;
}

/**
 * Ascending breaks of the classes for the scores; `sorted`, when given, is the non-NaN scores
 * in ascending order as {@link sortedFromOrder} gives them (saves a sort).
 */
export function computeBreaks(levels: Levels, scores: ArrayLike<number>, sorted?: Float64Array | undefined): number[] {
  if (levels.method === "fixed") return [...levels.thresholds];
  const s = sorted ?? sortedFinite(scores);
  const k = levels.count;
  if (s.length === 0) return [];
  if (levels.method === "quantiles") return Array.from({ length: k - 1 }, (_, i) => quantileSorted(s, (i + 1) / k));
  const min = s[0] as number;
  const max = s[s.length - 1] as number;
  if (levels.method === "equalIntervals") return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
  if (s.length > JENKS_MAX) {
    throw fail("INDEX_TOO_LARGE", `شکست‌های طبیعی جنکس برای بیش از ${JENKS_MAX} واحد کند است؛ از چندک‌ها استفاده کنید`, `Jenks natural breaks is too slow beyond ${JENKS_MAX} units; use quantiles`, {
      units: s.length,
    });
  }
  let distinct = 1;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1]) distinct++;
  if (distinct < k) {
    throw fail("INDEX_INVALID_OPTIONS", `برای ${k} طبقهٔ جنکس دست‌کم ${k} امتیاز متمایز لازم است`, `Jenks with ${k} classes needs at least ${k} distinct scores`, { distinct });
  }
  return jenksBreaks(s, k);
}

/**
 * Level of a score (1 = most deprived = highest class) given ascending breaks. For data-driven
 * breaks a break is the upper bound of its class (a score above it goes up); for fixed
 * thresholds a score at or above a threshold goes up.
 */
export function levelOf(score: number, breaks: readonly number[], count: number, inclusive: boolean): number {
  let c = 0;
  for (let q = 0; q < breaks.length; q++) if (inclusive ? score >= (breaks[q] as number) : score > (breaks[q] as number)) c++;
  return count - c;
}
