import { readParquet } from "./_parquetRead";

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
 * @returns column name (as the file spells it) → its values, in the order asked
 * @throws MahallehError `INDEX_UNREADABLE_FILE` for bytes that are not a complete Parquet file;
 *   `INDEX_INVALID_TABLE` for a column that is not in the file or not numeric;
 *   `INDEX_INVALID_OPTIONS` for a column named twice; `INDEX_MISSING_PACKAGE` when hyparquet is
 *   not installed
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
export async function columnsFromParquet(file: ArrayBuffer | Uint8Array, names: readonly string[]): Promise<Record<string, Float64Array>> {
  return (await readParquet(file, { indicators: names }, false)).columns;
}
