/**
 * Private: what each numeric column of a user's file is, so that `mahalleh score` never
 * guesses an indicator's direction. A column is a standard indicator (matched by id, Persian
 * or English name, or a common short name, after folding Arabic letters, digits, ZWNJ and
 * spacing), a known non-indicator (row number, population, households, area, a code, a
 * place, a period, a coordinate), or unknown — and an unknown column stops scoring.
 */
import { foldForMatching } from "../internal/chars";
import type { Indicator } from "../models/IndicatorSchema";
import { standardIndicators } from "../models/standardIndicators";
import { LATITUDE_NAMES, LONGITUDE_NAMES } from "./_coordinates";

/** Why a column is not an indicator. */
export type SkipReason = "row" | "population" | "households" | "area" | "code" | "place" | "period" | "coordinate";

/** What a column is. */
export type ColumnRole =
  | { readonly kind: "indicator"; readonly header: string; readonly indicator: Indicator }
  | { readonly kind: "skip"; readonly header: string; readonly reason: SkipReason }
  | { readonly kind: "unknown"; readonly header: string };

/** Common short names of the standard indicators, as headers are written in Iranian files. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  "unemployment-rate": ["بیکاری", "درصد بیکاری", "unemployment"],
  "youth-neet-rate": ["neet", "نرخ neet", "جوانان بیرون از اشتغال و آموزش"],
  "female-labour-participation": ["مشارکت اقتصادی زنان", "نرخ مشارکت زنان", "مشارکت زنان", "female participation"],
  "relief-coverage-rate": ["پوشش کمیته امداد", "تحت پوشش کمیته امداد", "تحت پوشش امداد و بهزیستی", "مددجویان"],
  "home-business-density": ["مشاغل خانگی", "home businesses"],
  "literacy-rate": ["باسوادی", "سواد", "نرخ سواد", "درصد باسوادی", "literacy"],
  "school-dropout-rate": ["ترک تحصیل", "بازماندگی از تحصیل", "dropout", "dropout rate"],
  "health-centre-distance": ["فاصله تا مرکز سلامت", "فاصله تا مرکز بهداشت", "distance to health centre"],
  "addiction-treatment-rate": ["اعتیاد", "درمان اعتیاد", "addiction"],
  "crime-rate": ["جرم", "جرائم", "نرخ جرم", "crime"],
  "worn-out-area-share": ["بافت فرسوده", "سهم بافت فرسوده", "worn out fabric"],
  "persons-per-room": ["نفر در اتاق", "persons per room"],
  "cultural-space-per-capita": ["فضای فرهنگی", "سرانه فضای فرهنگی", "cultural space"],
  "resident-participation-rate": ["مشارکت ساکنان", "resident participation"],
};

const SKIP: Readonly<Record<SkipReason, readonly string[]>> = {
  row: ["ردیف", "سطر", "شماره", "شماره ردیف", "row", "#", "no", "n", "index", "idx", "ش"],
  population: ["جمعیت", "جمعیت کل", "تعداد جمعیت", "population", "pop"],
  households: ["خانوار", "تعداد خانوار", "شمار خانوار", "households", "household", "hh"],
  area: ["مساحت", "مساحت (هکتار)", "مساحت هکتار", "مساحت (متر مربع)", "هکتار", "area", "areaha", "area ha", "area (ha)"],
  code: [],
  place: ["استان", "شهرستان", "شهر", "بخش", "دهستان", "منطقه", "ناحیه", "province", "county", "city", "district", "region"],
  period: ["سال", "دوره", "year", "period"],
  coordinate: [...LONGITUDE_NAMES, ...LATITUDE_NAMES],
};

/** Headers that are codes: «کد …», «شناسه …», `code`, `… id`, `…_code`. */
const CODE = /^(?:کد|شناسه)|(?:^|\s)(?:کد|شناسه|code|id)(?:\s|$)|^(?:neighbou?rhood|county|province|city|post|postal|unit)(?:id|code)$/;

const standard = new Map<string, Indicator>();
for (const indicator of standardIndicators) {
  for (const name of [indicator.id, indicator.nameFa, indicator.nameEn, ...(ALIASES[indicator.id] ?? [])]) standard.set(foldForMatching(name), indicator);
}
const skip = new Map<string, SkipReason>();
for (const [reason, names] of Object.entries(SKIP) as [SkipReason, readonly string[]][]) for (const name of names) skip.set(foldForMatching(name), reason);

