/**
 * Any string in, never anything thrown but a MahallehError; 100k-character inputs return
 * (every scanner is a hand loop or a linear regex, so a quadratic path would blow the test's
 * time-out rather than pass).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { decimalClass } from "./_decimal";
import * as text from "./index";

const D = decimalClass();

type Fn = (input: string) => unknown;

const FUNCTIONS: Record<string, Fn> = {
  normalizePersian: (s) => text.normalizePersian(s),
  normalizePersianStrict: (s) => text.normalizePersian(s, { removeDiacritics: true, digits: "latin" }),
  toPersianDigits: (s) => text.toPersianDigits(s),
  toLatinDigits: (s) => text.toLatinDigits(s),
  parseNumber: (s) => text.parseNumber(s),
  parseNumberSlash: (s) => text.parseNumber(s, { slashDecimal: true }),
  wordsToNumber: (s) => text.wordsToNumber(s),
  isValidNationalId: (s) => text.isValidNationalId(s),
  parseNationalId: (s) => text.parseNationalId(s),
  maskNationalId: (s) => text.maskNationalId(s),
  isValidLegalId: (s) => text.isValidLegalId(s),
  parseLegalId: (s) => text.parseLegalId(s),
  isValidIban: (s) => text.isValidIban(s),
  parseIban: (s) => text.parseIban(s),
  isValidMobile: (s) => text.isValidMobile(s),
  parseMobile: (s) => text.parseMobile(s),
  isValidPostalCode: (s) => text.isValidPostalCode(s, { strict: true }),
  parsePostalCode: (s) => text.parsePostalCode(s),
  parseMoney: (s) => text.parseMoney(s),
  parseMoneyDefault: (s) => text.parseMoney(s, { defaultUnit: "toman", slashDecimal: true }),
  sumMoney: (s) => text.sumMoney([s, s]),
  allocateMoney: (s) => text.allocateMoney(s, [1, 2]),
};

/** Runs fn and fails the test if it throws anything but a MahallehError. */
function mustNotCrash(name: string, fn: Fn, input: string): void {
  try {
    fn(input);
  } catch (error) {
    if (!isMahallehError(error)) throw new Error(`${name} threw a foreign error for ${JSON.stringify(input.slice(0, 80))}: ${String(error)}`);
  }
}

const pieces = fc.constantFrom(
  "۱", "٢", "3", "0", "٬", "٫", ",", ".", "/", "-", "−", "+", " ", "\u200c", "\u200e", "\n", "و", "صد", "هزار", "میلیون",
  "میلیارد", "ممیز", "منفی", "بیست", "هفتم", "سی", "ام", "ریال", "تومان", "همت", "IR", "ي", "ك", "ـ", "َ", "e", "∞", "\ud800",
);
const fuzz = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.array(pieces, { maxLength: 30 }).map((p) => p.join("")),
  fc.array(pieces, { maxLength: 30 }).map((p) => p.join(" ")),
);

describe("robustness", () => {
  it("never throws anything but MahallehError on any string (fuzz)", () => {
    fc.assert(
      fc.property(fuzz, (input) => {
        for (const [name, fn] of Object.entries(FUNCTIONS)) mustNotCrash(name, fn, input);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws anything but MahallehError on any number (fuzz)", () => {
    const numeric: Record<string, (n: number) => unknown> = {
      formatNumber: (n) => text.formatNumber(n),
      formatNumberLatin: (n) => text.formatNumber(n, { digits: "latin", maximumFractionDigits: 20 }),
      numberToWords: (n) => text.numberToWords(n),
      ordinalWords: (n) => text.ordinalWords(n),
      toPersianDigits: (n) => text.toPersianDigits(n),
      parseNumber: (n) => text.parseNumber(n),
      parseMoney: (n) => text.parseMoney(n, { defaultUnit: "toman" }),
      formatMoney: (n) => text.formatMoney(n, { compact: true }),
      sumMoney: (n) => text.sumMoney([n]),
      allocateMoney: (n) => text.allocateMoney(1_000_000, [n, 1]),
    };
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -0, 5e-324, 1e308)), (n) => {
        for (const [name, fn] of Object.entries(numeric)) mustNotCrash(name, fn as unknown as Fn, n as unknown as string);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses astronomically large or precise Decimals without expanding them", () => {
    const huge = new D("1e9000000");
    const tiny = new D("1e-9000000");
    expect(() => text.numberToWords(huge)).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    expect(() => text.numberToWords(tiny)).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    expect(() => text.ordinalWords(huge)).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    expect(() => text.sumMoney([huge])).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    expect(() => text.allocateMoney(100, [tiny, 1])).toThrow(expect.objectContaining({ code: "TEXT_INVALID_WEIGHTS" }));
    expect(() => text.allocateMoney(100, [huge, 1])).toThrow(expect.objectContaining({ code: "TEXT_INVALID_WEIGHTS" }));
  });

  it("rejects non-strings with MahallehError, never TypeError", () => {
    for (const value of [null, undefined, 42, {}, [], Symbol("x"), () => 1, 10n]) {
      for (const [name, fn] of Object.entries(FUNCTIONS)) mustNotCrash(name, fn as (v: unknown) => unknown, value as unknown as string);
    }
  });

  it("returns on 100k-character inputs", () => {
    const n = 100_000;
    const inputs = [
      "۱".repeat(n),
      "1,".repeat(n / 2),
      `${"۱۲۳٬".repeat(n / 4)}۱۲۳`,
      "\u200c".repeat(n),
      " ".repeat(n),
      "و ".repeat(n / 2),
      "هزار ".repeat(n / 5),
      "صد و ".repeat(n / 5),
      "ممیز ".repeat(n / 5),
      `یک ممیز ${"پنج ".repeat(n / 4)}`,
      "ـ".repeat(n),
      "ي ك\u200c\u200c ".repeat(n / 5),
      `${"9".repeat(n)} ریال`,
      `${"a".repeat(n)}!`,
      "(".repeat(n),
    ];
    for (const input of inputs) {
      expect(input.length).toBeGreaterThanOrEqual(n - 5);
      for (const [name, fn] of Object.entries(FUNCTIONS)) mustNotCrash(name, fn, input);
    }
    expect(text.normalizePersian("ي ".repeat(n / 2))).toHaveLength(n - 1);
  });
});
