import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash, voterSet } from "./_voterSet";

/** Adds ids in order the way the ballot reader does; returns which were already there. */
function repeats(ids: readonly string[], capacity = ids.length): boolean[] {
  const set = voterSet(capacity, (b) => ids[b] as string);
  return ids.map((id, b) => {
    if (set.has(id)) return true;
    set.addLast(b);
    return false;
  });
}

describe("voterSet", () => {
  it("answers as a Set<string> does (property, ids from a small alphabet so they repeat)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "b", "ی", "\u200c"), maxLength: 4 }), { maxLength: 300 }), (ids) => {
        const seen = new Set<string>();
        const expected = ids.map((id) => (seen.has(id) ? true : (seen.add(id), false)));
        expect(repeats(ids)).toEqual(expected);
      }),
    );
  });
  it("tells apart two ids with the same 32-bit hash", () => {
    // find a colliding pair among 200,000 ids (birthday bound: about 4.6 pairs expected)
    const first = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; i < 200_000 && pair === undefined; i++) {
      const id = `voter-${i}`;
      const other = first.get(hash(id));
      if (other === undefined) first.set(hash(id), id);
      else pair = [other, id];
    }
    expect(pair).toBeDefined();
    const [a, b] = pair as [string, string];
    expect(hash(a)).toBe(hash(b));
    expect(repeats([a, b, a, b, "x"])).toEqual([false, false, true, true, false]);
  });
  it("stays exact when the table is crowded (ids adjacent in their slots)", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `v${i % 3000}`);
    expect(repeats(ids).filter(Boolean).length).toBe(2000);
  });
});
