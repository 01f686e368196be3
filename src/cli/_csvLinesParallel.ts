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
import { type DetailsJob, type DetailsSplitter, detailsBlocks } from "../internal/detailsKernel";
import { collectGarbage } from "./_memory";
import { inSharedMemory } from "../internal/sharedMemory";
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

/**
 * The last units of a details job, sent to the worker before its lines: it computes them with
 * the kernel, into the job's shared outputs, then sets `flag[1]` to 1 if one of them has a value
 * and `flag[0]` to 1 (2 if it failed), and wakes this thread.
 */
export interface DetailsTask {
  readonly kind: "details";
  readonly job: DetailsJob;
  readonly from: number;
  readonly to: number;
  readonly flag: Int32Array;
}

/** What the worker script runs for a {@link DetailsTask}. */
export function runDetailsTask(task: DetailsTask): void {
  let state = 2;
  try {
    Atomics.store(task.flag, 1, detailsBlocks(task.job, task.from, task.to) ? 1 : 0);
    state = 1;
  } finally {
    Atomics.store(task.flag, 0, state);
    Atomics.notify(task.flag, 0);
  }
}

/**
 * Share of the details pass's units computed on this thread: half. The worker receives its
 * share later and runs the kernel cold (alone, with both warm, its half took 0–40 % longer
 * than this thread's), so this thread tends to finish first, and spends the wait on a garbage
 * collection it needs anyway (see `splitDetails`); in a CPU profile at 10⁶ × 40 both ended
 * within 0.05 s of each other.
 */
const OWN_DETAILS = 0.5;

/**
 * Computes a details job on this thread and the worker: the worker takes the last units
 * (the columns and outputs are shared, so nothing is copied), this thread the first,
 * then waits for the worker (blocking: the pass is synchronous). If the worker is not done
 * within four times this thread's own time (at least a second) or fails, this thread computes
 * the worker's share too: the same function on the same cells, so the same numbers whoever wrote
 * them. Declines (`undefined`) a job of fewer than `minUnits` units, or one not wholly in
 * shared memory.
 */
export function splitDetails(worker: Worker, job: DetailsJob, minUnits: number, trace: ((note: string) => void) | undefined): boolean | undefined {
  const arrays: ArrayBufferView[] = [...job.raws, ...job.dims, job.scores, job.coverage, job.topIndex, job.topValue];
  if (job.n < Math.max(2, minUnits) || !arrays.every(inSharedMemory)) return undefined;
  const cut = Math.floor(job.n * OWN_DETAILS);
  const flag = new Int32Array(new SharedArrayBuffer(8));
  try {
    worker.postMessage({ kind: "details", job, from: cut, to: job.n, flag } satisfies DetailsTask);
  } catch {
    return undefined;
  }
  const started = performance.now();
  const mine = detailsBlocks(job, 0, cut);
  // while the worker finishes: the garbage of the file's reading goes now (allocating shared
  // memory, as the pass's outputs are, never prompts a collection, so it would stay until the
  // output's, 100–200 MB higher at 10⁶ units)
  if (Atomics.load(flag, 0) === 0) collectGarbage();
  Atomics.wait(flag, 0, 0, Math.max(1000, 4 * (performance.now() - started)));
  if (Atomics.load(flag, 0) === 1) {
    trace?.("details: two threads");
    return mine || Atomics.load(flag, 1) === 1;
  }
  trace?.("details: the worker's share on this thread (late or failed)");
  return detailsBlocks(job, cut, job.n) || mine;
}

/** A worker thread started ahead of its task (its start overlaps the work before the output). */
export interface LinesWorker {
  /** Sends the task; rejects if the worker cannot start, fails or exits early. Once only. */
  readonly run: LinesRunner;
  /**
   * Shares a details pass out with the worker, before its lines (see `splitDetailsWith`);
   * declines when the worker did not start or has its lines already.
   */
  readonly details: DetailsSplitter;
  /** Ends the worker if no task was sent (after an error). */
  readonly stop: () => void;
}

/**
 * Starts a worker thread (`dist/cli-lines-worker.js`) that waits for one task, and may first be
 * given a details pass of `detailsMinUnits` units or more (`trace` is told how it went). It does not keep
 * the process alive until a task is sent. `run` sends it before returning (no `await` first):
 * the caller goes on writing its own lines at once, without turning the event loop, while the
 * worker works.
 */
export function startLinesWorker(trace: ((note: string) => void) | undefined, detailsMinUnits: number): LinesWorker {
  let worker: Worker | undefined;
  let sent = false;
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
      sent = true;
      worker.ref();
      worker.postMessage(task);
      const w = worker;
      return done.finally(() => void w.terminate());
    },
    details: (job) => (worker === undefined || sent ? undefined : splitDetails(worker, job, detailsMinUnits, trace)),
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
