import { badArgument, check, dayNumber, dayOfWeek, daysToJalali, error, invalidDate } from "./_core";
import { AFGHAN_MONTHS, cardinalDay, LATIN_MONTHS, MONTHS, ordinalDay, WEEKDAYS } from "./_names";
import { todayJalali } from "./todayJalali";
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

/** A number, maybe with an ordinal suffix: «27ام», «۲۷م», «27-ام» (date-fns-jalali), «27th». */
const DIGITS = /* @__PURE__ */ new RegExp("^(\\d{1,7})(-?ا?م|st|nd|rd|th)?$");

/** `y/m/d` or `d/m/y` with the same separator twice. */
const NUMERIC = /^(\d{1,4})([/.-])(\d\d?)\2(\d{1,4})$/;

/** Normalizes text for the word parser: Latin digits, Persian letters, one space between words. */
function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u200b-\u200f\u0640\u064b-\u065f\u0670\xad]/g, "")
      // Persian and Arabic-Indic digits to Latin, Arabic letters to Persian, «٫» to ".".
      .replace(new RegExp("[۰-۹٠-٩يىكھەةآأإ٫]", "g"), (c) => "ییکهههااا."["يىكھەةآأإ٫".indexOf(c)] ?? String(c.charCodeAt(0) & 15))
      .replace(/[\s،,]+/g, " ")
      // Words written apart: «بیست و هفتم», «سی ام», «سه شنبه», «اردی بهشت»; date-fns-jalali's era.
      .replace(new RegExp("(بیست|سی) ?و ?", "g"), "$1و")
      .replace(new RegExp("(سی|یک|سه|چهار|پنج|اردی|بعد) (ام|شنبه|بهشت|از)(?= |$)", "g"), "$1$2")
      // moment-jalaali's «Khordaad», «Aabaan».
      .replace(/aa/g, "a")
      .trim()
      .replace(/\.$/, "")
      // Compact `yyyymmdd` becomes a `yyyy/mm/dd` triple.
      .replace(/(^| )(\d{4})(\d\d)(\d\d)(?= |$)/g, "$1$2/$3/$4")
  );
}

/** Normalized word → kind * 64 + value, generated from the names the formatters write. */
function table(): Map<string, number> {
  if (words !== undefined) return words;
  const t = new Map<string, number>();
  const add = (kind: number, value: number, ...forms: string[]): void => {
    for (const w of forms) t.set(normalize(w), kind * 64 + value);
  };
  // Persian, Afghan and Latin names; date-fns-jalali's and moment's three-letter abbreviations.
  MONTHS.forEach((w, i) => add(M, i + 1, w, w + "ماه", w.slice(0, 3), AFGHAN_MONTHS[i]!, LATIN_MONTHS[i]!, LATIN_MONTHS[i]!.slice(0, 3)));
  add(M, 5, "امرداد", "امردادماه", "amordad", "amo");
  add(M, 8, "ab");
  add(M, 9, "az");
  WEEKDAYS.forEach((w, i) => add(W, i, w));
  "satur sun mon tues wednes thurs fri".split(" ").forEach((w, i) => add(W, i, w + "day", w.slice(0, 3)));
  // Up to 39, so that «سی‌ودوم» is read and then refused as an invalid date, not as unreadable.
  for (let d = 1; d < 40; d++) add(N, d, cardinalDay(d), ordinalDay(d));
  add(N, 1, "اول");
  add(N, 18, "هیجده", "هیجدهم");
  add(SKIP, 0, ..."ماه سال روز هجری شمسی خورشیدی ه ش هش ه.ش ام م ap ب.ه بعداز هجرت".split(" "));
  return (words = t);
}

/**
 * The common case, read with no regular expression and no allocation but the result:
 * `yyyy/mm/dd` in Latin or Persian digits, with `/`, `-` or `.` twice, naming a real day.
 * Anything else gives undefined, and the general parser reads the text (or says why it
 * cannot) as it would have without this path.
 */
