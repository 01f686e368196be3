import { describe, expect, it } from "vitest";
import { computeIndex, type IndexSpec, type ObservationLike } from "../scoring/index";
import { computeIndexOverTime } from "./computeIndexOverTime";
import { shrinkRates } from "./shrinkRates";

const o = (id: string, indicatorId: string, period: string, value: number | null): ObservationLike => ({ neighbourhoodId: id, indicatorId, period, value });

const spec: IndexSpec = {
  indicators: [
    { id: "unemployment", dimension: "work", direction: 1 },
    { id: "literacy", dimension: "education", direction: -1 },
  ],
  levels: { method: "fixed", thresholds: [40, 70] },
};

const panel: ObservationLike[] = [
  o("a", "unemployment", "1401", 24), o("a", "literacy", "1401", 70),
  o("b", "unemployment", "1401", 10), o("b", "literacy", "1401", 95),
  o("c", "unemployment", "1401", 16), o("c", "literacy", "1401", 80),
  o("a", "unemployment", "1403", 18), o("a", "literacy", "1403", 78),
  o("b", "unemployment", "1403", 8), o("b", "literacy", "1403", 96),
  o("c", "unemployment", "1403", 17), o("c", "literacy", "1403", 82),
];

describe("computeIndexOverTime", () => {
  it("pooled goalposts give the scores of computeIndex with those bounds written by hand", () => {
    const r = computeIndexOverTime(panel, spec, { periods: ["1401", "1403"] });
    expect(r.goalposts).toEqual({ unemployment: { min: 8, max: 24 }, literacy: { min: 70, max: 96 } });
    const fixed: IndexSpec = {
      ...spec,
      indicators: [
        { id: "unemployment", dimension: "work", direction: 1, goalposts: { min: 8, max: 24 } },
        { id: "literacy", dimension: "education", direction: -1, goalposts: { min: 70, max: 96 } },
      ],
      normalization: "goalposts",
    };
    for (const [s, period] of ["1401", "1403"].entries()) {
      const one = computeIndex(
        { ids: ["a", "b", "c"], columns: Object.fromEntries(["unemployment", "literacy"].map((k) => [k, ["a", "b", "c"].map((id) => panel.find((x) => x.neighbourhoodId === id && x.indicatorId === k && x.period === period)?.value ?? Number.NaN)])) },
        fixed,
      );
      expect(Array.from(r.byPeriod[s]?.scores ?? [])).toEqual(one.units.map((u) => u.score));
      expect(Array.from(r.byPeriod[s]?.levels ?? [])).toEqual(one.units.map((u) => u.level?.level));
    }
    // a: (24 − 8)/16·100 = 100 and (96 − 70)/26·100 = 100 → 100; in 1403: 62.5 and 69.23… → mean
    expect(r.units[0]?.scoreFirst).toBe(100);
    expect(r.units[0]?.scoreLast).toBeCloseTo((62.5 + (18 / 26) * 100) / 2, 12);
    expect(r.years).toBe(2);
    // CAGR of unemployment in a: (18/24)^(1/2) − 1
    expect(r.indicators["unemployment"]?.cagr[0]).toBeCloseTo(Math.sqrt(18 / 24) - 1, 15);
    expect(r.indicators["unemployment"]?.change[1]).toBe(-2);
  });

  it("first-period goalposts clamp later values outside the baseline range", () => {
    const r = computeIndexOverTime(panel, spec, { periods: ["1401", "1403"], goalposts: "first-period" });
    expect(r.goalposts["unemployment"]).toEqual({ min: 10, max: 24 });
    // b's unemployment of 8 in 1403 is below the 1401 minimum: clamped to 0; literacy 96 > 95: clamped to 0
    expect(r.byPeriod[1]?.scores[1]).toBe(0);
  });

  it("fixed goalposts need them in the spec", () => {
    expect(() => computeIndexOverTime(panel, spec, { periods: ["1401", "1403"], goalposts: "fixed" })).toThrow(expect.objectContaining({ code: "EVALUATION_MISSING_GOALPOSTS" }));
  });

  it("carries a value forward up to n periods and flags each imputed cell", () => {
    const s: IndexSpec = { indicators: [{ id: "u", dimension: "d", direction: 1 }] };
    const obs = [o("a", "u", "1400", 10), o("b", "u", "1400", 20), o("a", "u", "1401", null), o("b", "u", "1401", 21), o("a", "u", "1402", null), o("b", "u", "1402", 22), o("a", "u", "1403", 13), o("b", "u", "1403", 23)];
    const carried = computeIndexOverTime(obs, s, { periods: ["1400", "1401", "1402", "1403"], impute: { carryForward: 1 } });
    expect(carried.imputed).toEqual([{ id: "a", indicator: "u", period: "1401", method: "carried-forward", value: 10 }]);
    expect(Number.isNaN(carried.byPeriod[2]?.scores[0])).toBe(true); // two periods after: not carried
    const interpolated = computeIndexOverTime(obs, s, { periods: ["1400", "1401", "1402", "1403"], impute: { interpolate: true, carryForward: 1 } });
    expect(interpolated.imputed.map((c) => [c.period, c.method, c.value])).toEqual([
      ["1401", "interpolated", 11],
      ["1402", "interpolated", 12],
    ]);
  });

  it("accepts one table per period and gives the same result as observations", () => {
    const tables = {
      "1401": { ids: ["a", "b", "c"], columns: { unemployment: [24, 10, 16], literacy: [70, 95, 80] } },
      "1403": { ids: ["c", "a", "b"], columns: { unemployment: [17, 18, 8], literacy: [82, 78, 96] } },
    };
    const a = computeIndexOverTime(tables, spec, { periods: ["1401", "1403"] });
    const b = computeIndexOverTime(panel, spec, { periods: ["1401", "1403"] });
    expect(a.units).toEqual(b.units);
    expect(a.transitions).toEqual(b.transitions);
  });

  it("smooths rate indicators with empirical Bayes before scoring when asked", () => {
    const population = { a: 300, b: 20000, c: 30000 };
    const r = computeIndexOverTime(panel, spec, { periods: ["1401", "1403"], shrink: { indicators: ["unemployment"], population } });
    const eb = shrinkRates([0.24 * 300, 0.1 * 20000, 0.16 * 30000], [300, 20000, 30000]).rates.map((x) => x * 100);
    expect(r.indicators["unemployment"]?.change[0]).toBeCloseTo(
      (shrinkRates([0.18 * 300, 0.08 * 20000, 0.17 * 30000], [300, 20000, 30000]).rates[0] as number) * 100 - (eb[0] as number),
      10,
    );
  });

  it("refuses a cell that is not a number, null or NaN, in tables and panels alike (never read as missing)", () => {
    const table = (x: unknown, typed = false) => ({
      "1401": { ids: ["a", "b", "c"], columns: { unemployment: typed ? Float64Array.of(24, x as number, 16) : [24, x, 16], literacy: [70, 95, 80] } },
      "1403": { ids: ["a", "b", "c"], columns: { unemployment: [18, 8, 17], literacy: [78, 96, 82] } },
    });
    const err = (fn: () => unknown): { code?: string; details?: { whatEn?: string } } => {
      try {
        fn();
      } catch (error) {
        return error as { code?: string };
      }
      return {};
    };
    for (const x of ["8", undefined, true, {}]) {
      const e = err(() => computeIndexOverTime(table(x) as never, spec, { periods: ["1401", "1403"] }));
      expect(e.code).toBe("EVALUATION_INVALID_INPUT");
      expect(e.details?.whatEn).toContain('"b"/"unemployment" in period 1401');
    }
    // ±Infinity: the index refuses it, whether the column is read in place, copied (plain
    // array; imputation writes to it) or reordered — never read as missing
    const reordered = (x: number) => ({ "1401": table(1)["1401"], "1403": { ids: ["c", "b", "a"], columns: { unemployment: [17, x, 18], literacy: [82, 96, 78] } } });
    for (const x of [Infinity, -Infinity]) {
      for (const options of [{}, { impute: { carryForward: 1 } }]) {
        expect(err(() => computeIndexOverTime(table(x, true) as never, spec, { periods: ["1401", "1403"], ...options })).code).toBe("INDEX_INVALID_TABLE");
        expect(err(() => computeIndexOverTime(table(x) as never, spec, { periods: ["1401", "1403"], ...options })).code).toBe("INDEX_INVALID_TABLE");
        expect(err(() => computeIndexOverTime(reordered(x) as never, spec, { periods: ["1401", "1403"], ...options })).code).toBe("INDEX_INVALID_TABLE");
      }
    }
    // the panel: tableFromObservations names the cell
    const inf = panel.map((x) => (x.neighbourhoodId === "b" && x.period === "1403" && x.indicatorId === "literacy" ? { ...x, value: Infinity } : x));
    expect(err(() => computeIndexOverTime(inf, spec, { periods: ["1401", "1403"] })).code).toBe("INDEX_INVALID_TABLE");
    // null and NaN are missing: the same result as leaving the cell out
    const missing = computeIndexOverTime(table(null) as never, spec, { periods: ["1401", "1403"] });
    expect(computeIndexOverTime(table(Number.NaN, true) as never, spec, { periods: ["1401", "1403"] }).units).toEqual(missing.units);
    expect(computeIndexOverTime(panel.filter((x) => !(x.neighbourhoodId === "b" && x.period === "1401" && x.indicatorId === "unemployment")), spec, { periods: ["1401", "1403"] }).units).toEqual(missing.units);
  });

  it("refuses periods out of order and a period without data", () => {
    expect(() => computeIndexOverTime(panel, spec, { periods: ["1403", "1401"] })).toThrow(expect.objectContaining({ code: "EVALUATION_PERIOD_ORDER" }));
    expect(() => computeIndexOverTime(panel, spec, { periods: ["1401", "1402"] })).toThrow(expect.objectContaining({ code: "EVALUATION_UNKNOWN_PERIOD" }));
  });
});
