/**
 * Private: typed-array argsort (LSD radix on the IEEE-754 bits, 16-bit digits) and tie-aware
 * ranking. No comparator calls, no per-value objects.
 */

/** Reusable buffers for {@link argsortFinite}; grown on demand. */
export interface SortWorkspace {
  keys: Uint32Array;
  a: Uint32Array;
  b: Uint32Array;
  counts: Uint32Array;
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
  const keys = ws.keys;
  let src = ws.a;
  let dst = ws.b;
  const counts = ws.counts;
  counts.fill(0);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    f64[0] = v + 0; // -0 → +0
    let hi = u32[HI] as number;
    let lo = u32[LO] as number;
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
    src[m++] = i;
    counts[lo & 0xffff]!++;
    counts[65536 + (lo >>> 16)]!++;
    counts[131072 + (hi & 0xffff)]!++;
    counts[196608 + (hi >>> 16)]!++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    // skip a pass whose digit is the same for every value
    let single = false;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d] as number;
      if (c !== 0) {
        single = c === m;
        break;
      }
    }
    if (single) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d] as number;
      counts[base + d] = sum;
      sum += c;
    }
    for (let p = 0; p < m; p++) {
      const id = src[p] as number;
      const digit = ((keys[2 * id + word] as number) >>> shift) & 0xffff;
      dst[counts[base + digit]!++] = id;
    }
    const t = src;
    src = dst;
    dst = t;
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
