import { describe, expect, it } from "vitest";
import { prioritizeInterventions, type PlanningCandidate } from "./prioritizeInterventions";
import { MILLION, instances, toCall, type Instance, type Plain } from "./_prioritizeInstances";

// Optimality against brute force over 326 random instances is in
// prioritizeInterventions.optimality.test.ts (vitest project "slow", part of `npm run test:all`).
describe("prioritizeInterventions: the greedy comparison", () => {
  it("is the benefit-per-rial greedy choice on budget-only instances (checked by hand-written greedy)", async () => {
    for (const inst of instances(60, 3, 10, 7)) {
      const plain: Instance = { cands: inst.cands, budget: inst.budget };
      const [cands, options] = toCall(plain);
      const result = await prioritizeInterventions(cands, options);
      const order = plain.cands.map((_, i) => i).sort((a, b) => plain.cands[b]!.benefit / plain.cands[b]!.cost - plain.cands[a]!.benefit / plain.cands[a]!.cost || a - b);
      let left = plain.budget;
      const expected = new Set<string>();
      for (const i of order) {
        const c = plain.cands[i] as Plain;
        if (c.benefit > 0 && c.cost <= left) {
          expected.add(c.id);
          left -= c.cost;
        }
      }
      const greedyValue = [...expected].reduce((s, id) => s + plain.cands.find((c) => c.id === id)!.benefit, 0);
      expect(new Set(result.greedy?.chosen)).toEqual(expected);
      expect(result.greedy?.objective).toBe(greedyValue);
      expect(result.greedy?.feasible).toBe(true);
      if (greedyValue > 0) expect(result.greedy?.improvement).toBeCloseTo(((result.objective as number) - greedyValue) / greedyValue, 12);
    }
  }, 60_000);
});

describe("prioritizeInterventions: the time limit", () => {
  it("returns the best portfolio found, a bound no lower than the optimum and the gap between them", async () => {
    // a seeded budget-only instance; a time limit of a nanosecond stops HiGHS at once
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const cands = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}`, cost: Math.round(100 + next() * 900) * MILLION, benefit: Math.round(100 + next() * 900) }));
    const budget = cands.reduce((s, c) => s + c.cost, 0) / 4;
    const stopped = await prioritizeInterventions(cands, { budget, timeLimit: 1e-9, relativeGap: 0 });
    const full = await prioritizeInterventions(cands, { budget, relativeGap: 0 });
    expect(stopped.status).toBe("time-limit");
    expect(full.status).toBe("optimal");
    // the best found is the greedy start, feasible and re-summed within the budget
    expect(stopped.chosen).toEqual(stopped.greedy?.chosen);
    expect(stopped.objective).toBe(stopped.greedy?.objective);
    expect(BigInt(stopped.spent.toString())).toBeLessThanOrEqual(BigInt(budget));
    const objective = stopped.objective as number;
    const bound = stopped.bound as number;
    expect(objective).toBeLessThanOrEqual(full.objective as number);
    expect(bound).toBeGreaterThanOrEqual(full.objective as number);
    expect(stopped.gap).toBeCloseTo((bound - objective) / objective, 12);
    expect(stopped.candidates.every((c) => c.chosen || c.reason !== null)).toBe(true);
  }, 120_000);
});

describe("prioritizeInterventions: reasons, conflicts and bad input", () => {
  const base: PlanningCandidate[] = [
    { id: "a", cost: "۴ میلیارد ریال", benefit: 40, type: "health-centre", countyId: "karaj", targetGroups: ["women"], beneficiaries: 100 },
    { id: "b", cost: "۳ میلیارد ریال", benefit: 36, type: "health-centre", countyId: "fardis", beneficiaries: 100 },
    { id: "c", cost: "۳ میلیارد ریال", benefit: 30, type: "vocational-skills", countyId: "karaj", beneficiaries: 50 },
    { id: "d", cost: "۲ میلیارد ریال", benefit: 10, type: "educational-space", countyId: "fardis", beneficiaries: 10 },
  ];
  it("names the constraint that blocks each left-out candidate", async () => {
    const r = await prioritizeInterventions(base, { budget: "۱۰ میلیارد ریال", types: { "health-centre": { maxCount: 1 } }, exclusive: [["c", "d"]], mustNotFund: ["d"] });
    expect(r.chosen).toEqual(["a", "c"]);
    const reasons = Object.fromEntries(r.candidates.map((c) => [c.id, c.reason?.code ?? null]));
    expect(reasons).toEqual({ a: null, b: "constraint", c: null, d: "must-not-fund" });
    expect(r.candidates[1]?.reason?.constraints).toEqual(["type-count:health-centre"]);
    expect(r.candidates[1]?.reason?.message.en).toBe('blocked by: cap on the number of "health-centre"');
    expect(r.spendByCounty["karaj"]?.toString()).toBe("7000000000");
    expect(r.unspent.toString()).toBe("3000000000");
  });
  it("reports a minimal conflict instead of a solver dump", async () => {
    const r = await prioritizeInterventions(base, { budget: "۵ میلیارد ریال", mustFund: ["a", "b"], targetGroups: { women: 0.1 } });
    expect(r.status).toBe("infeasible");
    expect(r.conflict?.constraints).toEqual(["budget", "must-fund:a", "must-fund:b"]);
    expect(r.conflict?.message.en).toBe('These constraints cannot all hold: total budget, must fund "a", must fund "b"');
    expect(r.candidates.every((c) => c.reason?.code === "infeasible")).toBe(true);
  });
  it("finds a conflict between a share and a must-fund item", async () => {
    // karaj ≥ 80 % of the spend, but d (Fardis, 2 bn) must be funded: at most a + c = 7 bn of 9 bn go to Karaj
    const r = await prioritizeInterventions(base, { budget: "۲۰ میلیارد ریال", counties: { karaj: { min: 0.8 }, fardis: { min: 0.1 } }, mustFund: ["d"] });
    expect(r.status).toBe("infeasible");
    expect(r.conflict?.constraints).toEqual(["county-min:karaj", "must-fund:d"]);
    // the empty portfolio meets any shares: without must-fund there is no conflict
    const free = await prioritizeInterventions(base, { budget: "۲۰ میلیارد ریال", counties: { karaj: { min: 0.8 }, fardis: { min: 0.3 } } });
    expect(free.status).toBe("optimal");
  });
  it("refuses negative or unreadable costs, naming the row, and unknown ids", async () => {
    await expect(prioritizeInterventions([{ id: "x", cost: -5 }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_INVALID_COST", details: { row: 0, id: "x" } });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }, { id: "y", cost: "حدود صد" }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_INVALID_COST", details: { row: 1 } });
    await expect(prioritizeInterventions([{ id: "x", cost: 1.5 }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_INVALID_COST" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, mustFund: ["z"] })).rejects.toMatchObject({ code: "PLANNING_UNKNOWN_ID" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }, { id: "x", cost: 2 }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_DUPLICATE_ID" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, mustFund: ["x"], mustNotFund: ["x"] })).rejects.toMatchObject({ code: "PLANNING_BAD_OPTION" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, targetGroups: { women: 1.5 } })).rejects.toMatchObject({ code: "PLANNING_BAD_OPTION" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, exclusive: [["x", "x"]] })).rejects.toMatchObject({ code: "PLANNING_BAD_OPTION" });
  });
  it("a budget below the must-fund items is a named conflict", async () => {
    const r = await prioritizeInterventions(base, { budget: "۳ میلیارد ریال", mustFund: ["a"] });
    expect(r.conflict?.constraints).toEqual(["budget", "must-fund:a"]);
  });
});
