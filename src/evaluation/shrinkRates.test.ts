import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shrinkRates } from "./shrinkRates";
import { wilsonInterval } from "./wilsonInterval";

// Marshall (1991)'s Auckland data: infant deaths 1977–85 and the under-5 population of the
// 1981 census in 167 census area units (as distributed with the R package spData).
const rows = readFileSync(new URL("../../test/fixtures/evaluation/auckland.tsv", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.trim().split(/\s+/));
const deaths = rows.map((r) => Number(r[3]));
const atRisk = rows.map((r) => 9 * Number(r[4])); // 9 years at risk, as in the spdep example

describe("shrinkRates", () => {
  it("reproduces the published global estimates of spdep's EBest example on Marshall's Auckland data", () => {
    expect(rows).toHaveLength(167);
    const r = shrinkRates(deaths, atRisk);
    // spdep reference, EBest example: attr(res, "parameters") → a = 7.284173e-07, b = 0.002633436
    expect(r.variance as number).toBeCloseTo(7.284173e-7, 12);
    expect(r.mean as number).toBeCloseTo(0.002633436, 9);
    // the 2.63 deaths per 1,000 per year Marshall reports as the overall rate
    expect(((r.mean as number) * 1000).toFixed(2)).toBe("2.63");
  });

  it("applies m + a/(a + m/n)·(r − m) to each unit (hand-worked second method)", () => {
    const r = shrinkRates(deaths, atRisk);
    const m = r.mean as number;
    const a = r.variance as number;
    deaths.forEach((d, i) => {
      const n = atRisk[i] as number;
      expect(r.rates[i]).toBeCloseTo(m + (a / (a + m / n)) * (d / n - m), 15);
    });
    // a unit with 6 children under 5 (CAU 142) is pulled almost entirely to the mean
    const tiny = atRisk.indexOf(54);
    expect(r.weights[tiny]).toBeLessThan(0.2);
  });

  it("the local estimator with every unit as neighbour equals the global one", () => {
    const all = deaths.map((_, i) => deaths.map((__, j) => j).filter((j) => j !== i));
    const local = shrinkRates(deaths.slice(0, 30), atRisk.slice(0, 30), { scope: { neighbours: all.slice(0, 30).map((l) => l.filter((j) => j < 30)) } });
    const global = shrinkRates(deaths.slice(0, 30), atRisk.slice(0, 30));
    local.rates.forEach((x, i) => expect(x).toBeCloseTo(global.rates[i] as number, 15));
  });

  it("refuses a zero population with a coded error", () => {
    expect(() => shrinkRates([1, 2], [100, 0])).toThrow(expect.objectContaining({ code: "EVALUATION_ZERO_POPULATION" }));
    expect(() => shrinkRates([1], [100, 200])).toThrow(expect.objectContaining({ code: "EVALUATION_INVALID_INPUT" }));
  });
});

describe("wilsonInterval", () => {
  it("reproduces Newcombe (1998), Statistics in Medicine 17, Table II, method 3", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lo, hi] of cases) {
      const r = wilsonInterval(x, n);
      expect(Number(r.lower.toFixed(4))).toBe(lo);
      expect(Number(r.upper.toFixed(4))).toBe(hi);
    }
  });

  it("refuses an empty population", () => {
    expect(() => wilsonInterval(0, 0)).toThrow(expect.objectContaining({ code: "EVALUATION_ZERO_POPULATION" }));
  });
});
