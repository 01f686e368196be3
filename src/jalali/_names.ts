/** Persian names used by formatting and parsing (private). */

/** Month names, Farvardin first. */
export const MONTHS: readonly string[] = /* @__PURE__ */ "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(" ");

/** Month names of Afghanistan (ICU `fa-AF`), the same months: حمل = فروردین … حوت = اسفند. */
export const AFGHAN_MONTHS: readonly string[] = /* @__PURE__ */ "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split(" ");

/** Month names in Latin letters (ICU `en-u-ca-persian`; moment-jalaali's «Khordaad» folds to these). */
export const LATIN_MONTHS: readonly string[] = /* @__PURE__ */ "farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand".split(" ");

/** Weekday names, Saturday first. */
export const WEEKDAYS: readonly string[] = /* @__PURE__ */ "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه".split(" ");

/** Cardinal numbers 1–19. */
export const CARDINALS: readonly string[] = /* @__PURE__ */ "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده".split(" ");

/** A number 1–39 (a day of the month, or a mistyped one), in words: «بیست‌وهفت». */
export function cardinalDay(day: number): string {
  return day < 20 ? CARDINALS[day - 1]! : (day < 30 ? "بیست" : "سی") + (day % 10 ? "‌و" + CARDINALS[(day % 10) - 1] : "");
}

/** The ordinal word of a number 1–39 (a day of the month), as written in dates: «بیست‌وهفتم». */
export function ordinalDay(day: number): string {
  // Patterns as strings, not literals, so that the bundle escapes their Persian like the
  // other names' (smaller once gzipped).
  return cardinalDay(day).replace(new RegExp("سه$"), "سو").replace(new RegExp("ی$"), "ی‌ا") + "م";
}
