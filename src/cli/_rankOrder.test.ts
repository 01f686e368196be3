/**
 * The output order of `mahalleh score`: by rank, ties in input order, units not scored last —
 * against a comparison sort of the same positions (a second method), on ranks as the engine
 * makes them (whole, halves for average ties, gaps) and on anything else (the fallback).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankOrder } from "./_scoreOutput";

function bySort(ranks: readonly number[]): number[] {
  const key = (i: number): number => (Number.isNaN(ranks[i] as number) ? Infinity : (ranks[i] as number));
  return ranks.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}

describe("rankOrder", () => {
  it("orders engine-like ranks (whole, halves, ties, not scored) as a comparison sort does", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 2, max: 60 }) }, { weight: 1, arbitrary: fc.constant(-1) }), { maxLength: 30 }), (twice) => {
        const n = twice.length;
        // 2·rank within 2…2n (clamped), −1 = not scored
        const ranks = twice.map((t) => (t < 0 ? Number.NaN : Math.min(Math.max(t, 2), 2 * n) / 2));
        expect(Array.from(rankOrder(Float64Array.from(ranks)))).toEqual(bySort(ranks));
      }),
      { numRuns: 1000 },
    );
  });

  it("falls back to the comparison sort for ranks that are not whole or halves within 1…n", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -5, max: 50, noNaN: true }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)), { maxLength: 30 }), (ranks) => {
        expect(Array.from(rankOrder(Float64Array.from(ranks)))).toEqual(bySort(ranks));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("rankOrder on ranks outside 1…n", () => {
  it("puts a rank above n (a half) before the units not scored, not among them (found by the property test)", () => {
    // 2 × 4.5 = 9 = 2n + 1, the bucket of the units not scored
    const ranks = [Number.NaN, 1, Number.NaN, 4.5];
    expect(Array.from(rankOrder(Float64Array.from(ranks)))).toEqual([1, 3, 0, 2]);
    expect(Array.from(rankOrder(Float64Array.from(ranks), 2))).toEqual([1, 3]);
  });
});

describe("rankOrder with a limit", () => {
  it("is the first `limit` positions of the full order, whatever the ranks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 2, max: 60 }).map((t) => t / 2) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 40, noNaN: true }) }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 45 }),
        (ranks, limit) => {
          const all = bySort(ranks);
          expect(Array.from(rankOrder(Float64Array.from(ranks), limit))).toEqual(limit < ranks.length ? all.slice(0, limit) : all);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
