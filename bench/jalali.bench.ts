/**
 * mahalleh/jalali against jalaali-js, date-fns-jalali and Intl, in the same process, on the
 * same inputs. Targets from issue 17: both conversions ≥ 4× jalaali-js, `yyyy/MM/dd` ≥ 20×
 * date-fns-jalali `format`, parsing `1403/12/27` ≥ 50× date-fns-jalali `parse`.
 *
 * Every comparison runs 100 calls per timed sample (`batch`), ours and the peers alike: a
 * conversion takes about as long as tinybench's clock read, which would otherwise dominate.
 * Each comparison runs in 5 rounds (tasks rotated) and reports the median ratio, so that a
 * burst of other work on a shared machine spoils one round, not the result.
 */
import { format, newDate, parse } from "date-fns-jalali";
import * as jalaali from "jalaali-js";
import { formatJalali, parseJalali, toGregorian, toJalali } from "../src/jalali/index";
import { compare } from "./harness";

/** A year of days, so that no single input is cached by the engine. */
const gregorian = Array.from({ length: 365 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 2, 20 + i));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
});
const jalali = gregorian.map((g) => toJalali(g));
const theirDates = jalali.map((j) => newDate(j.year, j.month - 1, j.day));
const intl = new Intl.DateTimeFormat("fa-IR-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
const BATCH = { batch: 100, rounds: 5 };
let i = 0;
const next = (): number => (i = (i + 1) % 365);

export default async function run(): Promise<void> {
  await compare({
    title: "Gregorian → Jalali (civil date)",
    ours: () => toJalali(gregorian[next()]!),
    peers: {
      "jalaali-js toJalaali": () => {
        const g = gregorian[next()]!;
        return jalaali.toJalaali(g.year, g.month, g.day);
      },
      "Intl persian (cached)": () => {
        const g = gregorian[next()]!;
        return intl.formatToParts(Date.UTC(g.year, g.month - 1, g.day));
      },
    },
    targets: { "jalaali-js toJalaali": 4 },
  }, BATCH);
  await compare({
    title: "Jalali → Gregorian",
    ours: () => toGregorian(jalali[next()]!),
    peers: {
      "jalaali-js toGregorian": () => {
        const j = jalali[next()]!;
        return jalaali.toGregorian(j.year, j.month, j.day);
      },
    },
    targets: { "jalaali-js toGregorian": 4 },
  }, BATCH);
  await compare({
    title: 'format "yyyy/MM/dd"',
    ours: () => formatJalali(jalali[next()]!, "yyyy/MM/dd"),
    peers: { "date-fns-jalali format": () => format(theirDates[next()]!, "yyyy/MM/dd") },
    targets: { "date-fns-jalali format": 20 },
  }, BATCH);
  const reference = new Date();
  await compare({
    title: 'parse "1403/12/27"',
    ours: () => parseJalali("1403/12/27"),
    peers: {
      "date-fns-jalali parse": () => parse("1403/12/27", "yyyy/MM/dd", reference),
      "jalaali-js + split": () => {
        const [y, m, d] = "1403/12/27".split("/").map(Number);
        return jalaali.isValidJalaaliDate(y!, m!, d!) ? { year: y, month: m, day: d } : null;
      },
    },
    targets: { "date-fns-jalali parse": 50 },
  }, BATCH);
  await compare({
    title: 'parse "دوشنبه ۲۷ اسفند ۱۴۰۳" (no peer reads it; date-fns-jalali parse of "1403/12/27" for scale)',
    ours: () => parseJalali("دوشنبه ۲۷ اسفند ۱۴۰۳"),
    peers: { "date-fns-jalali parse": () => parse("1403/12/27", "yyyy/MM/dd", reference) },
  }, BATCH);
}
