/** Private: what `mahalleh score` scores — the bundled sample, or a JSON/CSV file. */
import { foldForMatching, latinDigits, persianDigits } from "../internal/chars";
import { isMahallehError } from "../errors/MahallehError";
import { fail } from "../internal/safe";
import { normalizePersian } from "../text/index";
import { cellNumber } from "./_cellNumber";
import { PARALLEL_MIN_BYTES, readCsvParallel, type ParallelOptions } from "./_csvParallel";
import { csvReadOptions } from "./_csvRange";
import { findCounty } from "../models/findCounty";
import type { CsvIndicatorTable, IndexSpec, IndicatorTable } from "../scoring/index";
import { tableFromCsv, tableFromCsvChunks, tableFromObservations, tableFromParquet, tableFromRows } from "../scoring/index";
import { readCsv } from "../validation/readCsv";
import { classifyColumns, type ColumnRole } from "./_columns";
import { coordinateColumns, type CoordinateColumns } from "./_coordinates";
import { DataError } from "./_command";
import { delimiterFlag, describeDelimiter, describeEncoding, openText, readText, sniffDelimiter, type EncodingUsed } from "./_files";
import { parquetTable, readParquetBytes } from "./_parquetParallel";
import type { CliIO } from "./run";

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
  /**
   * Display name of the unit at position `i` of the table, in a locale (its id when the input
   * has no name). Read on demand: a national file has a million units.
   */
  readonly unitName: (i: number, locale: "fa" | "en") => string;
  /** Indicator id → display names. */
  readonly indicators: ReadonlyMap<string, Names>;
  /** Group id → display names. */
  readonly groups: ReadonlyMap<string, Names>;
  /** What was read, for the title line. */
  readonly title: Names;
  /**
   * For an input without directions (CSV, rows, `{ids, columns}`, observations without
   * indicators): the role of each candidate column (skipped columns are already out of the table).
   */
  readonly roles?: readonly ColumnRole[] | undefined;
  /** The longitude and latitude columns, when the input had both (left out of the indicators). */
  readonly coordinates?: CoordinateColumns | undefined;
}

/** Drops the known non-indicator columns from a table and returns the roles of all candidates. */
function withRoles(input: ScoreInput): ScoreInput {
  const roles = classifyColumns(Object.keys(input.table.columns));
  const columns: Record<string, ArrayLike<number>> = {};
  for (const role of roles) {
    if (role.kind === "skip") continue;
    // defineProperty: a column may be called "__proto__" in a spreadsheet
    Object.defineProperty(columns, role.header, { value: input.table.columns[role.header], enumerable: true, writable: true, configurable: true });
  }
  const coordinates = coordinateColumns(input.table.columns);
  return { ...input, table: { ...input.table, columns } as IndicatorTable, roles, ...(coordinates === undefined ? {} : { coordinates }) };
}

/** Names by position from name columns: the Persian name folded, the English one trimmed, else the id. */
function byPosition(ids: readonly string[], fa: readonly (string | undefined)[] | undefined, en: readonly (string | undefined)[] | undefined): ScoreInput["unitName"] {
  return (i, locale) => {
    const id = ids[i] as string;
    const f = fa?.[i];
    const faName = f !== undefined && f.trim() !== "" ? cleanName(f) : undefined;
    if (locale === "fa") return faName ?? id;
    const e = en?.[i];
    return e !== undefined && e.trim() !== "" ? e.trim() : (faName ?? id);
  };
}

/** Names by position from names keyed by id. */
function byId(ids: readonly string[], names: ReadonlyMap<string, Names>): ScoreInput["unitName"] {
  return (i, locale) => {
    const id = ids[i] as string;
    return names.get(id)?.[locale] ?? id;
  };
}

/** Folds a display name: Arabic ي/ك and the other folds of `normalizePersian`. */
function cleanName(text: string): string {
  return normalizePersian(text);
}

/**
 * Groups (counties) by a folded key, so that «كرج», «کرج» and «شهرستان کرج» are one county:
 * a known Alborz county by its id (with its Persian and English names), anything else by its
 * folded spelling (with the first spelling seen, normalised, as its name).
 */
