import { badArgument, check, daysToJalali, jalaliToDays, MAX_YEAR, MIN_YEAR, validJalali, invalidDate, outOfRange } from "./_core";
import { CARDINALS, MONTHS, WEEKDAYS } from "./_names";
import { TEHRAN } from "./_zone";
import { todayJalali } from "./todayJalali";
import { digitValue } from "../internal/chars";
import { fail } from "../internal/safe";
import type { JalaliDate } from "./types";

/**
 * Options of {@link parseJalali}.
 *
 * @category Parsing
 */
export interface ParseJalaliOptions {
  /**
   * The date against which a text without a year («دوشنبه بیست‌وهفتم اسفند») is resolved: to
   * the nearest such day, in the reference's year or the one before or after. Default: today
   * in `timeZone`.
   */
  readonly reference?: JalaliDate | undefined;
  /** The zone of the default reference (today). Default `"Asia/Tehran"`. */
  readonly timeZone?: string | undefined;
}

const M = 1; // month name
const W = 2; // weekday name
const N = 3; // number word
const SKIP = 4; // noise word («ماه»، «سال»، «ام»…)

let words: Map<string, number> | undefined;

/** Folds a letter to the form used in the lookup table (Arabic forms, آ/أ/إ → ا, Latin lower case). */
function fold(c: number): number {
  if (c === 0x064a || c === 0x0649) return 0x06cc;
  if (c === 0x0643) return 0x06a9;
  if (c === 0x06be || c === 0x06d5 || c === 0x0629) return 0x0647;
  if (c === 0x0622 || c === 0x0623 || c === 0x0625) return 0x0627;
  if (c >= 65 && c <= 90) return c + 32;
  return c;
}

function key(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 0x200c) out += String.fromCharCode(fold(c));
  }
  return out;
}

/** word → kind * 64 + value. */
function table(): Map<string, number> {
  if (words !== undefined) return words;
  const t = new Map<string, number>();
  // Words of a list take consecutive values from `first`; synonyms (step 0) share it.
  const add = (list: readonly string[], kind: number, first: number, step = 1): void =>
    list.forEach((w, i) => t.set(key(w), kind * 64 + first + i * step));
  add(MONTHS, M, 1);
  add("farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand".split(" "), M, 1);
  add(["امرداد", "amordad"], M, 5, 0);
  add(["dei"], M, 10);
  add(WEEKDAYS, W, 0);
  add(CARDINALS, N, 1);
  add(CARDINALS.map((w) => w + "م"), N, 1);
  add(["سوم"], N, 3);
  add(["اول"], N, 1);
  add(["هیجده", "هیجدهم"], N, 18, 0);
  add(["بیست", "بیستم"], N, 20, 0);
  add(["سی", "سیام"], N, 30, 0);
  add("ماه سال روز هجری شمسی خورشیدی ه ش هش ام م".split(" "), SKIP, 0);
  return (words = t);
}

/** Kind * 64 + value of a folded word, or -1. */
function classify(word: string): number {
  const t = table();
  const found = t.get(word);
  if (found !== undefined) return found;
  // «بیست‌وهفتم», «سی و یکم»: tens + «و» + unit.
  for (const [tens, value] of [["بیستو", 20], ["سیو", 30]] as const) {
    if (word.startsWith(tens)) {
      const unit = t.get(word.slice(tens.length));
      if (unit !== undefined && unit >> 6 === N && (unit & 63) < 10) return N * 64 + value + (unit & 63);
    }
  }
  // «اسفندماه».
  if (word.endsWith("ماه")) {
    const month = t.get(word.slice(0, -3));
    if (month !== undefined && month >> 6 === M) return month;
  }
  return -1;
}

function unparsable(text: string, reason: string): Error {
  return fail("JALALI_UNPARSABLE", `«${text.slice(0, 40)}» تاریخ خوانایی نیست`, `Cannot read "${text.slice(0, 40)}" as a date: ${reason}`, { text: text.slice(0, 100), reason });
}

/** The common numeric form `yyyy/mm/dd` (any digits, one of / - .), or undefined. */
function fast(text: string): JalaliDate | undefined {
  const length = text.length;
  if (length < 8 || length > 10) return undefined;
  // One loop, no closure, no allocation until the result.
  let field = 0;
  let digits = 0;
  let sep = 0;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const v = digitValue(c);
    if (v >= 0) {
      if (++digits > (field === 0 ? 4 : 2)) return undefined;
      if (field === 0) year = year * 10 + v;
      else if (field === 1) month = month * 10 + v;
      else day = day * 10 + v;
    } else if ((c === 47 || c === 45 || c === 46) && field < 2 && (field === 0 ? digits === 4 : digits > 0) && (sep === 0 || c === sep)) {
      sep = c;
      field++;
      digits = 0;
    } else return undefined;
  }
  return field === 2 && digits > 0 && validJalali(year, month, day) ? { year, month, day } : undefined;
}

