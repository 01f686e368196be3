import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import type { Kpi } from "../models/index";
import { InterventionSchema, sampleDataset } from "../models/index";
import { kpiProgress } from "./kpiProgress";

const jobs: Kpi = { nameFa: "شغل‌های ایجادشده", unit: "count", baseline: 0, target: 40, actual: 16, direction: "increase" };

describe("kpiProgress", () => {
  it("measures the share of the way from baseline to target, in either direction", () => {
    expect(kpiProgress(jobs)).toEqual({ direction: "increase", actual: 16, target: 40, period: null, kind: "measured", value: 0.4, share: 0.4, achieved: false });
    // Licensed home businesses 20 → 80, 95 reached: 75 / 60 = 1.25 of the way.
    const beyond = kpiProgress({ nameFa: "مشاغل خانگی دارای مجوز", unit: "count", baseline: 20, target: 80, actual: 95 });
    expect([beyond.value, beyond.share, beyond.achieved]).toEqual([1.25, 1, true]);
    // Streets upgraded fell from 15 % to 12 %: moved away from the target of 70 %.
    const away = kpiProgress({ nameFa: "سهم معابر بهسازی‌شده", unit: "percent", baseline: 15, target: 70, actual: 12 });
    expect(away.value).toBeCloseTo(-3 / 55, 15);
    expect(away.share).toBe(0);
  });

  it("treats a target equal to the baseline as a hold target, not a division by zero", () => {
    const hold: Kpi = { nameFa: "نرخ ترک تحصیل", unit: "percent", baseline: 8, target: 8, direction: "decrease" };
    expect(kpiProgress({ ...hold, actual: 7.5 })).toMatchObject({ kind: "hold", value: 1, share: 1, achieved: true });
    expect(kpiProgress({ ...hold, actual: 8 })).toMatchObject({ kind: "hold", value: 1, achieved: true });
    expect(kpiProgress({ ...hold, actual: 9 })).toMatchObject({ kind: "hold", value: 0, share: 0, achieved: false });
    expect(kpiProgress({ ...hold, direction: "increase", actual: 9 })).toMatchObject({ kind: "hold", value: 1 });
  });

  it("reads a period, or the latest measured period when the KPI has no overall value", () => {
    const kpi: Kpi = {
      ...jobs,
      actual: undefined,
      periods: [
        { period: "1403-Q3", target: 10, actual: 6 },
        { period: "1403-Q4", target: 20, actual: 15 },
        { period: "1404-Q1", target: 30 },
      ],
    };
    expect(kpiProgress(kpi)).toMatchObject({ period: "1403-Q4", actual: 15, target: 40, value: 15 / 40 });
    expect(kpiProgress(kpi, { period: "1403-Q3" })).toMatchObject({ period: "1403-Q3", target: 10, value: 0.6 });
    expect(kpiProgress(kpi, { period: "1404-Q1" })).toMatchObject({ kind: "unmeasured", value: null, share: null, achieved: null });
    let error: unknown;
    try {
      kpiProgress(kpi, { period: "1402-Q1" });
    } catch (e) {
      error = e;
    }
    expect(isMahallehError(error) && error.code).toBe("MONITORING_INVALID_INPUT");
  });

  it("is never NaN and its share stays within 0–1 (property)", () => {
    const n = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(n, n, fc.option(n, { nil: undefined }), fc.constantFrom("increase" as const, "decrease" as const), (baseline, target, actual, direction) => {
        // A target on the worse side of the baseline contradicts the direction: refused (see below).
        if ((direction === "increase" && target < baseline) || (direction === "decrease" && target > baseline)) return;
        const p = kpiProgress({ nameFa: "شاخص", unit: "count", baseline, target, actual, direction });
        for (const v of [p.value, p.share]) expect(Number.isNaN(v)).toBe(false);
        if (p.share !== null) expect(p.share >= 0 && p.share <= 1).toBe(true);
        expect(p.value === null).toBe(actual === undefined);
      }),
    );
  });

  it("refuses a direction the target contradicts, in the schema and here", () => {
    // «کاهش فاصله تا مرکز سلامت» marked "increase" with a target below the baseline: progress would read backwards.
    const wrong = { nameFa: "فاصلهٔ ساکنان تا مرکز سلامت", unit: "km" as const, baseline: 3.5, target: 1, actual: 2.5, direction: "increase" as const };
    let error: unknown;
    try {
      kpiProgress(wrong);
    } catch (e) {
      error = e;
    }
    expect(isMahallehError(error) && [error.code, error.details]).toEqual(["MONITORING_INVALID_INPUT", { option: "kpi.target", value: 1 }]);
    const intervention = { ...JSON.parse(JSON.stringify(sampleDataset.interventions[1])) };
    intervention.kpis = [{ ...wrong }];
    const issues = InterventionSchema.safeParse(intervention).error?.issues ?? [];
    expect(issues.map((i) => `${i.path.join(".")}: ${(i as { params?: { code?: string } }).params?.code}`)).toEqual(["kpis.0.target: MODELS_OUT_OF_RANGE"]);
    // Without a direction, the direction is read from the target: the same KPI is fine.
    expect(kpiProgress({ ...wrong, direction: undefined }).value).toBe(0.4);
    // A hold target (equal to the baseline) fits either direction.
    expect(kpiProgress({ ...wrong, target: 3.5 }).kind).toBe("hold");
  });

  it("measures every KPI of the sample", () => {
    for (const i of sampleDataset.interventions) for (const k of i.kpis) expect(kpiProgress(k).kind === "unmeasured").toBe(k.actual === undefined);
  });
});