class Groups {
  readonly names = new Map<string, Names>();
  /** Cell as written → key: a national file repeats a few hundred county cells a million times. */
  readonly #keys = new Map<string, string>();
  key(cell: string): string {
    let key = this.#keys.get(cell);
    if (key === undefined) this.#keys.set(cell, (key = this.#fold(cell)));
    return key;
  }
  #fold(cell: string): string {
    const text = cell.trim();
    if (text === "") return "";
    const county = findCounty(text);
    if (county !== undefined) {
      this.names.set(county.id, { fa: county.nameFa, en: county.nameEn });
      return county.id;
    }
    const key = foldForMatching(text);
    if (!this.names.has(key)) {
      const name = cleanName(text);
      this.names.set(key, { fa: name, en: name });
    }
    return key;
  }
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function shapeError(path: string, fa: string, en: string, details: Record<string, unknown>): Error {
  return fail("INDEX_INVALID_TABLE", `داده‌های ${path} ساختار درستی ندارد: ${fa}`, `${path} is malformed: ${en}`, details);
}

/** Checks a dataset's shape before it is read, so a malformed file is a coded data error. */
function checkDatasetShape(data: Record<string, unknown>, path: string): void {
  for (const key of ["observations", "neighbourhoods", "indicators", "counties"]) {
    const list = data[key];
    if (list === undefined && key !== "observations") continue;
    if (!Array.isArray(list)) {
      throw shapeError(path, `«${key}» باید آرایه باشد (${describe(list)} است)`, `"${key}" must be an array (it is ${describe(list)})`, { key, received: describe(list) });
    }
    list.forEach((item: unknown, i) => {
      const where = { key, index: i };
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        throw shapeError(path, `عضو ${i + 1} از «${key}» باید شیء باشد (${describe(item)} است)`, `item ${i + 1} of "${key}" must be an object (it is ${describe(item)})`, { ...where, received: describe(item) });
      }
      const o = item as Record<string, unknown>;
      const need = (field: string, ok: (v: unknown) => boolean, what: { fa: string; en: string }): void => {
        if (!ok(o[field])) {
          throw shapeError(
            path,
            `«${field}» در عضو ${i + 1} از «${key}» باید ${what.fa} باشد (${describe(o[field])} است)`,
            `"${field}" of item ${i + 1} of "${key}" must be ${what.en} (it is ${describe(o[field])})`,
            { ...where, field, received: describe(o[field]) },
          );
        }
      };
      const text = { fa: "متن", en: "a string" };
      const isText = (v: unknown): boolean => typeof v === "string" && v !== "";
      if (key === "observations") {
        need("neighbourhoodId", isText, text);
        need("indicatorId", isText, text);
        need("period", (v) => isText(v) || (typeof v === "number" && Number.isFinite(v)), { fa: "متن یا عدد", en: "a string or a number" });
        need("value", (v) => v === null || v === undefined || typeof v === "number" || typeof v === "string", { fa: "عدد، متن یا null", en: "a number, a string or null" });
      } else {
        need("id", isText, text);
        if (key === "indicators") {
          need("direction", (v) => v === 1 || v === -1, { fa: "۱ یا ۱-", en: "1 or -1" });
          need("dimension", isText, text);
        }
      }
    });
  }
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
  const observations = data.observations.map((o) => (typeof o.period === "number" ? { ...o, period: String(o.period) } : o));
  const chosen = period === undefined ? latestPeriod(observations) : latinDigits(period);
  const neighbourhoods = data.neighbourhoods ?? [];
  const indicatorList = data.indicators ?? [];
  const table = tableFromObservations(observations, {
    period: chosen,
    ...(neighbourhoods.length > 0 ? { groupOf: Object.fromEntries(neighbourhoods.map((n) => [n.id, n.countyId ?? ""])) } : {}),
    ...(indicatorList.length > 0 ? { indicators: indicatorList.map((i) => i.id) } : {}),
  });
  const spec: IndexSpec | undefined =
    indicatorList.length > 0 ? { indicators: indicatorList.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction })) } : undefined;
  return {
    table,
    spec,
    unitName: byId(table.ids, new Map(neighbourhoods.map((n) => [n.id, { fa: cleanName(n.nameFa ?? n.id), en: n.nameEn ?? cleanName(n.nameFa ?? n.id) }]))),
    indicators: new Map(indicatorList.map((i) => [i.id, { fa: i.nameFa ?? i.id, en: i.nameEn ?? i.id }])),
    groups: new Map((data.counties ?? []).map((c) => [c.id, { fa: c.nameFa, en: c.nameEn }])),
    title: { fa: `${title.fa}، دورهٔ ${chosen}، ${table.ids.length} واحد`, en: `${title.en}, period ${chosen}, ${table.ids.length} units` },
  };
}

