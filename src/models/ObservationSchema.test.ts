import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ObservationSchema } from "./ObservationSchema";
import { IndicatorSchema } from "./IndicatorSchema";
import { AgencySchema } from "./AgencySchema";
import { standardIndicators } from "./standardIndicators";
import { issueCodes } from "./_testing";

const base = { neighbourhoodId: "alb-krj-001", indicatorId: "unemployment-rate", period: "۱۴۰۳" };

describe("ObservationSchema", () => {
  it("reads values in any digit system with Persian separators", () => {
    expect(ObservationSchema.parse({ ...base, value: "۱۲٫۵" })).toEqual({ ...base, period: "1403", value: 12.5 });
    expect(ObservationSchema.parse({ ...base, value: "١٢٬٥٠٠" }).value).toBe(12500);
    expect(ObservationSchema.parse({ ...base, value: "35%" }).value).toBe(35);
    expect(ObservationSchema.parse({ ...base, value: "٪۳۵" }).value).toBe(35);
    expect(ObservationSchema.parse({ ...base, value: 0 }).value).toBe(0);
  });

  it("turns blank cells into missing values that need a reason", () => {
    for (const blank of ["", " ", "-", "—", null, undefined]) {
      expect(issueCodes(ObservationSchema.safeParse({ ...base, value: blank }))).toEqual(["missingReason: MODELS_MISSING_REASON"]);
      expect(ObservationSchema.parse({ ...base, value: blank, missingReason: "گردآوری نشده" })).toEqual({
        ...base,
        period: "1403",
        value: null,
        missingReason: "not-collected",
      });
    }
  });

  it("refuses a reason next to a value, and unknown reasons", () => {
    expect(issueCodes(ObservationSchema.safeParse({ ...base, value: 3, missingReason: "pending" }))).toEqual([
      "missingReason: MODELS_MISSING_REASON",
    ]);
    expect(issueCodes(ObservationSchema.safeParse({ ...base, value: null, missingReason: "lost" }))).toEqual([
      "missingReason: MODELS_UNKNOWN_VALUE",
    ]);
  });

  it("reports bad periods, numbers and types with our codes", () => {
    expect(issueCodes(ObservationSchema.safeParse({ ...base, period: "1403-Q5", value: "۱۲a" }))).toEqual([
      "period: MODELS_INVALID_PERIOD",
      "value: MODELS_INVALID_NUMBER",
    ]);
    expect(issueCodes(ObservationSchema.safeParse({ ...base, value: { n: 1 } }))).toEqual(["value: MODELS_INVALID_TYPE"]);
    expect(issueCodes(ObservationSchema.safeParse({ ...base, value: Number.NaN }))).toEqual(["value: MODELS_INVALID_NUMBER"]);
  });

  it("parses any finite number written with Persian digits and separators back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * cents / 100;
        const fa = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 2, useGrouping: true }).format(value);
        expect(ObservationSchema.parse({ ...base, value: fa }).value).toBeCloseTo(value, 9);
      }),
    );
  });
});

describe("IndicatorSchema and the standard catalogue", () => {
  it("reads directions and labels as spreadsheets write them", () => {
    const row = { id: "literacy-rate", nameFa: "نرخ باسوادی", nameEn: "Literacy rate", dimension: "Education", unit: "درصد", source: "مرکز آمار ایران" };
    expect(IndicatorSchema.parse({ ...row, direction: "۱-" }).direction).toBe(-1);
    expect(IndicatorSchema.parse({ ...row, direction: "-1" }).direction).toBe(-1);
    expect(IndicatorSchema.parse({ ...row, direction: "منفی" }).direction).toBe(-1);
    expect(IndicatorSchema.parse({ ...row, direction: 1 }).direction).toBe(1);
    expect(issueCodes(IndicatorSchema.safeParse({ ...row, direction: "2" }))).toEqual(["direction: MODELS_UNKNOWN_VALUE"]);
    expect(issueCodes(IndicatorSchema.safeParse({ ...row, direction: 1, dimension: "ورزش" }))).toEqual(["dimension: MODELS_UNKNOWN_VALUE"]);
  });

  it("covers every dimension and the indicators the issue names, each valid", () => {
    expect(new Set(standardIndicators.map((i) => i.dimension))).toEqual(
      new Set(["economy", "employment", "education", "health", "social-harms", "housing-infrastructure", "culture", "participation"]),
    );
    for (const id of [
      "unemployment-rate",
      "youth-neet-rate",
      "literacy-rate",
      "school-dropout-rate",
      "health-centre-distance",
      "addiction-treatment-rate",
      "crime-rate",
      "worn-out-area-share",
      "home-business-density",
      "resident-participation-rate",
    ]) {
      expect(standardIndicators.some((i) => i.id === id), id).toBe(true);
    }
    for (const indicator of standardIndicators) expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
  });

  it("gives polarity by meaning: rates of harm +1, rates of capability −1", () => {
    const direction = (id: string): number | undefined => standardIndicators.find((i) => i.id === id)?.direction;
    expect(direction("unemployment-rate")).toBe(1);
    expect(direction("crime-rate")).toBe(1);
    expect(direction("literacy-rate")).toBe(-1);
    expect(direction("resident-participation-rate")).toBe(-1);
  });
});

describe("AgencySchema", () => {
  it("needs a province below the national level", () => {
    const row = { id: "alb-welfare", nameFa: "بهزيستي استان البرز", nameEn: "Alborz Welfare", kind: "بهزیستی", level: "استانی" };
    expect(issueCodes(AgencySchema.safeParse({ ...row, kind: "welfare" }))).toEqual(["provinceCode: MODELS_REQUIRED"]);
    expect(AgencySchema.parse({ ...row, kind: "سازمان بهزیستی", provinceCode: "البرز" })).toEqual({
      id: "alb-welfare",
      nameFa: "بهزیستی استان البرز",
      nameEn: "Alborz Welfare",
      kind: "welfare",
      level: "provincial",
      provinceCode: "IR-30",
    });
    expect(AgencySchema.safeParse({ ...row, kind: "welfare", level: "national" }).success).toBe(true);
  });
});
