/** Private: what `mahalleh score` scores — the bundled sample, or a JSON/CSV file. */
import { fail } from "../internal/safe";
import { safeParseNumber } from "../text/parseNumber";
import { sampleDataset } from "../models/index";
import type { IndexSpec, IndicatorTable } from "../scoring/index";
import { tableFromObservations, tableFromRows } from "../scoring/index";
import { readCsv } from "../validation/index";

/** A name in both languages. */
export interface Names {
  readonly fa: string;
  readonly en: string;
}

/** A table to score with what is needed to print it. */
export interface ScoreInput {
  readonly table: IndicatorTable;
  /** The spec implied by the input (the dataset's indicators), if any. */
  readonly spec: IndexSpec | undefined;
  /** Unit id → display names. */
  readonly units: ReadonlyMap<string, Names>;
  /** Indicator id → display names. */
  readonly indicators: ReadonlyMap<string, Names>;
  /** Group id → display names. */
  readonly groups: ReadonlyMap<string, Names>;
  /** What was read, for the title line. */
  readonly title: Names;
}

interface DatasetLike {
  readonly neighbourhoods?: readonly { readonly id: string; readonly nameFa?: string; readonly nameEn?: string | undefined; readonly countyId?: string }[];
  readonly indicators?: readonly { readonly id: string; readonly nameFa?: string; readonly nameEn?: string; readonly dimension: string; readonly direction: 1 | -1 }[];
  readonly observations: readonly { readonly neighbourhoodId: string; readonly indicatorId: string; readonly period: string; readonly value: number | null }[];
  readonly counties?: readonly { readonly id: string; readonly nameFa: string; readonly nameEn: string }[];
}

/** The latest period among observations (by numeric value, then text). */
function latestPeriod(observations: DatasetLike["observations"]): string {
  const periods = [...new Set(observations.map((o) => o.period))];
  periods.sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const last = periods.at(-1);
  if (last === undefined) throw fail("INDEX_PERIOD_NOT_FOUND", "هیچ مشاهده‌ای در داده‌ها نیست", "The data has no observation");
  return last;
}

/** Builds the input from a dataset (`{ neighbourhoods, indicators, observations }`). */
export function fromDataset(data: DatasetLike, period: string | undefined, title: Names): ScoreInput {
  const chosen = period ?? latestPeriod(data.observations);
  const neighbourhoods = data.neighbourhoods ?? [];
  const indicatorList = data.indicators ?? [];
  const table = tableFromObservations(data.observations, {
    period: chosen,
    ...(neighbourhoods.length > 0 ? { groupOf: Object.fromEntries(neighbourhoods.map((n) => [n.id, n.countyId ?? ""])) } : {}),
    ...(indicatorList.length > 0 ? { indicators: indicatorList.map((i) => i.id) } : {}),
  });
  const spec: IndexSpec | undefined =
    indicatorList.length > 0 ? { indicators: indicatorList.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction })) } : undefined;
  return {
    table,
    spec,
    units: new Map(neighbourhoods.map((n) => [n.id, { fa: n.nameFa ?? n.id, en: n.nameEn ?? n.nameFa ?? n.id }])),
    indicators: new Map(indicatorList.map((i) => [i.id, { fa: i.nameFa ?? i.id, en: i.nameEn ?? i.id }])),
    groups: new Map((data.counties ?? []).map((c) => [c.id, { fa: c.nameFa, en: c.nameEn }])),
    title: { fa: `${title.fa}، دورهٔ ${chosen}، ${table.ids.length} واحد`, en: `${title.en}, period ${chosen}, ${table.ids.length} units` },
  };
}

/** The bundled synthetic Alborz sample. */
export function fromSample(period: string | undefined): ScoreInput {
  return fromDataset(sampleDataset, period, { fa: "نمونهٔ مصنوعی البرز (داده‌های ساختگی)", en: "Synthetic Alborz sample (invented data)" });
}

const ID_HEADERS = ["id", "شناسه", "code", "کد", "neighbourhoodId", "شناسه محله"];
const NAME_HEADERS = ["nameFa", "name", "نام", "نام محله"];
const NAME_EN_HEADERS = ["nameEn", "name_en"];
const GROUP_HEADERS = ["countyId", "county", "group", "شهرستان"];

/**
 * A cell's number through the library's one number reader (`parseNumber`: any digit system,
 * «٬»/«٫» separators). Cells without a digit stay NaN, so a column of names spelled like
 * number words («هفت‌تیر», «صد») is never taken for an indicator.
 */
function cellNumber(text: string): number {
  if (!/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(text)) return Number.NaN;
  const parsed = safeParseNumber(text);
  return parsed.success ? parsed.data : Number.NaN;
}