/** The bundled synthetic Alborz sample. */
export async function fromSample(period: string | undefined): Promise<ScoreInput> {
  // loaded only here: the sample's module brings zod (its schemas), about 0.15 s of start-up
  // that a run on a file never needs
  const { sampleDataset } = await import("../models/sampleDataset");
  return fromDataset(sampleDataset, period, { fa: "نمونهٔ مصنوعی البرز (داده‌های ساختگی)", en: "Synthetic Alborz sample (invented data)" });
}

const ID_HEADERS = ["id", "شناسه", "code", "کد", "neighbourhoodId", "شناسه محله", "کد محله"].map(foldForMatching);
const NAME_HEADERS = ["nameFa", "name_fa", "name", "نام", "نام محله", "محله"].map(foldForMatching);
const NAME_EN_HEADERS = ["nameEn", "name_en", "نام انگلیسی", "نام لاتین"].map(foldForMatching);
const GROUP_HEADERS = ["countyId", "county", "group", "شهرستان", "نام شهرستان"].map(foldForMatching);
const PERIOD_HEADERS = ["period", "year", "دوره", "سال"].map(foldForMatching);

/** The first header (as written) whose folded form is one of `keys`, in the order of `keys`. */
function findHeader(header: readonly string[], keys: readonly string[]): string | undefined {
  const folded = header.map(foldForMatching);
  for (const key of keys) {
    const i = folded.indexOf(key);
    if (i >= 0) return header[i];
  }
  return undefined;
}

