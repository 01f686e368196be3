import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import type { AgencyId, Intervention, InterventionId, NeighbourhoodId, Transaction, TransactionId } from "../models/index";
import { sampleDataset } from "../models/index";
import { interventionProgress } from "./interventionProgress";

// A job-counselling centre planned for 1403/07/01 … 1404/06/31 (= 2024-09-22 … 2025-09-22).
const centre: Intervention = {
  id: "alb-int-900" as InterventionId,
  titleFa: "مرکز مشاوره و راهنمایی شغلی در اسلام‌آباد",
  type: "job-counselling-centre",
  neighbourhoodIds: ["alb-krj-001" as NeighbourhoodId],
  leadAgencyId: "alb-labour" as AgencyId,
  partnerAgencyIds: [],
  targetGroups: ["youth", "women"],
  budget: [
    { source: "provincial", amountRials: new Decimal("9007199254740993") }, // above 2^53: exact only as a Decimal
    { source: "charity", amountRials: new Decimal("1000000000") },
  ],
  plannedStart: { year: 1403, month: 7, day: 1 },
  plannedEnd: { year: 1404, month: 6, day: 31 },
  actualStart: { year: 1403, month: 7, day: 1 },
  status: "in-progress",
  plannedBeneficiaries: 600,
  kpis: [{ nameFa: "سهم مراجعان معرفی‌شده به کار", unit: "percent", baseline: 0, target: 30, actual: 15, direction: "increase" }],
};

const tx = (k: number, type: Transaction["type"], amount: string, source: Transaction["source"], date = { year: 1403, month: 10, day: 1 }): Transaction => ({
  id: `t${k}` as TransactionId,
  interventionId: centre.id,
  type,
  date,
  amountRials: new Decimal(amount),
  source,
});

