import { describe, expect, it } from "vitest";
import { sampleDataset } from "./sampleDataset";
import { buildSample } from "./_sampleData";
import { AgencySchema } from "./AgencySchema";
import { IndicatorSchema } from "./IndicatorSchema";
import { InterventionSchema } from "./InterventionSchema";
import { NeighbourhoodSchema } from "./NeighbourhoodSchema";
import { ObservationSchema } from "./ObservationSchema";
import { ResolutionSchema } from "./ResolutionSchema";
import { SessionSchema } from "./SessionSchema";
import { checkDataset } from "./checkDataset";
import { alborzCounties } from "./alborzCounties";
import { standardIndicators } from "./standardIndicators";
import type * as z from "zod/v4";

const lists: [string, z.ZodType, readonly unknown[]][] = [
  ["neighbourhoods", NeighbourhoodSchema, sampleDataset.neighbourhoods],
  ["indicators", IndicatorSchema, sampleDataset.indicators],
  ["observations", ObservationSchema, sampleDataset.observations],
  ["interventions", InterventionSchema, sampleDataset.interventions],
  ["agencies", AgencySchema, sampleDataset.agencies],
  ["sessions", SessionSchema, sampleDataset.sessions],
  ["resolutions", ResolutionSchema, sampleDataset.resolutions],
];

