/**
 * prioritizeInterventions against brute force (every subset of up to 18 candidates) on 326
 * random instances with every constraint kind. About 30 s of a unit run, so it is in the vitest
 * project "slow" (`npm run test:all`); moved from prioritizeInterventions.test.ts unchanged.
 */
import { describe, expect, it } from "vitest";
import { prioritizeInterventions } from "./prioritizeInterventions";
import { MILLION, bruteForce, chosenMask, feasible, instances, toCall } from "./_prioritizeInstances";

describe("prioritizeInterventions: optimal against brute force", () => {
  const small = instances(320, 1, 12, 2026);
  const large = instances(6, 16, 18, 1403);
  const kinds = { sources: 0, counties: 0, types: 0, targetGroups: 0, mustFund: 0, mustNotFund: 0, exclusive: 0, prerequisites: 0, infeasible: 0 };

  it(`matches the brute-force optimum on ${small.length + large.length} random instances with every constraint kind`, async () => {
    for (const inst of [...small, ...large]) {
      const best = bruteForce(inst);
      const [cands, options] = toCall(inst);
      const result = await prioritizeInterventions(cands, options);
      for (const k of Object.keys(kinds) as (keyof typeof kinds)[]) if (k !== "infeasible" && inst[k] !== undefined) kinds[k]++;
      if (best === null) {
        kinds.infeasible++;
        expect(result.status).toBe("infeasible");
        expect(result.conflict?.constraints.length).toBeGreaterThan(0);
        continue;
      }
      expect(result.status).toBe("optimal");
      expect(result.objective).toBeCloseTo(best, 6);
      const mask = chosenMask(inst, result.chosen);
      expect(feasible(inst, mask)).toBe(true);
      // exact money: spent + unspent = budget, spent = Σ chosen costs
      const spent = inst.cands.filter((c) => result.chosen.includes(c.id)).reduce((s, c) => s + c.cost, 0);
      expect(result.spent.toString()).toBe(String(BigInt(spent) * BigInt(MILLION)));
      expect(result.spent.plus(result.unspent).toString()).toBe(String(BigInt(inst.budget) * BigInt(MILLION)));
      // the greedy comparison is never better than the optimum, and is checked for feasibility
      const greedy = result.greedy;
      expect(greedy).not.toBeNull();
      if (greedy !== null) {
        expect(feasible(inst, chosenMask(inst, greedy.chosen))).toBe(greedy.feasible);
        if (greedy.feasible) expect(greedy.objective).toBeLessThanOrEqual(best + 1e-9);
      }
      // each left-out candidate has a reason
      for (const c of result.candidates) expect(c.chosen === (c.reason === null)).toBe(true);
    }
    for (const count of Object.values(kinds)) expect(count).toBeGreaterThan(10);
  }, 120_000);
});

