import { readParquet } from "./_parquetRead";
import type { ColumnarSource, TableFromColumnsOptions } from "./tableFromArrow";

/**
 * Builds an {@link IndicatorTable} from a Parquet file in memory, reading only the columns it
 * needs with `hyparquet` (pure JavaScript, works in browsers; an optional peer dependency
 * loaded on first use — install it with `npm install hyparquet`). Numeric columns (INT32,
 * INT64, FLOAT, DOUBLE and decimals) become `Float64Array`s with nulls as `NaN`; id, group and
 * label columns are read as text (dictionary-encoded columns included); Persian column names
 * are kept. Columns are decoded as columns, page by page, straight into their arrays (flat
 * columns, UNCOMPRESSED or SNAPPY, PLAIN, dictionary and BYTE_STREAM_SPLIT pages: what DuckDB,
 * Arrow and Polars write by default); any other column is read by hyparquet's own decoder, with
 * the same values.
 *
 * @param file - the whole file's bytes
 * @param options - see {@link TableFromColumnsOptions}
 * @returns the table and the label columns
 * @throws MahallehError `INDEX_UNREADABLE_FILE` for bytes that are not a complete Parquet file
 *   (a truncated file names the byte range where its footer should be; a page that cannot
 *   be decoded names its column, row group and the column chunk's byte range in `details`);
 *   `INDEX_INVALID_TABLE` for an indicator column that is not numeric (naming it), a missing
 *   or duplicate id, a column not in the file; `INDEX_MISSING_PACKAGE` when hyparquet is not
 *   installed
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { tableFromParquet } from "mahalleh/scoring";
 * const bytes = readFileSync("examples/data/neighbourhoods.parquet");
 * const { table, labels } = await tableFromParquet(bytes, { labels: ["name_fa"], group: "county" });
 * table.ids.length; // => 6
 * labels["name_fa"]?.[0]; // => "شهرک ولیعصر"
 * table.columns["unemployment_rate"]?.[0]; // => 18.5
 * ```
 *
 * @category Composite index
 */
export async function tableFromParquet(file: ArrayBuffer | Uint8Array, options?: TableFromColumnsOptions | undefined): Promise<ColumnarSource> {
  const { table, labels } = await readParquet(file, options, true);
  return { table, labels };
}
