import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset";
import type { AgencyId, InterventionId, TransactionId } from "./ids";
import { InterventionSchema } from "./InterventionSchema";
import { NeighbourhoodSchema } from "./NeighbourhoodSchema";
import { ResolutionSchema } from "./ResolutionSchema";
import { sampleDataset } from "./sampleDataset";
import { TransactionSchema } from "./TransactionSchema";
import type { Transaction } from "./TransactionSchema";
import { issueCodes } from "./_testing";

const row = {
  id: "alb-int-004-t1",
  interventionId: "alb-int-004",
  type: "پرداخت",
  date: "۱۴۰۳/۰۹/۱۵" /* = 2024-12-05 */,
  amountRials: "۵۰۰ میلیون تومان",
  source: "national",
  agencyId: "alb-labour",
};

describe("TransactionSchema", () => {
  it("reads a spreadsheet row: Persian type, digits and tomans converted to rials", () => {
    const t = TransactionSchema.parse(row);
    expect(t.type).toBe("disbursement");
    expect(t.date).toEqual({ year: 1403, month: 9, day: 15 });
    expect(t.amountRials.toString()).toBe("5000000000"); // 500 million tomans = 5 billion rials
    expect(TransactionSchema.parse({ ...row, currency: "ریال" }).currency).toBe("IRR");
  });

  it("refuses negative amounts, other currencies, bad dates and unknown types with our codes", () => {
    expect(issueCodes(TransactionSchema.safeParse({ ...row, amountRials: "-1000" }))).toEqual(["amountRials: MODELS_INVALID_MONEY"]);
    // A negative amount says so (not "unreadable"), in both languages.
    const negative = TransactionSchema.safeParse({ ...row, amountRials: "-۱٬۰۰۰ ریال" }).error?.issues[0] as { params?: { fa?: string; en?: string } } | undefined;
    expect(negative?.params?.en).toBe("An amount cannot be negative");
    expect(negative?.params?.fa).toBe("مبلغ نمی‌تواند منفی باشد");
    expect(issueCodes(TransactionSchema.safeParse({ ...row, currency: "USD" }))).toEqual(["currency: MODELS_INVALID_MONEY"]);
    expect(issueCodes(TransactionSchema.safeParse({ ...row, date: "1403/07/31" }))).toEqual(["date: MODELS_INVALID_DATE"]);
    expect(issueCodes(TransactionSchema.safeParse({ ...row, type: "refund" }))).toEqual(["type: MODELS_UNKNOWN_VALUE"]);
  });
});

describe("monitoring fields of the older models", () => {
  const resolution = {
    id: "alb-sh-73-r3",
    sessionId: "alb-sh-73",
    sessionDate: "1403/12/27" /* = 2025-03-17 */,
    number: 3,
    text: "ایجاد مراکز مشاوره و راهنمایی شغلی در محلات هدف",
    responsibleAgencyId: "alb-labour",
    deadline: "1404/04/31" /* = 2025-07-22 */,
    status: "in-progress",
    followUps: [],
  };

  it("keeps a resolution written before the new fields valid", () => {
    const parsed = ResolutionSchema.parse(resolution);
    expect(parsed.completedOn).toBeUndefined();
    expect(parsed.deadlineChanges).toBeUndefined();
  });

  it("keeps an old done record without completedOn valid; a completion date is not before the session", () => {
    // Records written before completedOn existed stay valid (monitoring reports the date as missing).
    expect(ResolutionSchema.safeParse({ ...resolution, status: "انجام‌شده" }).success).toBe(true);
    expect(ResolutionSchema.parse({ ...resolution, status: "انجام‌شده" }).completedOn).toBeUndefined();
    expect(issueCodes(ResolutionSchema.safeParse({ ...resolution, status: "done", completedOn: "1403/12/26" }))).toEqual([
      "completedOn: MODELS_DATE_ORDER",
    ]);
    expect(ResolutionSchema.parse({ ...resolution, status: "done", completedOn: "1403/12/27" }).completedOn).toEqual({ year: 1403, month: 12, day: 27 });
  });

  it("checks a deadline change against the session", () => {
    const change = { date: "1404/01/26" /* = 2025-04-15 */, newDeadline: "1404/06/31", reasonFa: "تأخیر در تأمین مکان مراکز" };
    expect(ResolutionSchema.parse({ ...resolution, deadlineChanges: [change] }).deadlineChanges?.[0]?.newDeadline).toEqual({ year: 1404, month: 6, day: 31 });
    expect(issueCodes(ResolutionSchema.safeParse({ ...resolution, deadlineChanges: [{ ...change, newDeadline: "1403/12/27" }] }))).toEqual([
      "deadlineChanges.0.newDeadline: MODELS_DATE_ORDER",
    ]);
    expect(issueCodes(ResolutionSchema.safeParse({ ...resolution, deadlineChanges: [{ ...change, date: "1403/12/20" }] }))).toEqual([
      "deadlineChanges.0.date: MODELS_DATE_ORDER",
    ]);
  });

  it("reads KPI direction, periods and beneficiaries by group with Persian labels", () => {
    const intervention = JSON.parse(JSON.stringify(sampleDataset.interventions[1]));
    intervention.kpis[0].direction = "کاهش مطلوب است";
    intervention.kpis[0].periods = [{ period: "۱۴۰۳-Q4", target: "2.7", actual: 2.9 }];
    intervention.beneficiariesByGroup = { سالمندان: "۳۶۱", children: 2485 };
    const parsed = InterventionSchema.parse(intervention);
    expect(parsed.kpis[0]?.direction).toBe("decrease");
    expect(parsed.kpis[0]?.periods).toEqual([{ period: "1403-Q4", target: 2.7, actual: 2.9 }]);
    expect(parsed.beneficiariesByGroup).toEqual({ elderly: 361, children: 2485 });
    intervention.beneficiariesByGroup = { teenagers: 3 };
    intervention.kpis[0].periods = [{ period: "1403-Q4" }, { period: "1403-Q4" }];
    expect(issueCodes(InterventionSchema.safeParse(intervention))).toEqual([
      "kpis.0.periods.1.period: MODELS_DUPLICATE",
      "beneficiariesByGroup.teenagers: MODELS_UNKNOWN_VALUE",
    ]);
  });

  it("keeps a group's population within the neighbourhood's", () => {
    const n = JSON.parse(JSON.stringify(sampleDataset.neighbourhoods[0]));
    n.populationByGroup = { women: n.population + 1 };
    expect(issueCodes(NeighbourhoodSchema.safeParse(n))).toEqual(["populationByGroup.women: MODELS_EXCEEDS_TOTAL"]);
  });
});

