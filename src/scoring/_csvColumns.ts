/**
 * Private: a push parser that turns CSV text straight into typed columns — no object per row,
 * no string per numeric cell. Chunks may split anywhere (inside a quoted field, between CR and
 * LF); the parser keeps only the unfinished record and resumes its quote scan where it
 * stopped, so the work is linear in the input whatever the chunking.
 *
 * Numbers: a cell of optional sign, digits (Latin, Persian or Arabic-Indic) and at most one
 * decimal point (`.` or «٫») with at most 15 significant digits is read in place as
 * `mantissa / 10^k` — both exact doubles, one correctly rounded division, so the result is
 * the same double as `Number(text)` (Clinger's fast path). A longer or quoted plain decimal
 * is read by {@link plainDecimal}; anything else (grouping separators, exponents, words) goes
 * to the caller's `parseCell`.
 */
import { fail } from "../internal/safe";
import { digitValue } from "../internal/chars";
import { IdSet } from "../internal/idSet";
import { concatBytes } from "../internal/bytes";
import { inSharedMemory } from "../internal/sharedMemory";

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
/** Rows of each column's first block when no guess of the rows is given (blocks then double). */
const FIRST_BLOCK = 1024;
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
  // more than 22 decimals: 10^k is no longer an exact double (it was read as NaN before)
  if (digits === 0 || fraction === 0 || fraction > 22) return undefined;
  const value = fraction > 0 ? mantissa / (POW10[fraction] as number) : mantissa;
  // parseNumber reads "-0" as 0
  return negative && value !== 0 ? -value : value;
}

/**
 * The reading of a cell the fast path leaves, before the caller's `parseCell`: a plain decimal
 * (optional sign, digits of any system, at most one `.` or «٫» with digits after it, spaces
 * around) read as `Number` reads its Latin-digit form — the correctly rounded double, so the
 * fast path's for a short one, whatever its length: the 17 digits of `0.30000000000000004`
 * that pandas, DuckDB and JavaScript write, more than 22 decimals, a quoted cell. `-0` is 0, as
 * in the fast path. Anything else (grouping, exponents, words), or a decimal past the largest
 * double: NaN.
 */
export function plainDecimal(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  let latin = "";
  let digits = 0;
  let point = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const d = digitValue(code);
    if (d >= 0) {
      latin += String.fromCharCode(0x30 + d);
      digits++;
    } else if ((code === 0x2e || code === 0x066b) && point < 0) {
      latin += ".";
      point = digits;
    } else if ((code === 0x2d || code === 0x2b) && i === start) latin += String.fromCharCode(code);
    else return Number.NaN;
  }
  // digits, and some after the point if there is one
  if (digits === 0 || point === digits) return Number.NaN;
  const value = Number(latin);
  // past the largest double (hundreds of digits): not a number an index can use
  if (!Number.isFinite(value)) return Number.NaN;
  return value === 0 ? 0 : value;
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

/**
 * Reads a plain ASCII decimal in `bytes[start, end)` in place, as {@link fastNumber} reads the
 * same characters; `undefined` for anything else (Persian digits, «٫», quotes, words…).
 */
export function fastNumberBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  while (start < end && bytes[start] === 0x20) start++;
  while (end > start && bytes[end - 1] === 0x20) end--;
  if (start === end) return Number.NaN;
  let i = start;
  let negative = false;
  const first = bytes[i] as number;
  if (first === 0x2d || first === 0x2b) {
    negative = first === 0x2d;
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const d = (bytes[i] as number) - 0x30;
    if (d >= 0 && d <= 9) {
      digits++;
      if (significant > 0 || d > 0) significant++;
      if (significant > 15) return undefined;
      mantissa = mantissa * 10 + d;
      if (fraction >= 0) fraction++;
      continue;
    }
    if (d === -2 && fraction < 0) {
      fraction = 0;
      continue;
    }
    return undefined;
  }
  // more than 22 decimals: 10^k is no longer an exact double (it was read as NaN before)
  if (digits === 0 || fraction === 0 || fraction > 22) return undefined;
  const value = fraction > 0 ? mantissa / (POW10[fraction] as number) : mantissa;
  return negative && value !== 0 ? -value : value;
}

