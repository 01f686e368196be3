/**
 * Private: a big UTF-8 CSV file read on two cores (issue 18). The file is cut in two at a line
 * break near its middle; a worker thread reads the second part (after the header line) while
 * this thread reads the first, each with the public `tableFromCsvChunks`, and the parts are
 * joined in order. Each reader is given a guess of its rows (`expectedRows`, from the bytes per
 * line of two samples), this thread's for the whole file: each fills its columns in place, and
 * the join adds the second part behind the first part's rows, copying only the second part.
 * A line break is a record boundary iff an even number of `"` precede it
 * (RFC 4180); the cut is not checked in advance: if it falls inside a quoted field, the first
 * part ends in an open quote, which is an error. Any error on either side, ids repeated across
 * the parts, or parts that disagree on which columns are text, and the caller reads the whole
 * file serially instead — so the user sees exactly the serial path's result or error.
 */
import type { CsvIndicatorTable, IndicatorTable } from "../scoring/index";
import { readCsvRange, unpackRange, type CsvRangeResult, type CsvRangeTask, type PackedRange } from "./_csvRange";
import { collectGarbage } from "./_memory";
import { sharesId } from "../internal/idSet";
import { inSharedMemory } from "../internal/sharedMemory";

/** Files from this size are read in parallel (smaller ones are not worth a worker's start). */
export const PARALLEL_MIN_BYTES: number = 16 * 1024 * 1024;

/** Where the worker script is, next to the bundle (`dist/cli-csv-worker.js`). */
const WORKER_URL: URL = new URL("./cli-csv-worker.js", import.meta.url);

/** Options of {@link readCsvParallel} (tests inject their own). */
export interface ParallelOptions {
  /** Reads the second range: by default in a worker thread running `dist/cli-csv-worker.js`. */
  readonly readInWorker?: ((task: CsvRangeTask) => Promise<CsvRangeResult>) | undefined;
  /** Files below this size are left to the serial path. Default {@link PARALLEL_MIN_BYTES}. */
  readonly minBytes?: number | undefined;
}

/** The outcome: the table, or why the serial path should read the file. */
export type ParallelOutcome = { readonly read: CsvIndicatorTable; readonly reason?: undefined } | { readonly read?: undefined; readonly reason: string };

