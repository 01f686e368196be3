import { fail } from "../internal/safe";
import { resolveRoles } from "./_columnRoles";
import { CsvColumnReader, type ColumnPlan, type ParsedColumns } from "./_csvColumns";
import { sharedOption } from "./_sharedOption";
import type { IndicatorTable } from "./IndicatorTable";

/**
 * Options of {@link tableFromCsv} and {@link tableFromCsvChunks}. Columns are named by their
 * header text; names are compared loosely (Arabic ي/ك and Persian ی/ک, digits of any system,
 * ZWNJ and spaces fold alike).
 *
 * @category Composite index
 */
export interface TableFromCsvOptions {
  /** The id column. Default: the first column. */
  readonly id?: string | undefined;
  /** The group column (e.g. the county), for group ranks and group-mean imputation. Default: none. */
  readonly group?: string | undefined;
  /** Text columns to keep as strings (names…), returned in `labels`. Default: none. */
  readonly labels?: readonly string[] | undefined;
  /**
   * The indicator columns, read as numbers. Default: every column that is not the id, the
   * group or a label. Columns named nowhere are skipped without being read.
   */
  readonly indicators?: readonly string[] | undefined;
  /** Field delimiter (one character). Default: sniffed from the header line among `,` `;` TAB `|`. */
  readonly delimiter?: string | undefined;
  /**
   * Reads a cell that is not a plain decimal (grouped «۱٬۲۵۰», `1.5E+03`, words). Return `NaN`
   * for "not a number" (an error names the cell). Default: plain decimals only (pass
   * `parseNumber` from `mahalleh/text` wrapped to return `NaN` to read everything it reads).
   * A plain decimal is read as `Number` reads it whatever its length or quoting (`"12.5"`,
   * the 17 digits of `0.30000000000000004`), in digits of any system, before `parseCell`.
   */
  readonly parseCell?: ((text: string) => number) | undefined;
  /**
   * What to do with an indicator column whose cells are text: `"error"` (default) refuses the
   * first cell that is not a number; `"drop"` leaves out a column in which no cell is a
   * number (a name, an address or an empty column) and lists it in `dropped` — a column
   * that mixes numbers and text is still refused, naming its first text cell.
   */
  readonly textColumns?: "error" | "drop" | undefined;
  /**
   * A guess of the number of data rows (a file's size over its first lines' length, say).
   * Each column is then allocated once at that length and filled in place: nothing is copied
   * at the end, and a column is a view of its first `rows` values (`subarray`) when the guess
   * was high — the memory of the rest is allocated but, on most systems, never touched. Rows
   * beyond the guess are read in blocks and joined as without it. A guess above 2²⁷ rows,
   * or one that no memory can hold, is dropped. Default: none (columns grow in blocks, each
   * copied once into an array of the exact length at the end).
   * @example
   * ```ts
   * import { tableFromCsv } from "mahalleh/scoring";
   * const rows = Array.from({ length: 2000 }, (_, i) => `u${i},${i % 10}`);
   * const { table } = tableFromCsv(`id,x\n${rows.join("\n")}\n`, { expectedRows: 2500 });
   * const x = table.columns["x"] as Float64Array; // the reader's columns are Float64Arrays
   * x.length; // => 2000
   * // a view of its first 2,000 values: 2,500 were allocated, and nothing was copied
   * x.buffer.byteLength; // => 20000
   * ```
   */
  readonly expectedRows?: number | undefined;
  /**
   * Each indicator column in a `SharedArrayBuffer` (as `columnsFromParquet`'s `shared`): a
   * worker thread it is posted to reads the same memory, without a copy, and several threads
   * can compute on the same columns (the CLI's `score` splits the index's details pass this
   * way). With `expectedRows`, the columns are allocated shared and filled in place; rows past
   * the guess, or no guess, cost one copy into shared memory at the end, as the join of blocks
   * already does. Default false. Needs `SharedArrayBuffer` (Node; in a browser, a
   * cross-origin-isolated page), else `INDEX_INVALID_OPTIONS`.
   * @example
   * ```ts
   * import { tableFromCsv } from "mahalleh/scoring";
   * const { table } = tableFromCsv("id,x\na,1\nb,2\n", { shared: true });
   * const x = table.columns["x"] as Float64Array;
   * x.buffer instanceof SharedArrayBuffer; // => true
   * Array.from(x); // => [1, 2]
   * ```
   */
  readonly shared?: boolean | undefined;
}

