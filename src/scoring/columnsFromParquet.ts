import { fail } from "../internal/safe";
import { readParquet } from "./_parquetRead";
import { sharedOption } from "./_sharedOption";

/** Options of {@link columnsFromParquet}. */
export interface ColumnsFromParquetOptions {
  /**
   * Each column in a `SharedArrayBuffer` of its own: a worker thread it is posted to reads the
   * same memory (no copy, and the sender keeps its columns), and several threads can compute on
   * the same columns. Default false (plain `ArrayBuffer`s, transferable). Needs
   * `SharedArrayBuffer` (Node; in a browser, a cross-origin-isolated page).
   *
   * @example
   * ```ts
   * import { readFileSync } from "node:fs";
   * import { columnsFromParquet } from "mahalleh/scoring";
   * const bytes = readFileSync("examples/data/neighbourhoods.parquet");
   * const { unemployment_rate } = await columnsFromParquet(bytes, ["unemployment_rate"], { shared: true });
   * unemployment_rate?.buffer instanceof SharedArrayBuffer; // => true
   * unemployment_rate?.[0]; // => 18.5
   * ```
   */
  readonly shared?: boolean | undefined;
}

/**
 * Reads numeric columns of a Parquet file in memory as `Float64Array`s (nulls as `NaN`), with
 * the values {@link tableFromParquet} gives them, and nothing else: no id, group or label
 * column is decoded and no id is checked. For reading a wide file's indicator columns in
 * parts — in worker threads, say, each given a share of the columns and the file's bytes in a
 * `SharedArrayBuffer` (the arrays then transfer back without a copy) — or for adding columns to
 * a table already read. Needs `hyparquet`, as {@link tableFromParquet} does.
 *
 * @param file - the whole file's bytes (a view of a `SharedArrayBuffer` is read in place)
 * @param names - the columns to read (compared loosely as Persian text)
 * @param options - `shared`: the columns in `SharedArrayBuffer`s (see {@link ColumnsFromParquetOptions})
 * @returns column name (as the file spells it) → its values, in the order asked
 * @throws MahallehError `INDEX_UNREADABLE_FILE` for bytes that are not a complete Parquet file;
 *   `INDEX_INVALID_TABLE` for a column that is not in the file or not numeric;
 *   `INDEX_INVALID_OPTIONS` for a column named twice, or options that are not an object, a
 *   `shared` that is not a boolean or `shared` where there is no `SharedArrayBuffer`;
 *   `INDEX_MISSING_PACKAGE` when hyparquet is not installed
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { columnsFromParquet } from "mahalleh/scoring";
 * const bytes = readFileSync("examples/data/neighbourhoods.parquet");
 * const columns = await columnsFromParquet(bytes, ["unemployment_rate"]);
 * columns["unemployment_rate"]?.[0]; // => 18.5
 * columns["unemployment_rate"]?.length; // => 6
 * ```
 *
 * @category Composite index
 */
export async function columnsFromParquet(file: ArrayBuffer | Uint8Array, names: readonly string[], options?: ColumnsFromParquetOptions): Promise<Record<string, Float64Array>> {
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw fail("INDEX_INVALID_OPTIONS", "گزینه‌ها باید شیء باشند", "Options must be an object");
  }
  const shared = sharedOption(options?.shared);
  return (await readParquet(file, { indicators: names }, false, shared)).columns;
}
