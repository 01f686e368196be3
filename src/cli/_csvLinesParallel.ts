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
import { type DetailsJob, detailsBlocks } from "../internal/detailsKernel";
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
 * Share of the lines written on this thread: a little less than half when this thread first
 * encodes its lines' text cells (about 0.2 s at 10⁶ lines) and hands on every chunk (the
 * worker's too, after its own), while the worker, started earlier, wrote lines about 10 %
 * slower than this thread in measurements; OWN_SHARE_READY when every text cell is encoded
 * ahead and both threads start at once.
 */
const OWN_SHARE = 0.47;
const OWN_SHARE_READY = 0.54;

/** Lines this thread writes of `count` (the first ones): the worker writes the rest. `ready`: the text cells are encoded ahead. */
export function ownLines(count: number, ready: boolean): number {
  return Math.floor(count * (ready ? OWN_SHARE_READY : OWN_SHARE));
}

/** Bytes per chunk of the worker: few chunks, each handed on whole. */
const WORKER_CHUNK = 1 << 20;

/** The worker script, next to the bundle (`dist/cli-lines-worker.js`). */
const WORKER_URL: URL = new URL("./cli-lines-worker.js", import.meta.url);

/**
 * Units per claim of a shared details pass (eight of the kernel's blocks): about 10 ms of one
 * core at 40 indicators, so that neither thread waits long for the other's last claim, and a
 * claim's outputs start and end on a cache line.
 */
const CLAIM = 8192;

/**
 * Slots of a shared pass's control array: the next claim, the worker's claims done (what this
 * thread waits on), the worker's state (1 failed); then one slot per claim: 0 until done, then
 * 1, or 2 if a unit of it has a value.
 */
const NEXT = 0;
const DONE = 1;
const FAILED = 2;
const CLAIMS = 3;

/**
 * A details job shared with the worker, sent before its lines. Both threads take claims of
 * `claim` units in turn from `control` until none is left (so neither waits for the other to
 * start, and a worker that is late, cold or busy simply takes fewer); see {@link claimDetails}.
 */
export interface DetailsTask {
  readonly kind: "details";
  readonly job: DetailsJob;
  readonly claim: number;
  readonly control: Int32Array;
}

/**
 * Takes claims of a shared details pass until none is left, computes each with the kernel into
 * the job's shared outputs and marks it done; returns the claims taken. The worker (`worker`)
 * also counts them in `DONE` and wakes the thread waiting there.
 */
export function claimDetails(task: DetailsTask, worker: boolean): number {
  const { control } = task;
  const claims = claimsOf(task);
  let taken = 0;
  for (;;) {
    const c = Atomics.add(control, NEXT, 1);
    if (c >= claims) return taken;
    computeClaim(task, c);
    taken++;
    if (worker) {
      Atomics.add(control, DONE, 1);
      Atomics.notify(control, DONE);
    }
  }
}

/** Computes claim `c` of a task with the kernel and marks it done (2 if a unit of it has a value). */
function computeClaim({ job, claim, control }: DetailsTask, c: number): void {
  Atomics.store(control, CLAIMS + c, detailsBlocks(job, c * claim, Math.min(job.n, (c + 1) * claim)) ? 2 : 1);
}

/** The claims of a task: a slot each in its control array. */
const claimsOf = (task: DetailsTask): number => task.control.length - CLAIMS;

/** A {@link DetailsTask} of `job` in claims of `claim` units, none taken yet. */
export function detailsTask(job: DetailsJob, claim: number): DetailsTask {
  return { kind: "details", job, claim, control: new Int32Array(new SharedArrayBuffer(4 * (CLAIMS + Math.ceil(job.n / claim)))) };
}

/** What the worker script runs for a {@link DetailsTask}: its claims, or the failure flagged. */
export function runDetailsTask(task: DetailsTask): void {
  try {
    claimDetails(task, true);
  } catch {
    Atomics.store(task.control, FAILED, 1);
    Atomics.add(task.control, DONE, 1);
    Atomics.notify(task.control, DONE);
  }
}

