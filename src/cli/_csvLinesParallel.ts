/**
 * Private: the CSV lines of `mahalleh score` written on two threads (issue 18). Writing 10⁶
 * lines takes seconds of one core while the other is idle; here a worker thread
 * (`dist/cli-lines-worker.js`) writes the last lines from the same source — its typed arrays in
 * `SharedArrayBuffer`s, not copied — into chunks of its own while this thread writes and hands
 * on the first ones; the worker's chunks are handed on after them. Nothing is allocated per line
 * on either side, so the two threads do not slow each other (a first two-thread writer, which
 * handed blocks of lines to and fro, ran each thread 1.6–1.8× slower than alone).
 */
import { Worker } from "node:worker_threads";
import { type CsvLineSource, LINE_CHUNK, LINE_GATHER, writeCsvLines } from "./_csvLines";

/** The lines a worker writes: positions `from` to `to − 1` of the source's order. */
export interface LinesTask {
  readonly source: CsvLineSource;
  readonly from: number;
  readonly to: number;
  /** Bytes per chunk. */
  readonly chunk: number;
}

/** Writes a task's lines somewhere else and gives back their chunks, in order; rejects when it cannot. */
export type LinesRunner = (task: LinesTask) => Promise<Uint8Array[]>;

/**
 * Share of the lines written on this thread: a little less than half, as this thread first
 * encodes its lines' text cells (about 0.2 s at 10⁶ lines) and hands on every chunk (the
 * worker's too, after its own), while the worker, started earlier, wrote lines about 10 %
 * slower than this thread in measurements.
 */
const OWN_SHARE = 0.47;

/** Lines this thread writes of `count` (the first ones): the worker writes the rest. */
export function ownLines(count: number): number {
  return Math.floor(count * OWN_SHARE);
}

/** Bytes per chunk of the worker: few chunks, each handed on whole. */
const WORKER_CHUNK = 1 << 20;

/** The worker script, next to the bundle (`dist/cli-lines-worker.js`). */
const WORKER_URL: URL = new URL("./cli-lines-worker.js", import.meta.url);

/** A worker thread started ahead of its task (its start overlaps the work before the output). */
export interface LinesWorker {
  /** Sends the task; rejects if the worker cannot start, fails or exits early. Once only. */
  readonly run: LinesRunner;
  /** Ends the worker if no task was sent (after an error). */
  readonly stop: () => void;
}

/**
 * Starts a worker thread (`dist/cli-lines-worker.js`) that waits for one task. It does not keep
 * the process alive until a task is sent. `run` sends it before returning (no `await` first):
 * the caller goes on writing its own lines at once, without turning the event loop, while the
 * worker works.
 */
export function startLinesWorker(): LinesWorker {
  let worker: Worker | undefined;
  let failed: Error | undefined;
  try {
    worker = new Worker(WORKER_URL);
    worker.unref();
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
  }
  // an error before the task is sent is kept for run() to report, never thrown unhandled
  const done = new Promise<Uint8Array[]>((resolve, reject) => {
    if (worker === undefined) return reject(failed);
    worker.once("message", (message: { ok: boolean; chunks?: Uint8Array[]; message?: string }) => {
      if (message.ok && message.chunks !== undefined) resolve(message.chunks);
      else reject(new Error(message.message ?? "worker failed"));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
  });
  done.catch(() => undefined);
  return {
    run: (task) => {
      if (worker === undefined) return done;
      worker.ref();
      worker.postMessage(task);
      const w = worker;
      return done.finally(() => void w.terminate());
    },
    stop: () => void worker?.terminate(),
  };
}

/** What the worker script runs: the task's lines into chunks of its own. */
export function runLinesTask(task: LinesTask): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  writeCsvLines(task.source, task.from, task.to, new Uint8Array(0), (chunk) => chunks.push(chunk), { gather: LINE_GATHER, chunk: task.chunk });
  return chunks;
}

/**
 * Writes `head` and lines `0` to `count − 1`: lines `split` on by `runInWorker` from `theirs` (a
 * source in shared memory with those lines' text), at the same time as lines before `split` here
 * from `own()` (the same source with this thread's text, made once the worker has its task);
 * the worker's lines are handed on after these, or written here from `theirs` if the worker fails
 * (the same bytes: the same function on the same values).
 */
export async function writeLinesParallel(
  theirs: CsvLineSource,
  split: number,
  count: number,
  head: Uint8Array,
  write: (chunk: Uint8Array) => void,
  settings: { readonly runInWorker: LinesRunner; readonly trace?: ((note: string) => void) | undefined },
  own: () => CsvLineSource,
): Promise<void> {
  const result = settings.runInWorker({ source: theirs, from: split, to: count, chunk: WORKER_CHUNK });
  // a rejection is handled below, after this thread's lines: never unhandled meanwhile
  result.catch(() => undefined);
  writeCsvLines(own(), 0, split, head, write, { gather: LINE_GATHER, chunk: LINE_CHUNK });
  let chunks: Uint8Array[];
  try {
    chunks = await result;
  } catch (error) {
    settings.trace?.(`write workers: serial (${String(error)})`);
    writeCsvLines(theirs, split, count, new Uint8Array(0), write, { gather: LINE_GATHER, chunk: LINE_CHUNK });
    return;
  }
  settings.trace?.("write workers: parallel");
  for (const chunk of chunks) write(chunk);
}
