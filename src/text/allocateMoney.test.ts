import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalClass } from "./_decimal";
import { allocateMoney } from "./allocateMoney";
import { sumMoney } from "./sumMoney";

const D = decimalClass();

const strings = (parts: readonly { toFixed(): string }[]): string[] => parts.map((p) => p.toFixed());

describe("allocateMoney", () => {
  it("splits by largest remainder (hand-worked)", () => {
    // 100 × 1/3 = 33.33… each: floors 33+33+33 = 99, one rial left → the first of the equal remainders.
    expect(strings(allocateMoney(100, [1, 1, 1]))).toEqual(["34", "33", "33"]);
    // 10 × (0.5, 0.3, 0.2) = 5, 3, 2 exactly.
    expect(strings(allocateMoney(10, [0.5, 0.3, 0.2]))).toEqual(["5", "3", "2"]);
    // 7 × (1/6, 2/6, 3/6) = 1.1667, 2.3333, 3.5: floors 1, 2, 3 = 6; one left → largest remainder .5 → third.
    expect(strings(allocateMoney(7, [1, 2, 3]))).toEqual(["1", "2", "4"]);
    // Hamilton's classic: 10 seats (rials), shares 4.44, 3.33, 2.22 → 4, 3, 2 + 1 to the largest remainder (.44).
    expect(strings(allocateMoney(10, [40, 30, 20]))).toEqual(["5", "3", "2"]);
    expect(strings(allocateMoney("۱ میلیارد ریال", [2, 1, 1]))).toEqual(["500000000", "250000000", "250000000"]);
    expect(strings(allocateMoney(-100, [1, 1, 1]))).toEqual(["-34", "-33", "-33"]);
    expect(strings(allocateMoney(5, [0, 1]))).toEqual(["0", "5"]);
  });

  it("parts sum exactly to the total and each is within one rial of its exact share (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
        fc.array(fc.oneof(fc.nat({ max: 1_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const sumWeights = weights.reduce((a, b) => a.plus(b), new D(0));
          fc.pre(sumWeights.gt(0));
          const parts = allocateMoney(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(sumMoney(parts).toFixed()).toBe(total.toString());
          parts.forEach((part, i) => {
            expect(part.isInteger()).toBe(true);
            const exact = new D(total.toString()).times(weights[i] as number).div(sumWeights);
            expect(part.minus(exact).abs().lt(1)).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("rejects unusable weights and totals", () => {
    for (const weights of [[], [0, 0], [1, -1], [1, Number.NaN], [1, Number.POSITIVE_INFINITY], ["1" as unknown as number]]) {
      expect(() => allocateMoney(10, weights)).toThrow(expect.objectContaining({ code: "TEXT_INVALID_WEIGHTS" }));
    }
    expect(() => allocateMoney(10.5, [1])).toThrow(expect.objectContaining({ code: "TEXT_INVALID_MONEY" }));
    expect(() => allocateMoney(10, "12" as unknown as number[])).toThrow(expect.objectContaining({ code: "TEXT_INVALID_WEIGHTS" }));
  });
});

describe("sumMoney", () => {
  it("adds exactly, where doubles would not", () => {
    // 2^53 + 1 + 1: a double gives 9007199254740992.
    expect(sumMoney([9_007_199_254_740_993n, 1]).toFixed()).toBe("9007199254740994");
    expect(sumMoney(["۳ میلیون تومان", "۵۰۰ هزار ریال", 1_000n, new D(7)]).toFixed()).toBe("30501007");
    expect(sumMoney(new Set([1, 2, 3])).toFixed()).toBe("6");
  });

  it("reports the first amount it cannot read", () => {
    expect(() => sumMoney([1, "نامعلوم"])).toThrow(expect.objectContaining({ code: "TEXT_INVALID_MONEY" }));
    expect(() => sumMoney([null as unknown as number])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