describe("interventionProgress", () => {
  // asOf 1403/12/27 (= 2025-03-17): day 177 of 366 planned days (Mehr–Bahman 150 + Esfand 30 in
  // leap 1403, then Farvardin–Shahrivar 1404, 6 × 31 = 186).
  const asOf = { year: 1403, month: 12, day: 27 };

  it("computes expected progress, KPI progress, exact budget execution by source, SPI and CPI", () => {
    const transactions = [
      tx(1, "commitment", "9007199254740993", "provincial", { year: 1403, month: 7, day: 1 }),
      tx(2, "disbursement", "4000000000000000", "provincial"),
      tx(3, "expenditure", "3000000000000001", "provincial"),
      tx(4, "expenditure", "500000000", "charity"),
      tx(5, "expenditure", "7", "charity", { year: 1404, month: 1, day: 15 }), // after asOf: ignored
    ];
    const [p] = interventionProgress([centre], { asOf, transactions });
    const days = 5 * 30 + 27; // 1403/07/01 … 1403/12/27, both counted
    const planned = 5 * 30 + 30 + 6 * 31; // 1403/07/01 … 1404/06/31
    expect(p!.schedule.expectedProgress).toBeCloseTo(days / planned, 15);
    expect(p!.kpis[0]?.value).toBe(0.5);
    expect(p!.schedule.physicalProgress).toBe(0.5);
    expect(p!.budget.budgetRials.toFixed()).toBe("9007200254740993");
    expect(p!.budget.committedRials.toFixed()).toBe("9007199254740993");
    expect(p!.budget.disbursedRials.toFixed()).toBe("4000000000000000");
    expect(p!.budget.spentRials.toFixed()).toBe("3000000500000001");
    expect(p!.bySource.map((s) => [s.source, s.budgetRials.toFixed(), s.spentRials.toFixed()])).toEqual([
      ["provincial", "9007199254740993", "3000000000000001"],
      ["charity", "1000000000", "500000000"],
    ]);
    // SPI = EV / PV = 0.5 / (177/366); CPI = EV / AC = 0.5 × budget / spent.
    expect(p!.earnedValue.spi).toBeCloseTo(0.5 / (177 / 366), 12);
    expect(p!.earnedValue.cpi).toBeCloseTo((0.5 * 9007200254740993) / 3000000500000001, 12);
    expect(p!.earnedValue.earnedValueRials?.toFixed()).toBe(new Decimal("9007200254740993").dividedBy(2).toFixed());
    // 177/366 − 0.5 ≈ −0.016: ahead of time.
    expect(p!.state).toBe("on-track");
    expect(p!.schedule.startDelayDays).toBe(0);
    expect(p!.schedule.endDelayDays).toBeNull();
  });

  it("applies the state rule in order", () => {
    const state = (patch: Partial<Intervention>, day = asOf) => interventionProgress([{ ...centre, ...patch }], { asOf: day })[0]!;
    expect(state({ status: "cancelled", actualStart: undefined }).state).toBe("cancelled");
    expect(state({ status: "completed", actualEnd: { year: 1403, month: 12, day: 20 } })).toMatchObject({ state: "completed", schedule: { physicalProgress: 1, endDelayDays: -(10 + 6 * 31) } });
    // Not started: not-started until the planned start, at risk for 30 days, off track after.
    expect(state({ status: "planned", actualStart: undefined }, { year: 1403, month: 7, day: 1 }).state).toBe("not-started");
    expect(state({ status: "planned", actualStart: undefined }, { year: 1403, month: 8, day: 1 })).toMatchObject({ state: "at-risk", reasons: [{ code: "start-late", params: { days: 30 } }] });
    expect(state({ status: "planned", actualStart: undefined }, { year: 1403, month: 8, day: 2 }).state).toBe("off-track");
    expect(state({ status: "suspended" }).state).toBe("off-track");
    // Past its planned end, nothing spent: off track, and spending behind.
    expect(state({}, { year: 1404, month: 7, day: 1 })).toMatchObject({
      state: "off-track",
      reasons: [{ code: "past-planned-end", params: { days: 1 } }, { code: "spending-behind", params: { expected: 1, spent: 0 } }],
    });
    expect(state({ kpis: [{ ...centre.kpis[0]!, actual: undefined }] })).toMatchObject({ state: "at-risk", reasons: [{ code: "unmeasured" }, { code: "spending-behind" }], earnedValue: { spi: null, cpi: null } });
    // Expected 177/366 ≈ 0.484; actual 0.3 (gap 0.185) → at risk; 0.2 (gap 0.285) → off track.
    expect(state({ kpis: [{ ...centre.kpis[0]!, actual: 9 }] }).state).toBe("at-risk");
    expect(state({ kpis: [{ ...centre.kpis[0]!, actual: 6 }] }).state).toBe("off-track");
  });

  it("gives null ratios instead of NaN when there is no budget or no spending", () => {
    const [p] = interventionProgress([{ ...centre, budget: [] }], { asOf });
    expect(p!.budget.spentShare).toBeNull();
    expect(p!.earnedValue.spi).toBeNull();
    expect(p!.earnedValue.cpi).toBeNull();
    // An intervention with no budget line yet still owns its transactions (not "unknown"):
    // 2,000,000 rials spent of no budget — the money is reported, the ratios are null.
    const [r] = interventionProgress([{ ...centre, budget: [] }], { asOf, transactions: [tx(1, "expenditure", "2000000", "charity")] });
    expect(r!.budget.spentRials.toString()).toBe("2000000");
    expect(r!.bySource.map((b) => [b.source, b.budgetRials.toString(), b.spentRials.toString(), b.spentShare])).toEqual([["charity", "0", "2000000", null]]);
    expect([r!.budget.spentShare, r!.earnedValue.spi, r!.earnedValue.cpi]).toEqual([null, null, null]);
    const [q] = interventionProgress([centre], { asOf: { year: 1403, month: 6, day: 1 } });
    expect(q!.schedule.expectedProgress).toBe(0);
    expect(q!.earnedValue.spi).toBeNull();
  });

  it("refuses a transaction for an unknown intervention, a negative amount, another currency", () => {
    const detailsOf = (transactions: Transaction[]): unknown => {
      try {
        interventionProgress([centre], { asOf, transactions });
      } catch (e) {
        return isMahallehError(e) ? [e.code, e.details] : e;
      }
      return undefined;
    };
    expect(detailsOf([{ ...tx(1, "expenditure", "1", "charity"), interventionId: "alb-int-404" as InterventionId }])).toEqual([
      "MONITORING_UNKNOWN_INTERVENTION",
      { list: "transactions", index: 0, id: "t1", field: "interventionId" },
    ]);
    expect(detailsOf([tx(1, "expenditure", "-1", "charity")])).toEqual(["MONITORING_INVALID_AMOUNT", { list: "transactions", index: 0, id: "t1", field: "amountRials" }]);
    expect(detailsOf([{ ...tx(1, "expenditure", "1", "charity"), currency: "USD" as "IRR" }])).toMatchObject(["MONITORING_INVALID_AMOUNT", { field: "currency" }]);
    expect(detailsOf([{ ...tx(1, "expenditure", "1", "charity"), date: { year: 1404, month: 12, day: 30 } }])).toMatchObject(["MONITORING_INVALID_DATE", { field: "date" }]);
  });

  it("reports on every intervention of the sample without NaN", () => {
    const progress = interventionProgress(sampleDataset.interventions, { asOf: sampleDataset.asOf, transactions: sampleDataset.transactions });
    expect(progress.map((p) => p.id)).toEqual(sampleDataset.interventions.map((i) => i.id));
    const numbers = JSON.stringify(progress);
    expect(numbers).not.toContain("NaN");
    expect(numbers).not.toContain("null,null,null,null,null");
    const states = new Set(progress.map((p) => p.state));
    for (const s of ["on-track", "off-track", "completed", "not-started"]) expect(states.has(s as never)).toBe(true);
  });
});