/** Bytes of up to two UTF-8 byte-order marks at the start. */
function bomLength(bytes: Uint8Array): number {
  let at = 0;
  for (let k = 0; k < 2 && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf; k++) at += 3;
  return at;
}

function growInts(a: Int32Array): Int32Array {
  // a record with more fields than any before
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** The push parser. */
export class CsvColumnReader {
  private readonly delimiter: number;
  private readonly plan: (header: readonly string[]) => ColumnPlan;
  private readonly parseCell: (text: string) => number;
  private readonly dropText: boolean;
  private readonly expectedRows: number;
  private readonly shared: boolean;
  private firstBad: ({ line: number; row: number; cell: string } | undefined)[] = [];
  private pending: string[] = []; // text after the last complete record
  private pendingLength = 0;
  private quoteState = false; // quote state at the end of `pending`
  private line = 1; // physical line of the start of `pending`
  private first = true;
  private header: string[] | undefined;
  private columnPlan: ColumnPlan | undefined;
  private role: Int32Array = new Int32Array(0); // per field: -1 skip, -2 id, -3 group, >=0 indicator slot, <= -10 label slot
  private readonly ids: string[] = [];
  private groups: string[] = [];
  private labels: string[][] = [];
  private columns: Float64Array[] = []; // the current block of each indicator slot
  private blocks: Float64Array[][] = []; // the full blocks before it
  private blockBase = 0; // row of the current blocks' first value
  private rows = 0;
  private readonly bounds: number[] = [];
  private readonly seen = new IdSet(this.ids);
  // the byte path (pushBytes)
  private pendingBytes: Uint8Array[] = [];
  private pendingByteLength = 0;
  private consumed = 0; // bytes before the start of `pendingBytes` (for messages)
  private byteBounds: Int32Array = new Int32Array(256);
  private nextLF = -1; // position of the next LF in the bytes being scanned (fastRecord)
  private noLF = false; // no LF after nextLF's search start in those bytes
  private deferred: Int32Array = new Int32Array(48); // fastRecord's text fields: (role, start, end) triples
  private readonly units = new Uint16Array(256);
  private readonly groupCache: ({ bytes: Uint8Array; text: string } | undefined)[] = new Array<undefined>(1024).fill(undefined);
  private readonly codes: number[][] = Array.from({ length: 65 }, (_, k) => new Array<number>(k).fill(0)); // by length, for decode
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  /**
   * `expectedRows` (0: none): the length of each column's first block, so that a guess that
   * holds every row leaves nothing to join (see `TableFromCsvOptions.expectedRows`). `shared`:
   * the columns returned are in `SharedArrayBuffer`s (see `TableFromCsvOptions.shared`).
   */
  constructor(delimiter: string, plan: (header: readonly string[]) => ColumnPlan, parseCell: (text: string) => number, textColumns: "error" | "drop" = "error", expectedRows = 0, shared = false) {
    this.expectedRows = expectedRows;
    this.shared = shared;
    this.delimiter = delimiter.charCodeAt(0);
    this.plan = plan;
    this.parseCell = parseCell;
    this.dropText = textColumns === "drop";
  }

  /**
   * Each indicator's first block: `expectedRows` long when given, at most 2²⁷ (1 GB a column)
   * and allocatable, else {@link FIRST_BLOCK}.
   */
  private firstBlocks(count: number): Float64Array[] {
    if (this.expectedRows > FIRST_BLOCK && this.expectedRows <= 2 ** 27) {
      try {
        return Array.from({ length: count }, () => this.column(this.expectedRows));
      } catch {
        // more than the memory allows: the guess is dropped, the columns grow in blocks
      }
    }
    return Array.from({ length: count }, () => new Float64Array(FIRST_BLOCK));
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
    // what is pending may hold more than one record (a CR ending a chunk waits for a possible
    // LF): a final line break ends them all, unless a quote is still open (reported below)
    if (this.pendingByteLength > 0) {
      let bytes = this.takeBytes();
      if (this.first) {
        bytes = bytes.subarray(bomLength(bytes));
        this.first = false;
        this.quoteState = false;
        if (!this.endsRecordBytes(bytes) && this.quoteState) bytes = new Uint8Array(0);
      }
      if (bytes.length > 0 && !this.quoteState) {
        const ended = new Uint8Array(bytes.length + 1);
        ended.set(bytes);
        ended[bytes.length] = LF;
        this.scanBytes(ended);
      }
    }
    if (this.pendingLength > 0 && !this.quoteState) this.push("\n");
    if (this.quoteState) {
      throw fail("INDEX_INVALID_TABLE", `نقل‌قولی که از سطر ${this.line} باز شده بسته نشده است`, `A quote opened on line ${this.line} is never closed`, {
        line: this.line,
      });
    }
    if (this.header === undefined || this.columnPlan === undefined) {
      throw fail("INDEX_INVALID_TABLE", "پروندهٔ CSV خالی است (سرستونی ندارد)", "The CSV file is empty (no header line)");
    }
    const rows = this.rows;
    const dropped: number[] = [];
    this.firstBad.forEach((bad, slot) => {
      if (bad === undefined && !this.dropText) return;
      const numbers = this.hasNumber(slot, rows);
      if (bad !== undefined && numbers) this.notANumber(bad.cell, bad.line, bad.row, this.columnPlan?.indicators[slot] as number);
      if (this.dropText && !numbers) dropped.push(slot);
    });
    return {
      dropped,
      header: this.header,
      ids: this.ids,
      groups: this.columnPlan.group >= 0 ? this.groups : undefined,
      labels: this.labels,
      columns: this.columns.map((c, slot) => this.joinBlocks(slot, c, rows)),
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
    if (row - this.blockBase === this.columns[0]?.length) this.grow();
    const bounds = this.bounds;
    const role = this.role;
    for (let f = 0; f < count; f++) {
      const r = role[f] as number;
      if (r === -1) continue;
      const s = bounds[2 * f] as number;
      const e = bounds[2 * f + 1] as number;
      if (r >= 0) this.store(r, f, text.charCodeAt(s) === QUOTE ? undefined : fastNumber(text, s, e), text, s, e, line, row);
      else if (r === -2) this.addId(fieldText(text, s, e), line, row);
      else if (r === -3) this.groups.push(fieldText(text, s, e).trim());
      else (this.labels[-10 - r] as string[]).push(fieldText(text, s, e));
    }
    this.rows++;
  }

  /** Stores an indicator cell: `fast` if read in place, else the field's text through `parseCell`. */
  private store(r: number, f: number, fast: number | undefined, text: string, s: number, e: number, line: number, row: number): void {
    let value = fast;
    if (value === undefined) {
      const cell = fieldText(text, s, e);
      const blank = cell.trim() === "";
      // a plain decimal the fast path left (quoted, or longer than it reads), else the caller's reading
      value = blank ? Number.NaN : plainDecimal(cell);
      if (Number.isNaN(value) && !blank) value = this.parseCell(cell);
      if (Number.isNaN(value) && !blank) {
        if (!this.dropText) this.notANumber(cell, line, row, f);
        if (this.firstBad[r] === undefined) this.firstBad[r] = { line, row, cell };
      }
    }
    (this.columns[r] as Float64Array)[row - this.blockBase] = value;
  }

  private addId(cell: string, line: number, row: number): void {
    const id = cell.trim();
    if (id === "") {
      throw fail("INDEX_INVALID_TABLE", `سطر ${line} شناسه ندارد`, `Line ${line} has no id`, { line, row });
    }
    if (!this.seen.add(id)) {
      throw fail("INDEX_INVALID_TABLE", `شناسهٔ «${id}» در سطر ${line} تکراری است`, `Duplicate id "${id}" on line ${line}`, { line, row, id });
    }
    this.ids.push(id);
  }

  /**
   * Feeds the next piece of UTF-8 bytes (the byte path: records without quotes are split and
   * their numbers read from the bytes, only text fields are decoded; a record with quotes, the
   * header and any cell that is not a plain ASCII decimal go through the text path, so the
   * results are those of {@link push} on the decoded text). Invalid UTF-8 is an error.
   */
  pushBytes(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    // one array type in the loops (a Node Buffer is a subclass: mixing the two deoptimises them)
    if (chunk.constructor !== Uint8Array) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.first) {
      // up to two byte-order marks (the decoder's and the text's) are dropped, as the text path does
      this.pendingBytes.push(chunk);
      this.pendingByteLength += chunk.length;
      if (this.pendingByteLength < 6) return;
      chunk = this.takeBytes();
      chunk = chunk.subarray(bomLength(chunk));
      this.first = false;
      if (chunk.length === 0) return;
    }
    if (!this.endsRecordBytes(chunk)) {
      this.pendingBytes.push(chunk);
      this.pendingByteLength += chunk.length;
      return;
    }
    const bytes = this.pendingByteLength === 0 ? chunk : concatBytes([...this.pendingBytes, chunk], this.pendingByteLength + chunk.length);
    this.pendingBytes = [];
    this.pendingByteLength = 0;
    this.scanBytes(bytes);
  }

  /** The pending bytes as one array (emptied). */
  private takeBytes(): Uint8Array {
    const bytes = concatBytes(this.pendingBytes, this.pendingByteLength);
    this.pendingBytes = [];
    this.pendingByteLength = 0;
    return bytes;
  }

  /** Whether `chunk` contains the end of a record (as {@link endsRecord}). */
  private endsRecordBytes(chunk: Uint8Array): boolean {
    let inQuotes = this.quoteState;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk[i] as number;
      if (code === QUOTE) inQuotes = !inQuotes;
      else if ((code === LF || (code === CR && i + 1 < chunk.length)) && !inQuotes) return true;
    }
    this.quoteState = inQuotes;
    return false;
  }

  /**
   * The scan of {@link push} over bytes: each record is first tried by {@link fastRecord} (one
   * pass that splits and reads numbers at once); a record it declines is scanned here, with
   * its delimiters found on the way, and read by {@link recordBytes}.
   */
  private scanBytes(bytes: Uint8Array): void {
    let recordStart = 0;
    let line = this.line;
    let inQuotes = false;
    const n = bytes.length;
    const delimiter = this.delimiter;
    // a delimiter that can be part of a number (or a multi-byte one) leaves every record to the general scan
    const fast = delimiter < 0x80 && delimiter !== 0x2e && delimiter !== 0x2d && delimiter !== 0x2b && (delimiter < 0x30 || delimiter > 0x39);
    let bounds = this.byteBounds;
    this.nextLF = -1;
    this.noLF = false;
    while (recordStart < n) {
      if (fast && this.header !== undefined) {
        const next = this.fastRecord(bytes, recordStart, line);
        if (next >= 0) {
          recordStart = next;
          line++;
          continue;
        }
      }
      // one record, quotes and all
      let fields = 0;
      let fieldStart = recordStart;
      let quoted = false;
      let high = false;
      let inner = line; // line breaks inside quotes count
      let ended = false;
      inQuotes = false;
      for (let i = recordStart; i < n; i++) {
        const code = bytes[i] as number;
        if (code === delimiter) {
          if (inQuotes) continue;
          if (2 * fields + 2 >= bounds.length) bounds = this.byteBounds = growInts(bounds);
          bounds[2 * fields] = fieldStart;
          bounds[2 * fields + 1] = i;
          fields++;
          fieldStart = i + 1;
        } else if (code === LF || code === CR) {
          if (inQuotes) {
            if (code === LF || bytes[i + 1] !== LF) inner++;
            continue;
          }
          if (code === CR && i + 1 === n) break;
          if (2 * fields + 2 >= bounds.length) bounds = this.byteBounds = growInts(bounds);
          bounds[2 * fields] = fieldStart;
          bounds[2 * fields + 1] = i;
          this.recordBytes(bytes, recordStart, i, line, fields + 1, high, quoted);
          if (code === CR && bytes[i + 1] === LF) i++;
          line = inner + 1;
          recordStart = i + 1;
          ended = true;
          break;
        } else if (code === QUOTE) {
          inQuotes = !inQuotes;
          quoted = true;
        } else if (code >= 0x80) high = true;
      }
      if (!ended) break;
    }
    this.consumed += recordStart;
    if (recordStart < n) {
      this.pendingBytes.push(bytes.slice(recordStart));
      this.pendingByteLength = n - recordStart;
    }
    this.line = line;
    this.quoteState = recordStart < n && inQuotes;
  }

  /**
   * Reads the record at `start` in one pass, or returns -1 (nothing stored that counts) when it
   * is not a plain one: a quote anywhere, a blank line, a wrong number of fields, a number cell
   * that is not empty or a plain decimal of at most 15 significant digits (Latin, Persian or
   * Arabic-Indic digits, `.` or «٫»), or a record that the bytes end before. Such a record goes
   * to the general scan, so what this reads is what {@link recordBytes} reads. Text fields are
   * decoded (and ids checked) only once the record is complete, in field order, so that the
   * first error is the one the general path reports.
   * @returns the position after the record's line break, or -1
   */
  private fastRecord(bytes: Uint8Array, start: number, line: number): number {
    const first = bytes[start] as number;
    if (first === LF || first === CR) return -1;
    // the next LF (native search, remembered: a file of CR line ends searches once per chunk)
    // stops every loop below, so they need no bounds check
    if (this.nextLF < start) {
      this.nextLF = this.noLF ? -1 : bytes.indexOf(LF, start);
      if (this.nextLF < 0) {
        this.noLF = true;
        return -1;
      }
    }
    const role = this.role;
    const count = role.length;
    const delimiter = this.delimiter;
    if (this.rows - this.blockBase === this.columns[0]?.length) this.grow();
    const at = this.rows - this.blockBase;
    const columns = this.columns;
    let deferred = this.deferred;
    let texts = 0;
    let p = start;
    let c = 0;
    for (let f = 0; f < count; f++) {
      const r = role[f] as number;
      const s = p;
      if (r >= 0) {
        c = bytes[p] as number;
        let value = Number.NaN;
        if (c !== delimiter && c !== LF && c !== CR) {
          let negative = false;
          if (c === 0x2d || c === 0x2b) {
            negative = c === 0x2d;
            p++;
          }
          let mantissa = 0;
          let significant = 0;
          let digits = 0;
          let fraction = -1;
          for (;;) {
            c = bytes[p] as number;
            let d = c - 0x30;
            let width = 1;
            if (d < 0 || d > 9) {
              // «۰»…«۹» (DB B0…B9), «٠»…«٩» (D9 A0…A9), «٫» (D9 AB); the LF ahead keeps p + 1 in range
              const next = c >= 0x80 ? (bytes[p + 1] as number) : 0;
              if (c === 0xdb && next >= 0xb0 && next <= 0xb9) d = next - 0xb0;
              else if (c === 0xd9 && next >= 0xa0 && next <= 0xa9) d = next - 0xa0;
              else if ((c === 0x2e || (c === 0xd9 && next === 0xab)) && fraction < 0) {
                fraction = 0;
                p += c === 0x2e ? 1 : 2;
                continue;
              } else break;
              width = 2;
            }
            digits++;
            if (significant > 0 || d > 0) significant++;
            mantissa = mantissa * 10 + d;
            if (fraction >= 0) fraction++;
            p += width;
          }
          if ((c !== delimiter && c !== LF && c !== CR) || digits === 0 || fraction === 0 || significant > 15 || fraction > 22) return -1;
          value = fraction > 0 ? mantissa / (POW10[fraction] as number) : mantissa;
          if (negative && value !== 0) value = -value;
        }
        (columns[r] as Float64Array)[at] = value;
      } else {
        let high = false;
        for (;;) {
          c = bytes[p] as number;
          if (c === delimiter || c === LF || c === CR) break;
          if (c === QUOTE) return -1;
          if (c >= 0x80) high = true;
          p++;
        }
        if (r !== -1 || high) {
          if (3 * texts + 3 > deferred.length) deferred = this.deferred = growInts(deferred);
          deferred[3 * texts] = r;
          deferred[3 * texts + 1] = s;
          deferred[3 * texts + 2] = p;
          texts++;
        }
      }
      // bytes[p] is the delimiter or a line break
      if (f + 1 < count) {
        if (c !== delimiter) return -1;
        p++;
      } else if (c === delimiter) return -1;
    }
    // a CR ends the record (an LF ahead, so the CR is not the chunk's last byte); CR LF is one break
    if (c === CR && bytes[p + 1] === LF) p++;
    const row = this.rows;
    for (let k = 0; k < texts; k++) {
      const r = deferred[3 * k] as number;
      const s = deferred[3 * k + 1] as number;
      const e = deferred[3 * k + 2] as number;
      if (r === -1) this.decode(bytes, s, e); // checks the bytes, as decoding the whole text would
      else if (r === -2) this.addId(this.decode(bytes, s, e), line, row);
      else if (r === -3) this.groups.push(this.groupText(bytes, s, e));
      else (this.labels[-10 - r] as string[]).push(this.decode(bytes, s, e));
    }
    this.rows++;
    return p + 1;
  }

  /** One record of the byte path: `count` fields (bounds in `byteBounds`), any byte ≥ 0x80, any quote. */
  private recordBytes(bytes: Uint8Array, start: number, end: number, line: number, count: number, high: boolean, quoted: boolean): void {
    if (start === end) return; // blank line
    const header = this.header;
    if (quoted || header === undefined || count !== header.length || this.delimiter >= 0x80) {
      // the text path: the header, quotes, a wrong number of fields (its message), a non-ASCII delimiter
      const text = this.decode(bytes, start, end);
      this.record(text, 0, text.length, line);
      return;
    }
    const row = this.rows;
    if (row - this.blockBase === this.columns[0]?.length) this.grow();
    const bounds = this.byteBounds;
    const role = this.role;
    const columns = this.columns;
    const at = row - this.blockBase;
    for (let f = 0; f < count; f++) {
      const r = role[f] as number;
      const s = bounds[2 * f] as number;
      const e = bounds[2 * f + 1] as number;
      if (r >= 0) {
        const fast = fastNumberBytes(bytes, s, e);
        if (fast !== undefined) {
          (columns[r] as Float64Array)[at] = fast;
        } else {
          const cell = this.decode(bytes, s, e);
          this.store(r, f, fastNumber(cell, 0, cell.length), cell, 0, cell.length, line, row);
        }
      } else if (r === -1) {
        if (high) this.decode(bytes, s, e); // checks the bytes, as decoding the whole text would
      } else if (r === -2) this.addId(this.decode(bytes, s, e), line, row);
      else if (r === -3) this.groups.push(this.groupText(bytes, s, e));
      else (this.labels[-10 - r] as string[]).push(this.decode(bytes, s, e));
    }
    this.rows++;
  }

  /**
   * A group cell's text, trimmed: a file repeats a few hundred county cells a million times, so
   * the text of recent byte sequences is kept (by a hash of the bytes, compared in full).
   */
  private groupText(bytes: Uint8Array, start: number, end: number): string {
    const n = end - start;
    if (n === 0 || n > 64) return this.decode(bytes, start, end).trim();
    let hash = n;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (bytes[i] as number)) | 0;
    const slot = hash & 1023;
    const known = this.groupCache[slot];
    if (known !== undefined && known.bytes.length === n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = known.bytes[i] === bytes[start + i];
      if (same) return known.text;
    }
    const text = this.decode(bytes, start, end).trim();
    this.groupCache[slot] = { bytes: bytes.slice(start, end), text };
    return text;
  }

  /** The text of `bytes[start, end)` (UTF-8); invalid bytes are an error. */
  private decode(bytes: Uint8Array, start: number, end: number): string {
    const n = end - start;
    if (n === 0) return "";
    if (n <= 256) {
      const units = this.units;
      let k = 0;
      let i = start;
      while (i < end) {
        const b0 = bytes[i] as number;
        if (b0 < 0x80) {
          units[k++] = b0;
          i++;
          continue;
        }
        const b1 = (bytes[i + 1] as number) ^ 0x80;
        if (b0 >= 0xc2 && b0 < 0xe0 && i + 1 < end && b1 < 0x40) {
          units[k++] = ((b0 & 0x1f) << 6) | b1;
          i += 2;
          continue;
        }
        const b2 = (bytes[i + 2] as number) ^ 0x80;
        const code = ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
        if (b0 >= 0xe0 && b0 < 0xf0 && i + 2 < end && b1 < 0x40 && b2 < 0x40 && code >= 0x800 && (code < 0xd800 || code > 0xdfff)) {
          units[k++] = code;
          i += 3;
          continue;
        }
        k = -1; // four bytes or invalid: the decoder decides
        break;
      }
      if (k >= 0) {
        // a plain array of exactly k slots, reused: no typed-array view allocated per field
        const codes = this.codes[k];
        if (codes === undefined) return String.fromCharCode.apply(null, units.subarray(0, k) as unknown as number[]);
        for (let j = 0; j < k; j++) codes[j] = units[j] as number;
        return String.fromCharCode.apply(null, codes);
      }
    }
    try {
      return this.utf8.decode(bytes.subarray(start, end));
    } catch (error) {
      const offset = this.consumed + start;
      throw fail("INDEX_INVALID_TABLE", `بایت‌های نامعتبر برای این رمزگذاری نزدیک بایت ${offset}`, `Bytes not valid in this encoding near byte ${offset}`, { offset }, error);
    }
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
    this.columns = this.firstBlocks(plan.indicators.length);
    this.blocks = plan.indicators.map(() => []);
    this.firstBad = plan.indicators.map(() => undefined);
  }

  /**
   * Starts the next block of every column (blocks double up to 65,536 rows): nothing is copied
   * while reading, and each column is copied once, into an array of its exact length, at the end.
   */
  private grow(): void {
    const size = this.columns[0]?.length ?? 0;
    this.blockBase += size;
    this.columns.forEach((c, slot) => (this.blocks[slot] as Float64Array[]).push(c));
    const next = Math.min(2 * size, 65536);
    this.columns = this.columns.map(() => new Float64Array(next));
  }

  /** Whether any of the first `rows` values of a column is a number (not NaN). */
  private hasNumber(slot: number, rows: number): boolean {
    let left = rows;
    for (const block of [...(this.blocks[slot] as Float64Array[]), this.columns[slot] as Float64Array]) {
      const n = Math.min(left, block.length);
      for (let i = 0; i < n; i++) if (block[i] === block[i]) return true;
      left -= n;
    }
    return false;
  }

  /** A column of `length` values, in shared memory when asked for. */
  private column(length: number): Float64Array {
    return this.shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length);
  }

  /** A column's blocks and its current block as one array of `rows` values (the blocks released). */
  private joinBlocks(slot: number, current: Float64Array, rows: number): Float64Array {
    const blocks = this.blocks[slot] as Float64Array[];
    // one block: a view of its rows when it was allocated at the guessed length (in shared
    // memory when asked for), else a copy of the exact length
    if (blocks.length === 0 && (!this.shared || inSharedMemory(current))) return current.length === rows ? current : current.length > FIRST_BLOCK ? current.subarray(0, rows) : current.slice(0, rows);
    const out = this.column(rows);
    let at = 0;
    for (const block of blocks) {
      out.set(block, at);
      at += block.length;
    }
    out.set(current.subarray(0, rows - at), at);
    blocks.length = 0;
    return out;
  }
}
