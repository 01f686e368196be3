import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { errorCodeOf } from "../internal/errorCodeOf";
import { computeIndex } from "./computeIndex";
import { denominatorCorrelations } from "./denominatorCorrelations";
import type { IndexSpec } from "./IndexSpec";

// Alborz neighbourhoods (synthetic counts): welfare recipients and residents
const table = {
  ids: ["golshahr", "mehrshahr", "hesarak", "azimiyeh"],
  columns: {
    welfare: [300, 90, 240, 60],
    population: [6000, 3000, 4000, 2000],
    households: [1500, 1000, 1200, 500],
    literacy: [70, 95, 80, 97],
  },
};
const perThousand: IndexSpec = {
  indicators: [{ id: "welfare", dimension: "economy", direction: 1, denominator: { column: "population", per: 1000 } }],
};

const close = (actual: readonly (number | null | undefined)[], expected: readonly number[]): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v as number).toBeCloseTo(expected[i] as number, 10));
};

const failure = (run: () => unknown): { code: string; details: Record<string, unknown>; fa: string; en: string } => {
  try {
    run();
  } catch (error) {
    if (isMahallehError(error)) return { code: error.code, details: (error.details ?? {}) as Record<string, unknown>, fa: error.messages.fa, en: error.messages.en };
    throw error;
  }
  throw new Error("did not throw");
};

describe("denominator", () => {
  it("turns counts into rates per 1,000 residents before normalisation (hand-worked)", () => {
    // rates: 50, 30, 60, 30 per 1,000 → x/max, and min-max (50−30)/30·100, 0, 100, 0
    const r = computeIndex(table, { ...perThousand, normalization: "fractionOfMax" });
    close(
      r.units.map((u) => u.normalized["welfare"]),
      [(50 / 60) * 100, 50, 100, 50],
    );
    const m = computeIndex(table, perThousand);
    close(
      m.units.map((u) => u.score),
      [(20 / 30) * 100, 0, 100, 0],
    );
  });

  it("per household, per 100", () => {
    const r = computeIndex(table, {
      indicators: [{ id: "welfare", dimension: "economy", direction: 1, denominator: { column: "households", per: 100 } }],
      normalization: "fractionOfMax",
    });
    // 20, 9, 20, 12 per 100 households
    close(
      r.units.map((u) => u.normalized["welfare"]),
      [100, 45, 100, 60],
    );
  });

  it("a missing value stays missing whatever its denominator", () => {
    const t = { ...table, columns: { ...table.columns, welfare: [300, null, 240, 60], population: [6000, 0, 4000, 2000] } };
    const r = computeIndex(t as never, perThousand);
    expect(r.units[1]?.normalized["welfare"]).toBeNull();
    expect(r.excluded).toEqual(["mehrshahr"]);
  });

  it("a zero, negative or missing denominator is a coded error naming the unit and the indicator", () => {
    for (const bad of [0, -5, null, Number.NaN, Number.POSITIVE_INFINITY]) {
      const t = { ...table, columns: { ...table.columns, population: [6000, 3000, bad, 2000] } };
      const e = failure(() => computeIndex(t as never, perThousand));
      expect(e.code).toBe("INDEX_BAD_DENOMINATOR");
      expect(e.details).toMatchObject({ indicator: "welfare", column: "population", unit: "hesarak", index: 2 });
      expect(e.en).toContain('"hesarak"');
      expect(e.fa).toContain("«hesarak»");
      expect(e.fa).toContain("«welfare»");
    }
  });

  it('invalid: "missing" leaves the rate missing, and the audit lists the unit', () => {
    const t = { ...table, columns: { ...table.columns, population: [6000, 0, 4000, 2000] } };
    const spec: IndexSpec = {
      indicators: [
        { id: "welfare", dimension: "economy", direction: 1, denominator: { column: "population", per: 1000, invalid: "missing" } },
        { id: "literacy", dimension: "education", direction: -1 },
      ],
    };
    const r = computeIndex(t, spec);
    expect(r.units[1]?.normalized["welfare"]).toBeNull();
    expect(r.units[1]?.coverage).toBe(0.5);
    const audit = denominatorCorrelations(t, spec);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ indicator: "welfare", denominator: "population", denominated: true, invalid: ["mehrshahr"], pairs: 3 });
    expect(audit[1]).toMatchObject({ indicator: "literacy", denominated: false, invalid: [] });
  });

  it("rejects a bad denominator spec", () => {
    const spec = (denominator: unknown): IndexSpec => ({ indicators: [{ id: "welfare", dimension: "e", direction: 1, denominator } as never] });
    expect(errorCodeOf(() => computeIndex(table, spec({ column: "residents" })))).toBe("INDEX_BAD_DENOMINATOR");
    expect(errorCodeOf(() => computeIndex(table, spec({ column: "population", per: 0 })))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, spec({ column: "population", per: "1000" })))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, spec({ column: "population", invalid: "skip" })))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, spec({ column: "population", pre: 1000 })))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, spec("population")))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, spec({ column: "welfare" })))).toBe("INDEX_INVALID_SPEC");
    const t = { ...table, columns: { ...table.columns, population: ["6000", 3000, 4000, 2000] } };
    expect(errorCodeOf(() => computeIndex(t as never, perThousand))).toBe("INDEX_INVALID_TABLE");
  });

  it("the scale of the rate does not move min-max scores (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 50_000 })), { minLength: 3, maxLength: 12 }),
        fc.constantFrom(1, 100, 1000, 100_000),
        (rows, per) => {
          const counts = rows.map((r) => r[0]);
          const pops = rows.map((r) => r[1]);
          const rates = counts.map((c, i) => c / (pops[i] as number));
          if (Math.max(...rates) === Math.min(...rates)) return;
          const t = { ids: rows.map((_, i) => `m${i}`), columns: { c: counts, p: pops } };
          const a = computeIndex(t, { indicators: [{ id: "c", dimension: "d", direction: 1, denominator: { column: "p" } }] });
          const b = computeIndex(t, { indicators: [{ id: "c", dimension: "d", direction: 1, denominator: { column: "p", per } }] });
          a.units.forEach((u, i) => expect(u.score as number).toBeCloseTo(b.units[i]?.score as number, 9));
        },
      ),
    );
  });
});

