import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "./formatNumber";
import { parseNumber, safeParseNumber } from "./parseNumber";

const code = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe("parseNumber", () => {
  it("reads digits of the three systems with either separator style", () => {
    expect(parseNumber("۱۲۳۴")).toBe(1234);
    expect(parseNumber("١٢٣٤")).toBe(1234);
    expect(parseNumber("۱٬۲۳۴٬۵۶۷٫۸۹")).toBe(1234567.89);
    expect(parseNumber("1,234,567.89")).toBe(1234567.89);
    expect(parseNumber("۱۲,۵۰۰")).toBe(12500);
    expect(parseNumber("٫۵")).toBe(0.5);
    expect(parseNumber("  +42  ")).toBe(42);
    expect(parseNumber("-۷")).toBe(-7);
  });

  it("reads Intl.NumberFormat('fa-IR') output back, bidi marks and U+2212 minus included", () => {
    const fa = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 20 });
    expect(parseNumber(fa.format(-1234.5))).toBe(-1234.5);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        fc.pre(!Object.is(n, -0));
        // A second reading of the same text: undo the CLDR symbols by plain replacement.
        const text = fa.format(n);
        const latin = text
          .replace(/\u200e/g, "")
          .replace("\u2212", "-")
          .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
          .replace(/\u066c/g, "")
          .replace("\u066b", ".");
        expect(parseNumber(text) + 0).toBe(Number(latin) + 0);
      }),
    );
  });

  it("round-trips formatNumber (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseNumber(formatNumber(n))).toBe(n);
        expect(parseNumber(formatNumber(n, { digits: "latin" }))).toBe(n);
      }),
    );
  });

  it("reads the scientific notation spreadsheets export", () => {
    expect(parseNumber("1.25E+06")).toBe(1_250_000);
    expect(parseNumber("2.5e-3")).toBe(0.0025);
    expect(parseNumber("-3E2")).toBe(-300);
  });

  it("reads number words and digits with magnitude words", () => {
    expect(parseNumber("دو میلیون و پانصد هزار")).toBe(2_500_000);
    expect(parseNumber("۲٫۵ میلیون")).toBe(2_500_000);
    expect(parseNumber("منفی سی")).toBe(-30);
  });

  it("takes `/` as the decimal separator only when asked", () => {
    expect(code(() => parseNumber("۲/۵"))).toBe("TEXT_INVALID_NUMBER");
    expect(parseNumber("۲/۵", { slashDecimal: true })).toBe(2.5);
    expect(code(() => parseNumber("1403/12/27", { slashDecimal: true }))).toBe("TEXT_INVALID_NUMBER");
  });

  it("rejects irregular grouping, stray text and empty cells", () => {
    for (const bad of ["", "   ", "1,23,456", "1,2345", ",123", "12.", "1.2.3", "12a", "۱۲ ۳۴", "--1", "N/A", "ندارد", "1e", "1e5000", "1,000e3", "e5", "1.e5"]) {
      expect(code(() => parseNumber(bad)), bad).toBe("TEXT_INVALID_NUMBER");
    }
  });

  it("passes finite numbers through and rejects the rest", () => {
    expect(parseNumber(12.5)).toBe(12.5);
    expect(code(() => parseNumber(Number.NaN))).toBe("TEXT_INVALID_NUMBER");
    expect(code(() => parseNumber(null as unknown as string))).toBe("INVALID_ARGUMENT");
    expect(code(() => parseNumber(`1${"0".repeat(400)}`))).toBe("TEXT_OUT_OF_RANGE");
  });

  it("has a safe twin", () => {
    expect(safeParseNumber("۱۲")).toEqual({ success: true, data: 12 });
    const failed = safeParseNumber("x");
    expect(failed.success).toBe(false);
    if (!failed.success) expect(failed.error.code).toBe("TEXT_INVALID_NUMBER");
  });
});
