import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankAll } from "./_engine";
import type { Plan } from "./_plan";

/** Rank by the definition: among the group's scored units, 1 + those above (min), 1 + distinct values above (dense), the mean of the tied positions (fractional). */
function brute(scores: readonly number[], groups: readonly number[], method: Plan["ranking"]): number[] {
  return scores.map((v, i) => {
    if (Number.isNaN(v)) return Number.NaN;
    const peers = scores.filter((w, j) => groups[j] === groups[i] && !Number.isNaN(w));
    const above = peers.filter((w) => w > v).length;
    const equal = peers.filter((w) => w === v).length;
    if (method === "min") return above + 1;
    if (method === "dense") return new Set(peers.filter((w) => w > v).map((w) => (w === 0 ? 0 : w))).size + 1;
    return (above + 1 + above + equal) / 2;
  });
}

describe("rankAll", () => {
  it("ranks within groups as the definition does, ties by min, dense and fractional (one pass along the overall order)", () => {
    const score = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 8 }).map((v) => v / 2) }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -0, 0, 1e300, -1e-300) });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, fc.integer({ min: 0, max: 3 })), { maxLength: 60 }), fc.constantFrom<Plan["ranking"]>("min", "dense", "fractional"), (rows, method) => {
        const scores = Float64Array.from(rows, ([v]) => v);
        const groups = rows.map(([, g]) => g);
        const plan = { n: rows.length, ranking: method, groupOf: Int32Array.from(groups), groupNames: ["a", "b", "c", "d"] } as unknown as Plan;
        const { ranks, groupRanks } = rankAll(plan, scores);
        expect(Array.from(groupRanks ?? [])).toEqual(brute(Array.from(scores), groups, method));
        expect(Array.from(ranks)).toEqual(brute(Array.from(scores), groups.map(() => 0), method));
      }),
      { numRuns: 1000 },
    );
  });
});
