import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../internal/errorCodeOf";
import { computeIndex } from "./computeIndex";
import type { IndexSpec, OutlierSpec } from "./IndexSpec";
import { outlierTreatment } from "./outlierTreatment";

const column = (x: readonly number[]) => ({ ids: x.map((_, i) => `m${String(i + 1).padStart(2, "0")}`), columns: { x } });
const spec = (outliers: OutlierSpec, direction: 1 | -1 = 1): IndexSpec => ({ indicators: [{ id: "x", dimension: "d", direction }], outliers });

describe("outlierTreatment", () => {
  // COINr's published winsorise() example (COINr reference, `winsorise`, https://bluefoxr.github.io/COINr/reference/winsorise.html):
  // x <- c(1:10, 30, 100); winsorise(x, skew_thresh = 2, kurt_thresh = 3.5) gives
  // $x 1 2 3 4 5 6 7 8 9 10 30 30, $nwin 1, $treated "winhi" at the 12th point.
  const coinr = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
  for (const moments of ["sample", "population"] as const) {
    it(`reproduces COINr's winsorise() example (${moments} moments)`, () => {
      const s = spec({ method: "winsorize", skewness: 2, kurtosis: 3.5, moments });
      const [t] = outlierTreatment(column(coinr), s);
      expect(t).toMatchObject({ method: "winsorized", winsorizedLow: [], winsorizedHigh: ["m12"], treated: ["m12"], passes: true });
      const r = computeIndex(column(coinr), { ...s, normalization: { method: "minmax", range: [1, 30] } });
      // min-max to [1, 30] of the treated values maps each value to itself
      r.units.forEach((u, i) => expect(u.normalized["x"]).toBeCloseTo([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30][i] as number, 12));
      expect(r.winsorized).toEqual({ x: 1 });
    });
  }

  it("COINr's skew() and kurt() of the example (scipy skew/kurtosis, bias=False: 3.0632410342, 9.7413908346)", () => {
    const [t] = outlierTreatment(column(coinr), spec({ method: "winsorize", moments: "sample" }));
    expect(t?.before.skewness).toBeCloseTo(3.0632410342394993, 12);
    expect(t?.before.kurtosis).toBeCloseTo(9.741390834569144, 12);
    // population g₁, g₂ (scipy bias=True)
    const [p] = outlierTreatment(column(coinr), spec("winsorize"));
    expect(p?.before.skewness).toBeCloseTo(2.666209094338598, 12);
    expect(p?.before.kurtosis).toBeCloseTo(5.669406818959599, 12);
  });

  it("log second stage when winsorisation is not enough: COINr's log_CT on the original column (hand-worked)", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000];
    const [t] = outlierTreatment(column(x), spec({ method: "winsorize", maxPoints: 0, then: "log" }));
    expect(t?.method).toBe("log");
    expect(t?.treated).toHaveLength(11);
    expect(t?.winsorizedHigh).toEqual([]);
    // ln(x − min + a), a = 0.01·(max − min) = 9.99; then min-max
    const y = x.map((v) => Math.log(v - 1 + 9.99));
    const lo = Math.min(...y);
    const hi = Math.max(...y);
    const r = computeIndex(column(x), { ...spec({ method: "winsorize", maxPoints: 0, then: "log" }) });
    r.units.forEach((u, i) => expect(u.normalized["x"]).toBeCloseTo((((y[i] as number) - lo) / (hi - lo)) * 100, 10));
    expect(r.winsorized).toEqual({});
  });

  it("mirrors the log for a negative skew (COINr's log_CT_plus), keeping the order of the values", () => {
    const x = [-1000, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const [t] = outlierTreatment(column(x), spec({ method: "winsorize", maxPoints: 0, then: "log" }));
    expect(t?.method).toBe("log");
    expect(t?.before.skewness).toBeLessThan(-2);
    expect(Math.abs(t?.after.skewness as number)).toBeLessThan(Math.abs(t?.before.skewness as number));
    const a = 0.01 * 1010;
    const y = x.map((v) => -Math.log(10 + a - v));
    const r = computeIndex(column(x), spec({ method: "winsorize", maxPoints: 0, then: "log" }));
    const lo = Math.min(...y);
    const hi = Math.max(...y);
    r.units.forEach((u, i) => expect(u.normalized["x"]).toBeCloseTo((((y[i] as number) - lo) / (hi - lo)) * 100, 10));
  });

  it("Box-Cox second stage: COINr's boxcox() on x − min + 1 (hand-worked, λ = 0.5 and 0)", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000];
    for (const lambda of [0.5, 0]) {
      const s = spec({ method: "winsorize", maxPoints: 0, then: { method: "boxcox", lambda } });
      const [t] = outlierTreatment(column(x), s);
      expect(t?.method).toBe("boxcox");
      const y = x.map((v) => (lambda === 0 ? Math.log(v) : (Math.pow(v, lambda) - 1) / lambda));
      const lo = Math.min(...y);
      const hi = Math.max(...y);
      computeIndex(column(x), s).units.forEach((u, i) => expect(u.normalized["x"]).toBeCloseTo((((y[i] as number) - lo) / (hi - lo)) * 100, 10));
    }
  });

  it("names the units winsorised at each end, in table order", () => {
    // two high outliers and one low one; population moments
    const x = [-200, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 400, 600];
    const [t] = outlierTreatment(column(x), spec({ method: "winsorize", maxPoints: 5 }));
    expect(t?.method).toBe("winsorized");
    expect(t?.winsorizedHigh.length).toBeGreaterThan(0);
    expect(t?.treated).toEqual([...(t?.winsorizedLow ?? []), ...(t?.winsorizedHigh ?? [])].sort());
    expect(computeIndex(column(x), spec({ method: "winsorize", maxPoints: 5 })).winsorized).toEqual({ x: t?.treated.length });
  });

  it("without a treatment in the spec: every indicator `none`, judged against the default thresholds", () => {
    const [t] = outlierTreatment(column(coinr), { indicators: [{ id: "x", dimension: "d", direction: 1 }] });
    expect(t).toMatchObject({ method: "none", treated: [], passes: false });
    expect(t?.after).toEqual(t?.before);
    const [calm] = outlierTreatment(column([1, 2, 3, 4, 5]), { indicators: [{ id: "x", dimension: "d", direction: 1 }] });
    expect(calm?.passes).toBe(true);
  });

  it("rejects bad second stages and moments with INDEX_INVALID_SPEC", () => {
    const bad = (o: unknown): string | undefined => errorCodeOf(() => outlierTreatment(column(coinr), spec(o as OutlierSpec)));
    expect(bad({ method: "winsorize", then: "sqrt" })).toBe("INDEX_INVALID_SPEC");
    expect(bad({ method: "winsorize", then: { method: "boxcox" } })).toBe("INDEX_INVALID_SPEC");
    expect(bad({ method: "winsorize", then: { method: "boxcox", lambda: Number.NaN } })).toBe("INDEX_INVALID_SPEC");
    expect(bad({ method: "winsorize", moments: "excel" })).toBe("INDEX_INVALID_SPEC");
    expect(bad({ method: "winsorize", maxpoints: 3 })).toBe("INDEX_INVALID_SPEC");
    expect(bad({ method: "trim" })).toBe("INDEX_INVALID_SPEC");
  });
});
