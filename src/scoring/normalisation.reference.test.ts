/**
 * Denomination, the fractionOfMax / distanceToReference / per-indicator normalisations, the
 * COINr outlier treatment (winsorisation, log and Box-Cox second stage) and the denominator
 * correlations against numpy / scipy (test/fixtures/scoring/normalisation.py →
 * normalisation.json), to 1e-9.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeIndex } from "./computeIndex";
import { denominatorCorrelations } from "./denominatorCorrelations";
import type { IndexSpec } from "./IndexSpec";
import { outlierTreatment } from "./outlierTreatment";

interface Case {
  name: string;
  spec: IndexSpec;
  normalized: Record<string, (number | null)[]>;
  scores: (number | null)[];
  treatment?: { indicator: string; method: string; low: string[]; high: string[]; before: [number, number]; after: [number, number] }[];
}
const fixture = JSON.parse(readFileSync(new URL("../../test/fixtures/scoring/normalisation.json", import.meta.url), "utf8")) as {
  ids: string[];
  columns: Record<string, (number | null)[]>;
  cases: Case[];
  correlations: { indicator: string; denominator: string; pearson: [number, number]; spearman?: [number, number] }[];
};
const table = {
  ids: fixture.ids,
  columns: Object.fromEntries(Object.entries(fixture.columns).map(([k, v]) => [k, v.map((x) => x ?? Number.NaN)])),
};

const near = (actual: number | null | undefined, expected: number | null, tol = 1e-9): void => {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
};

describe("indicator-level steps against numpy / scipy", () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const r = computeIndex(table, c.spec);
      for (const [id, values] of Object.entries(c.normalized)) {
        values.forEach((v, i) => near(r.units[i]?.normalized[id], v));
      }
      c.scores.forEach((v, i) => near(r.units[i]?.score, v));
      if (c.treatment === undefined) return;
      const report = outlierTreatment(table, c.spec);
      for (const expected of c.treatment) {
        const t = report.find((x) => x.indicator === expected.indicator);
        expect(t?.method).toBe(expected.method);
        expect(t?.winsorizedLow).toEqual(expected.low);
        expect(t?.winsorizedHigh).toEqual(expected.high);
        near(t?.before.skewness, expected.before[0]);
        near(t?.before.kurtosis, expected.before[1]);
        near(t?.after.skewness, expected.after[0]);
        near(t?.after.kurtosis, expected.after[1]);
        if (expected.method === "log" || expected.method === "boxcox") expect(t?.treated).toHaveLength(fixture.ids.length);
        else expect(t?.treated).toEqual([...expected.low, ...expected.high].sort());
        // computeIndex counts the winsorised values only
        expect(r.winsorized[expected.indicator] ?? 0).toBe(expected.low.length + expected.high.length);
      }
    });
  }

  it("denominator correlations equal scipy's pearsonr / spearmanr", () => {
    const spec: IndexSpec = {
      indicators: [
        { id: "unemployed", dimension: "work", direction: 1, denominator: { column: "population", per: 1000 } },
        { id: "illiterate", dimension: "education", direction: 1, denominator: { column: "households", per: 100 } },
        { id: "crowding", dimension: "housing", direction: 1 },
      ],
    };
    for (const method of ["pearson", "spearman"] as const) {
      const got = denominatorCorrelations(table, spec, { method, denominators: ["population", "households"] });
      expect(got).toHaveLength(6);
      for (const e of fixture.correlations) {
        const expected = e[method];
        if (expected === undefined || e.indicator.includes("raw")) continue;
        const g = got.find((x) => x.indicator === e.indicator && x.denominator === e.denominator);
        near(g?.correlation, expected[0]);
        near(g?.pValue, expected[1], 1e-7);
        expect(g?.denominated).toBe(spec.indicators.some((ind) => ind.id === e.indicator && ind.denominator?.column === e.denominator));
      }
    }
    const raw = fixture.correlations.find((e) => e.indicator.startsWith("unemployed (raw"));
    const plain = denominatorCorrelations(table, { indicators: [{ id: "unemployed", dimension: "work", direction: 1 }] }, { denominators: ["population"] });
    near(plain[0]?.correlation, raw?.pearson[0] as number);
    expect(plain[0]?.flagged).toBe(true);
  });
});
