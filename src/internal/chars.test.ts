import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitValue, foldArabicLetters, foldForMatching, latinDigits, persianDigits } from "./chars";

describe("digits", () => {
  it("reads all three systems", () => {
    expect(latinDigits("۱۴۰۳/١٢/27")).toBe("1403/12/27");
    expect(persianDigits("1403/١٢/۲۷")).toBe("۱۴۰۳/۱۲/۲۷");
    expect(digitValue("٤".charCodeAt(0))).toBe(4);
    expect(digitValue("ک".charCodeAt(0))).toBe(-1);
  });
  it("round-trips Latin digits through Persian (property)", () => {
    fc.assert(fc.property(fc.string(), (s) => latinDigits(persianDigits(s)) === latinDigits(s)));
  });
});

describe("foldArabicLetters", () => {
  it("maps Arabic yeh, kaf and heh forms to Persian", () => {
    expect(foldArabicLetters("علي كريمي")).toBe("علی کریمی");
    expect(foldArabicLetters("مصطفى")).toBe("مصطفی");
    expect(foldArabicLetters("ھە")).toBe("هه");
    expect(foldArabicLetters("محله‌ها")).toBe("محله‌ها");
  });
});

describe("foldForMatching", () => {
  it("folds the spellings people use for one name", () => {
    const same = (a: string, b: string): void => expect(foldForMatching(a)).toBe(foldForMatching(b));
    same("خرم‌آباد", "خرم آباد");
    same("محلهٔ هدف", "محله هدف");
    same("كرج", "کرج");
    same("IR-30", "ir ۳۰");
    same("\u200Fنام محله\uFEFF", "نام_محله");
    expect(foldForMatching("  نام   محله ")).toBe("نام محله");
  });
  it("is idempotent (property)", () => {
    fc.assert(fc.property(fc.string(), (s) => foldForMatching(foldForMatching(s)) === foldForMatching(s)));
  });
});
