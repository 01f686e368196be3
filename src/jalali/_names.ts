/** Persian names used by formatting and parsing (private). */

/** Month names, Farvardin first. */
export const MONTHS: readonly string[] = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(" ");

/** Weekday names, Saturday first. */
export const WEEKDAYS: readonly string[] = "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه".split(" ");

/** Cardinal numbers 1–19. */
export const CARDINALS: readonly string[] = "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده".split(" ");

/** A number 1–39 (a day of the month, or a mistyped one), in words: «بیست‌وهفت». */
export function cardinalDay(day: number): string {
  return day < 20 ? CARDINALS[day - 1]! : (day < 30 ? "بیست" : "سی") + (day % 10 ? "‌و" + CARDINALS[(day % 10) - 1] : "");
}

/** The ordinal word of a number 1–39 (a day of the month), as written in dates: «بیست‌وهفتم». */
export function ordinalDay(day: number): string {
  return cardinalDay(day).replace(/سه$/, "سو").replace(/ی$/, "ی‌ا") + "م";
}
