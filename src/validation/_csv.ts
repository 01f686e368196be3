/**
 * Private: what the CSV readers share. csv-parse does the parsing; this file turns its
 * records into rows (header mapping, wide → long, column-count problems, file lines).
 */
import type { Options as CsvParseOptions } from "csv-parse";
import { isMahallehError } from "../errors/MahallehError";
import { persianDigits } from "../internal/chars";
import { fail } from "../internal/safe";
import type { ModelName } from "./headerMaps";
import { COMMON_HEADERS, normalizeHeader, PERSIAN_HEADERS } from "./headerMaps";
import type { CsvReadOptions, CsvRow } from "./CsvReadOptions";
import type { RowProblem } from "./ValidationReport";

/** Persian digits for messages. */
function fa(n: number): string {
  return persianDigits(String(n));
}

/** Sets a key without ever invoking the `__proto__` setter. */
function setField(target: Record<string, string>, key: string, value: string): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Turns `\r\n` and lone `\r` into `\n`, across chunk boundaries. */
export class NewlineNormalizer {
  private lastWasCR = false;
  private first = true;

  /** Normalises the next chunk. */
  push(text: string): string {
    let input = text;
    if (this.first && input.length > 0) {
      this.first = false;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
    }
    if (this.lastWasCR && input.startsWith("\n")) input = input.slice(1);
    this.lastWasCR = input.endsWith("\r");
    return input.indexOf("\r") < 0 ? input : input.replace(/\r\n?/g, "\n");
  }
}

/** Line breaks inside a record's raw text, not counting the one that ends it. */
function innerBreaks(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) count++;
  return raw.endsWith("\n") ? count - 1 : count;
}

/** True if the cell is empty or only whitespace (as csv-parse's `skip_records_with_empty_values` sees it). */
export function isBlankCell(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 11 && c !== 12 && c !== 0xa0 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200a) && c !== 0x3000 && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f && c !== 0x1680) return false;
  }
  return true;
}

/** Line breaks inside the (quoted) cells of a record: the lines it spans beyond its first. */
export function quotedBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.indexOf("\n") < 0) continue;
    for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) count++;
  }
  return count;
}

interface Column {
  readonly header: string;
  /** The field of a long-layout column or of a wide-layout key column. */
  readonly field: string;
  /** For a wide-layout indicator column: the indicator id. */
  readonly indicator?: string;
}

/** Receives csv-parse's records and skips, in order, and makes rows of them. */
export class CsvShaper {
  private columns: Column[] | undefined;
  private next = 0;
  readonly header: string[] = [];
  readonly fields: string[] = [];
  private readonly keepEmpty: boolean;
  private readonly wide: boolean;
  private readonly keys: readonly string[];
  private readonly indicatorField: string;
  private readonly valueField: string;

  constructor(
    private readonly options: CsvReadOptions,
    private readonly emit: (row: CsvRow) => void,
  ) {
    this.keepEmpty = options.keepEmptyCells === true;
    this.wide = options.layout === "wide";
    this.keys = options.wide?.keys ?? ["neighbourhoodId", "period"];
    this.indicatorField = options.wide?.indicatorField ?? "indicatorId";
    this.valueField = options.wide?.valueField ?? "value";
  }

  /** csv-parse options that feed this shaper (the caller adds nothing else). */
  parseOptions(): CsvParseOptions {
    return {
      delimiter: this.options.delimiter ?? ",",
      bom: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      on_record: (record: unknown, context: { lines?: number }) => {
        const cells = (Array.isArray(record) ? record : (record as { record: string[] }).record) as string[];
        this.onRecord(cells, (context.lines ?? 1) - quotedBreaks(cells));
        return null;
      },
      on_skip: (error: { code?: string; lines?: number } | undefined, raw: string | undefined) => {
        const text = raw ?? "";
        this.onSkip(error?.code ?? "CSV_ERROR", text, (error?.lines ?? 1) - innerBreaks(text.replace(/^\n+/, "")));
        return undefined;
      },
    } as CsvParseOptions;
  }

  /**
   * csv-parse options for the fast path of `readCsv`: plain arrays, nothing skipped (blank
   * lines come back as blank records, so that lines can be counted from the records alone),
   * no per-record callback. `onSkip` is told if csv-parse had to skip a broken record; the
   * caller then reads the text again through {@link parseOptions}.
   */
  fastParseOptions(onSkip: () => void): CsvParseOptions {
    return {
      delimiter: this.options.delimiter ?? ",",
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      on_skip: () => {
        onSkip();
        return undefined;
      },
    } as CsvParseOptions;
  }