/** Spearman rank correlation (average ranks for ties). */
function spearman(x: readonly number[], y: readonly number[]): number {
  const rank = (v: readonly number[]): number[] => {
    const order = v.map((value, i) => [value, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mean = (rx.length - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mean) * (ry[i]! - mean);
    sxx += (rx[i]! - mean) ** 2;
    syy += (ry[i]! - mean) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe("sampleDataset", () => {
  it("is labelled synthetic", () => {
    expect(sampleDataset.synthetic).toBe(true);
    expect(sampleDataset.description).toMatch(/SYNTHETIC/);
  });

  it.each(lists)("every record of %s is valid and parses to itself", (_name, schema, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const result = schema.safeParse(row);
      expect(result.error?.issues ?? [], JSON.stringify(row)).toEqual([]);
      expect(result.data).toEqual(row);
    }
  });

  it("passes the cross-record checks", () => {
    expect(checkDataset(sampleDataset)).toEqual([]);
  });

  it("covers Alborz's 7 counties with at least 60 neighbourhoods of realistic size", () => {
    const { neighbourhoods } = sampleDataset;
    expect(neighbourhoods.length).toBeGreaterThanOrEqual(60);
    expect(new Set(neighbourhoods.map((n) => n.countyId))).toEqual(new Set(alborzCounties.map((c) => c.id)));
    const populations = neighbourhoods.map((n) => n.population);
    expect(Math.min(...populations)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...populations)).toBeLessThanOrEqual(45000);
    expect(Math.max(...populations)).toBeGreaterThan(25000);
    for (const n of neighbourhoods) {
      const size = n.population / n.households;
      expect(size).toBeGreaterThan(2.8); // Iran's average household is about 3.3 (census 1395)
      expect(size).toBeLessThan(3.8);
    }
    expect(new Set(neighbourhoods.map((n) => n.nameFa)).size).toBe(neighbourhoods.length);
  });

  it("observes the whole catalogue for 1401, 1402 and 1403, with a few missing values and reasons", () => {
    const { observations, neighbourhoods } = sampleDataset;
    expect(sampleDataset.indicators.map((i) => i.id)).toEqual(standardIndicators.map((i) => i.id));
    expect(observations).toHaveLength(neighbourhoods.length * standardIndicators.length * 3);
    expect(new Set(observations.map((o) => o.period))).toEqual(new Set(["1401", "1402", "1403"]));
    const missing = observations.filter((o) => o.value === null);
    expect(missing.length).toBeGreaterThanOrEqual(5);
    expect(missing.length).toBeLessThan(20);
    expect(missing.every((o) => o.missingReason !== undefined)).toBe(true);
  });

  it("has correlated deprivation: indicators agree in the direction they signal", () => {
    const value = (indicatorId: string, period = "1403"): number[] =>
      sampleDataset.neighbourhoods.map(
        (n) => sampleDataset.observations.find((o) => o.neighbourhoodId === n.id && o.indicatorId === indicatorId && o.period === period)?.value ?? Number.NaN,
      );
    const complete = (a: number[], b: number[]): [number[], number[]] => {
      const keep = a.map((_, i) => Number.isFinite(a[i]) && Number.isFinite(b[i]));
      return [a.filter((_, i) => keep[i]), b.filter((_, i) => keep[i])];
    };
    expect(spearman(...complete(value("unemployment-rate"), value("crime-rate")))).toBeGreaterThan(0.4);
    expect(spearman(...complete(value("unemployment-rate"), value("literacy-rate")))).toBeLessThan(-0.4);
    expect(spearman(...complete(value("school-dropout-rate"), value("resident-participation-rate")))).toBeLessThan(-0.4);
    // The two years rank neighbourhoods alike.
    expect(spearman(...complete(value("unemployment-rate", "1402"), value("unemployment-rate", "1403")))).toBeGreaterThan(0.8);
  });

  it("ranks neighbourhoods by their hidden deprivation through a simple composite", () => {
    const sample = buildSample();
    const byIndicator = new Map<string, Map<string, number>>();
    for (const o of sample.observations) {
      if (o.period !== "1403" || o.value === null) continue;
      if (!byIndicator.has(o.indicatorId)) byIndicator.set(o.indicatorId, new Map());
      byIndicator.get(o.indicatorId)!.set(o.neighbourhoodId, o.value);
    }
    const composite = sample.neighbourhoods.map((n) => {
      let sum = 0;
      let count = 0;
      for (const indicator of sample.indicators) {
        const values = [...byIndicator.get(indicator.id)!.values()];
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
        const v = byIndicator.get(indicator.id)!.get(n.id);
        if (v === undefined) continue;
        sum += (indicator.direction * (v - mean)) / sd;
        count++;
      }
      return sum / count;
    });
    const latent = sample.neighbourhoods.map((n) => sample.latent.get(n.id)!);
    expect(spearman(composite, latent)).toBeGreaterThan(0.9);
  });

  it("has interventions with rial budgets in several statuses, beneficiaries within population", () => {
    const { interventions } = sampleDataset;
    expect(interventions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(interventions.map((i) => i.status)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(interventions.map((i) => i.type)).size).toBe(11);
    for (const i of interventions) {
      for (const line of i.budget) expect(line.amountRials.isInteger() && line.amountRials.gt(0)).toBe(true);
    }
  });

  it("includes the 73rd session of 1403/12/27 in the governorate's Shohada-ye Dolat hall, with resolutions", () => {
    const s73 = sampleDataset.sessions.find((s) => s.number === 73)!;
    /* 1403/12/27 = 2025-03-17, a Monday */
    expect(s73).toMatchObject({ id: "alb-sh-73", provinceCode: "IR-30", headquarters: "social-headquarters", date: { year: 1403, month: 12, day: 27 } });
    expect(s73.venue).toBe("سالن شهدای دولت استانداری");
    const resolutions = sampleDataset.resolutions.filter((r) => r.sessionId === s73.id);
    expect(resolutions.length).toBeGreaterThanOrEqual(3);
    expect(resolutions.some((r) => r.text.includes("هوش مصنوعی"))).toBe(true);
  });

  it("is deterministic and frozen", () => {
    const again = buildSample();
    expect(again.neighbourhoods).toEqual(sampleDataset.neighbourhoods);
    expect(again.observations).toEqual(sampleDataset.observations);
    expect(Object.isFrozen(sampleDataset.neighbourhoods)).toBe(true);
    expect(Object.isFrozen(sampleDataset.neighbourhoods[0])).toBe(true);
    expect(Object.isFrozen(sampleDataset.sessions[0]!.date)).toBe(true);
  });
});
