import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { allocateMoney, formatMoney, parseMoney, sumMoney } from "./index";

describe("the private Decimal clone", () => {
  it("is not affected by the user's Decimal.set()", () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpPos: DecimalJs.toExpPos, toExpNeg: DecimalJs.toExpNeg };
    try {
      DecimalJs.set({ precision: 3, rounding: DecimalJs.ROUND_DOWN, toExpPos: 2, toExpNeg: -2 });
      // With the global settings, 123456789 × 10 would print as "1.23e+9".
      expect(new DecimalJs(123_456_789).times(10).toString()).toBe("1.23e+9");
      expect(parseMoney("۱۲۳٬۴۵۶٬۷۸۹ تومان").toString()).toBe("1234567890");
      expect(sumMoney([9_007_199_254_740_993n, 1n]).toString()).toBe("9007199254740994");
      expect(allocateMoney(1_000_000_007n, [1, 1]).map(String)).toEqual(["500000004", "500000003"]);
      expect(formatMoney(1_234_567_891n, { digits: "latin" })).toBe("1,234,567,891 ریال");
    } finally {
      DecimalJs.set(saved);
    }
  });

  it("does not change the user's Decimal settings, and accepts the user's Decimals", () => {
    const before = { precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpPos: DecimalJs.toExpPos };
    parseMoney("۲٫۵ همت");
    allocateMoney(100, [1, 2]);
    expect({ precision: DecimalJs.precision, rounding: DecimalJs.rounding, toExpPos: DecimalJs.toExpPos }).toEqual(before);
    expect(sumMoney([new DecimalJs("1e25"), 1]).toFixed()).toBe("10000000000000000000000001");
  });
});
