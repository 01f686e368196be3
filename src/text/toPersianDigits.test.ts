import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toLatinDigits } from "./toLatinDigits";
import { toPersianDigits } from "./toPersianDigits";

describe("toPersianDigits / toLatinDigits", () => {
  it("maps each of the three digit systems (Persian U+06F0…, Arabic-Indic U+0660…, Latin)", () => {
    expect(toPersianDigits("0123456789")).toBe("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9");
    expect(toPersianDigits("\u0660\u0664\u0665\u0666")).toBe("\u06f0\u06f4\u06f5\u06f6");
    expect(toLatinDigits("\u06f0\u06f4\u06f5\u06f6 \u0660\u0664\u0665\u0666")).toBe("0456 0456");
  });

  it("accepts numbers and bigints, in plain notation", () => {
    expect(toPersianDigits(1403)).toBe("۱۴۰۳");
    expect(toPersianDigits(-2.5)).toBe("-۲.۵");
    expect(toPersianDigits(10n ** 21n)).toBe(`۱${"۰".repeat(21)}`);
    expect(toLatinDigits(73)).toBe("73");
  });

  it("rejects NaN and non-strings with a MahallehError", () => {
    expect(() => toPersianDigits(Number.NaN)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => toLatinDigits({} as unknown as string)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("round-trips and agrees with Intl's Persian digits (property)", () => {
    const fa = new Intl.NumberFormat("fa-IR", { useGrouping: false });
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(toPersianDigits(String(n))).toBe(fa.format(n));
        expect(toLatinDigits(toPersianDigits(String(n)))).toBe(String(n));
      }),
    );
  });
});
