import { fail } from "../internal/safe";
import { checkIds, resolveRoles, type RoleOptions } from "./_columnRoles";
import type { IndicatorTable } from "./IndicatorTable";

/**
 * The parts of an Apache Arrow `Table` (from the `apache-arrow` package, version 13 or later)
 * that {@link tableFromArrow} reads. Any object of this shape works; mahalleh does not import
 * `apache-arrow` itself.
 *
 * @category Composite index
 */
export interface ArrowTableLike {
  /** The schema: one field per column. */
  readonly schema: {
    /** One field per column. */
    readonly fields: readonly {
      /** The column's name. */
      readonly name: string;
      /** The column's Arrow type. */
      readonly type: {
        /** Arrow's `Type` enum value (Int = 2, Float = 3, Dictionary = -1…). */
        readonly typeId: number;
      };
    }[];
  };
  /** Number of rows. */
  readonly numRows: number;
  /** The column named `name`. */
  getChild(name: string): ArrowVectorLike | null;
}

/**
 * The parts of an Arrow `Vector` that {@link tableFromArrow} reads.
 *
 * @category Composite index
 */
export interface ArrowVectorLike {
  /** Number of values. */
  readonly length: number;
  /** Number of nulls. */
  readonly nullCount: number;
  /** The values as one typed array (nulls are undefined there). */
  toArray(): ArrayLike<unknown>;
  /** The value at `index` (decoded: a dictionary-encoded string comes back as the string). */
  get(index: number): unknown;
  /** Whether the value at `index` is not null. */
  isValid(index: number): boolean;
}

/**
 * Options of {@link tableFromArrow} and {@link tableFromParquet}: which columns are the id,
 * the group, text labels and the indicators (by name; compared loosely as Persian text).
 *
 * @category Composite index
 */
export interface TableFromColumnsOptions {
  /** The id column. Default: the first column. */
  readonly id?: string | undefined;
  /** The group column (e.g. the county). Default: none. */
  readonly group?: string | undefined;
  /** Text columns kept as strings (names…), returned in `labels`. Default: none. */
  readonly labels?: readonly string[] | undefined;
  /** The indicator columns. Default: every other numeric column. */
  readonly indicators?: readonly string[] | undefined;
}

/**
 * The result of {@link tableFromArrow} and {@link tableFromParquet}: the indicator table and
 * the label columns.
 *
 * @category Composite index
 */
export interface ColumnarSource {
  /** The indicator table (`Float64Array` columns, `NaN` = null). */
  readonly table: IndicatorTable;
  /** Label column → one string per unit. */
  readonly labels: Readonly<Record<string, readonly string[]>>;
}

// Arrow's Type enum: Int = 2, Float = 3, Decimal = 7 (the type ids of concrete types)
const ARROW_INT = 2;
const ARROW_FLOAT = 3;

/** The column as Float64 values with NaN for nulls; zero-copy for a Float64 column without nulls. */
function numericColumn(vector: ArrowVectorLike, name: string, rows: number): Float64Array {
  const values = vector.toArray();
  if (values.length !== rows) {
    throw fail("INDEX_INVALID_TABLE", `ستون «${name}» ${values.length} مقدار دارد، نه ${rows}`, `Column "${name}" has ${values.length} values, not ${rows}`, { column: name });
  }
  let out: Float64Array;
  if (values instanceof Float64Array) out = vector.nullCount === 0 ? values : Float64Array.from(values);
  else if (values instanceof BigInt64Array || values instanceof BigUint64Array) out = Float64Array.from(values, (v) => Number(v));
  else out = Float64Array.from(values as ArrayLike<number>);
  if (vector.nullCount > 0) for (let i = 0; i < rows; i++) if (!vector.isValid(i)) out[i] = Number.NaN;
  return out;
}

