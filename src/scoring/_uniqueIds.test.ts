import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allUniqueIds } from "./_uniqueIds";

/** The definition: every id a non-empty string, and as many distinct ids as ids. */
const brute = (ids: readonly unknown[]): boolean => ids.every((id) => typeof id === "string" && id.length > 0) && new Set(ids).size === ids.length;

/** FNV-1a 32, as the function hashes. */
function fnv(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 0x01000193);
  return h >>> 0;
}

describe("allUniqueIds", () => {
  it("agrees with a Set on random ids: repeats, empty strings, non-strings, Persian ids, 0 and 1 ids", () => {
    const id = fc.oneof(
      { weight: 8, arbitrary: fc.string({ maxLength: 3, unit: fc.constantFrom("a", "b", "م", "ه", "\u200c", "1") }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 7, "") },
    );
    fc.assert(fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
        expect(allUniqueIds(ids)).toBe(brute(ids));
      }), { numRuns: 2000 });
    expect(allUniqueIds([])).toBe(true);
    expect(allUniqueIds(["محلهٔ ۱"])).toBe(true);
    expect(allUniqueIds([""])).toBe(false);
  });

  it("compares the ids whose hashes collide as strings", () => {
    // two different ids with the same 32-bit hash (found by a birthday search over u0, u1, …)
    const pair = ["u31992", "u605430"] as const;
    const [a, b] = pair;
    expect(a).not.toBe(b);
    expect(fnv(a)).toBe(fnv(b));
    expect(allUniqueIds([a, b])).toBe(true);
    expect(allUniqueIds([a, "x", b, "y"])).toBe(true);
    expect(allUniqueIds([a, b, "x", a])).toBe(false);
    expect(allUniqueIds([b, "x", b])).toBe(false);
  });

  it("is right at scale: 200,000 distinct ids, then one repeated at the far end", () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `n${i * 7919}`);
    expect(allUniqueIds(ids)).toBe(true);
    ids.push("n7919");
    expect(allUniqueIds(ids)).toBe(false);
  });
});