function quick(text: string): JalaliDate | undefined {
  let field = 0;
  let value = 0;
  let width = 0;
  let year = 0;
  let month = 0;
  let separator = 0;
  for (let i = 0; i <= text.length; i++) {
    // -1 past the end (not charCodeAt's NaN: reading past the end is slow), ending the last field.
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if ((c > 47 && c < 58) || (c > 1775 && c < 1786)) {
      value = value * 10 + (c & 15);
      width++;
    } else {
      // The year has three or four digits, the month and the day one or two.
      if ((width - (field ? 1 : 3)) >>> 0 > 1) return undefined;
      if (field === 2) return c < 0 && !Number.isNaN(dayNumber(year, month, value)) ? { year, month, day: value } : undefined;
      if (field ? c !== separator : c < 45 || c > 47) return undefined;
      if (field++) month = value;
      else {
        year = value;
        separator = c;
      }
      value = width = 0;
    }
  }
  return undefined;
}

function unparsable(text: string): Error {
  return error("JALALI_UNPARSABLE", { text: text.slice(0, 100) });
}

/**
 * Reads a Jalali date as Iranians write it, in linear time, and throws on anything else:
 *
 * - numbers: `1403/12/27`, `۱۴۰۳-۱۲-۲۷`, `١٤٠٣.١٢.٢٧` (Latin, Persian or Arabic-Indic
 *   digits; `/` `-` `.` separators, the same twice), day first when the year comes last
 *   (`27/12/1403`), or compact `14031227`; the year needs at least three digits;
 * - words: `27 اسفند 1403`, `۲۷ اسفند ماه ۱۴۰۳`, `بیست‌وهفتم اسفند ۱۴۰۳`,
 *   `بیست و هفتم اسفند`, `27ام اسفند`, the old name «امرداد»;
 * - an optional weekday anywhere (`دوشنبه، ۲۷ اسفند ۱۴۰۳`), which must agree with the date;
 * - Arabic ي/ك, stray spaces, ZWNJ, ZWJ and direction marks;
 * - what other software writes: every `dateStyle` and field combination of ICU
 *   (`Intl.DateTimeFormat`) for `fa-IR`, `fa-AF` and `en-u-ca-persian` — the browser's
 *   year-first `۱۴۰۳ اسفند ۲۷, دوشنبه`, Afghan month names (`۲۷ حوت ۱۴۰۳`), English ones
 *   (`Monday, Esfand 27, 1403 AP`), eras (`هجری شمسی`, `ه‍.ش.`, `AP`) — date-fns-jalali's
 *   Persian `format` (`27-ام`, `اسف`, `بعد از هجرت`) and moment-jalaali / jalali-moment
 *   (`27th Esfand 1403`, `Khordaad`). A numeric date with an era is month first, as ICU
 *   writes it (`12/27/1403 AP`); without one, a year-last date is day first.
 *
 * There is no format argument: a second argument that is not an options object (such as
 * `"dd/MM/yyyy"`) is refused with `INVALID_ARGUMENT`, never ignored.
 *
 * A text without a year resolves to the nearest such day to `options.reference` (default:
 * today in Tehran) among the reference's year and its neighbours. A stated weekday is
 * checked, never used to move the date.
 *
 * @param text - the text
 * @param options - `reference` and `timeZone`
 * @returns the date
 * @throws MahallehError `JALALI_UNPARSABLE`, `JALALI_INVALID_DATE` (e.g. ۱۴۰۴/۱۲/۳۰),
 *   `JALALI_OUT_OF_RANGE`, `JALALI_WEEKDAY_MISMATCH`, `INVALID_ARGUMENT` (text not a string,
 *   or options not an object)
 * @example
 * ```ts
 * import { parseJalali } from "mahalleh/jalali";
 * parseJalali("۱۴۰۳/۱۲/۲۷"); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("دوشنبه ۲۷ اسفند ۱۴۰۳"); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("دوشنبه بیست‌وهفتم اسفند", { reference: { year: 1404, month: 1, day: 10 } }); // => { year: 1403, month: 12, day: 27 }
 * parseJalali(new Date(Date.UTC(2025, 2, 17, 12)).toLocaleDateString("fa-IR", { dateStyle: "full" })); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("Monday, Esfand 27, 1403 AP"); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("دوشنبه 27-ام اسفند 1403"); // => { year: 1403, month: 12, day: 27 }
 * parseJalali("سه‌شنبه ۲۷ اسفند ۱۴۰۳"); // throws JALALI_WEEKDAY_MISMATCH
 * parseJalali("1404/12/30"); // throws JALALI_INVALID_DATE
 * parseJalali("next Monday"); // throws JALALI_UNPARSABLE
 * parseJalali("27/12/1403", "dd/MM/yyyy" as never); // throws INVALID_ARGUMENT
 * ```
 * @category Parsing
 */
