/**
 * Character-level helpers shared by the modules (never exported from the package).
 * Linear, allocation-light loops over UTF-16 code units; no regex backtracking.
 */

/** Persian digits ۰–۹ start at U+06F0; Arabic-Indic ٠–٩ at U+0660. */
export const PERSIAN_ZERO = 0x06f0;
export const ARABIC_ZERO = 0x0660;

/** The Latin value 0–9 of a code unit in any of the three digit systems, or -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return code - PERSIAN_ZERO;
  if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) return code - ARABIC_ZERO;
  return -1;
}

function mapDigits(text: string, zero: number): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = digitValue(code);
    if (value < 0 || code === zero + value) continue;
    out += text.slice(last, i) + String.fromCharCode(zero + value);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Replaces Persian and Arabic-Indic digits by Latin ones; other characters unchanged. */
export function latinDigits(text: string): string {
  return mapDigits(text, 48);
}

/** Replaces Latin and Arabic-Indic digits by Persian ones; other characters unchanged. */
export function persianDigits(text: string): string {
  return mapDigits(text, PERSIAN_ZERO);
}

/**
 * Folds the Arabic letter forms found in Iranian data to the Persian ones:
 * ي (U+064A) and ى (U+0649) → ی (U+06CC); ك (U+0643) → ک (U+06A9); ھ (U+06BE) and ە (U+06D5) → ه (U+0647).
 */
export function foldArabicLetters(text: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement = 0;
    if (code === 0x064a || code === 0x0649) replacement = 0x06cc;
    else if (code === 0x0643) replacement = 0x06a9;
    else if (code === 0x06be || code === 0x06d5) replacement = 0x0647;
    if (replacement === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(replacement);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Folds a name or a header for loose comparison: Arabic letters → Persian, every digit →
 * Latin, lower case; diacritics (incl. hamza above and superscript alef), tatweel, bidi marks
 * and BOM removed; every run of spaces, ZWNJ/ZWJ, underscores and dashes → one space; trimmed.
 * «خرم‌آباد» and «خرم آباد», «محلهٔ هدف» and «محله هدف», "IR-30" and «ir ۳۰» fold alike.
 */
export function foldForMatching(text: string): string {
  return foldArabicLetters(latinDigits(text))
    .replace(/[\u064B-\u0655\u0670\u0640\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, "")
    .replace(/[\s\u200C\u200D_\-‐–—]+/g, " ")
    .trim()
    .toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isLatinDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Persian digits for a Persian sentence: every run of Latin digits becomes Persian digits
 * («سطر 3» → «سطر ۳», `2.5` → «۲٫۵», a point between digits becoming «٫»), except the text
 * the sentence quotes — inside «…», "…" or `…` (user data: an id such as «alb-krj-001», a
 * cell, a file name) — and digits that belong to a Latin word ("UTF-8", "Windows-1256",
 * "zod/v4", "U+200C"). Linear in the text.
 */
export function persianDigitsInProse(text: string): string {
  let out = "";
  let last = 0;
  let guillemets = 0;
  let quote = 0; // the ASCII quote (" or `) currently open, or 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      continue;
    }
    if (code === 0xab) guillemets++;
    else if (code === 0xbb && guillemets > 0) guillemets--;
    else if (guillemets === 0 && (code === 0x22 || code === 0x60)) quote = code;
    if (guillemets > 0 || !isLatinDigit(code)) continue;
    // a run of digits, with points between digits
    let end = i;
    while (end < text.length && (isLatinDigit(text.charCodeAt(end)) || (text.charCodeAt(end) === 0x2e && isLatinDigit(text.charCodeAt(end + 1)) && end > i))) end++;
    const before = text.charCodeAt(i - 1);
    const latinWord =
      isAsciiLetter(before) ||
      ((before === 0x2d || before === 0x2e || before === 0x2f || before === 0x2b) && isAsciiLetter(text.charCodeAt(i - 2))) ||
      isAsciiLetter(text.charCodeAt(end));
    if (!latinWord) {
      let run = "";
      for (let j = i; j < end; j++) {
        const c = text.charCodeAt(j);
        run += c === 0x2e ? "\u066b" : String.fromCharCode(PERSIAN_ZERO + c - 48);
      }
      out += text.slice(last, i) + run;
      last = end;
    }
    i = end - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
