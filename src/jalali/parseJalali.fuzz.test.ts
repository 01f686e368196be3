/**
 * parseJalali on 20,000 random strings (the fuzz moved out of parseJalali.test.ts so that
 * `npm test` stays quick; it runs in the vitest project "slow", part of `npm run test:all`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/index";
import { parseJalali, toDayNumber } from "./index";

/** 1403/12/27 = 2025-03-17, the reference of a date written without its year. */
const SESSION = { year: 1403, month: 12, day: 27 } as const;

describe("parseJalali", () => {
  it("fuzz: any string gives a date or a MahallehError (never a foreign error, never INTERNAL)", () => {
    const alphabet = [..."0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/-.,،  \u200c\u200fابپتسشدیکيكهوم", "اسفند", "دوشنبه", "بیست", "و", "هفتم", "ماه", "۱۴۰۳", "٫", "\u200d", "AP", "Esfand", "Monday", "حوت", "-ام", "th", "هجری", "بعد از هجرت"];
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(text, (input) => {
        try {
          const date = parseJalali(input, { reference: SESSION });
          expect(toDayNumber(date)).toEqual(expect.any(Number));
        } catch (error) {
          expect(isMahallehError(error)).toBe(true);
          expect((error as { code: string }).code).not.toBe("INTERNAL");
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
