import { describe, expect, it } from "vitest";
import { safeWordsToNumber, wordsToNumber } from "./wordsToNumber";
import { numberToWords } from "./numberToWords";

describe("wordsToNumber", () => {
  it("reads the forms people write", () => {
    const cases: Array<[string, number]> = [
      ["یکصد و بیست", 120],
      ["صد و بیست", 120],
      ["یک صد و بیست", 120],
      ["دو میلیون و پانصد هزار", 2_500_000],
      ["دو میلیون پانصد هزار", 2_500_000],
      ["یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت", 1_234_567],
      ["یك ميليون", 1_000_000], // Arabic ك and ي
      ["هزار و چهارصد و سه", 1403],
      ["یک هزار و چهارصد و سه", 1403],
      ["هجده", 18],
      ["هیجده", 18],
      ["شونزده", 16],
      ["پونصد", 500],
      ["دوازده هزار و پانصد", 12_500],
      ["هزار میلیارد", 1e12],
      ["دو هزار و پانصد میلیارد", 2.5e12],
      ["۲٫۵ میلیون", 2_500_000],
      ["۱۲٬۵۰۰ میلیارد", 12_500_000_000_000],
      ["12 هزار", 12_000],
      ["منفی هفت", -7],
      ["صفر", 0],
    ];
    for (const [text, value] of cases) expect(wordsToNumber(text), text).toBe(value);
  });

  it("reads ordinals with or without ZWNJ and «و»", () => {
    const cases: Array<[string, number]> = [
      ["بیست‌وهفتم", 27],
      ["بیست و هفتم", 27],
      ["بیست‌و‌هفتم", 27],
      ["بیست‌ و هفتم", 27],
      ["هفتاد و سومین", 73],
      ["سی‌ام", 30],
      ["سی ام", 30],
      ["اول", 1],
      ["اولین", 1],
      ["نخستین", 1],
      ["یکم", 1],
      ["دوم", 2],
      ["صدم", 100],
      ["هزارم", 1000],
    ];
    for (const [text, value] of cases) expect(wordsToNumber(text), text).toBe(value);
  });

  it("reads the glued forms of the seed article (IMNA 849955): «بیستوهفتم اسفند», «هفتاد و سومین جلسه»", () => {
    // The article writes «دوشنبه بیستوهفتم اسفند» without ZWNJ: 27 Esfand 1403 = 2025-03-17.
    expect(wordsToNumber("بیستوهفتم")).toBe(27);
    expect(wordsToNumber("هفتاد و سومین")).toBe(73);
    expect(wordsToNumber("هفتادوسومین")).toBe(73);
    expect(wordsToNumber("صدوبیست")).toBe(120);
    expect(wordsToNumber("بیستودو")).toBe(22); // «دو» contains «و»: the split must not cut it
    expect(wordsToNumber("نودونه")).toBe(99);
    expect(wordsToNumber("هزاروسیصدوپنجاه")).toBe(1350);
  });

  it("reads decimals after «ممیز»", () => {
    expect(wordsToNumber("دو ممیز پنج دهم")).toBe(2.5);
    expect(wordsToNumber("دو ممیز پنج")).toBe(2.5);
    expect(wordsToNumber("سه ممیز چهارده")).toBe(3.14);
    expect(wordsToNumber("سه ممیز صفر پنج")).toBe(3.05);
    expect(wordsToNumber("صفر ممیز پنج ده‌هزارم")).toBe(0.0005);
    expect(wordsToNumber("صفر ممیز پنج ده هزارم")).toBe(0.0005);
    expect(wordsToNumber("صفر ممیز بیست و پنج صدم")).toBe(0.25);
  });

  it("rejects what is not a number", () => {
    for (const bad of ["", "سلام", "بیست بیست", "هفت بیست", "هزار هزار", "صد ممیز", "ممیز", "یک ممیز دو ممیز سه", "بیست و", "ده دهم ممیز", "منفی"]) {
      const result = safeWordsToNumber(bad);
      expect(result.success, bad).toBe(false);
      if (!result.success) expect(result.error.code).toBe("TEXT_INVALID_NUMBER");
    }
  });
  it("reads every spelling of the scale words (short scale above 10^12), and refuses the long-scale ones", () => {
    // Each value written once as numberToWords writes it (an independent path: the writer's
    // own table), then with the other spellings.
    const spellings: Array<[bigint, string[]]> = [
      [10n ** 6n, ["میلیون", "ملیون", "ميليون"]],
      [10n ** 9n, ["میلیارد", "ملیارد"]],
      [10n ** 12n, ["تریلیون"]],
      [10n ** 15n, ["کوادریلیون", "کوآدریلیون", "کادریلیون", "كوادريليون"]],
      [10n ** 18n, ["کوینتیلیون", "کوئینتیلیون", "کویینتیلیون"]],
    ];
    for (const [value, words] of spellings) {
      expect(numberToWords(value)).toBe(`یک ${words[0]!}`);
      for (const word of words) {
        expect(wordsToNumber(`یک ${word}`), word).toBe(Number(value));
        expect(wordsToNumber(`سه ${word} و دویست`), word).toBe(3 * Number(value) + 200);
      }
    }
    expect(wordsToNumber("دو کوآدریلیون و پانصد تریلیون")).toBe(2.5e15);
    for (const longScale of ["یک بیلیون", "یک بیلیارد"]) expect(safeWordsToNumber(longScale).success, longScale).toBe(false);
  });
});
