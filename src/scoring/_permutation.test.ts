import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Permutation } from "./_permutation";

/** A random permutation of 0…n−1 (Fisher–Yates from a small LCG). */
function shuffled(n: number, seed: number): Uint32Array {
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = Math.floor((s / 4294967296) * (i + 1));
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
  }
  return perm;
}

/** The plain gather the two-pass one must equal. */
const plain = (src: Float64Array, perm: Uint32Array): Float64Array => Float64Array.from(perm, (i) => src[i] as number);

/** Bit patterns, so that −0, NaN payloads and subnormals count. */
const bits = (a: Float64Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));

describe("Permutation (private)", () => {
  it("the bucketed gather equals the plain one bit for bit, for any permutation and bucket size, values included −0, NaN, ±Infinity, subnormals and huge ones", () => {
    const value = fc.oneof(fc.double(), fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, 5e-324, -1.7976931348623157e308));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.integer(), fc.integer({ min: 0, max: 6 }), (values, seed, spanBits) => {
        const src = Float64Array.from(values);
        const perm = shuffled(src.length, seed);
        const forward = new Permutation(perm, spanBits);
        const out = new Float64Array(src.length).fill(7);
        forward.gather(src, out);
        expect(bits(out)).toEqual(bits(plain(src, perm)));
        // and back: the inverse restores the source
        const back = new Float64Array(src.length);
        forward.inverse().gather(out, back);
        expect(bits(back)).toEqual(bits(src));
      }),
      { numRuns: 300 },
    );
  });

  it("0 and 1 values, the identity and a reversal, in one bucket and in many", () => {
    for (const spanBits of [12, 3]) {
      expect(() => new Permutation(new Uint32Array(0), spanBits).gather(new Float64Array(0), new Float64Array(0))).not.toThrow();
      const one = new Float64Array(1);
      new Permutation(Uint32Array.of(0), spanBits).gather(Float64Array.of(-0), one);
      expect(Object.is(one[0], -0)).toBe(true);
      const n = 1000;
      const src = Float64Array.from({ length: n }, (_, i) => i * 1.5);
      const id = Uint32Array.from({ length: n }, (_, i) => i);
      const rev = Uint32Array.from({ length: n }, (_, i) => n - 1 - i);
      const out = new Float64Array(n);
      new Permutation(id, spanBits).gather(src, out);
      expect(out).toEqual(src);
      new Permutation(rev, spanBits).gather(src, out);
      expect(out).toEqual(src.slice().reverse());
    }
  });

  it("a large column (about 73 buckets of the default size) is permuted and restored", () => {
    const n = 300_000;
    const perm = shuffled(n, 42);
    const src = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 1e6);
    const forward = new Permutation(perm);
    const out = new Float64Array(n);
    forward.gather(src, out);
    const want = plain(src, perm);
    let wrong = 0;
    for (let p = 0; p < n; p++) if (!Object.is(out[p], want[p])) wrong++;
    const back = new Float64Array(n);
    forward.inverse().gather(out, back);
    for (let i = 0; i < n; i++) if (!Object.is(back[i], src[i])) wrong++;
    expect(wrong).toBe(0);
  });
});

describe("Permutation.gatherAffine (private)", () => {
  it("equals the plain gather followed by lo + (x − centre)·slope, bit for bit, in one bucket and in many", () => {
    const value = fc.oneof(fc.double(), fc.constantFrom(-0, 0, Number.NaN, Infinity, 5e-324, 1e308));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), fc.integer(), fc.constantFrom(0, 2, 12), fc.double(), fc.double(), fc.double(), (values, seed, spanBits, lo, centre, slope) => {
        const src = Float64Array.from(values);
        const perm = shuffled(src.length, seed);
        const out = new Float64Array(src.length);
        new Permutation(perm, spanBits).gatherAffine(src, out, lo, centre, slope);
        const want = Float64Array.from(plain(src, perm), (x) => lo + (x - centre) * slope);
        expect(bits(out)).toEqual(bits(want));
      }),
      { numRuns: 300 },
    );
  });

  it("lo + (max − x)·scale equals lo + (x − max)·(−scale) exactly (the form min-max uses for direction −1)", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double(), fc.double(), (lo, max, x, scale) => {
        expect(Object.is(lo + (max - x) * scale, lo + (x - max) * -scale)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
