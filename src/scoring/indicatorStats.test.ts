import { describe, expect, it } from "vitest";
import { indicatorStats } from "./indicatorStats";

describe("indicatorStats", () => {
  it("counts availability, zeros and distinct values, and raises COINr's flags", () => {
    // hand-worked: 10 units, 6 values present (share 0.6 < 0.65), 4 of them zero (non-zero 2/6 < 0.5), 2 distinct (2/6 < 0.5)
    const col = [0, 0, 0, 0, 5, 5, Number.NaN, Number.NaN, Number.NaN, Number.NaN];
    const [s] = indicatorStats({ ids: col.map((_, i) => `u${i}`), columns: { x: col } });
    expect(s).toMatchObject({ units: 10, available: 6, availableShare: 0.6, zeros: 4, unique: 2, min: 0, max: 5, median: 0 });
    expect(s?.flags).toEqual({ lowAvailability: true, manyZeros: true, fewUnique: true, outliers: false });
  });

  it("the skewness and kurtosis are G₁ and G₂ (Excel SKEW and KURT of 1, 2, 3, 10: 1.7636…, 3.228)", () => {
    // by hand: mean 4, deviations −3, −2, −1, 6: m2 = 12.5, m3 = 45, g1 = 45/12.5^1.5, G1 = g1·√12/2
    const [s] = indicatorStats({ ids: ["a", "b", "c", "d"], columns: { x: [1, 2, 3, 10] } });
    const g1 = 45 / Math.pow(12.5, 1.5);
    expect(s?.skewness).toBeCloseTo((g1 * Math.sqrt(12)) / 2, 12);
    // m4 = (81 + 16 + 1 + 1296)/4 = 348.5; g2 = 348.5/156.25 − 3; G2 = (5·g2 + 6)·3/(2·1)
    const g2 = 348.5 / 156.25 - 3;
    expect(s?.kurtosis).toBeCloseTo(((5 * g2 + 6) * 3) / 2, 12);
  });

  it("undefined statistics are null, never NaN", () => {
    const [empty, one] = indicatorStats({ ids: ["a", "b"], columns: { e: [Number.NaN, Number.NaN], o: [3, Number.NaN] } });
    expect(empty).toMatchObject({ available: 0, min: null, mean: null, sd: null, skewness: null, nonZeroShare: null });
    expect(one).toMatchObject({ available: 1, mean: 3, sd: null, skewness: null, kurtosis: null });
  });

  it("thresholds are options; bad ones are coded errors", () => {
    const table = { ids: ["a", "b", "c"], columns: { x: [1, Number.NaN, 3] } };
    expect(indicatorStats(table, undefined, { availability: 0.5 })[0]?.flags.lowAvailability).toBe(false);
    expect(() => indicatorStats(table, undefined, { skewness: Number.NaN })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => indicatorStats(table, { indicators: [{ id: "y", dimension: "d", direction: 1 }] })).toThrow(expect.objectContaining({ code: "INDEX_UNKNOWN_INDICATOR" }));
  });
});