export function parseJalali(text: string, options?: ParseJalaliOptions | undefined): JalaliDate {
  if (typeof text !== "string") throw badArgument("text", text);
  // A format string («dd/MM/yyyy») or any other non-object is refused, never silently ignored.
  if (options !== undefined && (typeof options !== "object" || options === null)) throw badArgument("options", options);
  // The common case first: a valid `yyyy/mm/dd`; anything else goes the long way.
  const fast = quick(text);
  if (fast !== undefined) return fast;
  const normalized = normalize(text);
  const tokens = normalized.split(" ");
  if (tokens.length > 12) throw unparsable(text);
  // ICU writes a numeric date with an era month first: «12/27/1403 AP», «۱۲/۲۷/۱۴۰۳ ه‍.ش.»;
  // other year-last numeric dates are day first, and so is any whose first number exceeds 12.
  // (A string, not a literal: the bundle then escapes its Persian as in every other string,
  // and gzip finds the words it shares with them.)
  const era = new RegExp("(^| )(ap|هجری|ه\\.? ?ش\\.?)( |$)").test(normalized);
  let stated = -1;
  // The shape of the text, one letter per item: t = y/m/d triple, d = day (one or two digits
  // or a number word), m = month name, y = year (3 to 7 digits).
  let shape = "";
  const values: Array<string | number> = [];
  for (const token of tokens) {
    const triple = NUMERIC.exec(token);
    const number = DIGITS.exec(token);
    if (triple !== null) {
      const [, first, , middle, last] = triple as unknown as string[];
      // The year (three or four digits) comes first or last.
      if (first!.length > 2 === last!.length > 2) throw unparsable(text);
      shape += "t";
      values.push(...(first!.length > 2 ? [first!, middle!, last!] : era && +first! < 13 ? [last!, first!, middle!] : [last!, middle!, first!]));
    } else if (number !== null) {
      const length = number[1]!.length;
      shape += length < 3 ? "d" : "y";
      values.push(number[1]!);
    } else {
      const code = table().get(token) ?? -1;
      const kind = code >> 6;
      if (code < 0 || (kind === W && stated >= 0)) throw unparsable(text);
      if (kind === W) stated = code & 63;
      else if (kind !== SKIP) {
        shape += kind === M ? "m" : "d";
        values.push(code & 63);
      }
    }
  }
  const [a, b, c] = values.map(Number) as [number, number, number];
  // Day, month (and year): «۲۷ اسفند ۱۴۰۳»; month first: «Esfand 27, 1403»; year first: ICU's
  // «۱۴۰۳ اسفند ۲۷, دوشنبه».
  const order = "t ymd dm dmy md mdy".split(" ").indexOf(shape);
  if (order < 0) throw unparsable(text);
  const [year, month, day] = order < 2 ? [a, b, c] : order < 4 ? [c, b, a] : [c, a, b];
  if (month < 1 || month > 12 || day < 1 || day > 31) throw invalidDate(year ?? NaN, month, day);
  let n = NaN;
  // With a year: JALALI_OUT_OF_RANGE for the year, else JALALI_INVALID_DATE for the day.
  if (year !== undefined) n = check({ year, month, day });
  else {
    // todayJalali reads `options.timeZone`, Tehran by default.
    const reference = options?.reference ?? todayJalali(options);
    const from = check(reference, "reference");
    let bestScore = Infinity;
    for (let y = reference.year - 1; y <= reference.year + 1; y++) {
      const candidate = dayNumber(y, month, day);
      // Nearest first; on a tie, the one whose weekday agrees, then the earlier. A day that
      // does not exist in year y (30 Esfand) scores NaN and is never taken.
      const score = Math.abs(candidate - from) * 4 + (stated >= 0 && dayOfWeek(candidate) !== stated ? 2 : 0) + (candidate > from ? 1 : 0);
      if (score < bestScore) {
        n = candidate;
        bestScore = score;
      }
    }
    if (Number.isNaN(n)) throw invalidDate(reference.year, month, day);
  }
  const date = daysToJalali(n);
  if (stated >= 0 && dayOfWeek(n) !== stated) {
    throw error("JALALI_WEEKDAY_MISMATCH", { date, stated, actual: dayOfWeek(n) });
  }
  return date;
}

