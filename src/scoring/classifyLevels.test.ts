import { describe, expect, it } from "vitest";
import { classifyLevels } from "./classifyLevels";

describe("classifyLevels", () => {
  it("quintiles of 1…10 (type-7 quantiles 2.8, 4.6, 6.4, 8.2) — two units per level", () => {
    const r = classifyLevels([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    r.breaks.forEach((b, i) => expect(b).toBeCloseTo([2.8, 4.6, 6.4, 8.2][i] as number, 12));
    expect(r.levels).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(r.labels.map((l) => l.fa)).toEqual(["بسیار محروم", "محروم", "نیمه‌محروم", "نیمه‌برخوردار", "برخوردار"]);
  });

  it("equal intervals between min and max", () => {
    const r = classifyLevels([0, 10, 24, 26, 49, 51, 75, 100], { method: "equalIntervals", count: 4 });
    expect(r.breaks).toEqual([25, 50, 75]);
    expect(r.levels).toEqual([4, 4, 4, 3, 3, 2, 2, 1]);
    expect(r.labels[3]).toEqual({ fa: "برخوردار", en: "well-off" });
  });

  it("Jenks finds the obvious clusters and matches a brute-force search", () => {
    const values = [4, 5, 9, 10, 11, 20, 21, 22, 23, 40, 41, 3];
    const r = classifyLevels(values, { method: "jenks", count: 4 });
    // brute force over every split of the sorted values into 4 classes
    const s = [...values].sort((a, b) => a - b);
    const ssd = (p: number[]): number => {
      const m = p.reduce((a, b) => a + b, 0) / p.length;
      return p.reduce((a, b) => a + (b - m) ** 2, 0);
    };
    let best = Infinity;
    let bestBreaks: number[] = [];
    for (let a = 1; a < s.length; a++)
      for (let b = a + 1; b < s.length; b++)
        for (let c = b + 1; c < s.length; c++) {
          const cost = ssd(s.slice(0, a)) + ssd(s.slice(a, b)) + ssd(s.slice(b, c)) + ssd(s.slice(c));
          if (cost < best - 1e-9) {
            best = cost;
            bestBreaks = [s[a - 1] as number, s[b - 1] as number, s[c - 1] as number];
          }
        }
    expect(r.breaks).toEqual(bestBreaks);
    expect(r.breaks).toEqual([5, 11, 23]);
  });

  it("fixed thresholds: a score equal to a threshold is in the more deprived level", () => {
    const r = classifyLevels([10, 30, 45, 60, null], { method: "fixed", thresholds: [30, 60], labels: [{ fa: "محروم", en: "deprived" }, { fa: "متوسط", en: "middle" }, { fa: "برخوردار", en: "well-off" }] });
    expect(r.levels).toEqual([3, 2, 2, 1, null]);
  });

  it("errors", () => {
    expect(() => classifyLevels([1, 2], { method: "quantiles", count: 1 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
    expect(() => classifyLevels([1, 1, 1], { method: "jenks", count: 3 })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
    expect(() => classifyLevels([1, 2], { method: "fixed", thresholds: [2, 1] })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
    expect(() => classifyLevels([1, 2], { method: "quantiles", count: 3, labels: [{ fa: "الف", en: "a" }] })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_SPEC" }));
    expect(() => classifyLevels(Array.from({ length: 10_001 }, (_, i) => i), { method: "jenks" })).toThrow(expect.objectContaining({ code: "INDEX_TOO_LARGE" }));
  });
});