/** Builds the input from row objects (CSV records or a JSON array). */
export function fromRows(
  allRows: readonly Readonly<Record<string, unknown>>[],
  header: readonly string[],
  title: Names,
  period?: string | undefined,
  decimalComma = false,
): ScoreInput {
  const idField = findHeader(header, ID_HEADERS) ?? header[0];
  if (idField === undefined) throw fail("INDEX_INVALID_TABLE", "پرونده هیچ ستونی ندارد", "The file has no column");
  const nameField = findHeader(header, NAME_HEADERS);
  const nameEnField = findHeader(header, NAME_EN_HEADERS);
  const groupField = findHeader(header, GROUP_HEADERS);
  const periodField = findHeader(header, PERIOD_HEADERS);
  let rows = allRows;
  if (period !== undefined) {
    if (periodField === undefined) {
      throw new DataError(
        `--period تنها برای داده‌هایی است که دوره دارند؛ این پرونده ستون «دوره» یا «سال» ندارد`,
        `--period applies only to data with periods; this file has no "period" or "year" column`,
      );
    }
    const wanted = latinDigits(period).trim();
    rows = allRows.filter((r) => latinDigits(String(r[periodField] ?? "")).trim() === wanted);
    if (rows.length === 0) {
      throw fail("INDEX_PERIOD_NOT_FOUND", `هیچ ردیفی با دورهٔ «${period}» در ستون «${periodField}» نیست`, `No row has period "${period}" in column "${periodField}"`, { period });
    }
  }
  const skip = new Set([idField, nameField, nameEnField, groupField, periodField]);
  // indicator columns: every other column with at least one number
  const indicators = header.filter((h) => !skip.has(h) && rows.some((r) => typeof r[h] === "number" || (typeof r[h] === "string" && !Number.isNaN(cellNumber(r[h] as string, decimalComma)))));
  const groups = new Groups();
  const converted = rows.map((r, i) => {
    const out: Record<string, unknown> = { id: r[idField] ?? "", group: groupField === undefined ? undefined : groups.key(String(r[groupField] ?? "")) };
    for (const h of indicators) {
      const v = r[h];
      let value: unknown = v;
      if (typeof v === "string") {
        value = cellNumber(v, decimalComma);
        if (Number.isNaN(value) && v.trim() !== "") {
          throw fail("INDEX_INVALID_TABLE", `مقدار «${v}» در ردیف ${persianDigits(String(i + 1))}، ستون «${h}» عدد نیست`, `Value "${v}" in row ${i + 1}, column "${h}" is not a number`, { row: i, field: h });
        }
      }
      // defineProperty: a column may be called "__proto__" in a spreadsheet
      Object.defineProperty(out, h, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
  const table = tableFromRows(converted, { id: "id", indicators, ...(groupField === undefined ? {} : { group: "group" }) });
  const text = (field: string | undefined): (string | undefined)[] | undefined =>
    field === undefined ? undefined : rows.map((r) => (typeof r[field] === "string" ? (r[field] as string) : undefined));
  return withRoles({
    table,
    spec: undefined,
    unitName: byPosition(table.ids, text(nameField), text(nameEnField)),
    indicators: new Map(indicators.map((h) => [h, { fa: h, en: h }])),
    groups: groups.names,
    title: { fa: `${title.fa}، ${table.ids.length} واحد`, en: `${title.en}, ${table.ids.length} units` },
  });
}

/** Reads a file's text as a score input: JSON (dataset, table or rows) or CSV. */
export function fromText(text: string, path: string, period: string | undefined, delimiter: string = ","): ScoreInput {
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
      data.forEach((r: unknown, i) => {
        if (typeof r !== "object" || r === null || Array.isArray(r)) {
          throw shapeError(path, `ردیف ${i + 1} باید شیء باشد (${describe(r)} است)`, `row ${i + 1} must be an object (it is ${describe(r)})`, { index: i, received: describe(r) });
        }
      });
      const rows = data as Record<string, unknown>[];
      const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      return fromRows(rows, header, title, period);
    }
    if (typeof data === "object" && data !== null) {
      const obj = data as Record<string, unknown>;
      if (Object.hasOwn(obj, "observations") || Object.hasOwn(obj, "neighbourhoods") || Object.hasOwn(obj, "indicators")) {
        checkDatasetShape(obj, path);
        const input = fromDataset(obj as unknown as DatasetLike, period, title);
        return input.spec === undefined ? withRoles(input) : input;
      }
      if (Object.hasOwn(obj, "ids") || Object.hasOwn(obj, "columns")) {
        if (period !== undefined) throw new DataError("--period تنها برای داده‌هایی است که دوره دارند؛ جدول {ids, columns} دوره ندارد", "--period applies only to data with periods; an {ids, columns} table has none");
        const ids = obj["ids"];
        const cols = obj["columns"];
        if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
          throw shapeError(path, "«ids» باید آرایه‌ای از متن باشد", '"ids" must be an array of strings', { key: "ids" });
        }
        if (typeof cols !== "object" || cols === null || Array.isArray(cols)) {
          throw shapeError(path, "«columns» باید شیئی از ستون‌ها باشد", '"columns" must be an object of columns', { key: "columns" });
        }
        for (const [k, v] of Object.entries(cols)) {
          if (!Array.isArray(v) || !v.every((x) => x === null || typeof x === "number")) {
            throw shapeError(path, `ستون «${k}» باید آرایه‌ای از عدد یا null باشد`, `column "${k}" must be an array of numbers or nulls`, { key: "columns", column: k });
          }
        }
        const columns = Object.fromEntries(
          Object.entries(obj["columns"] as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (x === null ? Number.NaN : x)) : v]),
        ) as Record<string, number[]>;
        const table: IndicatorTable = { ids: obj["ids"] as string[], columns, ...(Array.isArray(obj["groups"]) ? { groups: obj["groups"] as string[] } : {}) };
        const names = (typeof obj["names"] === "object" && obj["names"] !== null ? obj["names"] : {}) as Record<string, unknown>;
        const nameOf = (id: string): string => (typeof names[id] === "string" ? cleanName(names[id] as string) : id);
        const input: ScoreInput = {
          table,
          spec: undefined,
          unitName: (i) => nameOf(table.ids[i] as string),
          indicators: new Map(Object.keys(columns).map((k) => [k, { fa: k, en: k }])),
          groups: new Map(),
          title: { fa: `${title.fa}، ${table.ids.length} واحد`, en: `${title.en}, ${table.ids.length} units` },
        };
        return withRoles(input);
      }
    }
    throw fail(
      "INDEX_INVALID_TABLE",
      `ساختار ${path} شناخته نیست: آرایه‌ای از ردیف‌ها، {ids, columns} یا {neighbourhoods, indicators, observations} لازم است`,
      `${path} has an unknown shape: expected an array of rows, {ids, columns} or {neighbourhoods, indicators, observations}`,
    );
  }
  const csv = readCsv(text, { delimiter });
  const broken = csv.problems[0];
  if (broken !== undefined) {
    throw fail("INDEX_INVALID_TABLE", `ردیف خراب در ${path} (سطر ${persianDigits(String(csv.lines[broken.row] ?? "?"))})`, `Broken row in ${path} (line ${csv.lines[broken.row] ?? "?"})`, { problem: broken });
  }
  // back to the headers as the user wrote them, so that messages, drivers and specs use them
  // (normalised: Arabic ي/ك folded, so «نرخ باسوادي» from a Windows-1256 file reads «نرخ باسوادی»)
  const names = csv.fields.map((field, i) => (csv.header[i] === undefined || csv.header[i] === "" ? field : cleanName(csv.header[i] as string)));
  const rows = csv.rows
    .filter((r): r is Readonly<Record<string, string>> => typeof r === "object")
    .map((r) => {
      const out: Record<string, string> = {};
      csv.fields.forEach((field, i) => {
        const cell = Object.hasOwn(r, field) ? r[field] : undefined;
        if (cell !== undefined) Object.defineProperty(out, names[i] as string, { value: cell, enumerable: true, writable: true, configurable: true });
      });
      return out;
    });
  return fromRows(rows, names, title, period, delimiter !== ",");
}

