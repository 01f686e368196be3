/**
 * A Parquet file's indicator columns read on two threads or more (issue 18): the main thread
 * reads the id, group and label columns and checks the ids with `tableFromParquet`, and reads a
 * small first share of the indicators with `columnsFromParquet`, while worker threads (`dist/cli-parquet-worker.js`) read the
 * other shares with `columnsFromParquet` from the same bytes, shared. The columns are the
 * serial reader's (the same decoder) and are put back in the serial reader's order, every one
 * in shared memory (the details pass and the CSV writer share them with a worker). Small
 * files are read serially (no worker's start-up cost); if a worker cannot start, fails or
 * disagrees in any way, or the main thread's read fails, the file is read again serially, so
 * the user always sees exactly the serial reader's table or error.
 */
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { foldForMatching } from "../internal/chars";
import { inSharedMemory } from "../internal/sharedMemory";
import { columnsFromParquet, tableFromParquet, type ColumnarSource, type TableFromColumnsOptions } from "../scoring/index";
import { readBytes } from "./_files";
import type { CliIO } from "./run";

/** How the columns are shared out; tests set both. */
export interface ParallelSettings {
  /** The worker script. Default: `cli-parquet-worker.js` next to this module's bundle. */
  readonly workerUrl?: URL | undefined;
  /** Files smaller than this are read serially. Default: 16 MB. */
  readonly minBytes?: number | undefined;
  /** Worker threads. Default: the cores less one, 1 to 3. */
  readonly workers?: number | undefined;
}

const MIN_BYTES = 16 * 1024 * 1024;
/**
 * The share of the indicators the main thread keeps: it also reads the text columns and checks
 * the ids. At 1,000,000 × 40 on 2 cores, `score` (table output) took 2.45–2.59 s with 20 %
 * against 2.57–2.69 s with 5 % (six alternating runs each; 25–30 % no better): with 5 % the
 * main thread waited for the worker.
 */
const MAIN_SHARE = 0.2;

/**
 * A file's bytes: in a `SharedArrayBuffer` when the file is large enough to be read in parallel
 * and is read from disk (workers then read it in place), else as `readBytes` reads them (and
 * any error is `readBytes`'s).
 */
export async function readParquetBytes(io: CliIO, path: string, settings?: ParallelSettings): Promise<Uint8Array> {
  if (io.readBytes === undefined) {
    try {
      const { open } = await import("node:fs/promises");
      const handle = await open(path);
      try {
        const { size } = await handle.stat();
        if (size >= (settings?.minBytes ?? MIN_BYTES)) {
          const bytes = new Uint8Array(new SharedArrayBuffer(size));
          let at = 0;
          while (at < size) {
            const { bytesRead } = await handle.read(bytes, at, size - at, at);
            if (bytesRead === 0) break;
            at += bytesRead;
          }
          if (at === size) return bytes;
        }
      } finally {
        await handle.close();
      }
    } catch {
      // readBytes gives the error, as it always did
    }
  }
  return readBytes(io, path);
}

interface WorkerRun {
  readonly names: readonly string[];
  readonly done: Promise<[string, Float64Array][] | undefined>;
  readonly worker: Worker;
}

function startWorker(url: URL, bytes: Uint8Array, names: readonly string[]): WorkerRun {
  const worker = new Worker(url, { workerData: { bytes, names } });
  const done = new Promise<[string, Float64Array][] | undefined>((resolve) => {
    worker.once("message", (message: { columns?: [string, Float64Array][] }) => resolve(message.columns));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { names, done, worker };
}

/**
 * `tableFromParquet(bytes, options)`, its indicator columns read in worker threads when the
 * file is large and shared; the same table, or the same error, as the serial call.
 */
export async function parquetTable(bytes: Uint8Array, options: TableFromColumnsOptions, settings?: ParallelSettings): Promise<ColumnarSource> {
  const indicators = options.indicators ?? [];
  const url = settings?.workerUrl ?? new URL("./cli-parquet-worker.js", import.meta.url);
  const workers = Math.min(settings?.workers ?? Math.max(1, Math.min(3, availableParallelism() - 1)), indicators.length - 1);
  const shared = inSharedMemory(bytes);
  // every column named once (as the serial reader compares names: loosely), so that no share
  // hides a clash or a duplicate the serial reader would refuse
  const named = [options.id, options.group, ...(options.labels ?? []), ...indicators];
  const distinct = options.id !== undefined && new Set(named.filter((n) => n !== undefined).map((n) => foldForMatching(n))).size === named.filter((n) => n !== undefined).length;
  if (!shared || !distinct || workers < 1 || bytes.length < (settings?.minBytes ?? MIN_BYTES) || url.protocol !== "file:" || !existsSync(fileURLToPath(url))) {
    return tableFromParquet(bytes, options);
  }
  const mine = Math.max(1, Math.round(indicators.length * MAIN_SHARE));
  const runs: WorkerRun[] = [];
  try {
    for (let w = 0; w < workers; w++) {
      const from = mine + Math.floor(((indicators.length - mine) * w) / workers);
      const to = mine + Math.floor(((indicators.length - mine) * (w + 1)) / workers);
      if (to > from) runs.push(startWorker(url, bytes, indicators.slice(from, to)));
    }
    // the text columns and the id check, then this thread's share of the indicators, read
    // straight into shared memory (a copy would leave 64 MB of garbage at 10⁶ rows, which no
    // collection takes before the output: allocating shared memory does not prompt one)
    const main = await tableFromParquet(bytes, { ...options, indicators: [] });
    const columns: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
    Object.assign(columns, await columnsFromParquet(bytes, indicators.slice(0, mine), { shared: true }));
    let agreed = true;
    for (const run of runs) {
      const got = await run.done;
      if (got === undefined || got.length !== run.names.length) {
        agreed = false;
        continue;
      }
      for (const [name, values] of got) {
        if (name in columns || values.length !== main.table.ids.length) agreed = false;
        else columns[name] = values;
      }
    }
    // every indicator once, in the serial reader's order
    if (agreed && Object.keys(columns).length === indicators.length) return { table: { ...main.table, columns }, labels: main.labels };
  } catch {
    // the serial read below gives the error the user sees
  } finally {
    for (const run of runs) void run.worker.terminate();
  }
  return tableFromParquet(bytes, options);
}
