import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalClass } from "./_decimal";
import { numberToWords } from "./numberToWords";
import { wordsToNumber } from "./wordsToNumber";

const D = decimalClass();

describe("numberToWords", () => {
  it("writes numbers as they are written in Persian", () => {
    // Written Persian (as on cheques and in reports), typed by hand.
    const cases: Array<[number | bigint, string]> = [
      [0, "صفر"],
      [7, "هفت"],
      [13, "سیزده"],
      [18, "هجده"],
      [27, "بیست و هفت"],
      [73, "هفتاد و سه"],
      [100, "صد"],
      [120, "صد و بیست"],
      [305, "سیصد و پنج"],
      [999, "نهصد و نود و نه"],
      [1000, "هزار"],
      [1001, "هزار و یک"],
      [1403, "هزار و چهارصد و سه"],
      [2020, "دو هزار و بیست"],
      [12_500, "دوازده هزار و پانصد"],
      [1_000_000, "یک میلیون"],
      [1_234_567, "یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت"],
      [2_500_000, "دو میلیون و پانصد هزار"],
      [20_000_000, "بیست میلیون"],
      [10_000_000_000, "ده میلیارد"],
      [12_500_000_000_000, "دوازده تریلیون و پانصد میلیارد"],
      [10n ** 15n, "یک کوادریلیون"],
      [10n ** 21n - 1n, "نهصد و نود و نه کوینتیلیون و نهصد و نود و نه کوادریلیون و نهصد و نود و نه تریلیون و نهصد و نود و نه میلیارد و نهصد و نود و نه میلیون و نهصد و نود و نه هزار و نهصد و نود و نه"],
    ];
    for (const [n, words] of cases) expect(numberToWords(n)).toBe(words);
  });

  it("writes negatives with «منفی» and decimals with «ممیز»", () => {
    expect(numberToWords(-27)).toBe("منفی بیست و هفت");
    expect(numberToWords(2.5)).toBe("دو ممیز پنج دهم");
    expect(numberToWords(3.14)).toBe("سه ممیز چهارده صدم");
    expect(numberToWords(0.05)).toBe("صفر ممیز پنج صدم");
    expect(numberToWords(0.125)).toBe("صفر ممیز صد و بیست و پنج هزارم");
    expect(numberToWords(new D("0.0001"))).toBe("صفر ممیز یک ده\u200cهزارم");
    expect(numberToWords(-0)).toBe("صفر");
  });

  it("joins with ZWNJ on request", () => {
    expect(numberToWords(27, { joiner: "zwnj" })).toBe("بیست\u200cوهفت");
  });

  it("refuses what it cannot write", () => {
    expect(() => numberToWords(1e21)).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    expect(() => numberToWords(5e-324)).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    expect(() => numberToWords(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => numberToWords("12" as unknown as number)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("round-trips through wordsToNumber for integers up to 10^15 and beyond (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(wordsToNumber(numberToWords(n))).toBe(n + 0);
        expect(wordsToNumber(numberToWords(n, { joiner: "zwnj" }))).toBe(n + 0);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (n) => {
        expect(BigInt(wordsToNumber(numberToWords(n)))).toBe(n);
      }),
    );
  });

  it("round-trips decimals through wordsToNumber (property)", () => {
    // Decimals as people write them: an integer over a power of ten.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 12 }), (i, k) => {
        const n = Number(`${i}e-${k}`);
        expect(wordsToNumber(numberToWords(n))).toBe(n + 0);
      }),
      { numRuns: 1000 },
    );
    // Any double whose shortest decimal form has at most 20 decimals.
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        const plain = new D(n).toFixed();
        fc.pre(!plain.includes(".") || plain.length - plain.indexOf(".") - 1 <= 20);
        expect(wordsToNumber(numberToWords(n))).toBe(n + 0);
      }),
      { numRuns: 1000 },
    );
  });
});
