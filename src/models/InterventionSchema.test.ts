import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { InterventionSchema } from "./InterventionSchema";
import { issueCodes } from "./_testing";

const row = {
  id: "alb-int-001",
  titleFa: "كارگاه خياطي زنان سرپرست خانوار",
  type: "کارگاه تولیدی کوچک",
  neighbourhoodIds: ["alb-krj-001", "alb-krj-002"],
  leadAgencyId: "alb-technical-vocational",
  partnerAgencyIds: ["alb-welfare"],
  targetGroups: ["زنان", "جوانان"],
  budget: [
    { source: "اعتبارات استانی", amountRials: "۱۲٬۵۰۰ میلیارد ریال" },
    { source: "خیرین", amountRials: "۵۰ میلیون تومان" },
    { source: "residents", amountRials: 2_000_000 },
  ],
  plannedStart: "۱۴۰۳/۰۷/۰۱" /* = 2024-09-22 */,
  plannedEnd: "۱۴۰۴/۰۶/۳۱" /* = 2025-09-22 */,
  status: "در حال اجرا",
  actualStart: "1403/08/15",
  plannedBeneficiaries: "۱۲۰",
  actualBeneficiaries: "۴۵",
  kpis: [{ nameFa: "سهم کارآموزان شاغل‌شده", unit: "٪", baseline: "۰", target: "۴۰", actual: "۱۸٫۵" }],
  participation: { consultationsHeld: "۳", participants: "۱۸۰", votesCast: "۱۵۰", votesInFavour: "۱۲۱" },
};

describe("InterventionSchema", () => {
  it("cleans a spreadsheet row, money exact in rials", () => {
    const parsed = InterventionSchema.parse(row);
    expect(parsed.titleFa).toBe("کارگاه خیاطی زنان سرپرست خانوار");
    expect(parsed.type).toBe("production-workshop");
    expect(parsed.targetGroups).toEqual(["women", "youth"]);
    expect(parsed.status).toBe("in-progress");
    // 12,500 billion rials = 1.25e13 rials; 50 million tomans = 5e8 rials.
    expect(parsed.budget.map((b) => [b.source, b.amountRials.toFixed()])).toEqual([
      ["provincial", "12500000000000"],
      ["charity", "500000000"],
      ["residents", "2000000"],
    ]);
    expect(Decimal.isDecimal(parsed.budget[0]!.amountRials)).toBe(true);
    expect(parsed.plannedEnd).toEqual({ year: 1404, month: 6, day: 31 });
    expect(parsed.kpis[0]).toEqual({ nameFa: "سهم کارآموزان شاغل‌شده", unit: "percent", baseline: 0, target: 40, actual: 18.5 });
    expect(parsed.participation).toEqual({ consultationsHeld: 3, participants: 180, votesCast: 150, votesInFavour: 121 });
  });

  it("keeps amounts beyond 2^53 rials exact", () => {
    const parsed = InterventionSchema.parse({ ...row, budget: [{ source: "national", amountRials: "۹٬۰۰۷٬۱۹۹٬۲۵۴٬۷۴۰٬۹۹۳ ریال" }] });
    expect(parsed.budget[0]!.amountRials.toFixed()).toBe("9007199254740993");
  });

  it("refuses negative or unreadable money", () => {
    expect(issueCodes(InterventionSchema.safeParse({ ...row, budget: [{ source: "national", amountRials: "-5 ریال" }] }))).toEqual([
      "budget.0.amountRials: MODELS_INVALID_MONEY",
    ]);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, budget: [{ source: "national", amountRials: "کمی پول" }] }))).toEqual([
      "budget.0.amountRials: MODELS_INVALID_MONEY",
    ]);
  });

  it("checks date order: planned and actual ends not before their starts", () => {
    expect(issueCodes(InterventionSchema.safeParse({ ...row, plannedEnd: "۱۴۰۳/۰۶/۳۱" }))).toEqual(["plannedEnd: MODELS_DATE_ORDER"]);
    // The same day is allowed (end ≥ start).
    expect(InterventionSchema.safeParse({ ...row, plannedEnd: "۱۴۰۳/۰۷/۰۱" }).success).toBe(true);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, status: "completed", actualEnd: "1403/08/14" }))).toEqual([
      "actualEnd: MODELS_DATE_ORDER",
    ]);
  });

  it("ties statuses to actual dates", () => {
    expect(issueCodes(InterventionSchema.safeParse({ ...row, status: "completed" }))).toEqual(["actualEnd: MODELS_REQUIRED"]);
    const { actualStart: _omit, ...notStarted } = row;
    expect(issueCodes(InterventionSchema.safeParse(notStarted))).toEqual(["actualStart: MODELS_REQUIRED"]);
    expect(InterventionSchema.safeParse({ ...notStarted, status: "planned" }).success).toBe(true);
  });

  it("refuses the lead agency as a partner, repeated neighbourhoods and an empty neighbourhood list", () => {
    expect(issueCodes(InterventionSchema.safeParse({ ...row, partnerAgencyIds: ["alb-welfare", "alb-technical-vocational"] }))).toEqual([
      "partnerAgencyIds.1: MODELS_DUPLICATE",
    ]);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, neighbourhoodIds: ["alb-krj-001", " alb-krj-001"] }))).toEqual([
      "neighbourhoodIds.1: MODELS_DUPLICATE",
    ]);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, neighbourhoodIds: [] }))).toEqual(["neighbourhoodIds: MODELS_REQUIRED"]);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, neighbourhoodIds: 12 }))).toEqual(["neighbourhoodIds: MODELS_INVALID_TYPE"]);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, neighbourhoodIds: " " }))).toEqual(["neighbourhoodIds: MODELS_REQUIRED"]);
  });

  it("keeps percentages within 0–100 and votes within participants", () => {
    expect(issueCodes(InterventionSchema.safeParse({ ...row, kpis: [{ ...row.kpis[0], target: "۱۲۰" }] }))).toEqual([
      "kpis.0.target: MODELS_OUT_OF_RANGE",
    ]);
    // A count KPI may exceed 100.
    expect(InterventionSchema.safeParse({ ...row, kpis: [{ ...row.kpis[0], unit: "count", target: "۱۲۰" }] }).success).toBe(true);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, participation: { ...row.participation, votesCast: 200 } }))).toEqual([
      "participation.votesCast: MODELS_EXCEEDS_TOTAL",
    ]);
    expect(issueCodes(InterventionSchema.safeParse({ ...row, participation: { ...row.participation, votesInFavour: 151 } }))).toEqual([
      "participation.votesInFavour: MODELS_EXCEEDS_TOTAL",
    ]);
  });

  it("splits list cells as spreadsheets hold them", () => {
    const parsed = InterventionSchema.parse({ ...row, neighbourhoodIds: "alb-krj-001، alb-krj-002", targetGroups: "زنان، جوانان", partnerAgencyIds: "" });
    expect(parsed.neighbourhoodIds).toEqual(["alb-krj-001", "alb-krj-002"]);
    expect(parsed.targetGroups).toEqual(["women", "youth"]);
    expect(parsed.partnerAgencyIds).toEqual([]);
  });

  it("reports unknown target groups and intervention types", () => {
    expect(issueCodes(InterventionSchema.safeParse({ ...row, type: "پارک", targetGroups: ["نوجوانان"] }))).toEqual([
      "type: MODELS_UNKNOWN_VALUE",
      "targetGroups.0: MODELS_UNKNOWN_VALUE",
    ]);
  });
});
