/**
 * The index audit (indicatorStats, indicatorCorrelations, cronbachAlpha, principalComponents,
 * weighting "pca") against numpy / scipy on the reference table
 * (test/fixtures/scoring/reference.py → reference.json, the `audit` section), to 1e-9.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cronbachAlpha } from "./cronbachAlpha";
import { indicatorCorrelations } from "./indicatorCorrelations";
import { indicatorStats } from "./indicatorStats";
import type { IndexSpec } from "./IndexSpec";
import { principalComponents } from "./principalComponents";

interface Pca {
  units: number;
  eigenvalues: number[];
  explained: number[];
  vectors: number[][];
  loadings: number[][];
  kaiser: number;
  first: number[];
  kaiserWeights: number[];
}
interface Audit {
  stats: Record<string, number | string>[];
  pearson: { r: number[][]; p: (number | null)[][]; n: number[][] };
  spearman: { indicators: string[]; r: number[][]; p: number[][] };
  coherence: { indicator: string; withDimension: number; withIndex: number }[];
  alpha: Record<string, number>;
  pca: { indicators: string[]; standardized: Pca; covariance: Pca };
}
const reference = JSON.parse(readFileSync(new URL("../../test/fixtures/scoring/reference.json", import.meta.url), "utf8")) as {
  ids: string[];
  columns: Record<string, (number | null)[]>;
  base: IndexSpec;
  audit: Audit;
};
const table = {
  ids: reference.ids,
  columns: Object.fromEntries(Object.entries(reference.columns).map(([k, v]) => [k, v.map((x) => x ?? Number.NaN)])),
};
const spec = reference.base;
const audit = reference.audit;
const five = spec.indicators.filter((ind) => audit.pca.indicators.includes(ind.id));
const near = (actual: number | null | undefined, expected: number, tol = 1e-9): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
};
const matrix = (actual: readonly (readonly (number | null)[])[], expected: readonly (readonly (number | null)[])[]): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((row, a) => row.forEach((v, b) => (v === null ? expect(actual[a]?.[b]).toBeNull() : near(actual[a]?.[b], v))));
};

describe("indicatorStats equals numpy/scipy (COINr's definitions)", () => {
  it("every statistic of every indicator", () => {
    const stats = indicatorStats(table, spec);
    expect(stats.map((s) => s.id)).toEqual(audit.stats.map((s) => s["id"]));
    stats.forEach((s, j) => {
      const e = audit.stats[j] as Record<string, number>;
      expect([s.available, s.zeros, s.unique]).toEqual([e["available"], e["zeros"], e["unique"]]);
      for (const key of ["availableShare", "min", "max", "mean", "median", "sd", "skewness", "kurtosis"] as const) near(s[key], e[key] as number);
    });
    // crime has one extreme value (60 among values near 3): COINr's outlier flag
    expect(stats.filter((s) => s.flags.outliers).map((s) => s.id)).toEqual(["crime"]);
  });
});

describe("indicatorCorrelations equals numpy/scipy", () => {
  const pearson = indicatorCorrelations(table, spec);
  it("Pearson r, p-values (scipy pearsonr) and pair counts, pairwise-complete and oriented", () => {
    matrix(pearson.r, audit.pearson.r);
    matrix(pearson.p, audit.pearson.p);
    expect(pearson.n).toEqual(audit.pearson.n);
  });
  it("Spearman ρ and p-values (scipy spearmanr) on the complete columns", () => {
    const ids = audit.spearman.indicators;
    const sub: IndexSpec = { ...spec, indicators: spec.indicators.filter((ind) => ids.includes(ind.id)) };
    const rho = indicatorCorrelations(table, sub, { method: "spearman", coherence: false });
    expect(rho.indicators).toEqual(ids);
    matrix(rho.r, audit.spearman.r);
    matrix(
      rho.p,
      audit.spearman.p.map((row, a) => row.map((v, b) => (a === b ? null : v))),
    );
  });
  it("statistical coherence: each indicator with its dimension and the index (the numpy index)", () => {
    pearson.coherence.forEach((c, j) => {
      const e = audit.coherence[j] as Audit["coherence"][number];
      expect(c.indicator).toBe(e.indicator);
      near(c.withDimension, e.withDimension);
      near(c.withIndex, e.withIndex);
    });
  });
  it("flags are read off the matrix", () => {
    const r = audit.pearson.r;
    const ids = spec.indicators.map((i) => i.id);
    const expected: string[][] = [];
    ids.forEach((a, p) => ids.forEach((b, q) => q > p && (r[p]?.[q] as number) > 0.5 && expected.push([a, b])));
    expect(indicatorCorrelations(table, spec, { collinear: 0.5, coherence: false }).collinear.map((x) => [x.a, x.b])).toEqual(expected);
    const within = indicatorCorrelations(table, spec, { collinear: 0.5, within: "dimension", coherence: false }).collinear;
    expect(within.every((x) => x.sameDimension)).toBe(true);
    const negative = indicatorCorrelations(table, spec, { negative: 0, coherence: false }).negative;
    for (const x of negative) expect(x.sameDimension && x.r < 0).toBe(true);
  });
});

describe("cronbachAlpha equals the numpy formula", () => {
  it("per dimension and over all indicators (oriented, listwise)", () => {
    for (const dim of ["economy", "education", "health"]) near(cronbachAlpha(table, spec.indicators.filter((i) => i.dimension === dim)), audit.alpha[dim] as number);
    near(cronbachAlpha(table, five), audit.alpha["five"] as number);
  });
  it("refuses fewer complete units than indicators, naming them", () => {
    expect(() => cronbachAlpha(table, spec.indicators)).toThrow(expect.objectContaining({ code: "INDEX_TOO_FEW_UNITS", details: expect.objectContaining({ units: 6 }) }));
    expect(() => principalComponents(table, spec.indicators)).toThrow(expect.objectContaining({ code: "INDEX_TOO_FEW_UNITS" }));
  });
});

describe("principalComponents equals numpy eigh", () => {
  for (const standardize of [true, false]) {
    it(standardize ? "correlation matrix" : "covariance matrix", () => {
      const e = standardize ? audit.pca.standardized : audit.pca.covariance;
      const pca = principalComponents(table, five, { standardize });
      expect(pca.units).toBe(e.units);
      const scale = Math.max(...e.eigenvalues);
      pca.eigenvalues.forEach((v, c) => near(v / scale, (e.eigenvalues[c] as number) / scale));
      pca.explained.forEach((v, c) => near(v, e.explained[c] as number));
      expect(pca.kaiser).toBe(e.kaiser);
      // eigenvectors of well-separated eigenvalues are determined up to sign (fixed by convention)
      const separated = e.eigenvalues.map((v, c) => e.eigenvalues.every((w, d) => d === c || Math.abs(v - w) > 1e-6 * scale));
      pca.vectors.forEach((row, j) => row.forEach((v, c) => separated[c] && near(v, e.vectors[j]?.[c] as number, 1e-8)));
      Object.values(pca.weights.first).forEach((w, j) => near(w, e.first[j] as number, 1e-8));
      Object.values(pca.weights.kaiser).forEach((w, j) => near(w, e.kaiserWeights[j] as number, 1e-8));
    });
  }
});