describe("denominatorCorrelations", () => {
  it("flags a count that follows population, and validates its options", () => {
    const spec: IndexSpec = { indicators: [{ id: "welfare", dimension: "e", direction: 1 }] };
    const [r] = denominatorCorrelations(table, spec, { denominators: ["population"], threshold: 0.9 });
    // hand-worked Pearson r of (300, 90, 240, 60) and (6000, 3000, 4000, 2000)
    const x = [300, 90, 240, 60];
    const y = [6000, 3000, 4000, 2000];
    const mx = 172.5;
    const my = 3750;
    const sxy = x.reduce((s, v, i) => s + (v - mx) * ((y[i] as number) - my), 0);
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const syy = y.reduce((s, v) => s + (v - my) ** 2, 0);
    expect(r?.correlation).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 12);
    expect(r?.flagged).toBe((r?.correlation as number) >= 0.9);
    expect(r?.denominated).toBe(false);
    expect(errorCodeOf(() => denominatorCorrelations(table, spec, { threshold: 2 }))).toBe("INDEX_INVALID_OPTIONS");
    expect(errorCodeOf(() => denominatorCorrelations(table, spec, { method: "kendall" as never }))).toBe("INDEX_INVALID_OPTIONS");
    expect(errorCodeOf(() => denominatorCorrelations(table, spec, { denominators: ["area"] }))).toBe("INDEX_UNKNOWN_INDICATOR");
    // no size column at all: nothing to report
    expect(denominatorCorrelations(table, spec)).toEqual([]);
  });

  it("reports a constant column as null, not NaN", () => {
    const t = { ...table, columns: { ...table.columns, population: [1000, 1000, 1000, 1000] } };
    const [r] = denominatorCorrelations(t, { indicators: [{ id: "welfare", dimension: "e", direction: 1 }] }, { denominators: ["population"] });
    expect(r).toMatchObject({ correlation: null, pValue: null, pairs: 4, flagged: false });
  });
});