/**
 * Computes a details job on this thread and the worker: the columns and outputs are shared, so
 * nothing is copied, and the two take claims of units in turn until none is left (see
 * {@link claimDetails}). This thread then waits for the worker's last claims (blocking: the pass
 * is synchronous). If the worker fails, or has not finished them within a second (or twenty
 * times this thread's mean claim), this thread computes them itself: the kernel writes every
 * output once, with its final value, so a worker still computing one writes the same bits.
 * Declines (`undefined`) a job of fewer than `minUnits` units, or one not wholly in shared
 * memory. `claim`: units per claim (tests use fewer). `meanwhile`: work of the caller's own,
 * done on this thread after the task is sent and before its first claim (the worker takes
 * claims meanwhile).
 */
export function splitDetails(
  worker: Pick<Worker, "postMessage">,
  job: DetailsJob,
  minUnits: number,
  trace: ((note: string) => void) | undefined,
  claim: number = CLAIM,
  meanwhile?: (() => void) | undefined,
): boolean | undefined {
  const arrays: ArrayBufferView[] = [...job.raws, ...job.dims, job.scores, job.coverage, job.topIndex, job.topValue];
  if (job.n < Math.max(2, minUnits) || !arrays.every(inSharedMemory)) return undefined;
  const task = detailsTask(job, claim);
  const claims = claimsOf(task);
  try {
    worker.postMessage(task);
  } catch {
    return undefined;
  }
  // the garbage of the file's reading goes first, while the worker takes claims (allocating
  // shared memory, as the pass's outputs are, never prompts a collection, so it would stay
  // until the output's, 100–200 MB higher at 10⁶ units)
  collectGarbage();
  if (meanwhile !== undefined) {
    try {
      meanwhile();
    } catch {
      // the caller's work ahead is only ahead: it does it again later, and meets its error then
    }
  }
  const started = performance.now();
  const mine = claimDetails(task, false);
  const limit = Math.max(1000, (20 * (performance.now() - started)) / Math.max(1, mine));
  const waited = performance.now();
  const { control } = task;
  const missing = (): number[] => {
    const left: number[] = [];
    for (let c = 0; c < claims; c++) if (Atomics.load(control, CLAIMS + c) === 0) left.push(c);
    return left;
  };
  // after this thread's last claim, the worker has one at most still running
  let left: number[];
  for (;;) {
    const seen = Atomics.load(control, DONE);
    left = missing();
    const remaining = limit - (performance.now() - waited);
    if (left.length === 0 || Atomics.load(control, FAILED) === 1 || remaining <= 0) break;
    Atomics.wait(control, DONE, seen, remaining);
  }
  const theirs = claims - mine - left.length;
  let note = `details: ${theirs > 0 ? "two threads" : "one thread"} (the worker computed ${theirs} of ${claims} claims)`;
  if (left.length > 0) {
    note += `; ${left.length} recomputed here (the worker late or failed)`;
    for (const c of left) computeClaim(task, c);
  }
  trace?.(note);
  let scored = false;
  for (let c = 0; c < claims && !scored; c++) scored = Atomics.load(control, CLAIMS + c) === 2;
  return scored;
}

/** A worker thread started ahead of its task (its start overlaps the work before the output). */
export interface LinesWorker {
  /** Sends the task; rejects if the worker cannot start, fails or exits early. Once only. */
  readonly run: LinesRunner;
  /**
   * Shares a details pass out with the worker, before its lines (see `splitDetailsWith`), and
   * runs `meanwhile` on this thread while the worker takes its first claims; declines when
   * the worker did not start or has its lines already.
   */
  readonly details: (job: DetailsJob, meanwhile?: (() => void) | undefined) => boolean | undefined;
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
    details: (job, meanwhile) => (worker === undefined || sent ? undefined : splitDetails(worker, job, detailsMinUnits, trace, CLAIM, meanwhile)),
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