/** A spec for a table without one: every column an indicator, direction +1, one dimension. */
export function defaultSpec(table: IndicatorTable): IndexSpec {
  return { indicators: Object.keys(table.columns).map((id) => ({ id, dimension: "index", direction: 1 as const })) };
}

/** How a file was read: for the note the commands print. */
export interface FileNote {
  readonly encoding: EncodingUsed;
  /** The CSV delimiter, or undefined for JSON. */
  readonly delimiter: string | undefined;
  /** True if the delimiter was sniffed (not given with `--delimiter`). */
  readonly sniffed: boolean;
}

/** Options of {@link loadFile}. */
export interface LoadOptions {
  readonly encoding?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly period?: string | undefined;
}

/** True if the text is JSON by its name or its first character. */
export function looksLikeJson(text: string, path: string): boolean {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ""))?.[0];
  return path.toLowerCase().endsWith(".json") || first === "{" || first === "[";
}

/** Reads a user's file (any supported encoding, any sniffed delimiter, or Parquet) as a score input. */
export async function loadFile(
  io: CliIO,
  path: string,
  options: LoadOptions,
  onNote?: (note: FileNote) => void,
): Promise<{ input: ScoreInput; note: FileNote }> {
  if (/\.parquet$/i.test(path)) {
    const note: FileNote = { encoding: { label: "parquet", bom: false, source: "flag" }, delimiter: undefined, sniffed: false };
    onNote?.(note);
    return { input: await fromParquet(io, path, options.period), note };
  }
  const source = await openText(io, path, options.encoding);
  const json = looksLikeJson(source.head, path);
  const delimiter = json ? undefined : options.delimiter === undefined ? sniffDelimiter(source.head) : delimiterFlag(options.delimiter);
  const note: FileNote = { encoding: source.encoding, delimiter, sniffed: options.delimiter === undefined };
  onNote?.(note); // before reading: a file that fails to read still says how it was decoded
  if (json || options.period !== undefined || delimiter === undefined) {
    // JSON, or a long CSV filtered by period: the row-object path
    const parts: string[] = [];
    for await (const chunk of source.chunks) parts.push(chunk);
    return { input: fromText(parts.join(""), path, options.period, delimiter ?? ","), note };
  }
  const workers = source.bytes !== undefined && io.readBytes === undefined && io.readFile === undefined ? await parallelWanted(path) : undefined;
  if (workers !== undefined) {
    // a big UTF-8 file on disk: read in two parts on two threads; the serial read opens it anew if that fails
    await source.close();
    const reopen = async (): Promise<AsyncIterable<Uint8Array> | AsyncIterable<string>> => {
      const again = await openText(io, path, options.encoding);
      return again.bytes ?? again.chunks;
    };
    return { input: await fromCsvColumns(source.head, reopen, path, delimiter, { ...workers, trace: process.env["MAHALLEH_CSV_WORKERS_TRACE"] === "1" ? io.stderr : undefined }), note };
  }
  return { input: await fromCsvColumns(source.head, source.bytes ?? source.chunks, path, delimiter), note };
}

