import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalClass } from "./_decimal";
import { formatMoney } from "./formatMoney";
import { parseMoney, safeParseMoney } from "./parseMoney";

const D = decimalClass();

const rials = (text: string, options?: Parameters<typeof parseMoney>[1]): string => parseMoney(text, options).toFixed();
const code = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe("parseMoney", () => {
  it("reads the amounts of the issue, in rials (1 toman = 10 rials; 1 همت = هزار میلیارد تومان = 10^13 rials)", () => {
    expect(rials("۱۲٬۵۰۰ میلیارد ریال")).toBe("12500000000000"); // 12 500 × 10^9
    expect(rials("۳ میلیون تومان")).toBe("30000000"); // 3 × 10^6 × 10
    expect(rials("۲٫۵ همت")).toBe("25000000000000"); // 2.5 × 10^12 × 10
    expect(rials("ده میلیارد ریال")).toBe("10000000000");
    expect(rials("1,250,000 ریال")).toBe("1250000");
  });

  it("reads the other ways amounts are written", () => {
    expect(rials("هزار میلیارد تومان")).toBe("10000000000000");
    expect(rials("۵۰۰ هزار تومان")).toBe("5000000");
    expect(rials("دو میلیون و پانصد هزار ریال")).toBe("2500000");
    expect(rials("۱۰۰۰ریال")).toBe("1000");
    expect(rials("۱۲٬۵۰۰ تومن")).toBe("125000");
    expect(rials("12500 IRR")).toBe("12500");
    expect(rials("12500 toman")).toBe("125000");
    expect(rials("٢٥٠ مليون ريال")).toBe("250000000"); // Arabic digits and letters
    expect(rials("۲/۵ همت", { slashDecimal: true })).toBe("25000000000000");
    expect(rials("منفی ۵۰۰ ریال")).toBe("-500");
    expect(rials("یک و نیم میلیون تومان")).toBe("15000000"); // 1.5 × 10^6 × 10
    expect(rials("دو و نیم همت")).toBe("25000000000000");
    expect(rials("نیم میلیارد ریال")).toBe("500000000");
    expect(rials("۵ میلیون و ۲۰۰ هزار تومان")).toBe("52000000");
    expect(rials("-۵۰۰ ریال")).toBe("-500");
  });

  it("is exact beyond double precision", () => {
    expect(rials("۹٬۰۰۷٬۱۹۹٬۲۵۴٬۷۴۰٬۹۹۳ ریال")).toBe("9007199254740993"); // 2^53 + 1
    expect(rials("۱۲۳٬۴۵۶٬۷۸۹ همت")).toBe("1234567890000000000000");
  });

  it("needs a unit unless a default is given", () => {
    expect(code(() => parseMoney("۱۲٬۵۰۰"))).toBe("TEXT_MISSING_UNIT");
    expect(code(() => parseMoney("۵ میلیارد"))).toBe("TEXT_MISSING_UNIT");
    expect(rials("۱۲٬۵۰۰", { defaultUnit: "toman" })).toBe("125000");
    expect(parseMoney(12500, { defaultUnit: "rial" }).toFixed()).toBe("12500");
    expect(code(() => parseMoney(12500))).toBe("TEXT_MISSING_UNIT");
    expect(parseMoney(12_500n, { defaultUnit: "toman" }).toFixed()).toBe("125000");
    expect(parseMoney(new D("2.5"), { defaultUnit: "toman" }).toFixed()).toBe("25");
    expect(code(() => parseMoney(0.5, { defaultUnit: "rial" }))).toBe("TEXT_INVALID_MONEY");
  });

  it("rejects what is not money", () => {
    expect(code(() => parseMoney("ریال"))).toBe("TEXT_INVALID_MONEY");
    expect(code(() => parseMoney("حدود صد میلیون تومان"))).toBe("TEXT_INVALID_MONEY");
    expect(code(() => parseMoney("۱۲,۵,۰۰ ریال"))).toBe("TEXT_INVALID_MONEY");
    expect(code(() => parseMoney("۱٫۵ ریال"))).toBe("TEXT_INVALID_MONEY"); // no fraction of a rial
    expect(code(() => parseMoney("بیستم ریال"))).toBe("TEXT_INVALID_MONEY");
    expect(code(() => parseMoney(`${"9".repeat(60)} ریال`))).toBe("TEXT_OUT_OF_RANGE");
    expect(code(() => parseMoney({} as unknown as string))).toBe("INVALID_ARGUMENT");
    expect(safeParseMoney("x").success).toBe(false);
  });

  it("round-trips formatMoney in both units and digit systems (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.constantFrom("rial" as const, "toman" as const),
        fc.constantFrom("persian" as const, "latin" as const),
        (amount, unit, digits) => {
          expect(parseMoney(formatMoney(amount, { unit, digits })).toFixed()).toBe(amount.toString());
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("round-trips compact formatMoney when no rounding happens (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(0, 3, 6, 9), (n, power) => {
        // n × 10^power rials: compact keeps at most 3 decimals, which is exact here.
        const amount = BigInt(n) * 10n ** BigInt(power);
        expect(parseMoney(formatMoney(amount, { compact: true })).toFixed()).toBe(amount.toString());
      }),
    );
  });
});