/**
 * The result of {@link tableFromCsv}: the indicator table, the header as read, the label
 * columns and the delimiter used.
 *
 * @category Composite index
 */
export interface CsvIndicatorTable {
  /** The indicator table (`Float64Array` columns, `NaN` = blank cell). */
  readonly table: IndicatorTable;
  /** The header line's fields, trimmed. */
  readonly header: readonly string[];
  /** Label column (as named in the header) → one string per unit. */
  readonly labels: Readonly<Record<string, readonly string[]>>;
  /** The delimiter used. */
  readonly delimiter: string;
  /** Columns left out because no cell was a number (with `textColumns: "drop"`): text or empty columns. */
  readonly dropped: readonly string[];
}

const DELIMITERS = [",", ";", "\t", "|"] as const;

/** The delimiter that splits the header line into the most fields (ties: the earlier in the list). */
function sniff(firstLine: string): string {
  let best: string = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let inQuotes = false;
    for (let i = 0; i < firstLine.length; i++) {
      const c = firstLine[i];
      if (c === '"') inQuotes = !inQuotes;
      else if (c === d && !inQuotes) count++;
    }
    if (count > most) {
      most = count;
      best = d;
    }
  }
  return best;
}

function planner(options: TableFromCsvOptions | undefined): (header: readonly string[]) => ColumnPlan {
  return (header) => resolveRoles(header, options);
}

function checkOptions(options: TableFromCsvOptions | undefined): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) throw fail("INDEX_INVALID_OPTIONS", "گزینه‌ها باید شیء باشند", "options must be an object");
  const d = options.delimiter;
  if (d !== undefined && (typeof d !== "string" || d.length !== 1 || d === '"' || d === "\n" || d === "\r")) {
    throw fail("INDEX_INVALID_OPTIONS", "جداکننده باید یک نویسه (جز نقل‌قول و پایان خط) باشد", "delimiter must be one character other than a quote or a line break", {
      delimiter: String(d),
    });
  }
  if (options.textColumns !== undefined && options.textColumns !== "error" && options.textColumns !== "drop") {
    throw fail("INDEX_INVALID_OPTIONS", "textColumns باید error یا drop باشد", 'textColumns must be "error" or "drop"');
  }
  const rows = options.expectedRows;
  if (rows !== undefined && (typeof rows !== "number" || !Number.isSafeInteger(rows) || rows < 0)) {
    throw fail("INDEX_INVALID_OPTIONS", "expectedRows باید عدد صحیح نامنفی باشد", "expectedRows must be a non-negative integer", { expectedRows: String(rows) });
  }
  sharedOption(options.shared);
  if (options.parseCell !== undefined && typeof options.parseCell !== "function") {
    throw fail("INDEX_INVALID_OPTIONS", "parseCell باید تابع باشد", "parseCell must be a function");
  }
}

/** Builds the public result from what the reader parsed. */
export function csvTableOf(parsed: ParsedColumns, plan: ColumnPlan, delimiter: string): CsvIndicatorTable {
  const columns: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
  const dropped = new Set(parsed.dropped);
  plan.indicators.forEach((c, k) => {
    if (!dropped.has(k)) columns[parsed.header[c] as string] = parsed.columns[k] as Float64Array;
  });
  const labels: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  plan.labels.forEach((c, k) => (labels[parsed.header[c] as string] = parsed.labels[k] as string[]));
  const table: IndicatorTable = parsed.groups === undefined ? { ids: parsed.ids, columns } : { ids: parsed.ids, groups: parsed.groups, columns };
  return { table, header: parsed.header, labels, delimiter, dropped: parsed.dropped.map((k) => parsed.header[plan.indicators[k] as number] as string) };
}