/**
 * Whether a file is big enough for the parallel read ({@link readCsvParallel}):
 * `MAHALLEH_CSV_WORKERS=off` turns it off, `MAHALLEH_CSV_WORKERS=<bytes>` sets the least size
 * (tests); else {@link PARALLEL_MIN_BYTES}.
 */
async function parallelWanted(path: string): Promise<{ file: string; minBytes: number } | undefined> {
  const setting = process.env["MAHALLEH_CSV_WORKERS"];
  if (setting === "off") return undefined;
  const minBytes = setting !== undefined && /^\d+$/.test(setting) ? Number(setting) : PARALLEL_MIN_BYTES;
  try {
    const { stat } = await import("node:fs/promises");
    return (await stat(path)).size >= minBytes ? { file: path, minBytes } : undefined;
  } catch {
    return undefined;
  }
}

/** The roles of a file's columns: id, names, county, period, and the indicator candidates. */
function rolesOf(header: readonly string[]): { id: string; name?: string | undefined; nameEn?: string | undefined; group?: string | undefined; candidates: string[] } {
  const id = findHeader(header, ID_HEADERS) ?? header[0];
  if (id === undefined) throw fail("INDEX_INVALID_TABLE", "پرونده هیچ ستونی ندارد", "The file has no column");
  const name = findHeader(header, NAME_HEADERS);
  const nameEn = findHeader(header, NAME_EN_HEADERS);
  const group = findHeader(header, GROUP_HEADERS);
  const period = findHeader(header, PERIOD_HEADERS);
  const taken = new Set([id, name, nameEn, group, period]);
  // known non-indicator columns (population, codes…) are read too, so that the command can
  // say which numeric columns it left out, exactly as for row objects
  return { id, name, nameEn, group, candidates: header.filter((h) => !taken.has(h)) };
}

/** The score input from columns already read: names cleaned, counties folded, roles classified. */
function fromColumns(
  table: { readonly ids: readonly string[]; readonly groups?: readonly string[] | undefined; readonly columns: Readonly<Record<string, ArrayLike<number>>> },
  labels: Readonly<Record<string, readonly string[]>>,
  roles: ReturnType<typeof rolesOf>,
  title: Names,
): ScoreInput {
  const groups = new Groups();
  const groupKeys = table.groups?.map((g) => groups.key(g));
  const faNames = roles.name === undefined ? undefined : labels[roles.name];
  const enNames = roles.nameEn === undefined ? undefined : labels[roles.nameEn];
  const indicators = Object.keys(table.columns);
  return withRoles({
    table: { ids: table.ids, ...(groupKeys === undefined ? {} : { groups: groupKeys }), columns: table.columns },
    spec: undefined,
    unitName: byPosition(table.ids, faNames, enNames),
    indicators: new Map(indicators.map((h) => [h, { fa: h, en: h }])),
    groups: groups.names,
    title: { fa: `${title.fa}، ${table.ids.length} واحد`, en: `${title.en}, ${table.ids.length} units` },
  });
}

/**
 * A CSV file read straight into typed columns as it streams (issue 18): no object per row, no
 * string per numeric cell; the same numbers as the row-object path ({@link fromRows}).
 */
