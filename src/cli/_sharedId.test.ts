import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstSharedId } from "./_sharedId";

/** The same question asked of a Set (a second method). */
function bySet(a: readonly string[], b: readonly string[]): number {
  const seen = new Set(a);
  return b.findIndex((id) => seen.has(id));
}

describe("firstSharedId", () => {
  it("answers as a Set does, on random lists (short ids collide often, Persian and empty ids)", () => {
    const id = fc.oneof(fc.string({ maxLength: 2 }), fc.constantFrom("", "محله", "محلهٔ ۱", "u1", "U1", "\u200c"), fc.integer({ min: 0, max: 300 }).map((n) => `u${n}`));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 200 }), (a, b) => {
        expect(firstSharedId(a, b)).toBe(bySet(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it("finds the one shared id among 200,000 and sees none where there is none", () => {
    const a = Array.from({ length: 100_000 }, (_, i) => `block-${i}`);
    const b = Array.from({ length: 100_000 }, (_, i) => `block-${100_000 + i}`);
    expect(firstSharedId(a, b)).toBe(-1);
    b[76_543] = "block-12345";
    expect(firstSharedId(a, b)).toBe(76_543);
  });

  it("compares the strings, not only their hashes: two ids with the same FNV-1a hash are different ids", () => {
    // two different short ids with equal 32-bit hashes, by brute force (a birthday search: one
    // is expected after about 77,000 ids)
    const hash = (s: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 2_000_000; i++) {
      const s = i.toString(36);
      const h = hash(s);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, s];
      else seen.set(h, s);
    }
    expect(pair).toBeDefined();
    const [x, y] = pair as [string, string];
    expect(firstSharedId([x], [y])).toBe(-1);
    expect(firstSharedId([x, y], [y])).toBe(0);
  });
});
