import type { ModelName } from "./headerMaps";
import type { RowProblem } from "./ValidationReport";

/**
 * Options of the wide layout: one row per neighbourhood and period, one column per
 * indicator, turned into one observation row per non-empty indicator cell.
 *
 * @category Reading
 */
export interface WideLayoutOptions {
  /** Fields that identify a row and are copied into each observation. Default `["neighbourhoodId", "period"]`. */
  readonly keys?: readonly string[] | undefined;
  /** Field that receives the indicator (the column). Default `"indicatorId"`. */
  readonly indicatorField?: string | undefined;
  /** Field that receives the cell. Default `"value"`. */
  readonly valueField?: string | undefined;
  /**
   * Indicator column header → indicator id (headers compared after `normalizeHeader`).
   * Default: none; a column's indicator id is its header as written, trimmed.
   */
  readonly indicators?: Readonly<Record<string, string>> | undefined;
}

/**
 * Options of {@link readCsv} and `readCsvStream` (`mahalleh/validation/node`).
 *
 * @category Reading
 */
export interface CsvReadOptions {
  /**
   * Which model's built-in Persian headers to apply (`PERSIAN_HEADERS`). Default: the
   * wide layout uses `"observation"`; otherwise `COMMON_HEADERS` only.
   */
  readonly model?: ModelName | undefined;
  /** Extra header → field names, applied over the built-in ones. Default none. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The cell separator, one character (`","`, `";"`, `"\t"`…). Default `","`. */
  readonly delimiter?: string | undefined;
  /** `"long"`: one row per line; `"wide"`: one column per indicator. Default `"long"`. */
  readonly layout?: "long" | "wide" | undefined;
  /** Options of the wide layout. Defaults as documented on {@link WideLayoutOptions}. */
  readonly wide?: WideLayoutOptions | undefined;
  /**
   * Keep empty (or blank) cells as `""`. Default `false`: an empty cell leaves its field out
   * of the row, so that optional fields stay optional.
   */
  readonly keepEmptyCells?: boolean | undefined;
}

/**
 * One row produced by a CSV reader, with where it came from.
 *
 * @category Reading
 */
export interface CsvRow {
  /** 0-based data row index (the header is not a row). */
  readonly row: number;
  /** 1-based file line where the row's record starts (the header is line 1). */
  readonly line: number;
  /**
   * The row: an object of field → cell text; for a record csv-parse could not read, the raw
   * text of the record.
   */
  readonly record: Readonly<Record<string, string>> | string;
  /** Problems found while reading (a wrong column count, a broken record); often empty. */
  readonly problems: readonly RowProblem[];
}

