/**
 * Private: a fixed permutation of a column, `out[p] = src[perm[p]]`, done in two streaming
 * passes instead of one random gather. A random gather over a column larger than the cache
 * misses it (and the TLB) on nearly every value: at 1,000,000 units about 0.1 µs per value,
 * so the 30 columns of a national `uncertainty` run took about 3 s. Here the values are first
 * scattered, in source order, into a staging buffer grouped by destination bucket (a few
 * hundred buckets: one write stream each, all of them in cache), then each bucket is written
 * out within its own stretch of the destination, small enough to stay in cache. The values are
 * only copied, so the result is that of the plain gather, bit for bit.
 */

/** log₂ of the destination stretch of one bucket: 4,096 values (32 KB of Float64). */
const SPAN_BITS = 12;

/** Below this many values the plain gather is cheaper (the column stays in cache). */
const DIRECT_BELOW = 1 << 17;

export class Permutation {
  /** Number of values. */
  readonly n: number;
  private readonly perm: Uint32Array;
  /** For each source index, its position in the staging buffer; null for the plain gather. */
  private readonly slot: Uint32Array | null;
  /** For each staging position, the destination index. */
  private readonly dest: Uint32Array | null;
  private readonly spanBits: number;
  /** The staging buffer, shared with the inverse (the two are never run at once). */
  private box: { stage: Float64Array | null } = { stage: null };

  /**
   * @param perm a permutation of 0…n−1 (not checked: the callers build it from an argsort)
   * @param spanBits log₂ of a bucket's stretch; `direct` forces the plain gather (tests)
   * @param inverse the inverse permutation when the caller has it
   */
  constructor(perm: Uint32Array, spanBits: number = SPAN_BITS, direct: boolean = perm.length < DIRECT_BELOW, inverse?: Uint32Array) {
    const n = perm.length;
    this.n = n;
    this.perm = perm;
    this.spanBits = spanBits;
    if (direct) {
      this.slot = null;
      this.dest = null;
      return;
    }
    // where each source value goes (one random pass, once for every column)
    let where = inverse;
    if (where === undefined) {
      where = new Uint32Array(n);
      for (let p = 0; p < n; p++) where[perm[p] as number] = p;
    }
    const buckets = (n >>> spanBits) + 1;
    const fill = new Uint32Array(buckets + 1);
    for (let p = 0; p < n; p++) fill[(p >>> spanBits) + 1]!++;
    for (let b = 0; b < buckets; b++) fill[b + 1]! += fill[b] as number;
    const slot = new Uint32Array(n);
    const dest = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const p = where[i] as number;
      const t = fill[p >>> spanBits]!++;
      slot[i] = t;
      dest[t] = p;
    }
    this.slot = slot;
    this.dest = dest;
  }

  /** Writes `out[p] = src[perm[p]]` for every p (`src` and `out` are distinct, of length n). */
  gather(src: Float64Array, out: Float64Array): void {
    const n = this.n;
    const { slot, dest, perm } = this;
    if (slot === null || dest === null) {
      for (let p = 0; p < n; p++) out[p] = src[perm[p] as number] as number;
      return;
    }
    const stage = (this.box.stage ??= new Float64Array(n));
    for (let i = 0; i < n; i++) stage[slot[i] as number] = src[i] as number;
    for (let t = 0; t < n; t++) out[dest[t] as number] = stage[t] as number;
  }

  /**
   * Writes `out[p] = lo + (src[perm[p]] − centre)·slope` for every p: the gather and an affine
   * map in the same passes (the map is applied to each value once, as a separate loop would).
   */
  gatherAffine(src: Float64Array, out: Float64Array, lo: number, centre: number, slope: number): void {
    const n = this.n;
    const { slot, dest, perm } = this;
    if (slot === null || dest === null) {
      for (let p = 0; p < n; p++) out[p] = lo + ((src[perm[p] as number] as number) - centre) * slope;
      return;
    }
    const stage = (this.box.stage ??= new Float64Array(n));
    for (let i = 0; i < n; i++) stage[slot[i] as number] = lo + ((src[i] as number) - centre) * slope;
    for (let t = 0; t < n; t++) out[dest[t] as number] = stage[t] as number;
  }

  /** The inverse permutation, ready to scatter values back: `out[perm[p]] = src[p]`. */
  inverse(): Permutation {
    const n = this.n;
    const inv = new Uint32Array(n);
    for (let p = 0; p < n; p++) inv[this.perm[p] as number] = p;
    const result = new Permutation(inv, this.spanBits, this.slot === null, this.perm);
    result.box = this.box;
    return result;
  }
}
