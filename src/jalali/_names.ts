/** Persian names used by formatting and parsing (private). */

/** Month names, Farvardin first. */
export const MONTHS: readonly string[] = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(" ");

/** Weekday names, Saturday first. */
export const WEEKDAYS: readonly string[] = "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه".split(" ");

/** Cardinal numbers 1–19. */
export const CARDINALS: readonly string[] = "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده".split(" ");

/** The ordinal word of a day of the month, 1–31, as written in dates: «بیست‌وهفتم». */
export function ordinalDay(day: number): string {
  const unit = day % 10;
  const unitWord = unit === 3 ? "سوم" : CARDINALS[unit - 1] + "م";
  if (day < 20) return day === 3 ? "سوم" : CARDINALS[day - 1] + "م";
  const tens = day < 30 ? "بیست" : "سی";
  return unit === 0 ? (day === 20 ? "بیستم" : "سی‌ام") : `${tens}‌و${unitWord}`;
}