/** A reader that remembers the plan it made from the header. */
export function makeReader(options: TableFromCsvOptions | undefined, firstText: string): { reader: CsvColumnReader; plan: () => ColumnPlan; delimiter: string } {
  checkOptions(options);
  const newline = firstText.search(/[\r\n]/);
  const delimiter = options?.delimiter ?? sniff(newline < 0 ? firstText : firstText.slice(0, newline));
  const plan = planner(options);
  let made: ColumnPlan | undefined;
  const reader = new CsvColumnReader(
    delimiter,
    (header) => (made = plan(header)),
    options?.parseCell ?? (() => Number.NaN),
    options?.textColumns ?? "error",
    options?.expectedRows ?? 0,
    options?.shared === true, // checked above (checkOptions)
  );
  return {
    reader,
    plan: () => {
      if (made === undefined) throw fail("INDEX_INVALID_TABLE", "پروندهٔ CSV خالی است (سرستونی ندارد)", "The CSV file is empty (no header line)");
      return made;
    },
    delimiter,
  };
}

/**
 * Reads CSV text straight into an {@link IndicatorTable}: one `Float64Array` per indicator
 * column, ids and labels kept as strings once — no object per row. Quoted fields (RFC 4180),
 * CRLF/LF/CR line ends, a UTF-8 BOM and blank lines are handled; digits of any system are
 * read («۱۸٫۵», «١٢»); a blank cell is missing (`NaN`). Linear in the input.
 *
 * For files too large to hold as one string, feed chunks to {@link tableFromCsvChunks}.
 *
 * @param text - the CSV text, header line first
 * @param options - see {@link TableFromCsvOptions}
 * @returns the table, the header, the label columns and the delimiter used
 * @throws MahallehError `INDEX_INVALID_TABLE` for a row with the wrong number of fields, a
 *   missing or duplicate id, a cell that is not a number (each naming the line and column),
 *   an unclosed quote or an empty file; `INDEX_INVALID_OPTIONS` for bad options
 * @example
 * ```ts
 * import { computeIndexColumns, tableFromCsv } from "mahalleh/scoring";
 * const csv = "شناسه;نام;شهرستان;بیکاری;سواد\nn1;شهرک ولیعصر;کرج;۱۸٫۵;82\nn2;حصارک;کرج;12;91\nn3;مشکین‌دشت;فردیس;15;\n";
 * const { table, labels, delimiter } = tableFromCsv(csv, { labels: ["نام"], group: "شهرستان" });
 * delimiter; // => ";"
 * table.ids; // => ["n1", "n2", "n3"]
 * Array.from(table.columns["بیکاری"] ?? []); // => [18.5, 12, 15]
 * labels["نام"]?.[2]; // => "مشکین‌دشت"
 * const r = computeIndexColumns(table, { indicators: [
 *   { id: "بیکاری", dimension: "economy", direction: 1 },
 *   { id: "سواد", dimension: "education", direction: -1 },
 * ] });
 * Array.from(r.ranks); // => [1, 3, 2]
 * ```
 *
 * @category Composite index
 */
export function tableFromCsv(text: string, options?: TableFromCsvOptions | undefined): CsvIndicatorTable {
  if (typeof text !== "string") throw fail("INDEX_INVALID_TABLE", "ورودی باید متن CSV باشد", "The input must be CSV text", { type: text === null ? "null" : typeof text });
  const { reader, plan, delimiter } = makeReader(options, text.slice(0, 65536));
  reader.push(text);
  const parsed = reader.end();
  return csvTableOf(parsed, plan(), delimiter);
}
