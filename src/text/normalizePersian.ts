import { ARABIC_ZERO, PERSIAN_ZERO, digitValue } from "../internal/chars";
import { expectString } from "./_decimal";

/**
 * Options of {@link normalizePersian}.
 *
 * @category Text
 */
export interface NormalizePersianOptions {
  /**
   * What to do with digits. Default `"fold"`: Arabic-Indic digits (٤٥٦) become Persian
   * (۴۵۶), Latin digits stay. `"persian"`: every digit becomes Persian. `"latin"`: every
   * digit becomes Latin. `"keep"`: digits are left alone.
   */
  readonly digits?: "fold" | "persian" | "latin" | "keep" | undefined;
  /** Remove the Arabic diacritics (harakat U+064B–U+0652, superscript alef U+0670). Default `false`. */
  readonly removeDiacritics?: boolean | undefined;
  /**
   * Clean spacing. Default `true`: runs of spaces, tabs and other blank characters become
   * one space; spaces around line breaks and at both ends are dropped; ZWNJ (نیم‌فاصله) runs
   * become one ZWNJ and a ZWNJ beside a space, a line break or the ends is dropped (a ZWNJ
   * inside a word, as in «محله‌ها», is kept). `false` leaves spacing and ZWNJ untouched.
   */
  readonly spacing?: boolean | undefined;
}

const ZWNJ = 0x200c;
const KIND_TEXT = 0;
const KIND_SPACE = 1;
const KIND_NEWLINE = 2;
const KIND_ZWNJ = 3;

/** Blank characters that count as a space (not line breaks, not ZWNJ). */
function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isDiacritic(code: number): boolean {
  return (code >= 0x064b && code <= 0x0652) || code === 0x0670;
}

/**
 * Cleans Persian text as it arrives from spreadsheets, forms and the web, in one linear pass:
 *
 * - Arabic letter forms become Persian: ي ى → ی, ك → ک, ھ ە → ه;
 * - Arabic-Indic digits become Persian (see `digits` for other choices);
 * - tatweel (ـ, kashida) is removed; diacritics optionally;
 * - spacing and ZWNJ are cleaned (see `spacing`).
 *
 * Normalising twice gives the same result as normalising once. Never throws for a string.
 *
 * @param text - any text
 * @param options - see {@link NormalizePersianOptions}
 * @returns the normalised text
 * @throws MahallehError `INVALID_ARGUMENT` if `text` is not a string
 * @example
 * ```ts
 * import { normalizePersian } from "mahalleh/text";
 * normalizePersian("  محله‌‌هاي  كم‌ برخوردار "); // => "محله‌های کم برخوردار"
 * normalizePersian("سال ١٤٠٣"); // => "سال ۱۴۰۳"
 * normalizePersian("سال ١٤٠٣", { digits: "latin" }); // => "سال 1403"
 * normalizePersian("مَحَلّه", { removeDiacritics: true }); // => "محله"
 * normalizePersian("تـــهران"); // => "تهران"
 * ```
 *
 * @category Text
 */
export function normalizePersian(text: string, options?: NormalizePersianOptions | undefined): string {
  expectString(text, "normalizePersian");
  const digits = options?.digits ?? "fold";
  const removeDiacritics = options?.removeDiacritics ?? false;
  const spacing = options?.spacing ?? true;

  // Pass 1: character mapping into an array of code units.
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x0640) continue; // tatweel
    if (removeDiacritics && isDiacritic(code)) continue;
    if (code === 0x064a || code === 0x0649) code = 0x06cc;
    else if (code === 0x0643) code = 0x06a9;
    else if (code === 0x06be || code === 0x06d5) code = 0x0647;
    else if (digits !== "keep") {
      const value = digitValue(code);
      if (value >= 0) {
        if (digits === "latin") code = 48 + value;
        else if (digits === "persian") code = PERSIAN_ZERO + value;
        else if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) code = PERSIAN_ZERO + value;
      }
    }
    units.push(code);
  }
  if (!spacing) return fromUnits(units, 0, units.length);

  // Pass 2: every run of separators (blanks, line breaks, ZWNJ) between two text characters
  // becomes "\n" × (line breaks in it) if it has line breaks, else " " if it has a blank,
  // else one ZWNJ. Runs at either end are dropped.
  const out: number[] = [];
  let runBreaks = 0;
  let runBlank = false;
  let runZwnj = false;
  let seenText = false;
  for (let i = 0; i < units.length; i++) {
    const code = units[i] as number;
    let kind = KIND_TEXT;
    if (code === 0x0a || code === 0x2028 || code === 0x2029 || code === 0x85) kind = KIND_NEWLINE;
    else if (code === 0x0d) {
      kind = KIND_NEWLINE;
      if (units[i + 1] === 0x0a) i++;
    } else if (code === ZWNJ) kind = KIND_ZWNJ;
    else if (isBlank(code)) kind = KIND_SPACE;
    if (kind === KIND_TEXT) {
      if (seenText) {
        if (runBreaks > 0) for (let k = 0; k < runBreaks; k++) out.push(0x0a);
        else if (runBlank) out.push(0x20);
        else if (runZwnj) out.push(ZWNJ);
      }
      seenText = true;
      runBreaks = 0;
      runBlank = false;
      runZwnj = false;
      out.push(code);
    } else if (kind === KIND_NEWLINE) runBreaks++;
    else if (kind === KIND_SPACE) runBlank = true;
    else runZwnj = true;
  }
  return fromUnits(out, 0, out.length);
}

/** Builds a string from code units in chunks (no argument-count overflow on long texts). */
function fromUnits(units: readonly number[], start: number, end: number): string {
  let result = "";
  for (let i = start; i < end; i += 8192) {
    result += String.fromCharCode.apply(null, units.slice(i, Math.min(end, i + 8192)) as number[]);
  }
  return result;
}
