import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalClass } from "./_decimal";
import { formatNumber } from "./formatNumber";

const D = decimalClass();

const cldrFa = new Intl.NumberFormat("fa-IR");
const cldrEn = new Intl.NumberFormat("en-US");

describe("formatNumber", () => {
  it("writes the CLDR fa example of the reference: 1234567.89 → ۱٬۲۳۴٬۵۶۷٫۸۹ (U+066C, U+066B)", () => {
    expect(formatNumber(1234567.89)).toBe("\u06f1\u066c\u06f2\u06f3\u06f4\u066c\u06f5\u06f6\u06f7\u066b\u06f8\u06f9");
  });

  it("matches Intl.NumberFormat('fa-IR') on hand-picked values (rounding halves away from zero, 3 decimals)", () => {
    for (const n of [0, 7, 999, 1000, 12500, 1234567.89, 1.0005, 2.5, 0.30000000000000004, -1234.5, 1e21, 123456789012345680000, 2 / 3]) {
      expect(formatNumber(n)).toBe(cldrFa.format(n));
    }
  });

  it("matches Intl.NumberFormat('fa-IR') and ('en-US') on any double (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), (n) => {
        // Intl shows a value that rounds to zero as «−۰»; we show «۰» (see docs/text.md).
        fc.pre(Math.abs(n) >= 0.0005 || n === 0);
        fc.pre(!Object.is(n, -0));
        expect(formatNumber(n)).toBe(cldrFa.format(n));
        expect(formatNumber(n, { digits: "latin" })).toBe(cldrEn.format(n));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches Intl on integers of any size given as bigint (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
        expect(formatNumber(n)).toBe(cldrFa.format(n));
      }),
    );
  });

  it("honours fraction-digit options like Intl", () => {
    const intl = new Intl.NumberFormat("fa-IR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(formatNumber(12.5, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe(intl.format(12.5));
    expect(formatNumber(12.005, { maximumFractionDigits: 2 })).toBe("۱۲٫۰۱");
    expect(formatNumber(12500, { grouping: false })).toBe("۱۲۵۰۰");
  });

  it("is exact for Decimals beyond double precision", () => {
    expect(formatNumber(new D("12345678901234567890.123"), { digits: "latin" })).toBe("12,345,678,901,234,567,890.123");
  });

  it("rejects bad input with MahallehError", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => formatNumber("12" as unknown as number)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => formatNumber(1, { maximumFractionDigits: -1 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