function textColumn(vector: ArrowVectorLike, rows: number): string[] {
  const out = new Array<string>(rows);
  for (let i = 0; i < rows; i++) {
    const v = vector.get(i);
    out[i] = v === null || v === undefined ? "" : String(v);
  }
  return out;
}

/**
 * Builds an {@link IndicatorTable} from an Apache Arrow table (as `apache-arrow`'s
 * `tableFromIPC`, DuckDB's Arrow export or Polars produce): numeric columns (integers and
 * floats of any width) become `Float64Array`s — the very buffer, without a copy, for a
 * Float64 column with no nulls — and nulls become `NaN` (missing). Dictionary-encoded id,
 * group and label columns are decoded to strings. Persian column names are kept.
 *
 * @param table - an Arrow `Table` (anything of the {@link ArrowTableLike} shape)
 * @param options - see {@link TableFromColumnsOptions}
 * @returns the table and the label columns
 * @throws MahallehError `INDEX_INVALID_TABLE` for an indicator column that is not numeric (naming
 *   it), a missing or duplicate id, a column not in the table; `INDEX_INVALID_OPTIONS` for
 *   contradictory options
 * @example
 * ```ts
 * import { tableFromArrays } from "apache-arrow";
 * import { tableFromArrow } from "mahalleh/scoring";
 * const arrow = tableFromArrays({
 *   "شناسه": ["n1", "n2"],
 *   "بیکاری": new Float64Array([18.5, 12]),
 *   "سواد": Int32Array.from([82, 91]),
 * });
 * const { table } = tableFromArrow(arrow);
 * table.ids; // => ["n1", "n2"]
 * table.columns["بیکاری"] instanceof Float64Array; // => true
 * Array.from(table.columns["سواد"] ?? []); // => [82, 91]
 * ```
 *
 * @category Composite index
 */
export function tableFromArrow(table: ArrowTableLike, options?: TableFromColumnsOptions | undefined): ColumnarSource {
  if (table === null || typeof table !== "object" || typeof table.getChild !== "function" || !Array.isArray(table.schema?.fields)) {
    throw fail("INDEX_INVALID_TABLE", "ورودی جدول Arrow نیست", "The input is not an Arrow table");
  }
  const fields = table.schema.fields;
  const names = fields.map((f) => String(f.name));
  const isNumeric = (i: number): boolean => {
    const id = fields[i]?.type.typeId;
    return id === ARROW_INT || id === ARROW_FLOAT;
  };
  const roles = resolveRoles(names, options as RoleOptions | undefined, isNumeric);
  const rows = table.numRows;
  const vector = (i: number): ArrowVectorLike => {
    const v = table.getChild(names[i] as string);
    if (v === null) throw fail("INDEX_INVALID_TABLE", `ستون «${names[i]}» خوانده نشد`, `Column "${names[i]}" could not be read`, { column: names[i] });
    return v;
  };
  const columns: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
  for (const i of roles.indicators) {
    const name = names[i] as string;
    if (!isNumeric(i)) {
      throw fail("INDEX_INVALID_TABLE", `ستون «${name}» عددی نیست (${typeName(fields[i]?.type)})`, `Column "${name}" is not numeric (${typeName(fields[i]?.type)})`, {
        column: name,
      });
    }
  }
  const ids = textColumn(vector(roles.id), rows).map((s) => s.trim());
  checkIds(ids, names[roles.id] as string);
  for (const i of roles.indicators) {
    const name = names[i] as string;
    columns[name] = numericColumn(vector(i), name, rows);
  }
  const labels: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  for (const i of roles.labels) labels[names[i] as string] = textColumn(vector(i), rows);
  const groups = roles.group >= 0 ? textColumn(vector(roles.group), rows).map((s) => s.trim()) : undefined;
  return { table: groups === undefined ? { ids, columns } : { ids, groups, columns }, labels };
}

function typeName(type: { readonly typeId: number } | undefined): string {
  return type === undefined ? "?" : String(type);
}
