import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSet, idHash, idHashes, sharesId } from "./idSet";

/** The same answers as a `Set<string>`, id by id. */
function agreesWithSet(candidates: readonly string[]): void {
  const ids: string[] = [];
  const set = new IdSet(ids);
  const reference = new Set<string>();
  for (const id of candidates) {
    const isNew = !reference.has(id);
    reference.add(id);
    expect(set.add(id)).toBe(isNew);
    if (isNew) ids.push(id);
  }
  expect(ids).toEqual([...reference]);
}

describe("IdSet (the CSV readers' duplicate-id check)", () => {
  it("answers as a Set does on random ids with repeats (property)", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("محله", "n1", "", "\u0000")), { maxLength: 3000 }), (ids) => agreesWithSet(ids)), { numRuns: 200 });
  });

  it("keeps every id across many growths, and finds a repeat of the first and of the last", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `u${i}`);
    agreesWithSet([...ids, "u0", "u99999", "u50000"]);
  });

  it("idHash is the FNV-1a hash IdSet files by: a repeat is found whatever hashes it was given", () => {
    // FNV-1a 32-bit of "a": (0x811c9dc5 ^ 0x61) * 0x01000193 mod 2^32 = 0xe40c292c (published test vector)
    expect(idHash("a") >>> 0).toBe(0xe40c292c);
    expect(idHash("") >>> 0).toBe(0x811c9dc5);
    expect(Array.from(idHashes(["a", ""]), (h) => h >>> 0)).toEqual([0xe40c292c, 0x811c9dc5]);
  });

  it("sharesId: true exactly when the lists intersect, as a Set says (property)", () => {
    const id = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("محله", "n1", "", "\u0000"));
    const distinct = fc.uniqueArray(id, { maxLength: 400 });
    fc.assert(
      fc.property(distinct, distinct, (a, b) => {
        const inA = new Set(a);
        expect(sharesId(a, idHashes(a), b, idHashes(b))).toBe(b.some((x) => inA.has(x)));
      }),
      { numRuns: 300 },
    );
  });

  it("tells apart ids whose hashes collide", () => {
    // FNV-1a 32-bit: find two different short ids with the same hash by brute force
    const fnv = (s: string): number => {
      let h = 0x811c9dc5 | 0;
      for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
      return h;
    };
    const byHash = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 2_000_000; i++) {
      const s = i.toString(36);
      const h = fnv(s);
      const other = byHash.get(h);
      if (other !== undefined) pair = [other, s];
      else byHash.set(h, s);
    }
    expect(pair).toBeDefined();
    const [a, b] = pair as [string, string];
    expect(fnv(a)).toBe(fnv(b));
    agreesWithSet([a, b, a, b]);
    // one in each list: equal hashes, different ids, nothing shared; then a true repeat
    expect(sharesId([a], idHashes([a]), [b], idHashes([b]))).toBe(false);
    expect(sharesId([a, "x"], idHashes([a, "x"]), [b, a], idHashes([b, a]))).toBe(true);
  });
});
