/**
 * Private: one byte range of a UTF-8 CSV file read into columns — what each side of the
 * parallel read ({@link readCsvParallel}) runs, the worker (`_csvWorker.ts`) and the main thread.
 */
import { tableFromCsvChunks } from "../scoring/index";
import { idHashes } from "../internal/idSet";
import { cellNumber } from "./_cellNumber";

/** What to read: the file, the range, the header line to put first, and the reader's options. */
export interface CsvRangeTask {
  readonly path: string;
  /** First byte of the range. */
  readonly start: number;
  /** One past its last byte. */
  readonly end: number;
  /** The header line's bytes (BOM and line break included), fed first unless `start` is 0. */
  readonly header: Uint8Array;
  readonly delimiter: string;
  readonly id: string;
  readonly group: string | undefined;
  readonly labels: readonly string[];
  readonly indicators: readonly string[];
  readonly decimalComma: boolean;
  /** The reader's guess of its rows (`expectedRows`): the columns filled in place, without a join of blocks. */
  readonly expectedRows?: number | undefined;
  /** The columns in shared memory (`shared`): the main thread's part, which the details pass and the writer share with a worker. */
  readonly shared?: boolean | undefined;
}

/** A range read: everything `tableFromCsvChunks` returns, the columns as a list in header order. */
export interface CsvRangeResult {
  readonly ids: string[];
  /** The ids' hashes (`idHashes`), for the check that no id is in both parts, hashed on the thread that read them. */
  readonly idHashes: Int32Array;
  readonly groups: string[] | undefined;
  readonly labels: Record<string, string[]>;
  readonly header: string[];
  readonly dropped: string[];
  readonly delimiter: string;
  readonly names: string[];
  readonly columns: Float64Array[];
}

/** The options the CLI reads a CSV with (the serial path passes the same). */
export function csvReadOptions(task: Omit<CsvRangeTask, "path" | "start" | "end" | "header">): Parameters<typeof tableFromCsvChunks>[1] {
  return {
    delimiter: task.delimiter,
    id: task.id,
    ...(task.group === undefined ? {} : { group: task.group }),
    labels: task.labels,
    indicators: task.indicators,
    textColumns: "drop",
    parseCell: (text) => cellNumber(text, task.decimalComma),
  };
}

/** Reads `task.path[start, end)` (after the header line) with the CLI's options. */
export async function readCsvRange(task: CsvRangeTask): Promise<CsvRangeResult> {
  const { createReadStream } = await import("node:fs");
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (task.start > 0) yield task.header;
    if (task.end > task.start) {
      for await (const chunk of createReadStream(task.path, { start: task.start, end: task.end - 1, highWaterMark: 1 << 20 })) yield chunk as Uint8Array;
    }
  }
  const read = await tableFromCsvChunks(chunks(), { ...csvReadOptions(task), expectedRows: task.expectedRows, shared: task.shared === true });
  const names = Object.keys(read.table.columns);
  return {
    ids: read.table.ids as string[],
    idHashes: idHashes(read.table.ids),
    groups: read.table.groups as string[] | undefined,
    labels: read.labels as Record<string, string[]>,
    header: read.header as string[],
    dropped: read.dropped as string[],
    delimiter: read.delimiter,
    names,
    columns: names.map((name) => read.table.columns[name] as Float64Array),
  };
}

/**
 * A range read as the worker posts it: the groups (a county per unit, a few dozen distinct)
 * as a code per unit and the distinct names, so that the main thread makes a few dozen strings
 * instead of one per unit when the message arrives (a million strings take a fraction of a
 * second to copy between threads, and as long again to collect).
 */
export interface PackedRange extends Omit<CsvRangeResult, "groups"> {
  readonly groupCodes: Uint32Array | undefined;
  readonly groupNames: string[];
}

/** {@link CsvRangeResult} → {@link PackedRange}. */
export function packRange(result: CsvRangeResult): PackedRange {
  const { groups, ...rest } = result;
  if (groups === undefined) return { ...rest, groupCodes: undefined, groupNames: [] };
  const codeOf = new Map<string, number>();
  const groupNames: string[] = [];
  const groupCodes = new Uint32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as string;
    let code = codeOf.get(g);
    if (code === undefined) {
      code = groupNames.push(g) - 1;
      codeOf.set(g, code);
    }
    groupCodes[i] = code;
  }
  return { ...rest, groupCodes, groupNames };
}

/** {@link PackedRange} → {@link CsvRangeResult}: the same groups, each distinct name one string. */
export function unpackRange(packed: PackedRange): CsvRangeResult {
  const { groupCodes, groupNames, ...rest } = packed;
  if (groupCodes === undefined) return { ...rest, groups: undefined };
  const groups = new Array<string>(groupCodes.length);
  for (let i = 0; i < groupCodes.length; i++) groups[i] = groupNames[groupCodes[i] as number] as string;
  return { ...rest, groups };
}

/** The buffers a posted {@link PackedRange} transfers (not copies). */
export function rangeTransfers(packed: PackedRange): ArrayBuffer[] {
  return [...packed.columns.map((c) => c.buffer as ArrayBuffer), packed.idHashes.buffer as ArrayBuffer, ...(packed.groupCodes === undefined ? [] : [packed.groupCodes.buffer as ArrayBuffer])];
}