/** The range in a worker thread; rejects if the worker cannot start, fails or exits early. */
async function inWorker(task: CsvRangeTask): Promise<CsvRangeResult> {
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(WORKER_URL);
  try {
    return await new Promise<CsvRangeResult>((resolve, reject) => {
      worker.once("message", (message: { ok: boolean; result?: PackedRange; message?: string }) => {
        if (message.ok && message.result !== undefined) resolve(unpackRange(message.result));
        else reject(new Error(message.message ?? "worker failed"));
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
      worker.postMessage(task);
    });
  } finally {
    void worker.terminate();
  }
}

/** Line breaks in `bytes` from `from` on. */
function lineBreaks(bytes: Uint8Array, from: number): number {
  let count = 0;
  for (let i = from; i < bytes.length; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

/**
 * A guess of the rows in `bytes` bytes of the file from the bytes per line in two samples (the
 * shorter of the two, so that the guess is rather high than low), 6 % more; undefined without
 * a full line in either. A high guess costs address space that is never touched; a low one, the
 * join of the blocks read beyond it. A row holds at least `fields` bytes (its delimiters and
 * its line break), so no guess is above `bytes / fields` rows, whatever the samples hold.
 */
export function guessRows(bytes: number, samples: readonly { readonly bytes: number; readonly lines: number }[], fields = 1): number | undefined {
  let perLine = Number.POSITIVE_INFINITY;
  for (const s of samples) if (s.lines > 0) perLine = Math.min(perLine, s.bytes / s.lines);
  if (!Number.isFinite(perLine)) return undefined;
  perLine = Math.max(perLine, fields, 1);
  return Math.ceil((1.06 * bytes) / perLine) + 16;
}

/** Position after the first line break at or after `from` that `bytes` (starting at file offset `base`) holds, or -1. */
function lineEnd(bytes: Uint8Array, from: number, quotesMatter: boolean): number {
  let inQuotes = false;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === 0x22 && quotesMatter) inQuotes = !inQuotes;
    else if (c === 0x0a && !inQuotes) return i + 1;
  }
  return -1;
}

/**
 * Reads a UTF-8 CSV file in two parts on two threads, or says why not (small file, no line
 * break to cut at, a part failed…) so that the caller reads it serially.
 */
export async function readCsvParallel(path: string, options: Omit<CsvRangeTask, "path" | "start" | "end" | "header">, parallel?: ParallelOptions): Promise<ParallelOutcome> {
  const { open } = await import("node:fs/promises");
  const file = await open(path, "r");
  let head: Uint8Array;
  let middle: Uint8Array;
  let size: number;
  let mid: number;
  try {
    size = (await file.stat()).size;
    if (size < (parallel?.minBytes ?? PARALLEL_MIN_BYTES)) return { reason: "small" };
    head = new Uint8Array(65536);
    head = head.subarray(0, (await file.read(head, 0, head.length, 0)).bytesRead);
    mid = Math.floor(size / 2);
    middle = new Uint8Array(65536);
    middle = middle.subarray(0, (await file.read(middle, 0, middle.length, mid)).bytesRead);
  } finally {
    await file.close();
  }
  // the header line (a quoted header may hold a line break), and the first line break after the middle
  const headerEnd = lineEnd(head, 0, true);
  if (headerEnd < 0) return { reason: "no header line in the first 64 KB" };
  const cut = lineEnd(middle, 0, false);
  const split = cut < 0 ? -1 : mid + cut;
  if (split < 0 || split <= headerEnd || split >= size) return { reason: "no line break to cut at" };
  const header = head.slice(0, headerEnd);
  // the rows guessed from the lines after the header and those after the cut: the first part's
  // columns are made long enough for the whole file, so that the join adds the second part
  // behind its rows instead of copying both (see join)
  const samples = [
    { bytes: Math.max(0, head.length - headerEnd), lines: lineBreaks(head, headerEnd) },
    { bytes: Math.max(0, middle.length - cut), lines: lineBreaks(middle, cut) },
  ];
  // the least bytes of a row: the header's delimiters (a quoted one counts too: a rough bound) and a line break
  const delimiter = options.delimiter.charCodeAt(0);
  let fields = 1;
  for (const c of header) if (c === delimiter) fields++;
  const task = (start: number, end: number, expectedRows: number | undefined): CsvRangeTask => ({ ...options, path, start, end, header, expectedRows });
  const second = (parallel?.readInWorker ?? inWorker)(task(split, size, guessRows(size - split, samples, fields)));
  // this thread's columns in shared memory: the details pass and the writer's worker read them in place
  const first = readCsvRange({ ...task(0, split, guessRows(size - headerEnd, samples, fields)), shared: typeof SharedArrayBuffer !== "undefined" });
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === "rejected") return { reason: `first part: ${String(a.reason)}` };
  if (b.status === "rejected") return { reason: `second part: ${String(b.reason)}` };
  return join(a.value, b.value);
}

/** The two parts as one table, or why they cannot be joined. */
function join(a: CsvRangeResult, b: CsvRangeResult): ParallelOutcome {
  if (a.header.join("\n") !== b.header.join("\n") || a.names.join("\n") !== b.names.join("\n") || a.dropped.join("\n") !== b.dropped.join("\n")) {
    return { reason: "the parts disagree on the columns" };
  }
  // each part's ids are distinct (its reader checks them): only an id in both parts is left to find
  if (sharesId(a.ids, a.idHashes, b.ids, b.idHashes)) return { reason: "an id in both parts" };
  const ids = a.ids.concat(b.ids);
  const rows = a.ids.length + b.ids.length;
  const columns: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
  const half = Math.floor(a.names.length / 2);
  a.names.forEach((name, k) => {
    // the copied parts are garbage, freed only at a full collection: one halfway and one at the
    // end keep the join nearer the columns' size than twice it (peak 0.85–0.88 GB at 10⁶ × 40
    // against 0.90–0.93 without)
    if (k === half) collectGarbage();
    const x = a.columns[k] as Float64Array;
    const y = b.columns[k] as Float64Array;
    // the first part's column is a view of an array guessed long enough for both parts: the
    // second part goes behind its rows (the first part is not copied); else both are copied
    const room = (x.buffer.byteLength - x.byteOffset) / Float64Array.BYTES_PER_ELEMENT;
    const out = room >= rows ? new Float64Array(x.buffer, x.byteOffset, rows) : inSharedMemory(x) ? new Float64Array(new SharedArrayBuffer(8 * rows)) : new Float64Array(rows);
    if (out.buffer !== x.buffer) out.set(x);
    out.set(y, x.length);
    // the parts go as soon as they are copied: the whole file's columns are held once, plus one column
    a.columns[k] = b.columns[k] = new Float64Array(0);
    columns[name] = out;
  });
  collectGarbage();
  const labels: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, values] of Object.entries(a.labels)) labels[name] = values.concat(b.labels[name] ?? []);
  const table: IndicatorTable = a.groups === undefined ? { ids, columns } : { ids, groups: a.groups.concat(b.groups ?? []), columns };
  return { read: { table, header: a.header, labels, delimiter: a.delimiter, dropped: a.dropped } };
}