/** Builds the input from row objects (CSV records or a JSON array). */
export function fromRows(rows: readonly Readonly<Record<string, unknown>>[], header: readonly string[], title: Names): ScoreInput {
  const idField = ID_HEADERS.find((h) => header.includes(h)) ?? header[0];
  if (idField === undefined) throw fail("INDEX_INVALID_TABLE", "پرونده هیچ ستونی ندارد", "The file has no column");
  const nameField = NAME_HEADERS.find((h) => header.includes(h));
  const nameEnField = NAME_EN_HEADERS.find((h) => header.includes(h));
  const groupField = GROUP_HEADERS.find((h) => header.includes(h));
  const skip = new Set([idField, nameField, nameEnField, groupField]);
  // indicator columns: every other column with at least one number
  const indicators = header.filter((h) => !skip.has(h) && rows.some((r) => typeof r[h] === "number" || (typeof r[h] === "string" && !Number.isNaN(cellNumber(r[h] as string)))));
  const converted = rows.map((r, i) => {
    const out: Record<string, unknown> = { id: r[idField] ?? "", group: groupField === undefined ? undefined : String(r[groupField] ?? "") };
    for (const h of indicators) {
      const v = r[h];
      if (typeof v === "number" || v === null || v === undefined) out[h] = v;
      else if (typeof v === "string") {
        const x = cellNumber(v);
        if (Number.isNaN(x) && v.trim() !== "") {
          throw fail("INDEX_INVALID_TABLE", `مقدار «${v}» در ردیف ${i + 1}، ستون «${h}» عدد نیست`, `Value "${v}" in row ${i + 1}, column "${h}" is not a number`, { row: i, field: h });
        }
        out[h] = x;
      } else out[h] = v;
    }
    return out;
  });
  const table = tableFromRows(converted, { id: "id", indicators, ...(groupField === undefined ? {} : { group: "group" }) });
  const units = new Map<string, Names>();
  rows.forEach((r, i) => {
    const fa = nameField === undefined ? undefined : r[nameField];
    const en = nameEnField === undefined ? undefined : r[nameEnField];
    const id = table.ids[i] as string;
    units.set(id, { fa: typeof fa === "string" && fa !== "" ? fa : id, en: typeof en === "string" && en !== "" ? en : typeof fa === "string" && fa !== "" ? fa : id });
  });
  return {
    table,
    spec: undefined,
    units,
    indicators: new Map(indicators.map((h) => [h, { fa: h, en: h }])),
    groups: new Map(),
    title: { fa: `${title.fa}، ${table.ids.length} واحد`, en: `${title.en}, ${table.ids.length} units` },
  };
}

/** Reads a file's text as a score input: JSON (dataset, table or rows) or CSV. */
export function fromText(text: string, path: string, period: string | undefined): ScoreInput {
  const title = { fa: `پروندهٔ ${path}`, en: `file ${path}` };
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (path.toLowerCase().endsWith(".json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      throw fail("INDEX_INVALID_TABLE", `پروندهٔ ${path} JSON معتبر نیست: ${(error as Error).message}`, `${path} is not valid JSON: ${(error as Error).message}`);
    }
    if (Array.isArray(data)) {
      const rows = data.filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null);
      const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      return fromRows(rows, header, title);
    }
    if (typeof data === "object" && data !== null) {
      const obj = data as Record<string, unknown>;
      if (Array.isArray(obj["observations"])) return fromDataset(obj as unknown as DatasetLike, period, title);
      if (Array.isArray(obj["ids"]) && typeof obj["columns"] === "object" && obj["columns"] !== null) {
        const columns = Object.fromEntries(
          Object.entries(obj["columns"] as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (x === null ? Number.NaN : x)) : v]),
        ) as Record<string, number[]>;
        const table: IndicatorTable = { ids: obj["ids"] as string[], columns, ...(Array.isArray(obj["groups"]) ? { groups: obj["groups"] as string[] } : {}) };
        const names = (obj["names"] ?? {}) as Record<string, string>;
        return {
          table,
          spec: undefined,
          units: new Map(table.ids.map((id) => [id, { fa: names[id] ?? id, en: names[id] ?? id }])),
          indicators: new Map(Object.keys(columns).map((k) => [k, { fa: k, en: k }])),
          groups: new Map(),
          title: { fa: `${title.fa}، ${table.ids.length} واحد`, en: `${title.en}, ${table.ids.length} units` },
        };
      }
    }
    throw fail(
      "INDEX_INVALID_TABLE",
      `ساختار ${path} شناخته نیست: آرایه‌ای از ردیف‌ها، {ids, columns} یا {neighbourhoods, indicators, observations} لازم است`,
      `${path} has an unknown shape: expected an array of rows, {ids, columns} or {neighbourhoods, indicators, observations}`,
    );
  }
  const csv = readCsv(text);
  const broken = csv.problems[0];
  if (broken !== undefined) {
    throw fail("INDEX_INVALID_TABLE", `ردیف خراب در ${path} (خط ${csv.lines[broken.row] ?? "?"})`, `Broken row in ${path} (line ${csv.lines[broken.row] ?? "?"})`, { problem: broken });
  }
  const rows = csv.rows.filter((r): r is Readonly<Record<string, string>> => typeof r === "object");
  return fromRows(rows, csv.fields, title);
}

/** A spec for a table without one: every column an indicator, direction +1, one dimension. */
export function defaultSpec(table: IndicatorTable): IndexSpec {
  return { indicators: Object.keys(table.columns).map((id) => ({ id, dimension: "index", direction: 1 as const })) };
}
