import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitValue, foldArabicLetters, foldForMatching, latinDigits, persianDigits, persianDigitsInProse } from "./chars";

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

describe("persianDigitsInProse", () => {
  it("writes a Persian sentence's numbers in Persian digits, decimal point as «٫»", () => {
    expect(persianDigitsInProse("سطر 3 از 12")).toBe("سطر ۳ از ۱۲");
    expect(persianDigitsInProse("تاریخ پیگیری 1404/01/20")).toBe("تاریخ پیگیری ۱۴۰۴/۰۱/۲۰"); /* 1404/01/20 = 2025-04-09 */
    expect(persianDigitsInProse("میانگین 2.5، p = 0.031")).toBe("میانگین ۲٫۵، p = ۰٫۰۳۱");
    expect(persianDigitsInProse("پایان جمله. 3")).toBe("پایان جمله. ۳");
  });
  it("keeps what the sentence quotes and the digits of Latin words", () => {
    expect(persianDigitsInProse("شناسهٔ «alb-krj-001» در ردیف 4")).toBe("شناسهٔ «alb-krj-001» در ردیف ۴");
    expect(persianDigitsInProse('مقدار "x 12" و `a1` در 7')).toBe('مقدار "x 12" و `a1` در ۷');
    expect(persianDigitsInProse("«نقل «تو در تو 3» 4» 5")).toBe("«نقل «تو در تو 3» 4» ۵");
    expect(persianDigitsInProse("UTF-8، Windows-1256، zod/v4، U+200C")).toBe("UTF-8، Windows-1256، zod/v4، U+200C");
  });
  it("changes only Latin digits, and only their characters (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = persianDigitsInProse(s);
        // same length, same text once digits and decimal points are read back
        return out.length === s.length && latinDigits(out).replace(/\u066b/g, ".") === s;
      }),
    );
  });
});
