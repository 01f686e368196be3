import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import type { Intervention, Neighbourhood, NeighbourhoodId } from "../models/index";
import { sampleDataset } from "../models/index";
import { allocatePersons } from "./_allocate";
import { portfolioSummary } from "./portfolioSummary";
import { targetGroupCoverage } from "./targetGroupCoverage";

const [n1, n2, n3] = sampleDataset.neighbourhoods as readonly Neighbourhood[];
const hoods: Neighbourhood[] = [
  { ...n1!, population: 10_000, populationByGroup: { youth: 2_400, women: 4_950 } },
  { ...n2!, population: 5_000, populationByGroup: { youth: 1_200, women: 0 } },
  { ...n3!, population: 2_000, populationByGroup: undefined },
];
const base = sampleDataset.interventions[0]!;
const course: Intervention = {
  ...base,
  neighbourhoodIds: [n1!.id, n2!.id],
  actualBeneficiaries: 300,
  beneficiariesByGroup: { youth: 181, women: 150 },
};

describe("targetGroupCoverage", () => {
  it("splits a two-neighbourhood intervention by eligible residents, in whole persons", () => {
    const c = targetGroupCoverage([course], hoods, { groups: ["youth", "women"] });
    // Youth 181 over eligible 2,400 : 1,200 → 120.67 : 60.33 → 121 : 60 (largest remainder).
    expect(c.neighbourhoods[0]!.groups[0]).toEqual({ group: "youth", reached: 121, eligible: 2_400, coveragePercent: (100 * 121) / 2_400, note: null });
    expect(c.neighbourhoods[1]!.groups[0]!.reached).toBe(60);
    // Women: eligible 4,950 : 0 → all 150 in the first; the second has zero eligible women.
    expect(c.neighbourhoods[1]!.groups[1]).toEqual({ group: "women", reached: 0, eligible: 0, coveragePercent: null, note: "zero-eligible" });
    expect(c.neighbourhoods[2]!.groups[0]).toMatchObject({ reached: 0, eligible: null, coveragePercent: null, note: "no-eligible-count" });
    // Beneficiaries 300 by population 10,000 : 5,000 → 200 : 100; women's share 150 / 200 in the first.
    expect(c.neighbourhoods.map((n) => n.beneficiaries)).toEqual([200, 100, 0]);
    expect(c.neighbourhoods[0]!.womenSharePercent).toBe(75);
    expect(c.totals.beneficiaries).toBe(300);
    expect(c.totals.womenSharePercent).toBe(50);
    expect(c.totals.groups[0]).toMatchObject({ reached: 181, eligible: 3_600, coveragePercent: (100 * 181) / 3_600, neighbourhoodsWithoutEligibleCount: 1 });
  });

  it("loses no person: allocation sums to the total (a second method: brute force over small cases)", () => {
    for (let total = 0; total < 40; total++) {
      for (const weights of [[1, 1, 1], [0, 0], [3, 0, 7], [2, 5]]) {
        const parts = allocatePersons(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0) || weights.length;
        parts.forEach((p, k) => expect(Math.abs(p - (total * (sum === weights.length && weights.every((w) => w === 0) ? 1 : weights[k]!)) / sum)).toBeLessThan(1));
      }
    }
  });

  it("names an intervention in a neighbourhood not in the list", () => {
    let error: unknown;
    try {
      targetGroupCoverage([{ ...course, neighbourhoodIds: ["nowhere" as NeighbourhoodId] }], hoods);
    } catch (e) {
      error = e;
    }
    expect(isMahallehError(error) && [error.code, error.details]).toEqual(["MONITORING_INVALID_INPUT", { list: "interventions", index: 0, id: base.id, field: "neighbourhoodIds.0" }]);
  });

  it("reports the sample without NaN", () => {
    const c = targetGroupCoverage(sampleDataset.interventions, sampleDataset.neighbourhoods);
    expect(JSON.stringify(c)).not.toContain("NaN");
    expect(c.totals.beneficiaries).toBe(sampleDataset.interventions.reduce((t, i) => t + (i.actualBeneficiaries ?? 0), 0));
  });
});

describe("portfolioSummary", () => {
  it("groups by every dimension; counts and budgets add up (budgets exactly, also by source)", () => {
    const all = sampleDataset.interventions;
    const budget = all.reduce((s, i) => i.budget.reduce((t, b) => t.plus(b.amountRials), s), new Decimal(0));
    for (const by of ["county", "type", "agency", "source", "status"] as const) {
      const p = portfolioSummary(all, { by, neighbourhoods: sampleDataset.neighbourhoods });
      expect(p.total.count).toBe(all.length);
      expect(p.total.budgetRials.equals(budget)).toBe(true);
      expect(p.groups.reduce((s, g) => s.plus(g.budgetRials), new Decimal(0)).equals(budget)).toBe(true);
      if (by !== "source") expect(p.groups.reduce((n, g) => n + g.count, 0)).toBe(all.length);
      for (let k = 1; k < p.groups.length; k++) expect(p.groups[k - 1]!.budgetRials.gte(p.groups[k]!.budgetRials)).toBe(true);
    }
  });

  it("shares of target groups: of the group's interventions, and of the beneficiaries reached", () => {
    const a: Intervention = { ...course, targetGroups: ["youth", "women"], actualBeneficiaries: 300, beneficiariesByGroup: { youth: 181, women: 150 } };
    const b: Intervention = { ...course, targetGroups: ["women"], actualBeneficiaries: 100, beneficiariesByGroup: { women: 60 } };
    const c: Intervention = { ...course, targetGroups: ["women"], actualBeneficiaries: 50, beneficiariesByGroup: undefined };
    const p = portfolioSummary([a, b, c], { by: "type" });
    expect(p.groups[0]!.targetGroups).toEqual([
      // Youth: named by 1 of 3; 181 of the 300 beneficiaries of the one intervention recording youth.
      { group: "youth", interventions: 1, sharePercent: 100 / 3, reached: 181, reachedSharePercent: (100 * 181) / 300 },
      // Women: named by all 3; 150 + 60 of 300 + 100 (c records no groups, so it is not in the base).
      { group: "women", interventions: 3, sharePercent: 100, reached: 210, reachedSharePercent: 52.5 },
    ]);
    // Nobody reached yet: no share rather than a division by zero.
    const none = portfolioSummary([{ ...a, actualBeneficiaries: 0, beneficiariesByGroup: { youth: 0 } }], { by: "status" });
    expect(none.total.targetGroups.find((g) => g.group === "youth")).toMatchObject({ reached: 0, reachedSharePercent: null });
  });

  it("refuses an unknown grouping and counties without neighbourhoods", () => {
    const code = (run: () => unknown): unknown => {
      try {
        run();
      } catch (e) {
        return isMahallehError(e) ? e.code : e;
      }
    };
    expect(code(() => portfolioSummary([], { by: "province" as "county" }))).toBe("MONITORING_INVALID_INPUT");
    expect(code(() => portfolioSummary([], { by: "county" }))).toBe("MONITORING_INVALID_INPUT");
  });
});
