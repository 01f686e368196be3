import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../internal/errorCodeOf";
import { computeIndex } from "./computeIndex";
import type { IndexSpec, NormalizationSpec } from "./IndexSpec";
import { uncertainty } from "./uncertainty";

const ids = ["golshahr", "mehrshahr", "hesarak", "azimiyeh"];
const one = (values: (number | null)[], direction: 1 | -1, normalization: NormalizationSpec): (number | null)[] =>
  computeIndex({ ids, columns: { x: values as number[] } }, { indicators: [{ id: "x", dimension: "d", direction }], normalization }).units.map((u) => u.normalized["x"] ?? null);
const close = (actual: readonly (number | null)[], expected: readonly (number | null)[]): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => (expected[i] === null ? expect(v).toBeNull() : expect(v as number).toBeCloseTo(expected[i] as number, 10)));
};

describe("fractionOfMax", () => {
  it("is x/max for direction 1 and (max − x)/max for direction −1 (hand-worked)", () => {
    close(one([2, 4, 8, 0], 1, "fractionOfMax"), [25, 50, 100, 0]);
    close(one([2, 4, 8, 0], -1, "fractionOfMax"), [75, 50, 0, 100]);
    close(one([2, null, 8, 5], 1, { method: "fractionOfMax", range: [1, 10] }), [1 + 9 * 0.25, null, 10, 1 + 9 * 0.625]);
  });

  it("keeps the ratio scale: doubling a value doubles its score (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 4 }), (x) => {
        const r = one(x, 1, "fractionOfMax");
        const max = Math.max(...x);
        x.forEach((v, i) => expect(r[i] as number).toBeCloseTo((100 * v) / max, 8));
      }),
    );
  });

  it("refuses negative values and a largest value of 0", () => {
    expect(errorCodeOf(() => one([2, -1, 8, 5], 1, "fractionOfMax"))).toBe("INDEX_NONPOSITIVE_VALUE");
    expect(errorCodeOf(() => one([0, 0, 0, 0], -1, "fractionOfMax"))).toBe("INDEX_NONPOSITIVE_VALUE");
  });
});

describe("distanceToReference", () => {
  const x = [2, 4, 6, 10];
  it("anchors the least deprived value at lo and the reference at hi (hand-worked)", () => {
    // direction 1, reference hesarak (6): (x − 2)/(6 − 2)
    close(one(x, 1, { method: "distanceToReference", reference: { unit: "hesarak" } }), [0, 50, 100, 200]);
    close(one(x, 1, { method: "distanceToReference", reference: { unit: "hesarak" }, cap: true }), [0, 50, 100, 100]);
    // direction −1, reference mehrshahr (4): (10 − x)/(10 − 4)
    close(one(x, -1, { method: "distanceToReference", reference: { unit: "mehrshahr" } }), [(800 / 6), 100, (400 / 6), 0]);
    // the city average, 5.5: (x − 2)/3.5
    close(one(x, 1, { method: "distanceToReference", reference: "mean" }), [0, 200 / 3.5, 400 / 3.5, 800 / 3.5]);
    // the median, 5; range 1–10
    close(one(x, 1, { method: "distanceToReference", reference: "median", range: [1, 10] }), [1, 1 + 9 * (2 / 3), 1 + 9 * (4 / 3), 1 + 9 * (8 / 3)]);
  });

  it("equals COINr's n_dist2ref, 1 − (y_ref − y)/(y_ref − y_min), on the oriented values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 4 }), fc.constantFrom<1 | -1>(1, -1), fc.integer({ min: 0, max: 3 }), (v, d, k) => {
        const y = v.map((a) => d * a);
        const yRef = y[k] as number;
        const yMin = Math.min(...y);
        if (!(yRef > yMin)) return;
        const r = one(v, d, { method: "distanceToReference", reference: { unit: ids[k] as string } });
        y.forEach((yi, i) => expect(r[i] as number).toBeCloseTo(100 * (1 - (yRef - yi) / (yRef - yMin)), 8));
      }),
    );
  });

  it("coded errors: unknown unit, a unit without a value, the least deprived unit, a missing or misplaced reference", () => {
    expect(errorCodeOf(() => one(x, 1, { method: "distanceToReference", reference: { unit: "fardis" } }))).toBe("INDEX_BAD_REFERENCE");
    expect(errorCodeOf(() => one([2, null, 6, 10], 1, { method: "distanceToReference", reference: { unit: "mehrshahr" } }))).toBe("INDEX_BAD_REFERENCE");
    expect(errorCodeOf(() => one(x, 1, { method: "distanceToReference", reference: { unit: "golshahr" } }))).toBe("INDEX_BAD_REFERENCE");
    expect(errorCodeOf(() => one(x, -1, { method: "distanceToReference", reference: { unit: "azimiyeh" } }))).toBe("INDEX_BAD_REFERENCE");
    expect(errorCodeOf(() => one(x, 1, { method: "distanceToReference" }))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => one(x, 1, { method: "distanceToReference", reference: "mode" as never }))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => one(x, 1, { method: "minmax", reference: "mean" }))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => one(x, 1, { method: "distanceToReference", reference: "mean", cap: "yes" as never }))).toBe("INDEX_INVALID_SPEC");
  });
});

