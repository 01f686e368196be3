import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankScores } from "./rank";

/** Reference ranks by counting (O(n²)), straight from the definitions. */
function naive(scores: number[], method: "min" | "dense" | "fractional"): number[] {
  return scores.map((v) => {
    const greater = scores.filter((u) => u > v).length;
    if (method === "min") return greater + 1;
    if (method === "dense") return new Set(scores.filter((u) => u > v)).size + 1;
    return greater + (scores.filter((u) => u === v).length + 1) / 2;
  });
}

describe("rankScores", () => {
  it("1, 2, 2, 4 by default; dense and fractional on request", () => {
    expect(rankScores([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
    expect(rankScores([90, 80, 80, 70], { method: "dense" })).toEqual([1, 2, 2, 3]);
    expect(rankScores([90, 80, 80, 70], { method: "fractional" })).toEqual([1, 2.5, 2.5, 4]);
  });

  it("missing scores get null; -0 and 0 tie", () => {
    expect(rankScores([null, 5, Number.NaN, 0, -0])).toEqual([null, 1, null, 2, 2]);
  });

  it("negative numbers and huge magnitudes sort correctly", () => {
    expect(rankScores([-1e300, 1e300, -5, 5, 0, -1e-300])).toEqual([6, 1, 5, 2, 3, 4]);
  });

  it.each(["min", "dense", "fractional"] as const)("matches counting ranks (%s), large inputs and ties included", (method) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 300 }), (scores) => {
        expect(rankScores(scores, { method })).toEqual(naive(scores, method).map((r) => r));
      }),
      { numRuns: 200 },
    );
  });

  it("handles 70,000 values (16-bit radix path) and long runs of near-equal scores", () => {
    const scores = Array.from({ length: 70_000 }, (_, i) => 50 + ((i * 7919) % 1000) * 1e-12);
    const ranks = rankScores(scores);
    const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
    expect(ranks[order[0]![1]]).toBe(1);
    // every rank at least the one before it in score order; the breaches collected and
    // asserted once (70,000 expect calls took most of this test's time)
    let previous = 0;
    const breaches: number[] = [];
    for (const [, i] of order) {
      if (!(ranks[i]! >= previous)) breaches.push(i);
      previous = ranks[i]!;
    }
    expect(breaches).toEqual([]);
  });

  it("ascending order and errors", () => {
    expect(rankScores([3, 1, 2], { order: "ascending" })).toEqual([3, 1, 2]);
    expect(() => rankScores([1], { method: "average" as "min" })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => rankScores(["1" as unknown as number])).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});
