// "#csv-parse/sync" (package.json "imports"): csv-parse's browser build for browsers (its
// Node build reads the Node global Buffer at load time), its Node build everywhere else.
import { parse } from "#csv-parse/sync";
import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { csvSyntaxError, CsvShaper, NewlineNormalizer } from "./_csv";
import type { CsvReadOptions, CsvRow } from "./CsvReadOptions";
import type { RowProblem } from "./ValidationReport";

/**
 * A CSV file read into rows. Pass it to the validators as `{ source: table }` so that the
 * report shows file lines and the rows with reading problems.
 *
 * @category Reading
 */
export interface CsvTable {
  /** The header cells as written (trimmed, BOM removed). */
  readonly header: readonly string[];
  /** The field each column maps to (for a wide file's indicator columns: the indicator id). */
  readonly fields: readonly string[];
  /** The rows: field → cell text, or a broken record's raw text. */
  readonly rows: readonly (Readonly<Record<string, string>> | string)[];
  /** `lines[i]`: the 1-based file line where row `i` starts (the header is line 1). */
  readonly lines: readonly number[];
  /** Problems found while reading (wrong column counts, broken records), by row. */
  readonly problems: readonly RowProblem[];
}

/** Checks the reader options shared by the sync and streaming forms. */
export function checkCsvOptions(options: CsvReadOptions | undefined): CsvReadOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) {
    throw fail("VALIDATION_INVALID_OPTION", "گزینه‌ها باید یک شیء باشند", "Options must be an object");
  }
  if (options.layout !== undefined && options.layout !== "long" && options.layout !== "wide") {
    throw fail("VALIDATION_INVALID_OPTION", "چیدمان باید «long» یا «wide» باشد", 'The layout must be "long" or "wide"', {
      layout: String(options.layout),
    });
  }
  if (options.delimiter !== undefined && (typeof options.delimiter !== "string" || options.delimiter.length !== 1)) {
    throw fail("VALIDATION_INVALID_OPTION", "جداکننده باید یک نویسه باشد", "The delimiter must be one character", {
      delimiter: String(options.delimiter),
    });
  }
  return options;
}

/**
 * Reads CSV text (as exported from a spreadsheet) into rows with csv-parse: a leading BOM is
 * removed, `\r\n` and `\r` line ends become `\n` (also inside quoted cells), Persian headers
 * are mapped to field names (built-in maps per model, plus `options.headers`), and blank
 * lines and lines of empty cells are skipped. Cells stay text: the models clean numbers,
 * dates and money.
 *
 * Rows are counted from 0 after the header; `lines[i]` is the file line (1-based, the header
 * is line 1) where row `i` starts, as a spreadsheet shows it. A record with more non-empty
 * cells or fewer cells than the header, or one csv-parse cannot read, is still a row, with a
 * problem in `problems`: the file is never rejected for one bad line.
 *
 * With `layout: "wide"` (one column per indicator), each non-empty indicator cell becomes one
 * observation row `{ neighbourhoodId, period, indicatorId, value }`, all with the line of
 * their record.
 *
 * @param text - the CSV text
 * @param options - header maps, delimiter, layout; see {@link CsvReadOptions}
 * @returns the rows, their lines and the reading problems
 * @throws MahallehError `VALIDATION_INVALID_INPUT` if `text` is not a string,
 *   `VALIDATION_CSV_HEADER` for a header with two columns of one field (or, wide, without
 *   its key columns), `VALIDATION_CSV_SYNTAX` if csv-parse cannot go on,
 *   `VALIDATION_INVALID_OPTION` for a bad option
 * @example
 * ```ts
 * import { readCsv } from "mahalleh/validation";
 * const table = readCsv("\uFEFFنام محله,جمعیت,شهرستان\r\nاسلام‌آباد,۴۲۰۰۰,karaj\r\nحصارک,31500\r\n", { model: "neighbourhood" });
 * table.fields; // => ["nameFa", "population", "countyId"]
 * table.rows; // => [{ nameFa: "اسلام‌آباد", population: "۴۲۰۰۰", countyId: "karaj" }, { nameFa: "حصارک", population: "31500" }]
 * table.lines; // => [2, 3]
 * table.problems[0]?.code; // => "VALIDATION_COLUMN_COUNT"
 * const wide = readCsv("شناسه محله,دوره,unemployment-rate,literacy-rate\nalb-krj-001,1403,18.5,\n", { layout: "wide" });
 * wide.rows; // => [{ neighbourhoodId: "alb-krj-001", period: "1403", indicatorId: "unemployment-rate", value: "18.5" }]
 * ```
 * @category Reading
 */
export function readCsv(text: string, options?: CsvReadOptions | undefined): CsvTable {
  if (typeof text !== "string") {
    throw fail("VALIDATION_INVALID_INPUT", "متن CSV باید رشته باشد", "The CSV text must be a string", {
      received: text === null ? "null" : typeof text,
    });
  }
  const checked = checkCsvOptions(options);
  const normal = new NewlineNormalizer().push(text);
  const read = (fast: boolean): CsvTable => {
    const rows: (Readonly<Record<string, string>> | string)[] = [];
    const lines: number[] = [];
    const problems: RowProblem[] = [];
    const shaper = new CsvShaper(checked, (row: CsvRow) => {
      rows.push(row.record);
      lines.push(row.line);
      for (const problem of row.problems) problems.push(problem);
    });
    let skipped = false;
    try {
      if (fast) {
        const records = parse(normal, shaper.fastParseOptions(() => {
          skipped = true;
        })) as string[][];
        if (skipped) return read(false);
        shaper.consumeAll(records);
      } else {
        parse(normal, shaper.parseOptions());
      }
    } catch (error) {
      throw csvSyntaxError(error);
    }
    return { header: shaper.header, fields: shaper.fields, rows, lines, problems };
  };
  // The fast path materialises one record per blank line (to count lines from the records);
  // runs of blank lines go through the callback path, which skips them without a record.
  return read(normal.indexOf("\n\n") < 0 && normal.charCodeAt(0) !== 10);
}

/**
 * {@link readCsv} returning a `SafeResult` instead of throwing a file-level error.
 *
 * @param text - the CSV text
 * @param options - as for {@link readCsv}
 * @returns `{ success: true, data: table }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeReadCsv } from "mahalleh/validation";
 * safeReadCsv("جمعیت,population\n1,2\n").success; // => false
 * safeReadCsv("نام محله\nکرج\n").success; // => true
 * ```
 * @category Reading
 */
export function safeReadCsv(text: string, options?: CsvReadOptions | undefined): SafeResult<CsvTable> {
  return toSafe(() => readCsv(text, options));
}
