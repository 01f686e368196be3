import { ARABIC_ZERO, PERSIAN_ZERO, digitValue } from "../internal/chars";
import { expectString } from "./_isDecimal";
import { PLAIN, ZWNJ, plainFor, plainText } from "./_plain";

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

const NEEDS_WORK = new Map<string, RegExp>();

/**
 * A regex matching wherever normalisation would change something for the given options.
 * Alternatives are single characters or fixed pairs: no backtracking, linear time.
 */
function needsWork(digits: string, removeDiacritics: boolean, spacing: boolean): RegExp {
  const key = `${digits}|${removeDiacritics}|${spacing}`;
  let regex = NEEDS_WORK.get(key);
  if (regex === undefined) {
    let chars = "\\u0640\\u0643\\u0649\\u064a\\u06be\\u06d5";
    if (digits !== "keep") chars += "\\u0660-\\u0669";
    if (digits === "latin") chars += "\\u06f0-\\u06f9";
    if (digits === "persian") chars += "0-9";
    if (removeDiacritics) chars += "\\u064b-\\u0652\\u0670";
    let source = `[${chars}]`;
    if (spacing) {
      // Blanks other than " " and "\n", other line breaks, separators at the ends, and the
      // separator pairs that spacing rewrites ("\n\n" is already canonical).
      source += "|[^\\S \\n]|[\\u0085\\u2028\\u2029]|^[\\s\\u200c]|[\\s\\u200c]$| [ \\n\\u200c]|\\n[ \\u200c]|\\u200c[\\s\\u200c]";
    }
    regex = new RegExp(source);
    NEEDS_WORK.set(key, regex);
  }
  return regex;
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

  // Already clean text (the common case) is found by a table loop (a plain name) or, failing
  // that, one native, linear regex scan.
  if (plainText(text, plainFor(digits, removeDiacritics)) || !needsWork(digits, removeDiacritics, spacing).test(text)) return text;

  // One pass. Unchanged input is copied by slices; a changed or removed character, or a
  // separator run (blanks, line breaks, ZWNJ) that is not already canonical, ends a slice.
  // A separator run between two text characters becomes "\n" × (its line breaks) if it has
  // any, else " " if it has a blank, else one ZWNJ; runs at either end are dropped.
  // the output is built in a buffer of UTF-16 code units (never longer than the input), not
  // by appending strings: millions of small appends make the cost grow with the text's size
  let buf = new Uint16Array(text.length + 8);
  let k = 0;
  const put = (code: number): void => {
    if (k === buf.length) {
      const bigger = new Uint16Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    buf[k++] = code;
  };
  const copy = (from: number, to: number): void => {
    for (let j = from; j < to; j++) put(text.charCodeAt(j));
  };
  let runStart = -1; // start of the pending unchanged slice
  let sepStart = -1; // start of the current separator run, or -1
  let sepContiguous = true; // no removed character inside the separator run
  let runBreaks = 0;
  let runBlank = false;
  let seenText = false;
  let afterCR = false; // the last kept character was "\r"
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0700 && PLAIN[code] === 1 && sepStart < 0) {
      // Fast path: an ordinary character that stays as it is, outside a separator run.
      if (runStart < 0) runStart = i;
      seenText = true;
      afterCR = false;
      continue;
    }
    if ((code === 0x20 || code === ZWNJ) && spacing && runStart >= 0 && sepStart < 0) {
      // A single space or ZWNJ between two ordinary characters is already canonical.
      const next = text.charCodeAt(i + 1);
      if (next < 0x0700 && PLAIN[next] === 1) continue;
    }
    if (code === 0x0640 || (removeDiacritics && isDiacritic(code))) {
      if (runStart >= 0) copy(runStart, sepStart >= 0 ? sepStart : i);
      runStart = -1;
      if (sepStart >= 0) sepContiguous = false;
      continue;
    }
    let mapped = code;
    if (code === 0x064a || code === 0x0649) mapped = 0x06cc;
    else if (code === 0x0643) mapped = 0x06a9;
    else if (code === 0x06be || code === 0x06d5) mapped = 0x0647;
    else if (digits !== "keep" && (code <= 0x39 || code >= ARABIC_ZERO)) {
      const value = digitValue(code);
      if (value >= 0) {
        if (digits === "latin") mapped = 48 + value;
        else if (digits === "persian" || (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9)) mapped = PERSIAN_ZERO + value;
      }
    }
    if (spacing) {
      let separator = true;
      const wasCR = afterCR;
      afterCR = code === 0x0d;
      if (code === 0x0a) {
        if (!wasCR) runBreaks++; // "\r\n" is one line break
      } else if (code === 0x2028 || code === 0x2029 || code === 0x85) runBreaks++;
      else if (code === 0x0d) {
        runBreaks++;
        sepContiguous = false; // "\r" is written "\n"
      } else if (code === ZWNJ) {
        /* counted by the run itself */
      } else if (isBlank(code)) runBlank = true;
      else separator = false;
      if (separator) {
        if (sepStart < 0) sepStart = i;
        continue;
      }
      if (sepStart >= 0) {
        if (seenText) {
          const canonical = runBreaks > 0 ? "\n".repeat(runBreaks) : runBlank ? " " : "\u200c";
          const inPlace = runStart >= 0 && sepContiguous && i - sepStart === canonical.length && text.slice(sepStart, i) === canonical;
          if (!inPlace) {
            if (runStart >= 0) copy(runStart, sepStart);
            for (let j = 0; j < canonical.length; j++) put(canonical.charCodeAt(j));
            runStart = -1;
          }
        } else runStart = -1;
        sepStart = -1;
        sepContiguous = true;
        runBreaks = 0;
        runBlank = false;
      }
      seenText = true;
    }
    if (mapped !== code) {
      if (runStart >= 0) copy(runStart, i);
      put(mapped);
      runStart = -1;
    } else if (runStart < 0) runStart = i;
  }
  if (runStart >= 0) copy(runStart, sepStart >= 0 ? sepStart : text.length);
  // String.fromCharCode keeps lone surrogates as they are (a TextDecoder would replace them)
  const parts: string[] = [];
  for (let at = 0; at < k; at += 8192) parts.push(String.fromCharCode.apply(null, buf.subarray(at, Math.min(k, at + 8192)) as unknown as number[]));
  return parts.join("");
}

