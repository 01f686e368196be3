import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";

/**
 * Options of {@link tableFromRows}.
 *
 * @category Composite index
 */
export interface TableFromRowsOptions {
  /** Field holding the unit id. Default `"id"`. */
  readonly id?: string | undefined;
  /** Field holding the unit's group (e.g. `"countyId"`). Default: no groups. */
  readonly group?: string | undefined;
  /** Indicator fields to read. Default: every other field whose values are all numbers, numeric strings or blank. */
  readonly indicators?: readonly string[] | undefined;
}

/**
 * Builds an {@link IndicatorTable} from row objects (e.g. parsed CSV records). Numbers are
 * kept; `null`, `undefined`, `""` and `NaN` are missing (`NaN`); numeric strings (ASCII
 * digits) are parsed. `Infinity` and `-Infinity` are refused rather than taken as missing (a
 * division by zero upstream is a data problem to fix, not a gap). Only a row's own fields are
 * read, so an indicator called «constructor» or «toString» is never taken from the prototype.
 *
 * @param rows - one object per unit
 * @param options - which fields hold the id, the group and the indicators
 * @returns the columnar table (`Float64Array` columns)
 * @throws MahallehError `INDEX_INVALID_TABLE` for a missing id, a duplicate id, a value
 *   that is not a number or an infinite value
 * @example
 * ```ts
 * import { tableFromRows } from "mahalleh/scoring";
 * const t = tableFromRows([
 *   { id: "n1", county: "karaj", unemployment: 12, literacy: "91.5" },
 *   { id: "n2", county: "fardis", unemployment: null, literacy: 88 },
 * ], { group: "county" });
 * t.ids; // => ["n1", "n2"]
 * t.groups; // => ["karaj", "fardis"]
 * Array.from(t.columns["literacy"] ?? []); // => [91.5, 88]
 * Number.isNaN(t.columns["unemployment"]?.[1]); // => true
 * ```
 *
 * @category Composite index
 */
export function tableFromRows(rows: readonly Readonly<Record<string, unknown>>[], options?: TableFromRowsOptions | undefined): IndicatorTable {
  if (!Array.isArray(rows)) throw fail("INDEX_INVALID_TABLE", "ردیف‌ها باید آرایه باشند", "rows must be an array");
  const idField = options?.id ?? "id";
  const groupField = options?.group;
  let names = options?.indicators;
  const present = new Set<string>();
  if (names === undefined) {
    // every field (in first-seen order) whose values are all numbers, numeric strings or blank
    const seen: string[] = [];
    const numeric = new Map<string, boolean>();
    for (const row of rows) {
      for (const [key, value] of Object.entries(row ?? {})) {
        if (key === idField || key === groupField) continue;
        if (!numeric.has(key)) seen.push(key);
        const blank = value === null || value === undefined || value === "";
        const ok = blank || typeof value === "number" || (typeof value === "string" && NUMERIC.test(value));
        numeric.set(key, (numeric.get(key) ?? true) && ok);
        if (!blank && ok) present.add(key);
      }
    }
    names = seen.filter((key) => numeric.get(key) === true && present.has(key));
  }
  const n = rows.length;
  const ids: string[] = new Array<string>(n);
  const groups: string[] | undefined = groupField === undefined ? undefined : new Array<string>(n);
  const columns: Record<string, Float64Array> = {};
  // defineProperty: an indicator may be called "__proto__" or "constructor" in a spreadsheet
  for (const name of names) Object.defineProperty(columns, name, { value: new Float64Array(n), enumerable: true, writable: true, configurable: true });
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== "object" || row === null) {
      throw fail("INDEX_INVALID_TABLE", `ردیف ${i + 1} شیء نیست`, `Row ${i + 1} is not an object`, { row: i });
    }
    const id = own(row, idField);
    if (typeof id !== "string" && typeof id !== "number") {
      throw fail("INDEX_INVALID_TABLE", `ردیف ${i + 1} شناسه (${idField}) ندارد`, `Row ${i + 1} has no id (${idField})`, { row: i, field: idField });
    }
    ids[i] = String(id);
    if (groups !== undefined && groupField !== undefined) groups[i] = String(own(row, groupField) ?? "");
    for (const name of names) {
      (columns[name] as Float64Array)[i] = toNumber(own(row, name), i, name);
    }
  }
  return groups === undefined ? { ids, columns } : { ids, groups, columns };
}

/** A row's own field (never a prototype member such as `constructor`). */
function own(row: Readonly<Record<string, unknown>>, field: string): unknown {
  return Object.hasOwn(row, field) ? row[field] : undefined;
}

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

function toNumber(value: unknown, row: number, field: string): number {
  if (value === null || value === undefined || value === "") return Number.NaN;
  if (typeof value === "number") {
    if (Number.isNaN(value) || Number.isFinite(value)) return value;
    throw fail("INDEX_INVALID_TABLE", `مقدار بی‌نهایت در ردیف ${row + 1}، ستون «${field}»`, `Infinite value (${value}) in row ${row + 1}, column "${field}"`, {
      row,
      field,
      value: String(value),
    });
  }
  if (typeof value === "string" && NUMERIC.test(value)) return Number(value);
  throw fail("INDEX_INVALID_TABLE", `مقدار «${String(value)}» در ردیف ${row + 1}، ستون «${field}» عدد نیست`, `Value "${String(value)}" in row ${row + 1}, column "${field}" is not a number`, {
    row,
    field,
  });
}
