/**
 * Internal, shared by scoring and evaluation: typed-array argsort (LSD radix on the IEEE-754 bits, 8- or 11-bit digits) and tie-aware
 * ranking. No comparator calls, no per-value objects.
 */

/** Reusable buffers for {@link argsortFinite}; grown on demand. */
export interface SortWorkspace {
  keys: Uint32Array;
  a: Uint32Array;
  b: Uint32Array;
  counts: Uint32Array;
  /** The high words in the order of `a` / `b` (made on first use). */
  hiA?: Uint32Array | undefined;
  hiB?: Uint32Array | undefined;
}

/** A fresh workspace for up to `n` values. */
export function sortWorkspace(n: number): SortWorkspace {
  return { keys: new Uint32Array(2 * n), a: new Uint32Array(n), b: new Uint32Array(n), counts: new Uint32Array(4 * 65536) };
}

const f64: Float64Array = new Float64Array(1);
const u32: Uint32Array = new Uint32Array(f64.buffer);
const LITTLE: boolean = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/**
 * Sorts the indices of the non-NaN values of `values` (first `n`), ascending or descending,
 * stable (equal values keep index order). Returns the sorted index array (a view into the
 * workspace, length = number of non-NaN values); NaN indices are not included.
 */
export function argsortFinite(values: ArrayLike<number>, n: number, descending: boolean, ws: SortWorkspace): Uint32Array {
  if (ws.a.length < n) {
    const grown = sortWorkspace(n);
    ws.keys = grown.keys;
    ws.a = grown.a;
    ws.b = grown.b;
  }
  // 8-bit digits for small inputs (cheap histograms), 11-bit digits (three passes) for large
  // ones: 2,048 buckets keep the scatter's write positions in the cache, where 65,536 did not
  const bits = n < 65536 ? 8 : 11;
  const radix = 1 << bits;
  const mask = radix - 1;
  const perWord = Math.ceil(32 / bits);
  const keys = ws.keys;
  let src = ws.a;
  let dst = ws.b;
  const counts = ws.counts;
  counts.fill(0, 0, perWord * radix);
  // a Float64Array's words are read in place (no store and load through a scratch double)
  const words = values instanceof Float64Array && values.byteOffset % 4 === 0 ? new Uint32Array(values.buffer, values.byteOffset, 2 * Math.min(n, values.length)) : null;
  // each pass reads the high words in the order it reads the indices (sequentially), not
  // through the index (a cache miss per value at a million values)
  if (ws.hiA === undefined || ws.hiA.length < n) ws.hiA = new Uint32Array(n);
  if (ws.hiB === undefined || ws.hiB.length < n) ws.hiB = new Uint32Array(n);
  let hiSrc = ws.hiA;
  let hiDst = ws.hiB;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    let hi: number;
    let lo: number;
    if (words !== null) {
      hi = words[2 * i + HI] as number;
      lo = words[2 * i + LO] as number;
      if (hi === 0x80000000 && lo === 0) hi = 0; // -0 → +0
    } else {
      f64[0] = v + 0; // -0 → +0
      hi = u32[HI] as number;
      lo = u32[LO] as number;
    }
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    if (descending) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    }
    keys[2 * i] = lo;
    keys[2 * i + 1] = hi;
    hiSrc[m] = hi;
    src[m++] = i;
    for (let p = 0; p < perWord; p++) counts[p * radix + ((hi >>> (p * bits)) & mask)]!++;
  }
  // LSD radix on the high word only; runs of equal high words are then ordered by the low
  // word (insertion sort: such runs are rare and short for real scores)
  for (let pass = 0; pass < perWord; pass++) {
    const base = pass * radix;
    const shift = pass * bits;
    let single = false;
    for (let d = 0; d < radix; d++) {
      const c = counts[base + d] as number;
      if (c !== 0) {
        single = c === m;
        break;
      }
    }
    if (single) continue;
    let sum = 0;
    for (let d = 0; d < radix; d++) {
      const c = counts[base + d] as number;
      counts[base + d] = sum;
      sum += c;
    }
    for (let p = 0; p < m; p++) {
      const hi = hiSrc[p] as number;
      const at = counts[base + ((hi >>> shift) & mask)]!++;
      dst[at] = src[p] as number;
      hiDst[at] = hi;
    }
    const t = src;
    src = dst;
    dst = t;
    const h = hiSrc;
    hiSrc = hiDst;
    hiDst = h;
  }
  let p = 0;
  while (p < m) {
    const hi = hiSrc[p] as number;
    let q = p + 1;
    while (q < m && hiSrc[q] === hi) q++;
    if (q - p > 32) {
      src.subarray(p, q).sort((x, y) => (keys[2 * x] as number) - (keys[2 * y] as number) || x - y);
    } else if (q - p > 1) {
      for (let a = p + 1; a < q; a++) {
        const id = src[a] as number;
        const lo = keys[2 * id] as number;
        let b = a - 1;
        while (b >= p && (keys[2 * (src[b] as number)] as number) > lo) {
          src[b + 1] = src[b] as number;
          b--;
        }
        src[b + 1] = id;
      }
    }
    p = q;
  }
  return src.subarray(0, m);
}

/** Tie-aware ranks of `values` along the sorted `order` (positions 1…m), written to `out[index]`. */
export function ranksFromOrder(
  values: ArrayLike<number>,
  order: ArrayLike<number>,
  m: number,
  method: "min" | "dense" | "fractional",
  out: { [i: number]: number },
): void {
  let p = 0;
  let dense = 0;
  while (p < m) {
    const first = order[p] as number;
    const v = values[first] as number;
    let q = p + 1;
    while (q < m && values[order[q] as number] === v) q++;
    dense++;
    const rank = method === "min" ? p + 1 : method === "dense" ? dense : (p + 1 + q) / 2;
    for (let r = p; r < q; r++) out[order[r] as number] = rank;
    p = q;
  }
}