  /** Feeds the records of the fast path, counting lines from the records themselves. */
  consumeAll(records: readonly (readonly string[])[]): void {
    let line = 1;
    for (const cells of records) {
      let blank = true;
      let breaks = 0;
      for (const cell of cells) {
        if (blank && !isBlankCell(cell)) blank = false;
        if (cell.indexOf("\n") >= 0) for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) breaks++;
      }
      if (!blank) this.onRecord(cells, line);
      line += 1 + breaks;
    }
  }

  private setHeader(cells: readonly string[]): void {
    const model = this.options.model ?? (this.wide ? "observation" : undefined);
    const lookup = new Map<string, string>();
    const builtIn = model === undefined ? COMMON_HEADERS : PERSIAN_HEADERS[model];
    for (const field of new Set(Object.values(builtIn))) lookup.set(normalizeHeader(field), field);
    for (const [header, field] of Object.entries(builtIn)) lookup.set(normalizeHeader(header), field);
    for (const [header, field] of Object.entries(this.options.headers ?? {})) lookup.set(normalizeHeader(header), field);
    const indicators = new Map<string, string>();
    for (const [header, id] of Object.entries(this.options.wide?.indicators ?? {})) indicators.set(normalizeHeader(header), id);
    const columns: Column[] = [];
    const seen = new Map<string, string>();
    cells.forEach((cell, i) => {
      const header = String(cell).trim();
      const key = normalizeHeader(header);
      const mapped = key === "" ? `column${i + 1}` : (lookup.get(key) ?? header);
      let column: Column;
      if (this.wide && !this.keys.includes(mapped) && key !== "") {
        column = { header, field: mapped, indicator: indicators.get(key) ?? mapped };
      } else {
        column = { header, field: mapped };
      }
      const claim = column.indicator === undefined ? `field:${column.field}` : `indicator:${column.indicator}`;
      const previous = seen.get(claim);
      if (previous !== undefined) {
        throw fail(
          "VALIDATION_CSV_HEADER",
          `دو ستون «${previous}» و «${header}» به یک فیلد («${column.indicator ?? column.field}») می‌رسند`,
          `Two columns, "${previous}" and "${header}", map to the same field ("${column.indicator ?? column.field}")`,
          { columns: [previous, header], field: column.indicator ?? column.field },
        );
      }
      seen.set(claim, header);
      columns.push(column);
      this.header.push(header);
      this.fields.push(column.indicator ?? column.field);
    });
    if (this.wide) {
      const missing = this.keys.filter((k) => !columns.some((c) => c.indicator === undefined && c.field === k));
      if (missing.length > 0) {
        throw fail(
          "VALIDATION_CSV_HEADER",
          `پروندهٔ گسترده ستون‌های کلیدی را ندارد: ${missing.join("، ")}`,
          `The wide file lacks its key columns: ${missing.join(", ")}`,
          { missing },
        );
      }
    }
    this.columns = columns;
  }

  /** A record from csv-parse, starting at file line `line`. */
  onRecord(cells: readonly string[], line: number): void {
    if (this.columns === undefined) {
      this.setHeader(cells);
      return;
    }
    const columns = this.columns;
    const record: Record<string, string> = {};
    const problems: RowProblem[] = [];
    const row = this.next;
    let extra = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? "";
      const blank = isBlankCell(cell);
      const column = columns[i];
      if (column === undefined) {
        if (!blank) {
          extra = true;
          setField(record, `column${i + 1}`, cell);
        }
        continue;
      }
      if (blank && !this.keepEmpty) continue;
      setField(record, column.indicator ?? column.field, cell);
    }
    if (extra || cells.length < columns.length) {
      problems.push({
        row,
        code: "VALIDATION_COLUMN_COUNT",
        path: [],
        fa: `این سطر ${fa(cells.length)} خانه دارد اما سرستون ${fa(columns.length)} ستون دارد`,
        en: `this line has ${cells.length} cells but the header has ${columns.length} columns`,
      });
    }
    if (!this.wide || problems.length > 0) {
      this.next++;
      this.emit({ row, line, record, problems });
      return;
    }
    const base: Record<string, string> = {};
    // Own properties only: a header named like an Object.prototype member («constructor»,
    // «toString», «__proto__») with an empty cell must not read the prototype's member.
    for (const key of this.keys) {
      const value = Object.hasOwn(record, key) ? record[key] : undefined;
      if (value !== undefined) setField(base, key, value);
    }
    for (const column of columns) {
      if (column.indicator === undefined) continue;
      const cell = Object.hasOwn(record, column.indicator) ? record[column.indicator] : undefined;
      if (cell === undefined) continue;
      const observation: Record<string, string> = { ...base };
      setField(observation, this.indicatorField, column.indicator);
      setField(observation, this.valueField, cell);
      this.emit({ row: this.next++, line, record: observation, problems: [] });
    }
  }

  /** A record csv-parse could not read (its raw text), starting at file line `line`. */
  onSkip(code: string, raw: string, line: number): void {
    if (this.columns === undefined) {
      throw fail("VALIDATION_CSV_HEADER", "سطر سرستون پرونده خوانا نیست", "The header line of the file cannot be read", { code, line });
    }
    const row = this.next++;
    const quote = code === "CSV_QUOTE_NOT_CLOSED";
    const problem: RowProblem = {
      row,
      code: "VALIDATION_CSV_RECORD",
      path: [],
      fa: quote ? "گیومه‌ای (\") باز شده و تا پایان پرونده بسته نشده است" : `ساختار CSV این سطر نادرست است (${code})`,
      en: quote ? "a quote (\") opens and is never closed before the end of the file" : `this CSV record is malformed (${code})`,
    };
    const text = raw.replace(/^\n+/, "");
    this.emit({ row, line, record: text.endsWith("\n") ? text.slice(0, -1) : text, problems: [problem] });
  }
}

/** Wraps an error csv-parse could not skip. */
export function csvSyntaxError(error: unknown): Error {
  if (isMahallehError(error)) return error;
  const details = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; lines?: unknown; message?: unknown };
  return fail(
    "VALIDATION_CSV_SYNTAX",
    "پروندهٔ CSV خوانا نیست",
    `The CSV file cannot be read${typeof details.message === "string" ? `: ${details.message}` : ""}`,
    { code: typeof details.code === "string" ? details.code : undefined, line: typeof details.lines === "number" ? details.lines : undefined },
  );
}
