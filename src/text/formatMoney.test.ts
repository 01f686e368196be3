import { describe, expect, it } from "vitest";
import { decimalClass } from "./_decimal";
import { formatMoney } from "./formatMoney";

const D = decimalClass();

const fa = new Intl.NumberFormat("fa-IR");

describe("formatMoney", () => {
  it("writes the forms of the issue", () => {
    expect(formatMoney(12_500_000_000_000n)).toBe("۱۲٬۵۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال");
    expect(formatMoney(30_000_000, { unit: "toman", digits: "latin" })).toBe("3,000,000 تومان");
    expect(formatMoney(12_500_000_000_000n, { compact: true })).toBe("۱۲٫۵ هزار میلیارد ریال");
  });

  it("groups digits exactly as CLDR fa does", () => {
    for (const n of [0, 999, 1000, 1_250_000, 987_654_321_012]) expect(formatMoney(n)).toBe(`${fa.format(n)} ریال`);
  });

  it("chooses the magnitude word in compact form and rounds half up", () => {
    expect(formatMoney(2_500_000, { compact: true })).toBe("۲٫۵ میلیون ریال");
    expect(formatMoney(30_000_000, { compact: true, unit: "toman" })).toBe("۳ میلیون تومان");
    expect(formatMoney(1_234_567, { compact: true, maximumFractionDigits: 1 })).toBe("۱٫۲ میلیون ریال");
    expect(formatMoney(999_999_999, { compact: true })).toBe("۱ میلیارد ریال"); // 999.999999 میلیون rounds up a magnitude
    expect(formatMoney(999, { compact: true })).toBe("۹۹۹ ریال");
    expect(formatMoney(-25_000_000_000_000n, { compact: true, unit: "toman" })).toBe("\u200e\u2212۲٫۵ هزار میلیارد تومان");
  });

  it("writes tomans exactly, halves included", () => {
    expect(formatMoney(25, { unit: "toman" })).toBe("۲٫۵ تومان");
    expect(formatMoney(new D("12345678901234567890"), { unit: "toman", digits: "latin" })).toBe("1,234,567,890,123,456,789 تومان");
  });

  it("rejects bad input with MahallehError", () => {
    expect(() => formatMoney(Number.NaN)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => formatMoney("12" as unknown as number)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => formatMoney(1, { unit: "dollar" as "rial" })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