interface Item {
  /** M, W, N (word number), or 0 for digits. */
  readonly kind: number;
  readonly value: number;
  /** Number of digits (digit tokens). */
  readonly digits: number;
  /** Punctuation before the item (whitespace removed). */
  readonly sep: string;
}

const SEPARATORS = "/-.,،";

/** Splits the text into numbers and classified words, in one linear pass. */
function tokenize(text: string): Item[] {
  const items: Item[] = [];
  const raw: Array<{ word: string; sep: string } | { value: number; digits: number; sep: string }> = [];
  let sep = "";
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (digitValue(c) >= 0) {
      let value = 0;
      let digits = 0;
      for (; i < text.length && digitValue(text.charCodeAt(i)) >= 0; i++, digits++) value = value * 10 + digitValue(text.charCodeAt(i));
      if (digits > 8) throw unparsable(text, "number too long");
      raw.push({ value, digits, sep });
      sep = "";
    } else if (isLetter(c)) {
      let word = "";
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) word += String.fromCharCode(fold(d));
        else if (!isJoiner(d)) break;
        if (word.length > 24) throw unparsable(text, "unknown word");
      }
      raw.push({ word, sep });
      sep = "";
    } else if (isJoiner(c) || isSpace(c)) {
      i++;
    } else {
      const s = c === 0x066b ? "." : text[i]!;
      if (!SEPARATORS.includes(s) || sep.length > 0) throw unparsable(text, "unexpected character");
      sep = s;
      i++;
    }
    if (raw.length > 12) throw unparsable(text, "too many parts");
  }
  if (sep !== "" && sep !== "." && sep !== "،" && sep !== ",") throw unparsable(text, "unexpected character");
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    if (!("word" in token)) {
      items.push({ kind: 0, value: token.value, digits: token.digits, sep: token.sep });
      continue;
    }
    // Longest run of up to three words, joined by spaces only, that is a known word:
    // «بیست و هفتم», «سه شنبه», «اردی بهشت».
    let found = -1;
    let joined = token.word;
    let used = 1;
    const candidates: Array<[string, number]> = [[joined, 1]];
    for (let k = 1; k < 3; k++) {
      const next = raw[i + k];
      if (next === undefined || !("word" in next) || next.sep !== "") break;
      joined += next.word;
      candidates.unshift([joined, k + 1]);
    }
    for (const [word, count] of candidates) {
      found = classify(word);
      if (found >= 0) {
        used = count;
        break;
      }
    }
    if (found < 0) throw unparsable(text, `unknown word «${token.word}»`);
    i += used - 1;
    if (found >> 6 !== SKIP) items.push({ kind: found >> 6, value: found & 63, digits: 0, sep: token.sep });
  }
  return items;
}

