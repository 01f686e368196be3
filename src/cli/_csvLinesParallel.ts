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
 * Share of the lines written on this thread. Half: the worker starts about 0.1–0.2 s later and
 * wrote 10⁶ lines about 10 % slower (at 45 % here, this thread waited 0.5 s for it), while this
 * thread hands on every chunk (the worker's too, after its own).
 */
const OWN_SHARE = 0.5;

/** Bytes per chunk of the worker: few chunks, each handed on whole. */
const WORKER_CHUNK = 1 << 20;

/** The worker script, next to the bundle (`dist/cli-lines-worker.js`). */
const WORKER_URL: URL = new URL("./cli-lines-worker.js", import.meta.url);

/**
 * A task run in a worker thread; rejects if the worker cannot start, fails or exits early. The
 * worker is started and sent the task before this returns (no `await` first): the caller goes
 * on writing its own lines at once, without turning the event loop, while the worker works.
 */
export function linesInWorker(task: LinesTask): Promise<Uint8Array[]> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_URL);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const done = new Promise<Uint8Array[]>((resolve, reject) => {
    worker.once("message", (message: { ok: boolean; chunks?: Uint8Array[]; message?: string }) => {
      if (message.ok && message.chunks !== undefined) resolve(message.chunks);
      else reject(new Error(message.message ?? "worker failed"));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
  });
  worker.postMessage(task);
  return done.finally(() => void worker.terminate());
}

/** What the worker script runs: the task's lines into chunks of its own. */
export function runLinesTask(task: LinesTask): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  writeCsvLines(task.source, task.from, task.to, new Uint8Array(0), (chunk) => chunks.push(chunk), { gather: LINE_GATHER, chunk: task.chunk });
  return chunks;
}

/**
 * Writes `head` and lines `0` to `count − 1` of `source`: the first {@link OWN_SHARE} here, the
 * rest by `runInWorker` at the same time, handed on after them; written here as well if the
 * worker fails (the same bytes: the same function on the same source).
 */
export async function writeLinesParallel(
  source: CsvLineSource,
  count: number,
  head: Uint8Array,
  write: (chunk: Uint8Array) => void,
  settings: { readonly runInWorker: LinesRunner; readonly trace?: ((note: string) => void) | undefined },
): Promise<void> {
  const split = Math.floor(count * OWN_SHARE);
  const theirs = settings.runInWorker({ source, from: split, to: count, chunk: WORKER_CHUNK });
  // a rejection is handled below, after this thread's lines: never unhandled meanwhile
  theirs.catch(() => undefined);
  writeCsvLines(source, 0, split, head, write, { gather: LINE_GATHER, chunk: LINE_CHUNK });
  let chunks: Uint8Array[];
  try {
    chunks = await theirs;
  } catch (error) {
    settings.trace?.(`write workers: serial (${String(error)})`);
    writeCsvLines(source, split, count, new Uint8Array(0), write, { gather: LINE_GATHER, chunk: LINE_CHUNK });
    return;
  }
  settings.trace?.("write workers: parallel");
  for (const chunk of chunks) write(chunk);
}