/** The role of one column, from its header. */
export function classifyColumn(header: string): ColumnRole {
  const key = foldForMatching(header);
  const unbracketed = key.replace(/\s*\(.*\)\s*$/, "").replace(/\s*[%٪]$/, "");
  const indicator = standard.get(key) ?? standard.get(unbracketed);
  if (indicator !== undefined) return { kind: "indicator", header, indicator };
  const reason = skip.get(key) ?? skip.get(unbracketed);
  if (reason !== undefined) return { kind: "skip", header, reason };
  if (CODE.test(key)) return { kind: "skip", header, reason: "code" };
  return { kind: "unknown", header };
}

/** The roles of several columns. */
export function classifyColumns(headers: readonly string[]): ColumnRole[] {
  return headers.map(classifyColumn);
}

/** A starter spec entry: what `mahalleh spec` prints and `score` uses without `--spec`. */
export interface StarterIndicator {
  readonly id: string;
  readonly dimension: string;
  readonly direction: 1 | -1 | null;
  readonly nameFa?: string;
  readonly nameEn?: string;
  readonly unit?: string;
}

/** The starter spec of the columns: matched indicators with their directions, unknown ones with `direction: null`. */
export function starterSpec(roles: readonly ColumnRole[]): { indicators: StarterIndicator[] } {
  const indicators: StarterIndicator[] = [];
  for (const role of roles) {
    if (role.kind === "indicator") {
      const i = role.indicator;
      indicators.push({ id: role.header, dimension: i.dimension, direction: i.direction, nameFa: i.nameFa, nameEn: i.nameEn, unit: i.unit });
    } else if (role.kind === "unknown") indicators.push({ id: role.header, dimension: "", direction: null });
  }
  return { indicators };
}

/** Persian/English names of the skip reasons, for messages. */
export const SKIP_NAMES: Readonly<Record<SkipReason, { readonly fa: string; readonly en: string }>> = {
  row: { fa: "شمارهٔ ردیف", en: "row number" },
  population: { fa: "جمعیت", en: "population" },
  households: { fa: "خانوار", en: "households" },
  area: { fa: "مساحت", en: "area" },
  code: { fa: "کد", en: "code" },
  place: { fa: "نام مکان", en: "place" },
  period: { fa: "دوره", en: "period" },
  coordinate: { fa: "مختصات", en: "coordinate" },
};

/** The list of headers for a message: «a»، «b» / "a", "b". */
export function listHeaders(headers: readonly string[], locale: "fa" | "en"): string {
  return locale === "fa" ? headers.map((h) => `«${h}»`).join("، ") : headers.map((h) => `"${h}"`).join(", ");
}

/** How to write a spec: the text shown when a direction is unknown (`command`: the command to run again, default `score`). */
export function specHowTo(path: string, command = "score"): { fa: string; en: string } {
  const file = /[\s"'$`\\]/.test(path) ? `"${path.replace(/(["$`\\])/g, "\\$1")}"` : path;
  return {
    fa:
      `یک مشخصات (spec) بسازید و جهت هر شاخص را در آن بنویسید:\n` +
      `  mahalleh spec ${file} > spec.json\n` +
      `در spec.json برای هر شاخص «direction» را «1» بگذارید اگر مقدار بیشتر یعنی محروم‌تر (مانند نرخ بیکاری)، ` +
      `و «-1» اگر مقدار بیشتر یعنی برخوردارتر (مانند نرخ باسوادی یا سرانهٔ فضای سبز)؛ «dimension» بُعد آن است (مثلاً education). ` +
      `ستونی را که شاخص نیست از فهرست پاک کنید. سپس:\n` +
      `  mahalleh ${command} ${file} --spec spec.json`,
    en:
      `Write a spec that gives each indicator its direction:\n` +
      `  mahalleh spec ${file} > spec.json\n` +
      `In spec.json set each indicator's "direction" to 1 if a higher value means more deprived (e.g. unemployment), ` +
      `or -1 if a higher value means better off (e.g. literacy, green space per person); "dimension" is its dimension ` +
      `(e.g. education). Delete any column that is not an indicator. Then:\n` +
      `  mahalleh ${command} ${file} --spec spec.json`,
  };
}