function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d5) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Characters dropped inside words: ZWNJ, ZWJ, direction marks, BOM, tatweel, short vowels. */
function isJoiner(c: number): boolean {
  return (c >= 0x200c && c <= 0x200f) || c === 0xfeff || c === 0x0640 || (c >= 0x064b && c <= 0x0652) || c === 0x0670 || c === 0xad;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/**
 * Reads a Jalali date as Iranians write it, in linear time, and throws on anything else:
 *
 * - numbers: `1403/12/27`, `۱۴۰۳-۱۲-۲۷`, `١٤٠٣.١٢.٢٧` (Latin, Persian or Arabic-Indic
 *   digits; `/` `-` `.` separators, the same twice), day first when the year comes last
 *   (`27/12/1403`), or compact `14031227`; the year needs at least three digits;
 * - words: `27 اسفند 1403`, `۲۷ اسفند ماه ۱۴۰۳`, `بیست‌وهفتم اسفند ۱۴۰۳`,
 *   `بیست و هفتم اسفند`, `27ام اسفند`, old names (امرداد) and Latin ones (Esfand);
 * - an optional weekday anywhere (`دوشنبه، ۲۷ اسفند ۱۴۰۳`), which must agree with the date;
 * - Arabic ي/ك, stray spaces, ZWNJ and direction marks.
 *
 * A text without a year resolves to the nearest such day to `options.reference` (default:
 * today in Tehran) among the reference's year and its neighbours. A stated weekday is
 * checked, never used to move the date.
 *
 * @param text - the text
 * @param options - `reference` and `timeZone`
 * @returns the date
 * @throws MahallehError `JALALI_UNPARSABLE`, `JALALI_INVALID_DATE` (e.g. ۱۴۰۴/۱۲/۳۰),
 *   `JALALI_OUT_OF_RANGE`, `JALALI_WEEKDAY_MISMATCH`, `INVALID_ARGUMENT` (not a string)
 * @example
 * ```ts
 * import { parseJalali } from "mahalleh/jalali";
 * parseJalali("۱۴۰۳/۱۲/۲۷"); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("دوشنبه ۲۷ اسفند ۱۴۰۳"); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("دوشنبه بیست‌وهفتم اسفند", { reference: { year: 1404, month: 1, day: 10 } }); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("سه‌شنبه ۲۷ اسفند ۱۴۰۳"); // throws JALALI_WEEKDAY_MISMATCH
 * parseJalali("1404/12/30"); // throws JALALI_INVALID_DATE
 * parseJalali("next Monday"); // throws JALALI_UNPARSABLE
 * ```
 * @category Parsing
 */
export function parseJalali(text: string, options?: ParseJalaliOptions | undefined): JalaliDate {
  if (typeof text !== "string") throw badArgument("text", text);
  const quick = fast(text);
  if (quick !== undefined) return quick;
  const items = tokenize(text);
  if (items.length > 0 && items[0]!.sep !== "") throw unparsable(text, "unexpected character");
  let stated = -1;
  const rest: Item[] = [];
  for (const item of items) {
    if (item.kind !== W) rest.push(item);
    else if (stated >= 0) throw unparsable(text, "two weekdays");
    else stated = item.value;
  }
  let year: number | undefined;
  let month: number;
  let day: number;
  const monthAt = rest.findIndex((item) => item.kind === M);
  const a = rest[0];
  const b = rest[1];
  const c = rest[2];
  if (monthAt >= 0) {
    // day, month name, optional year.
    if (monthAt !== 1 || rest.length > 3 || a!.kind === M || (a!.kind === 0 && a!.digits > 2)) throw unparsable(text, "expected day, month, year");
    if (c !== undefined && (c.kind !== 0 || c.digits < 3)) throw unparsable(text, "expected a year of three or four digits");
    day = a!.value;
    month = b!.value;
    year = c?.value;
  } else if (rest.length === 1 && a!.kind === 0 && a!.digits === 8) {
    year = Math.floor(a!.value / 10000);
    month = Math.floor(a!.value / 100) % 100;
    day = a!.value % 100;
  } else {
    if (rest.length !== 3 || rest.some((item) => item.kind !== 0)) throw unparsable(text, "expected year/month/day");
    if (b!.sep === "" || b!.sep !== c!.sep || b!.sep === "," || b!.sep === "،") throw unparsable(text, "expected one of / - . between numbers");
    if (a!.digits >= 3 && b!.digits <= 2 && c!.digits <= 2) [year, month, day] = [a!.value, b!.value, c!.value];
    else if (c!.digits >= 3 && a!.digits <= 2 && b!.digits <= 2) [year, month, day] = [c!.value, b!.value, a!.value];
    else throw unparsable(text, "expected a year of three or four digits");
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) throw invalidDate(year ?? Number.NaN, month, day);
  let n: number;
  if (year !== undefined) {
    if (year < MIN_YEAR || year > MAX_YEAR) throw outOfRange(year);
    if (!validJalali(year, month, day)) throw invalidDate(year, month, day);
    n = jalaliToDays(year, month, day);
  } else {
    const reference = options?.reference ?? todayJalali({ timeZone: options?.timeZone ?? TEHRAN });
    const from = check(reference, "reference");
    let best = Number.NaN;
    let bestScore = Infinity;
    for (let y = reference.year - 1; y <= reference.year + 1; y++) {
      if (!validJalali(y, month, day)) continue;
      const candidate = jalaliToDays(y, month, day);
      // Nearest first; on a tie, the one whose weekday agrees, then the earlier.
      const score = Math.abs(candidate - from) * 4 + (stated >= 0 && weekdayOf(candidate) !== stated ? 2 : 0) + (candidate > from ? 1 : 0);
      if (score < bestScore) [best, bestScore] = [candidate, score];
    }
    if (Number.isNaN(best)) throw invalidDate(reference.year, month, day);
    n = best;
  }
  const date = daysToJalali(n);
  if (stated >= 0 && weekdayOf(n) !== stated) {
    throw fail(
      "JALALI_WEEKDAY_MISMATCH",
      `${date.year}/${date.month}/${date.day} ${WEEKDAYS[weekdayOf(n)]} است، نه ${WEEKDAYS[stated]}`,
      `${date.year}/${date.month}/${date.day} is weekday ${weekdayOf(n)}, not ${stated} (Saturday = 0)`,
      { date, stated, actual: weekdayOf(n) },
    );
  }
  return date;
}

function weekdayOf(n: number): number {
  return (((n + 5) % 7) + 7) % 7;
}
