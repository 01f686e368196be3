import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { imdRankTransform, imdTransform } from "./imdTransform";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


describe("imdTransform", () => {
  it("follows the English Indices of Deprivation 2019 Technical Report formula: X = −23 ln(1 − R(1 − e^(−100/23))), the most deprived scores 100", () => {
    expect(imdTransform(1)).toBe(100);
    // By hand: 1 − e^(−100/23) = 0.987064; R = ½ → −23·ln(0.506468) = 15.6468.
    expect(imdTransform(0.5)).toBeCloseTo(15.6468, 4);
    // R = 0.9 → −23·ln(0.111642) = 50.4267: the top decile spans ≈ 50–100.
    expect(imdTransform(0.9)).toBeCloseTo(50.4267, 4);
    expect(imdTransform(1e-9)).toBeCloseTo(0, 6);
  });

  it("is the quantile function of an exponential (mean 23) truncated to [0, 100]: its CDF returns R (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), (R) => {
        const X = imdTransform(R);
        const cdf = (1 - Math.exp(-X / 23)) / (1 - Math.exp(-100 / 23));
        return X > 0 && X <= 100 && Math.abs(cdf - R) < 1e-12;
      }),
    );
  });

  it("is increasing (property; 1-ulp neighbours may round to the same X)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return imdTransform(lo) <= imdTransform(hi) && (hi - lo < 1e-9 || imdTransform(lo) < imdTransform(hi));
      }),
    );
  });

  it("rejects R outside (0, 1]", () => {
    expect(codeOf(() => imdTransform(0))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => imdTransform(1.01))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => imdTransform(Number.NaN))).toBe("SCORING_NON_FINITE");
    expect(codeOf(() => imdTransform("1" as unknown as number))).toBe("SCORING_NON_FINITE");
  });
});

describe("imdRankTransform", () => {
  it("ranks 1/N for the least deprived … N/N for the most deprived, by hand", () => {
    // Scores 0.2, 0.9, 0.5, 0.1 → ranks 2, 4, 3, 1 → R = ½, 1, ¾, ¼.
    const x = imdRankTransform([0.2, 0.9, 0.5, 0.1]);
    [0.5, 1, 0.75, 0.25].forEach((R, i) => expect(x[i]).toBeCloseTo(imdTransform(R), 12));
  });

  it("shares the lowest rank between ties", () => {
    const x = imdRankTransform([5, 5, 9]);
    expect(x[0]).toBe(x[1]);
    expect(x[0]).toBeCloseTo(imdTransform(1 / 3), 12);
  });

  it("rejects bad input", () => {
    expect(codeOf(() => imdRankTransform([]))).toBe("SCORING_BAD_MATRIX");
    expect(codeOf(() => imdRankTransform([1, Number.POSITIVE_INFINITY]))).toBe("SCORING_NON_FINITE");
  });
});
