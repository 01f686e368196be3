import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateBudget } from "./allocateBudget";

describe("allocateBudget", () => {
  it("splits by population × need^α, exact rials summing to the total (hand-worked)", () => {
    // weights 2·1, 1·4^0.5 = 2, 1·9^0.5 = 3 → 7: 1,000 rials → 285.71, 285.71, 428.57 → 286, 286, 428
    const split = allocateBudget(1000, [
      { id: "a", population: 2, need: 1 },
      { id: "b", population: 1, need: 4 },
      { id: "c", population: 1, need: 9 },
    ], { formula: { population: 1, need: 0.5 } });
    expect(split.allocations.map((a) => a.amount.toString())).toEqual(["286", "286", "428"]);
    expect(split.formula).toEqual({ population: 1, need: 0.5, text: "population^1 × need^0.5" });
  });
  it("raises floors and redistributes what a cap frees, in proportion again", () => {
    // equal weights, 900 rials; a is capped at 100 → 800 left for b, c, d; d's floor is 500 → b, c share 300
    const split = allocateBudget(900, ["a", "b", "c", "d"].map((id) => ({ id, weight: 1 })), {
      formula: "weight",
      cap: { a: 100 },
      floor: { d: 500 },
    });
    expect(split.allocations.map((a) => [a.amount.toString(), a.bound])).toEqual([
      ["100", "cap"],
      ["150", null],
      ["150", null],
      ["500", "floor"],
    ]);
  });
  it("refuses impossible bounds and bad weights", () => {
    const units = [{ id: "a", weight: 1 }, { id: "b", weight: 1 }];
    expect(() => allocateBudget(100, units, { formula: "weight", floor: 60 })).toThrow(expect.objectContaining({ code: "PLANNING_INFEASIBLE" }));
    expect(() => allocateBudget(100, units, { formula: "weight", cap: 40 })).toThrow(expect.objectContaining({ code: "PLANNING_INFEASIBLE" }));
    expect(() => allocateBudget(100, [{ id: "a", weight: 0 }], { formula: "weight" })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_WEIGHTS" }));
    expect(() => allocateBudget(100, [{ id: "a", population: -1, need: 1 }], { formula: { population: 1 } })).toThrow(expect.objectContaining({ code: "PLANNING_BAD_WEIGHTS" }));
    expect(() => allocateBudget(-100, units, { formula: "weight" })).toThrow(expect.objectContaining({ code: "PLANNING_INVALID_COST" }));
  });
  it("always sums to the total, keeps every bound, and shares the rest in proportion (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 1000 }), floor: fc.integer({ min: 0, max: 50 }), cap: fc.option(fc.integer({ min: 60, max: 400 }), { nil: undefined }) }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 5000 }),
        (rows, extra) => {
          const floorSum = rows.reduce((s, r) => s + r.floor, 0);
          const capSum = rows.every((r) => r.cap !== undefined) ? rows.reduce((s, r) => s + (r.cap as number), 0) : Infinity;
          const total = Math.min(floorSum + extra, capSum);
          const units = rows.map((r, i) => ({ id: `u${i}`, weight: r.w }));
          const split = allocateBudget(total, units, {
            formula: "weight",
            floor: Object.fromEntries(rows.map((r, i) => [`u${i}`, r.floor])),
            cap: Object.fromEntries(rows.flatMap((r, i) => (r.cap === undefined ? [] : [[`u${i}`, r.cap]]))),
          });
          const amounts = split.allocations.map((a) => Number(a.amount.toString()));
          expect(amounts.reduce((s, a) => s + a, 0)).toBe(total);
          rows.forEach((r, i) => {
            expect(amounts[i]).toBeGreaterThanOrEqual(r.floor);
            if (r.cap !== undefined) expect(amounts[i]).toBeLessThanOrEqual(r.cap);
          });
          // free units: within one rial of their exact share of what the bounded units leave
          const free = split.allocations.map((a, i) => i).filter((i) => split.allocations[i]?.bound === null);
          const rest = total - split.allocations.reduce((s, a, i) => s + (a.bound === null ? 0 : (amounts[i] as number)), 0);
          const W = free.reduce((s, i) => s + (rows[i] as { w: number }).w, 0);
          for (const i of free) expect(Math.abs((amounts[i] as number) - (rest * (rows[i] as { w: number }).w) / W)).toBeLessThan(1 + 1e-9);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