describe("per-indicator normalisation", () => {
  const table = { ids, columns: { unemployment: [20, 8, 14, 6], literacy: [70, 95, 80, 97] } };
  const base: IndexSpec = {
    indicators: [
      { id: "unemployment", dimension: "economy", direction: 1 },
      { id: "literacy", dimension: "education", direction: -1 },
    ],
  };

  it("overrides the spec's normalisation for that indicator only", () => {
    const spec: IndexSpec = { ...base, indicators: [base.indicators[0]!, { ...base.indicators[1]!, normalization: { method: "goalposts", range: [0, 100] } }] };
    const mixed = computeIndex(table, { ...spec, indicators: [base.indicators[0]!, { ...base.indicators[1]!, goalposts: { min: 60, max: 100 }, normalization: "goalposts" }] });
    const plain = computeIndex(table, base);
    // unemployment keeps min-max; literacy is (100 − x)/40
    mixed.units.forEach((u, i) => {
      expect(u.normalized["unemployment"]).toBe(plain.units[i]?.normalized["unemployment"]);
      expect(u.normalized["literacy"]).toBeCloseTo(((100 - (table.columns.literacy[i] as number)) / 40) * 100, 10);
    });
    // goalposts without bounds: the observed range, the same as min-max
    close(
      computeIndex(table, spec).units.map((u) => u.normalized["literacy"] ?? null),
      plain.units.map((u) => u.normalized["literacy"] ?? null),
    );
  });

  it("checks the override's own needs", () => {
    const withOverride = (normalization: unknown, extra: object = {}): IndexSpec => ({
      ...base,
      indicators: [base.indicators[0]!, { ...base.indicators[1]!, ...extra, normalization } as never],
    });
    expect(errorCodeOf(() => computeIndex(table, withOverride("distanceToTarget")))).toBe("INDEX_INVALID_SPEC");
    expect(computeIndex(table, withOverride("distanceToTarget", { target: 99 })).units[3]?.normalized["literacy"]).toBeCloseTo((2 / 29) * 100, 10);
    expect(errorCodeOf(() => computeIndex(table, { ...withOverride("cutoff", { cutoff: 80 }), outliers: "winsorize" }))).toBe("INDEX_INVALID_SPEC");
    expect(errorCodeOf(() => computeIndex(table, withOverride("softmax")))).toBe("INDEX_INVALID_SPEC");
    // the spec-level cutoff does not bind an indicator that has its own normalisation
    const cut = computeIndex(table, { ...withOverride("minmax"), indicators: [{ ...base.indicators[0]!, cutoff: 10 }, { ...base.indicators[1]!, normalization: "minmax" }], normalization: "cutoff" });
    expect(cut.units.map((u) => u.normalized["unemployment"])).toEqual([100, 0, 100, 0]);
  });

  it("stays fixed while uncertainty varies the spec's normalisation", () => {
    const spec: IndexSpec = { ...base, indicators: [base.indicators[0]!, { ...base.indicators[1]!, normalization: "rank" }] };
    const r = uncertainty(table, spec, { runs: 40, seed: 7, vary: { weights: false, normalization: ["minmax", "zscore"] } });
    expect(r.units).toHaveLength(4);
    // a named reference unit among the alternatives: every run is that index, so each unit's
    // median rank is computeIndex's rank with that normalisation
    const ref = { method: "distanceToReference", reference: { unit: "golshahr" } } as const;
    const u = uncertainty(table, base, { runs: 20, seed: 1, vary: { weights: false, normalization: [ref] } });
    expect(u.units.map((x) => x.rankMedian)).toEqual(computeIndex(table, { ...base, normalization: ref }).units.map((x) => x.rank));
  });
});
