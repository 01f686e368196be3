/**
 * Private: a push parser that turns CSV text straight into typed columns — no object per row,
 * no string per numeric cell. Chunks may split anywhere (inside a quoted field, between CR and
 * LF); the parser keeps only the unfinished record and resumes its quote scan where it
 * stopped, so the work is linear in the input whatever the chunking.
 *
 * Numbers: a cell of optional sign, digits (Latin, Persian or Arabic-Indic) and at most one
 * decimal point (`.` or «٫») with at most 15 significant digits is read in place as
 * `mantissa / 10^k` — both exact doubles, one correctly rounded division, so the result is
 * the same double as `Number(text)` (Clinger's fast path). Anything else (grouping
 * separators, exponents, words) goes to the caller's `parseCell`.
 */
import { fail } from "../internal/safe";
import { digitValue } from "../internal/chars";

/** Which column plays which part, as header positions. */
export interface ColumnPlan {
  readonly id: number;
  readonly group: number;
  readonly labels: readonly number[];
  readonly indicators: readonly number[];
}

/** What the parser returns at the end. */
export interface ParsedColumns {
  readonly header: string[];
  readonly ids: string[];
  readonly groups: string[] | undefined;
  readonly labels: string[][];
  readonly columns: Float64Array[];
  readonly rows: number;
  /** Indicator slots dropped as text columns (only with `textColumns: "drop"`). */
  readonly dropped: readonly number[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Reads the number in `text[start, end)` in place, or returns `undefined` when the cell is
 * not a plain decimal (the caller then parses the substring). Blank (spaces only) → NaN.
 */
export function fastNumber(text: string, start: number, end: number): number | undefined {
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  if (start === end) return Number.NaN;
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 0x2d || first === 0x2b) {
    negative = first === 0x2d;
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let fraction = -1; // digits after the point, -1 = no point yet
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    const d = digitValue(code);
    if (d >= 0) {
      digits++;
      if (significant > 0 || d > 0) significant++;
      if (significant > 15) return undefined;
      mantissa = mantissa * 10 + d;
      if (fraction >= 0) fraction++;
      continue;
    }
    if ((code === 0x2e || code === 0x066b) && fraction < 0) {
      fraction = 0;
      continue;
    }
    return undefined;
  }
  if (digits === 0 || fraction === 0) return undefined;
  const value = fraction > 0 ? mantissa / (POW10[fraction] as number) : mantissa;
  // parseNumber reads "-0" as 0
  return negative && value !== 0 ? -value : value;
}

/** The text of a field, quotes removed and doubled quotes undone. */
function fieldText(text: string, start: number, end: number): string {
  if (text.charCodeAt(start) !== QUOTE) return text.slice(start, end);
  let close = end - 1;
  while (close > start && text.charCodeAt(close) !== QUOTE) close--;
  const inner = text.slice(start + 1, close > start ? close : end);
  return (inner.includes('"') ? inner.replaceAll('""', '"') : inner) + (close > start ? text.slice(close + 1, end) : "");
}

/** Splits one record (no line break outside quotes) into field boundaries. */
function splitRecord(text: string, start: number, end: number, delimiter: number, bounds: number[]): number {
  let n = 0;
  let fieldStart = start;
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === delimiter && !inQuotes) {
      bounds[n++] = fieldStart;
      bounds[n++] = i;
      fieldStart = i + 1;
    }
  }
  bounds[n++] = fieldStart;
  bounds[n++] = end;
  return n >> 1;
}

/** The push parser. */
export class CsvColumnReader {
  private readonly delimiter: number;
  private readonly plan: (header: readonly string[]) => ColumnPlan;
  private readonly parseCell: (text: string) => number;
  private readonly dropText: boolean;
  private numbers: Int32Array = new Int32Array(0); // per indicator slot: cells read as numbers
  private firstBad: ({ line: number; row: number; cell: string } | undefined)[] = [];
  private pending: string[] = []; // text after the last complete record
  private pendingLength = 0;
  private quoteState = false; // quote state at the end of `pending`
  private line = 1; // physical line of the start of `pending`
  private first = true;
  private header: string[] | undefined;
  private columnPlan: ColumnPlan | undefined;
  private role: Int32Array = new Int32Array(0); // per field: -1 skip, -2 id, -3 group, >=0 indicator slot, <= -10 label slot
  private ids: string[] = [];
  private groups: string[] = [];
  private labels: string[][] = [];
  private columns: Float64Array[] = [];
  private rows = 0;
  private readonly bounds: number[] = [];
  private readonly seen = new Set<string>();