export async function fromCsvColumns(
  head: string,
  chunks: AsyncIterable<string> | AsyncIterable<Uint8Array> | (() => Promise<AsyncIterable<string> | AsyncIterable<Uint8Array>>),
  path: string,
  delimiter: string,
  parallel?: (ParallelOptions & { readonly file: string; readonly trace?: ((line: string) => void) | undefined }) | undefined,
): Promise<ScoreInput> {
  const newline = head.search(/[\r\n]/);
  const { header } = tableFromCsv(`${newline < 0 ? head : head.slice(0, newline)}\n`, { delimiter, indicators: [] });
  const roles = rolesOf(header);
  const task = {
    delimiter,
    id: roles.id,
    group: roles.group,
    labels: [roles.name, roles.nameEn].filter((h): h is string => h !== undefined),
    indicators: roles.candidates,
    decimalComma: delimiter !== ",",
  };
  let read: CsvIndicatorTable | undefined;
  if (parallel !== undefined) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const outcome = await readCsvParallel(parallel.file, task, parallel).catch((error: unknown) => ({ read: undefined, reason: String(error) }));
    const used = process.cpuUsage(cpu);
    parallel.trace?.(
      `csv workers: ${outcome.reason === undefined ? "parallel" : `serial (${outcome.reason})`}, ${Math.round(performance.now() - started)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU\n`,
    );
    read = outcome.read;
  }
  try {
    read ??= await tableFromCsvChunks(typeof chunks === "function" ? await chunks() : chunks, csvReadOptions(task));
  } catch (error) {
    // UTF-8 read as bytes: invalid bytes past the first 64 KB get the hint the text path gives
    if (isMahallehError(error) && error.code === "INDEX_INVALID_TABLE" && error.cause instanceof TypeError && typeof error.details?.["offset"] === "number") {
      throw new DataError(
        `پروندهٔ «${path}» پس از ۶۴ کیلوبایت نخست دیگر UTF-8 معتبر نیست؛ رمزگذاری را با --encoding بدهید (مثلاً --encoding windows-1256)`,
        `"${path}" stops being valid UTF-8 after its first 64 KB; give its encoding with --encoding (e.g. --encoding windows-1256)`,
      );
    }
    throw error;
  }
  // headers as the user wrote them, normalised (Arabic ي/ك folded) as the row path does
  const columns: Record<string, ArrayLike<number>> = {};
  for (const [name, values] of Object.entries(read.table.columns)) {
    Object.defineProperty(columns, cleanName(name), { value: values, enumerable: true, writable: true, configurable: true });
  }
  return fromColumns({ ...read.table, columns }, read.labels, roles, { fa: `پروندهٔ ${path}`, en: `file ${path}` });
}

/** A Parquet file: its columns read with hyparquet (an optional dependency, loaded here only). */
async function fromParquet(io: CliIO, path: string, period: string | undefined): Promise<ScoreInput> {
  if (period !== undefined) {
    throw new DataError("--period برای پروندهٔ Parquet پشتیبانی نمی‌شود؛ دوره را پیش از خروجی گرفتن جدا کنید", "--period is not supported for Parquet files; select the period when exporting");
  }
  const bytes = await readParquetBytes(io, path);
  let names: string[];
  let textColumns = new Set<string>();
  try {
    const hp = (await import("hyparquet")) as unknown as {
      parquetMetadata(bytes: Uint8Array): unknown;
      parquetSchema(metadata: unknown): { children: { element: { name: string; type?: string; converted_type?: string; logical_type?: { type?: string } } }[] };
    };
    // the bytes themselves (shared or not): no copy of a 100 MB file for its schema
    const children = hp.parquetSchema(hp.parquetMetadata(bytes)).children;
    names = children.map((c) => c.element.name);
    // text columns (names, addresses) are not indicator candidates, as blank-or-text CSV columns are not
    const numeric = (e: (typeof children)[number]["element"]): boolean =>
      e.converted_type === "DECIMAL" || e.logical_type?.type === "DECIMAL" || (["INT32", "INT64", "FLOAT", "DOUBLE"].includes(e.type ?? "") && e.converted_type !== "DATE" && e.logical_type?.type !== "DATE" && e.logical_type?.type !== "TIMESTAMP");
    textColumns = new Set(children.filter((c) => !numeric(c.element)).map((c) => c.element.name));
  } catch {
    // not installed, or not a readable file: tableFromParquet says which, with its code
    names = [];
  }
  const roles = names.length === 0 ? { id: undefined, candidates: undefined } : rolesOf(names);
  // large files: the indicator columns read in worker threads too (the same table or error)
  const read = await parquetTable(bytes, {
    ...(roles.id === undefined ? {} : { id: roles.id }),
    ...("group" in roles && roles.group !== undefined ? { group: roles.group } : {}),
    ...("name" in roles ? { labels: [roles.name, roles.nameEn].filter((h): h is string => h !== undefined) } : {}),
    ...(roles.candidates === undefined ? {} : { indicators: roles.candidates.filter((h) => !textColumns.has(h)) }),
  });
  return fromColumns(read.table, read.labels, roles as ReturnType<typeof rolesOf>, { fa: `پروندهٔ ${path}`, en: `file ${path}` });
}

/** One line saying how the file was read («encoding UTF-8, delimiter ";"»). */
export function describeNote(path: string, note: FileNote, locale: "fa" | "en"): string {
  if (note.encoding.label === "parquet") return `${path}: Parquet`;
  const parts = [describeEncoding(note.encoding, locale)];
  if (note.delimiter !== undefined) parts.push(describeDelimiter(note.delimiter, locale));
  return `${path}: ${parts.join(locale === "fa" ? "، " : ", ")}`;
}
