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

export class Permutation {
  /** Number of values. */
  readonly n: number;
  private readonly perm: Uint32Array;
  /** For each source index, its position in the staging buffer. */
  private readonly slot: Uint32Array;
  /** For each staging position, the destination index. */
  private readonly dest: Uint32Array;
  private readonly spanBits: number;
  /** The staging buffer, shared with the inverse (the two are never run at once). */
  private box: { stage?: Float64Array } = {};

  /**
   * @param perm a permutation of 0…n−1 (not checked: the callers build it from an argsort)
   * @param spanBits log₂ of a bucket's stretch (a table that fits in one bucket is scattered
   *   within the cache in the second pass)
   * @param where the inverse permutation when the caller has it
   */
  constructor(perm: Uint32Array, spanBits: number = SPAN_BITS, where?: Uint32Array) {
    const n = perm.length;
    this.n = n;
    this.perm = perm;
    this.spanBits = spanBits;
    // where each source value goes (one random pass, once for every column)
    if (where === undefined) {
      where = new Uint32Array(n);
      for (let p = 0; p < n; p++) where[perm[p] as number] = p;
    }
    const fill = new Uint32Array((n >>> spanBits) + 2);
    for (let p = 0; p < n; p++) fill[(p >>> spanBits) + 1]!++;
    for (let b = 1; b < fill.length; b++) fill[b]! += fill[b - 1] as number;
    const slot = (this.slot = new Uint32Array(n));
    const dest = (this.dest = new Uint32Array(n));
    for (let i = 0; i < n; i++) {
      const p = where[i] as number;
      const t = fill[p >>> spanBits]!++;
      slot[i] = t;
      dest[t] = p;
    }
  }

  /**
   * Writes `out[p] = src[perm[p]]` for every p (`src` and `out` are distinct, of length n): the
   * affine gather with −0 + (x − 0)·1, which is x bit for bit (−0 and NaN included).
   */
  gather(src: Float64Array, out: Float64Array): void {
    this.gatherAffine(src, out, -0, 0, 1);
  }

  /**
   * Writes `out[p] = lo + (src[perm[p]] − centre)·slope` for every p: the gather and an affine
   * map in the same passes (the map is applied to each value once, as a separate loop would).
   */
  gatherAffine(src: Float64Array, out: Float64Array, lo: number, centre: number, slope: number): void {
    const { n, slot, dest } = this;
    const stage = (this.box.stage ??= new Float64Array(n));
    for (let i = 0; i < n; i++) stage[slot[i] as number] = lo + ((src[i] as number) - centre) * slope;
    for (let t = 0; t < n; t++) out[dest[t] as number] = stage[t] as number;
  }

  /** The inverse permutation, ready to scatter values back: `out[perm[p]] = src[p]`. */
  inverse(): Permutation {
    const n = this.n;
    const inv = new Uint32Array(n);
    for (let p = 0; p < n; p++) inv[this.perm[p] as number] = p;
    const result = new Permutation(inv, this.spanBits, this.perm);
    result.box = this.box;
    return result;
  }
}