  constructor(delimiter: string, plan: (header: readonly string[]) => ColumnPlan, parseCell: (text: string) => number, textColumns: "error" | "drop" = "error") {
    this.delimiter = delimiter.charCodeAt(0);
    this.plan = plan;
    this.parseCell = parseCell;
    this.dropText = textColumns === "drop";
  }

  /** Feeds the next piece of text. */
  push(chunk: string): void {
    if (this.first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      this.first = false;
    }
    if (chunk.length === 0) return;
    // No record ends in this chunk: keep it aside without concatenating (a record spanning
    // many chunks costs its length once, not once per chunk).
    if (!this.endsRecord(chunk)) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      return;
    }
    const text = this.pending.length === 0 ? chunk : this.pending.join("") + chunk;
    this.pending = [];
    this.pendingLength = 0;
    // every character is scanned here at most twice (once while pending, once when it completes)
    let recordStart = 0;
    let recordLine = this.line;
    let line = this.line;
    let inQuotes = false;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) inQuotes = !inQuotes;
      else if (code === LF || code === CR) {
        if (inQuotes) {
          if (code === LF || text.charCodeAt(i + 1) !== LF) line++;
          continue;
        }
        // CR LF split across chunks: wait for the next chunk to see the LF
        if (code === CR && i + 1 === n) break;
        this.record(text, recordStart, i, recordLine);
        if (code === CR && text.charCodeAt(i + 1) === LF) i++;
        line++;
        recordLine = line;
        recordStart = i + 1;
      }
    }
    const rest = text.slice(recordStart);
    if (rest.length > 0) {
      this.pending.push(rest);
      this.pendingLength = rest.length;
    }
    this.line = recordLine;
    this.quoteState = recordStart < n && inQuotes;
  }

  /** Whether `chunk` (after what is pending) contains the end of a record; updates the quote state if not. */
  private endsRecord(chunk: string): boolean {
    let inQuotes = this.quoteState;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (code === QUOTE) inQuotes = !inQuotes;
      else if ((code === LF || (code === CR && i + 1 < chunk.length)) && !inQuotes) return true;
    }
    this.quoteState = inQuotes;
    return false;
  }

  /** Ends the input and returns the columns. */
  end(): ParsedColumns {
    if (this.quoteState) {
      throw fail("INDEX_INVALID_TABLE", `نقل‌قولی که از سطر ${this.line} باز شده بسته نشده است`, `A quote opened on line ${this.line} is never closed`, {
        line: this.line,
      });
    }
    if (this.pendingLength > 0) {
      let text = this.pending.join("");
      this.pending = [];
      this.pendingLength = 0;
      if (text.charCodeAt(text.length - 1) === CR) text = text.slice(0, -1);
      this.record(text, 0, text.length, this.line);
    }
    if (this.header === undefined || this.columnPlan === undefined) {
      throw fail("INDEX_INVALID_TABLE", "پروندهٔ CSV خالی است (سرستونی ندارد)", "The CSV file is empty (no header line)");
    }
    const rows = this.rows;
    const dropped: number[] = [];
    this.firstBad.forEach((bad, slot) => {
      const numbers = this.numbers[slot] as number;
      if (bad !== undefined && numbers > 0) this.notANumber(bad.cell, bad.line, bad.row, this.columnPlan?.indicators[slot] as number);
      if (this.dropText && numbers === 0) dropped.push(slot);
    });
    return {
      dropped,
      header: this.header,
      ids: this.ids,
      groups: this.columnPlan.group >= 0 ? this.groups : undefined,
      labels: this.labels,
      columns: this.columns.map((c) => (c.length === rows ? c : c.slice(0, rows))),
      rows,
    };
  }

  private record(text: string, start: number, end: number, line: number): void {
    if (start === end) return; // blank line
    const count = splitRecord(text, start, end, this.delimiter, this.bounds);
    if (this.header === undefined) {
      this.setHeader(text, count);
      return;
    }
    const header = this.header;
    if (count !== header.length) {
      if (count === 1 && text.slice(start, end).trim() === "") return;
      throw fail(
        "INDEX_INVALID_TABLE",
        `سطر ${line} ${count} ستون دارد، سرستون ${header.length}`,
        `Line ${line} has ${count} fields; the header has ${header.length}`,
        { line, fields: count, expected: header.length },
      );
    }
    const row = this.rows;
    if (row === this.columns[0]?.length) this.grow();
    const bounds = this.bounds;
    const role = this.role;
    for (let f = 0; f < count; f++) {
      const r = role[f] as number;
      if (r === -1) continue;
      const s = bounds[2 * f] as number;
      const e = bounds[2 * f + 1] as number;
      if (r >= 0) {
        let value = text.charCodeAt(s) === QUOTE ? undefined : fastNumber(text, s, e);
        if (value === undefined) {
          const cell = fieldText(text, s, e);
          value = cell.trim() === "" ? Number.NaN : this.parseCell(cell);
          if (Number.isNaN(value) && cell.trim() !== "") {
            if (!this.dropText) this.notANumber(cell, line, row, f);
            if (this.firstBad[r] === undefined) this.firstBad[r] = { line, row, cell };
          }
        }
        if (value === value) (this.numbers[r] as number)++;
        (this.columns[r] as Float64Array)[row] = value;
      } else if (r === -2) {
        const id = fieldText(text, s, e).trim();
        if (id === "") {
          throw fail("INDEX_INVALID_TABLE", `سطر ${line} شناسه ندارد`, `Line ${line} has no id`, { line, row });
        }
        if (this.seen.has(id)) {
          throw fail("INDEX_INVALID_TABLE", `شناسهٔ «${id}» در سطر ${line} تکراری است`, `Duplicate id "${id}" on line ${line}`, { line, row, id });
        }
        this.seen.add(id);
        this.ids.push(id);
      } else if (r === -3) this.groups.push(fieldText(text, s, e).trim());
      else (this.labels[-10 - r] as string[]).push(fieldText(text, s, e));
    }
    this.rows++;
  }

  private notANumber(cell: string, line: number, row: number, field: number): never {
    const column = this.header?.[field];
    throw fail(
      "INDEX_INVALID_TABLE",
      `مقدار «${cell.slice(0, 40)}» در سطر ${line}، ستون «${column}» عدد نیست`,
      `Value "${cell.slice(0, 40)}" on line ${line}, column "${column}" is not a number`,
      { line, column, row },
    );
  }

  private setHeader(text: string, count: number): void {
    const header: string[] = [];
    for (let f = 0; f < count; f++) header.push(fieldText(text, this.bounds[2 * f] as number, this.bounds[2 * f + 1] as number).trim());
    const plan = this.plan(header);
    const role = new Int32Array(count).fill(-1);
    role[plan.id] = -2;
    if (plan.group >= 0) role[plan.group] = -3;
    plan.labels.forEach((c, k) => (role[c] = -10 - k));
    plan.indicators.forEach((c, k) => (role[c] = k));
    this.header = header;
    this.columnPlan = plan;
    this.role = role;
    this.labels = plan.labels.map(() => []);
    this.columns = plan.indicators.map(() => new Float64Array(1024));
    this.numbers = new Int32Array(plan.indicators.length);
    this.firstBad = plan.indicators.map(() => undefined);
  }

  private grow(): void {
    this.columns = this.columns.map((c) => {
      const bigger = new Float64Array(c.length * 2);
      bigger.set(c);
      return bigger;
    });
  }
}