describe("checkDataset: monitoring rules", () => {
  const d = sampleDataset;
  const t0 = d.transactions[0]!;

  it("finds a transaction for an unknown intervention or agency, a negative amount, another currency", () => {
    const bad: Transaction[] = [
      { ...t0, id: "x1" as TransactionId, interventionId: "alb-int-999" as InterventionId },
      { ...t0, id: "x2" as TransactionId, agencyId: "alb-nowhere" as AgencyId },
      { ...t0, id: "x3" as TransactionId, amountRials: new Decimal(-5) },
      { ...t0, id: "x4" as TransactionId, currency: "USD" as "IRR" },
    ];
    const issues = checkDataset({ interventions: d.interventions, agencies: d.agencies, transactions: bad });
    expect(issues.map((i) => [i.index, i.path.join("."), i.code])).toEqual([
      [0, "interventionId", "MODELS_UNKNOWN_VALUE"],
      [1, "agencyId", "MODELS_UNKNOWN_VALUE"],
      [2, "amountRials", "MODELS_INVALID_MONEY"],
      [3, "currency", "MODELS_INVALID_MONEY"],
    ]);
    expect(issues[2]?.en).toContain('"x3"');
    expect(issues[0]?.fa).toContain("alb-int-999");
  });

  it("finds a completion or a deadline change before the session; an old done record without completion is no issue", () => {
    const r = d.resolutions.find((x) => x.id === "alb-sh-73-r1")!;
    const before = { year: 1403, month: 12, day: 20 };
    const issues = checkDataset({
      sessions: d.sessions,
      resolutions: [
        { ...r, status: "done" },
        { ...r, id: "b" as typeof r.id, completedOn: before },
        { ...r, id: "c" as typeof r.id, deadlineChanges: [{ date: before, newDeadline: before, reasonFa: "تمدید" }] },
      ],
    });
    expect(issues.map((i) => [i.index, i.path.join("."), i.code])).toEqual([
      [1, "completedOn", "MODELS_DATE_ORDER"],
      [2, "deadlineChanges.0.date", "MODELS_DATE_ORDER"],
      [2, "deadlineChanges.0.newDeadline", "MODELS_DATE_ORDER"],
    ]);
  });

  it("finds links of a resolution to unknown neighbourhoods or interventions", () => {
    const r = { ...d.resolutions[0]!, interventionIds: ["alb-int-999" as InterventionId] };
    const issues = checkDataset({ interventions: d.interventions, resolutions: [r] });
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([["interventionIds.0", "MODELS_UNKNOWN_VALUE"]]);
  });
});

describe("the sample's monitoring records", () => {
  const d = sampleDataset;
  it("are valid and consistent with the sessions 68–73", () => {
    expect(checkDataset(d)).toEqual([]);
    for (const t of d.transactions) expect(TransactionSchema.safeParse(t).success).toBe(true);
    const done = d.resolutions.filter((r) => r.status === "done");
    expect(done.length).toBeGreaterThan(0);
    for (const r of done) expect(r.completedOn).toBeDefined();
    expect(d.resolutions.filter((r) => (r.deadlineChanges?.length ?? 0) > 0)).toHaveLength(1);
    // Nothing in the sample happens after the 73rd session (1403/12/27 = 2025-03-17).
    const after = (x: { year: number; month: number; day: number }): boolean => x.year * 10000 + x.month * 100 + x.day > 14031227;
    expect(d.transactions.filter((t) => after(t.date))).toEqual([]);
    expect(d.resolutions.filter((r) => (r.completedOn !== undefined && after(r.completedOn)) || r.followUps.some((f) => after(f.date)))).toEqual([]);
  });

  it("commits each started intervention's budget line once and spends no more than is disbursed", () => {
    for (const i of d.interventions) {
      const ts = d.transactions.filter((t) => t.interventionId === i.id);
      if (i.actualStart === undefined) {
        expect(ts).toEqual([]);
        continue;
      }
      const committed = ts.filter((t) => t.type === "commitment").reduce((s, t) => s.plus(t.amountRials), new Decimal(0));
      const budget = i.budget.reduce((s, b) => s.plus(b.amountRials), new Decimal(0));
      expect(committed.equals(budget)).toBe(true);
    }
  });
});
