/**
 * Persian number words: the vocabulary, the writer and the reader shared by numberToWords,
 * ordinalWords, wordsToNumber, parseNumber and parseMoney. Hand loops only.
 */
import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";
import { dec, tenTo } from "./_decimal";
import { readNumeral, startsNumeral } from "./_numeral";
import { normalizePersian } from "./normalizePersian";

const ONES = ["صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"] as const;
const TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"] as const;
const TENS = ["", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"] as const;
const HUNDREDS = ["", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"] as const;
/** Short-scale names used in Iran: 10^3, 10^6, 10^9 (میلیارد), 10^12 … 10^18. */
const SCALES = ["", "هزار", "میلیون", "میلیارد", "تریلیون", "کوادریلیون", "کوینتیلیون"] as const;

/** The largest integer numberToWords writes is 10^21 − 1. */
export const MAX_WORDS_DIGITS = 21;
/** At most this many digits after the decimal point are written in words. */
export const MAX_FRACTION_DIGITS = 20;

/** 10^21: numberToWords and ordinalWords write integers below it. */
export function wordsLimit(): Decimal {
  return tenTo(MAX_WORDS_DIGITS);
}

/** " و " or ZWNJ + "و". */
export function joinerText(joiner: "space" | "zwnj" | undefined): string {
  return joiner === "zwnj" ? "\u200cو" : " و ";
}

/** Words worth 0–999 (every accepted spelling). */
const SMALL: Map<string, number> = /* @__PURE__ */ buildSmall();

function buildSmall(): Map<string, number> {
  const small = new Map<string, number>();
  ONES.forEach((w, i) => small.set(w, i));
  TEENS.forEach((w, i) => small.set(w, 10 + i));
  TENS.forEach((w, i) => {
    if (w !== "") small.set(w, i * 10);
  });
  HUNDREDS.forEach((w, i) => {
    if (w !== "") small.set(w, i * 100);
  });
  for (const [w, v] of [
    ["شیش", 6],
    ["پونزده", 15],
    ["شونزده", 16],
    ["هیفده", 17],
    ["هیجده", 18],
    ["هژده", 18],
    ["یکصد", 100],
    ["پونصد", 500],
  ] as const) {
    small.set(w, v);
  }
  return small;
}

/**
 * Scale words → power of ten: the short scale, as in Iran (میلیارد = 10^9, تریلیون = 10^12,
 * کوادریلیون = 10^15, کوینتیلیون = 10^18), with the spellings in use — «ملیون», «ملیارد»,
 * «کوآدریلیون» (other Persian number libraries), «کادریلیون», «کوئینتیلیون», «کویینتیلیون».
 * The long-scale «بیلیون» and «بیلیارد» are not scale words: their value depends on the writer.
 */
const SCALE_POWER = new Map<string, number>([
  ["هزار", 3],
  ["میلیون", 6],
  ["ملیون", 6],
  ["میلیارد", 9],
  ["ملیارد", 9],
  ["تریلیون", 12],
  ["کوادریلیون", 15],
  ["کوآدریلیون", 15],
  ["کادریلیون", 15],
  ["کوینتیلیون", 18],
  ["کوئینتیلیون", 18],
  ["کویینتیلیون", 18],
]);

// ---------------------------------------------------------------- writing

function writeBelowThousand(n: number, parts: string[]): void {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) parts.push(HUNDREDS[h] as string);
  if (rest >= 20) {
    parts.push(TENS[Math.floor(rest / 10)] as string);
    if (rest % 10 > 0) parts.push(ONES[rest % 10] as string);
  } else if (rest >= 10) parts.push(TEENS[rest - 10] as string);
  else if (rest > 0) parts.push(ONES[rest] as string);
}

/** Cardinal words of a non-negative integer written in Latin digits (no sign, < 10^21). */
export function writeIntegerDigits(digits: string, joiner: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  if (trimmed === "0") return ONES[0];
  const parts: string[] = [];
  const groups = Math.ceil(trimmed.length / 3);
  for (let g = groups - 1; g >= 0; g--) {
    const end = trimmed.length - g * 3;
    const value = Number(trimmed.slice(Math.max(0, end - 3), end));
    if (value === 0) continue;
    if (g === 0) writeBelowThousand(value, parts);
    else if (g === 1 && value === 1) parts.push(SCALES[1]);
    else {
      const inner: string[] = [];
      writeBelowThousand(value, inner);
      parts.push(`${inner.join(joiner)} ${SCALES[g] as string}`);
    }
  }
  return parts.join(joiner);
}

/** The ordinal form of a single cardinal word: سه → سوم, سی → سی‌ام, هفت → هفتم. */
export function ordinalOfWord(word: string): string {
  if (word === "سه") return "سوم";
  if (word === "سی") return "سی\u200cام";
  return `${word}م`;
}

/** «دهم», «صدم», «هزارم», «ده‌هزارم», «صد‌هزارم», «میلیونم» … for 10^k, 1 ≤ k ≤ 20. */
export function denominatorWord(k: number): string {
  const base = Math.floor(k / 3);
  const prefix = k % 3 === 1 ? "ده" : k % 3 === 2 ? "صد" : "";
  if (base === 0) return `${prefix}م`;
  const scale = `${SCALES[base] as string}م`;
  return prefix === "" ? scale : `${prefix}\u200c${scale}`;
}

// ---------------------------------------------------------------- reading

const DENOMINATORS: Map<string, number> = /* @__PURE__ */ buildDenominators();

function buildDenominators(): Map<string, number> {
  const denominators = new Map<string, number>([
    ["دهم", 1],
    ["صدم", 2],
  ]);
  for (let base = 1; base < SCALES.length; base++) {
    const scale = SCALES[base] as string;
    denominators.set(`${scale}م`, base * 3);
    denominators.set(`ده${scale}م`, base * 3 + 1);
    denominators.set(`صد${scale}م`, base * 3 + 2);
  }
  return denominators;
}

function isBidiOrJoiner(code: number): boolean {
  return (
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Splits text into word tokens after normalisation (Persian letters, Latin digits, no
 * diacritics, no bidi marks): separators are blanks, line breaks and ZWNJ.
 */
export function tokenize(text: string): string[] {
  let cleaned = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isBidiOrJoiner(text.charCodeAt(i))) continue;
    cleaned += text.slice(last, i);
    last = i + 1;
  }
  cleaned = last === 0 ? text : cleaned + text.slice(last);
  const normal = normalizePersian(cleaned, { digits: "latin", removeDiacritics: true });
  const tokens: string[] = [];
  let start = 0;
  for (let i = 0; i <= normal.length; i++) {
    const code = i < normal.length ? normal.charCodeAt(i) : 0x20;
    if (code === 0x20 || code === 0x0a || code === 0x200c) {
      if (i > start) tokens.push(normal.slice(start, i));
      start = i + 1;
    }
  }
  return tokens;
}

function invalid(text: string, reason: string): never {
  throw fail(
    "TEXT_INVALID_NUMBER",
    `«${preview(text)}» عدد معتبری نیست (${reason})`,
    `"${preview(text)}" is not a valid number (${reason})`,
    { input: preview(text), reason },
  );
}

/** The longest text read as a number (in words or digits), in UTF-16 code units. */
const MAX_NUMBER_TEXT = 4096;

/** At most 60 characters of an input, for messages. */
export function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Numerals longer than this are rejected (TEXT_OUT_OF_RANGE) so that arithmetic stays exact and cheap. */
const MAX_NUMERAL_LENGTH = 80;

/** Zeros at the end of the integer part of a plain numeral ("1200" → 2, "1.5" → 0). */
function trailingZeros(numeral: string): number {
  if (numeral.includes(".") || numeral.includes("e")) return 0;
  let n = 0;
  for (let i = numeral.length - 1; i > 0 && numeral.charCodeAt(i) === 48; i--) n++;
  return n;
}

interface ReadState {
  readonly source: string;
  readonly slashDecimal: boolean;
}

/** Reads an unsigned integer part (words, numerals, scales) from tokens[from, to). */
function readCardinal(tokens: readonly string[], from: number, to: number, state: ReadState): Decimal {
  const stack: Array<{ value: Decimal; power: number }> = [];
  let current = dec(0);
  let currentSet = false;
  // The next word added to the current group must be below this (after «صد» < 100, after
  // «بیست» < 10, after «یک» or «پانزده» nothing): words come in falling order.
  let limit = Infinity;
  let any = false;
  for (let i = from; i < to; i++) {
    let token = tokens[i] as string;
    if (token === "و") {
      if (i === from || i === to - 1 || tokens[i + 1] === "و") invalid(state.source, "misplaced «و»");
      continue;
    }
    if (!SMALL.has(token) && !SCALE_POWER.has(token) && token.length > 1 && token.startsWith("و")) token = token.slice(1);
    any = true;
    if (startsNumeral(token)) {
      const numeral = readNumeral(token, state.slashDecimal);
      if (numeral === null) invalid(state.source, `«${preview(token)}»`);
      if (numeral.length > MAX_NUMERAL_LENGTH) {
        throw fail(
          "TEXT_OUT_OF_RANGE",
          `عدد «${preview(token)}» بیش از حد طولانی است`,
          `The number "${preview(token)}" is too long (more than ${MAX_NUMERAL_LENGTH} digits)`,
          { input: preview(token) },
        );
      }
      if (currentSet) invalid(state.source, "two numbers in a row");
      current = dec(numeral);
      currentSet = true;
      limit = current.isInteger() ? 10 ** trailingZeros(numeral) : 0;
      continue;
    }
    if (token === "نیم") {
      // «یک و نیم میلیون» = 1.5 × 10^6; «نیم میلیون» = 0.5 × 10^6.
      if (currentSet && !current.isInteger()) invalid(state.source, "«نیم» after a fraction");
      current = current.plus(0.5);
      currentSet = true;
      limit = 0;
      continue;
    }
    const small = SMALL.get(token);
    if (small !== undefined) {
      if (small === 100 && currentSet && current.isInteger() && current.gte(1) && current.lte(9)) {
        current = current.times(100);
        limit = 100;
        continue;
      }
      if (currentSet) {
        if (small === 0 || current.isZero() || small >= limit) {
          invalid(state.source, "words out of order");
        }
      }
      current = current.plus(small);
      currentSet = true;
      limit = small % 100 === 0 ? 100 : small % 10 === 0 && small >= 20 ? 10 : 1;
      continue;
    }
    const power = SCALE_POWER.get(token);
    if (power !== undefined) {
      let x = current;
      while (stack.length > 0 && (stack[stack.length - 1] as { power: number }).power < power) {
        x = x.plus((stack.pop() as { value: Decimal }).value);
      }
      if (stack.length > 0 && (stack[stack.length - 1] as { power: number }).power === power) {
        invalid(state.source, "repeated scale word");
      }
      if (x.isZero() && !currentSet) x = dec(1);
      stack.push({ value: x.times(tenTo(power)), power });
      current = dec(0);
      currentSet = false;
      limit = Infinity;
      continue;
    }
    invalid(state.source, `unknown word «${preview(token)}»`);
  }
  if (!any) invalid(state.source, "no number");
  let total = current;
  for (const entry of stack) total = total.plus(entry.value);
  return total;
}

/** Reads the part after «ممیز». */
function readFraction(tokens: readonly string[], from: number, to: number, state: ReadState): Decimal {
  if (from >= to) invalid(state.source, "nothing after «ممیز»");
  const lastToken = tokens[to - 1] as string;
  const k = DENOMINATORS.get(lastToken);
  if (k !== undefined) {
    const candidates: Array<{ end: number; k: number }> = [];
    const before = tokens[to - 2];
    if (k % 3 === 0 && to - 2 > from && (before === "ده" || before === "صد")) {
      candidates.push({ end: to - 2, k: k + (before === "ده" ? 1 : 2) });
    }
    candidates.push({ end: to - 1, k });
    let lastError: unknown = null;
    for (const candidate of candidates) {
      try {
        if (candidate.end <= from) invalid(state.source, "no numerator");
        const numerator = readCardinal(tokens, from, candidate.end, state);
        const scale = tenTo(candidate.k);
        if (!numerator.isInteger() || numerator.gte(scale)) invalid(state.source, "numerator too large");
        return numerator.div(scale);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }
  // No denominator: «سه ممیز چهارده» = 3.14; «سه ممیز صفر پنج» = 3.05.
  let digits = "";
  let allSingle = true;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as string;
    if (token === "و") continue;
    const small = SMALL.get(token);
    if (small !== undefined && small < 10) digits += small;
    else if (/^\d$/.test(token)) digits += token;
    else allSingle = false;
  }
  if (!allSingle || digits.length < 2) {
    if (to - from === 1 && /^\d+$/.test(lastToken)) digits = lastToken;
    else {
      const value = readCardinal(tokens, from, to, state);
      if (!value.isInteger()) invalid(state.source, "decimal after «ممیز»");
      digits = value.toFixed(0);
    }
  }
  return dec(`0.${digits}`);
}

const ORDINAL_SPECIAL = new Map<string, string>([
  ["اول", "یک"],
  ["نخست", "یک"],
  ["سوم", "سه"],
  ["سیم", "سی"],
]);

/** The cardinal word behind an ordinal («هفتم», «هفتمین», «سوم», «اول», «اولین»), or null. */
function ordinalBase(token: string): string | null {
  let word = token;
  if (word.endsWith("مین")) word = word.slice(0, -2);
  else if (word.endsWith("ین") && ORDINAL_SPECIAL.has(word.slice(0, -2))) word = word.slice(0, -2);
  const special = ORDINAL_SPECIAL.get(word);
  if (special !== undefined) return special;
  if (word.endsWith("م")) {
    const stem = word.slice(0, -1);
    if (SMALL.has(stem) || SCALE_POWER.has(stem)) return stem;
  }
  return null;
}

/** Number words longest first, for splitting glued forms such as «بیستوهفتم». */
const VOCABULARY: readonly string[] = /* @__PURE__ */ buildVocabulary();

function buildVocabulary(): readonly string[] {
  return [...SMALL.keys(), ...SCALE_POWER.keys()].sort((a, b) => b.length - a.length);
}

/**
 * Splits a token written without spaces or ZWNJ around «و» («بیستوهفتم», «صدوبیست») into
 * words and «و»; null if it is not such a compound. Tokens longer than 60 characters are
 * never compounds (keeps the search bounded).
 */
function splitGlued(token: string, pos = 0): string[] | null {
  if (token.length > 60) return null;
  for (const word of VOCABULARY) {
    if (!token.startsWith(word, pos)) continue;
    const end = pos + word.length;
    if (end === token.length) return pos === 0 ? null : [word];
    if (token.charCodeAt(end) === 0x0648 /* و */ && end + 1 < token.length) {
      const rest = splitGlued(token, end + 1);
      if (rest !== null) return [word, "و", ...rest];
    }
  }
  if (pos > 0 && ordinalBase(token.slice(pos)) !== null) return [token.slice(pos)];
  return null;
}

/** Replaces glued compounds by their words (see splitGlued). */
function unglue(tokens: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const known = SMALL.has(token) || SCALE_POWER.has(token) || startsNumeral(token) || token.length < 4;
    const parts = known ? null : splitGlued(token);
    if (parts !== null) {
      out ??= tokens.slice(0, i);
      out.push(...parts);
    } else if (out !== null) out.push(token);
  }
  return out ?? tokens;
}

/** The value of a text written in digits, Persian words or both, and whether it is an ordinal. */
export function readNumberText(text: string, slashDecimal: boolean): { value: Decimal; ordinal: boolean } {
  // The longest number in words (below 10^21, 20 decimals) is a few hundred characters: a
  // longer text is refused before it is split into (millions of) tokens.
  if (text.length > MAX_NUMBER_TEXT) invalid(text, "too long");
  return readTokens(tokenize(text), text, slashDecimal);
}

/** {@link readNumberText} on tokens already split (the array may be modified). */
export function readTokens(input: string[], text: string, slashDecimal: boolean): { value: Decimal; ordinal: boolean } {
  const state: ReadState = { source: text, slashDecimal };
  const tokens = unglue(input);
  if (tokens.length === 0) invalid(text, "empty");
  let from = 0;
  let negative = false;
  const first = tokens[0] as string;
  if (first === "منفی") {
    negative = true;
    from = 1;
  } else {
    const sign = first.charCodeAt(0);
    if (sign === 0x2d || sign === 0x2212 || sign === 0x2b) {
      negative = sign !== 0x2b;
      if (first.length === 1) from = 1;
      else tokens[0] = first.slice(1);
    }
  }
  let to = tokens.length;
  let point = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i] === "ممیز") {
      point = i;
      break;
    }
  }
  let ordinal = false;
  // Ordinal ending on the last token: «هفتم», «هفتمین», «سوم», «سی‌ام», «اول», «اولین».
  const lastToken = tokens[to - 1] as string;
  if (point < 0 && lastToken === "ام" && to - 1 > from) {
    ordinal = true;
    to -= 1;
  } else if (point < 0 && !SMALL.has(lastToken) && !SCALE_POWER.has(lastToken)) {
    const word = lastToken.startsWith("و") && lastToken.length > 1 ? lastToken.slice(1) : lastToken;
    const prefix = word === lastToken ? "" : "و";
    const base = ordinalBase(word);
    if (base !== null) {
      ordinal = true;
      tokens[to - 1] = prefix + base;
    }
  }
  let value: Decimal;
  if (point >= 0) {
    if (ordinal) invalid(text, "ordinal with a decimal part");
    const whole = readCardinal(tokens, from, point, state);
    if (!whole.isInteger()) invalid(text, "two decimal parts");
    value = whole.plus(readFraction(tokens, point + 1, to, state));
  } else {
    value = readCardinal(tokens, from, to, state);
  }
  if (ordinal && !value.isInteger()) invalid(text, "fractional ordinal");
  return { value: negative ? value.negated() : value, ordinal };
}
