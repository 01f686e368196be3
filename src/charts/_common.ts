/** Private: what every chart shares — the base specification, locale, digits, limits. */
import { persianDigits } from "../internal/chars";
import { failAsWritten as fail } from "../internal/safe";
import type { ChartNote } from "./ChartNote";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";

export type Locale = "fa" | "en";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
const PERSIAN_NUMERALS = "۰۱۲۳۴۵۶۷۸۹".split("");

/** The locale of the options (default Persian). */
export const localeOf = (options: ChartOptions | undefined): Locale => (options?.locale === "en" ? "en" : "fa");

/** Digits of the locale in a text: Persian digits for `fa`. */
export const digits = (text: string | number, locale: Locale): string => (locale === "fa" ? persianDigits(String(text)) : String(text));

/** A number rounded to `places` decimals in the locale's digits and decimal separator. */
export function num(x: number, locale: Locale, places = 0): string {
  const text = x.toFixed(places);
  return locale === "fa" ? persianDigits(text.replace(".", "٫")) : text;
}

/** The display name of an id. */
export const label = (options: ChartOptions | undefined, id: string): string => options?.labels?.[id] ?? id;

const TYPES = { q: "quantitative", n: "nominal", o: "ordinal" } as const;

/**
 * A field definition `{ field, type, title?, format? }` (`q` quantitative, `n` nominal,
 * `o` ordinal): the shape of every encoding channel and tooltip entry.
 */
export const fd = (field: string, type: keyof typeof TYPES, title?: string | null, format?: string): Record<string, unknown> => ({
  field,
  type: TYPES[type],
  ...(title === undefined ? {} : { title }),
  ...(format === undefined ? {} : { format }),
});

/** A chart-specific text in the locale. */
export const t = (locale: Locale, fa: string, en: string): string => (locale === "fa" ? fa : en);

/** The row limit of the options (default 50), checked. */
export function limitOf(options: ChartOptions | undefined, fallback = 50): number {
  const limit = options?.limit ?? fallback;
  if (!(limit >= 1)) throw fail("CHARTS_INVALID_INPUT", `limit باید دست‌کم ۱ باشد (${persianDigits(String(limit))})`, `limit must be at least 1 (${limit})`, { limit });
  return limit;
}

/** A note that only `shown` of `total` rows are drawn (or none). */
export function limitNote(shown: number, total: number, locale: Locale): { note: ChartNote | undefined; subtitle: string | undefined } {
  if (shown >= total) return { note: undefined, subtitle: undefined };
  const note: ChartNote = {
    code: "CHARTS_LIMITED",
    fa: `${persianDigits(String(shown))} ردیف نخست از ${persianDigits(total.toLocaleString("en").replace(/,/g, "٬"))} نمایش داده شد`,
    en: `the first ${shown} of ${total.toLocaleString("en")} rows are shown`,
  };
  return { note, subtitle: note[locale] };
}

/** A rejected input. */
export function invalid(fa: string, en: string, details?: Readonly<Record<string, unknown>>): never {
  throw fail("CHARTS_INVALID_INPUT", fa, en, details);
}

/**
 * The shared frame of a chart: schema, description, title (right-aligned in Persian),
 * Persian numerals for every number Vega formats, fonts, and the notes.
 */
export function frame(
  locale: Locale,
  title: string,
  subtitle: string | undefined,
  description: string,
  notes: readonly ChartNote[],
  body: Readonly<Record<string, unknown>>,
): VegaLiteSpec {
  const fa = locale === "fa";
  return {
    $schema: SCHEMA,
    description,
    title: { text: title, ...(subtitle === undefined ? {} : { subtitle }), anchor: fa ? "end" : "start" },
    ...body,
    config: {
      font: fa ? "Vazirmatn, Sahel, Tahoma, 'Noto Sans Arabic', sans-serif" : "Helvetica, Arial, sans-serif",
      ...(fa
        ? { locale: { number: { decimal: "٫", thousands: "٬", grouping: [3], currency: ["", " ریال"], numerals: PERSIAN_NUMERALS, percent: "٪" } } }
        : {}),
      legend: { orient: fa ? "left" : "right" },
      view: { stroke: null },
    },
    usermeta: { notes, aggregated: notes.some((n) => n.code === "CHARTS_LIMITED") },
  };
}

/** A value axis: grows leftwards in Persian. */
export const valueScale = (locale: Locale, extra: Readonly<Record<string, unknown>> = {}): Record<string, unknown> => ({ ...extra, ...(locale === "fa" ? { reverse: true } : {}) });

/** A category axis: labels on the right in Persian. */
export const rowAxis = (locale: Locale): Record<string, unknown> => ({ title: null, orient: locale === "fa" ? "right" : "left", labelLimit: 220 });

/** The row channel: one row per `field` value, in data order, labels on the right in Persian. */
export const rowY = (locale: Locale, field = "label"): Record<string, unknown> => ({ field, type: "nominal", sort: null, axis: rowAxis(locale) });

/** The units of an index result, or `CHARTS_INVALID_INPUT` when it has none. */
export function unitsOf<U>(result: { readonly units: readonly U[] } | undefined, what = "شاخص", whatEn = "index"): readonly U[] {
  const units = result?.units;
  if (!Array.isArray(units)) invalid(`نتیجهٔ ${what} آرایهٔ units ندارد`, `The ${whatEn} result has no units array`);
  return units;
}

/** The plot size: width, and a height of 18 px per row unless given. */
export const size = (options: ChartOptions | undefined, rows: number | undefined): { width: number; height: number } => ({
  width: options?.width ?? 480,
  height: options?.height ?? (rows === undefined ? 360 : Math.max(60, 18 * rows)),
});

/** Makes row labels unique (two neighbourhoods may share a name): repeats get their id. */
export function uniqueLabels(entries: readonly { id: string; text: string }[]): string[] {
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.text, (seen.get(e.text) ?? 0) + 1);
  return entries.map((e) => ((seen.get(e.text) ?? 0) > 1 ? `${e.text} (${e.id})` : e.text));
}

/**
 * The items with a rank, in rank order, cut to the first `limit`, and how many had a rank.
 * Large inputs are not sorted whole: the `limit`-th smallest rank is found on a typed array
 * and only the items up to it are sorted.
 */
export function firstByRank<T>(items: readonly T[], rankOf: (item: T) => number | null, limit: number): { shown: T[]; total: number } {
  const ranks = new Float64Array(items.length);
  let total = 0;
  for (const item of items) {
    const r = rankOf(item);
    if (r !== null && r === r) ranks[total++] = r;
  }
  let cut = Infinity;
  if (total > limit) cut = (ranks.subarray(0, total).sort()[limit - 1] as number);
  const kept = items.filter((item) => {
    const r = rankOf(item);
    return r !== null && r === r && r <= cut;
  });
  kept.sort((a, b) => (rankOf(a) as number) - (rankOf(b) as number));
  return { shown: kept.slice(0, limit), total };
}
