/**
 * Spreadsheet cleaning used by the model schemas: numbers in any digit system, Persian text,
 * money strings.
 */
import Decimal from "decimal.js";
import { foldArabicLetters, latinDigits } from "../internal/chars";

/** Trims, folds Arabic letters to Persian, removes tatweel and collapses runs of spaces. */
export function cleanText(text: string): string {
  return foldArabicLetters(text).replace(/\u0640/g, "").replace(/\s+/g, " ").trim();
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Reads "۱۲٬۵۰۰", "12,500.5", "٪۳۵" or "−3" as a number; undefined if it is not one. */
export function cleanNumber(text: string): number | undefined {
  const compact = latinDigits(text)
    .replace(/[\s\u200c\u066c,]/g, "")
    .replace(/\u066b/g, ".")
    .replace(/\u2212/g, "-")
    .replace(/^[%\u066a]|[%\u066a]$/g, "");
  if (!NUMBER.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isFinite(value) ? value : undefined;
}

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ["هزار", 3],
  ["میلیون", 6],
  ["میلیارد", 9],
  ["همت", 12],
];

/**
 * Reads an amount of money in rials: digits in any system with separators, optional
 * magnitude words (هزار، میلیون، میلیارد، همت) and unit (ریال default, تومان ×10).
 */
export function cleanMoney(text: string): Decimal | undefined {
  let rest = cleanText(text);
  let factor = 0;
  let toman = false;
  if (/(?:تومان|toman)$/i.test(rest)) {
    toman = true;
    rest = rest.replace(/(?:تومان|toman)$/i, "").trim();
  } else rest = rest.replace(/(?:ریال|rials?|IRR)$/i, "").trim();
  for (;;) {
    const found = MAGNITUDES.find(([word]) => rest.endsWith(word));
    if (found === undefined) break;
    factor += found[1];
    if (found[0] === "همت") toman = true;
    rest = rest.slice(0, -found[0].length).trim();
  }
  const compact = latinDigits(rest).replace(/[\s\u200c\u066c,]/g, "").replace(/\u066b/g, ".");
  if (!NUMBER.test(compact)) return undefined;
  let amount = new Decimal(compact).times(new Decimal(10).pow(factor));
  if (toman) amount = amount.times(10);
  return amount;
}

/**
 * A key for loose matching of names and codes: Arabic letters folded, Latin digits, lower
 * case, diacritics, tatweel, spaces, ZWNJ, hyphens and underscores removed.
 * «خرم آباد», «خرم‌آباد» and «خرمآباد» share a key; so do "IR-30", "ir 30" and «IR-۳۰».
 */
export function matchKey(text: string): string {
  return latinDigits(foldArabicLetters(text))
    .toLowerCase()
    .replace(/[\s\u200c\u200d\u0640\u064b-\u0652_-]/g, "");
}
