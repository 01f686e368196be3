/**
 * The details pass shared out with the CSV writer's worker (issue 18): the worker script
 * (dist/cli-lines-worker.js, skipped when the package is not built) and this thread take claims
 * of units in turn into the shared outputs, and the numbers are those of one thread, to the bit,
 * whoever computed which claim; a worker that never starts costs nothing, one that fails or
 * stops in a claim costs a bounded wait, after which this thread computes that claim itself.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { type DetailsJob, detailsBlocks } from "../internal/detailsKernel";
import { detailsTask, splitDetails } from "./_csvLinesParallel";

const script = resolve("dist/cli-lines-worker.js");

/** A job of n units × 7 indicators in 3 dimensions (gaps, ties, a unit without values), its outputs shared or not. */
function job(n: number, shared: boolean, seed = 7, k = 3): DetailsJob {
  let state = seed;
  const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const f64 = (length: number): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length));
  const K = 7;
  const raws = Array.from({ length: K }, () => {
    const raw = f64(n);
    for (let i = 0; i < n; i++) raw[i] = i === 5 || i === n - 3 || rnd() < 0.08 ? Number.NaN : Math.floor(rnd() * 30) / 3;
    return raw;
  });
  const min = Float64Array.from(raws, (r) => Math.min(...Array.from(r).filter((v) => v === v)));
  const max = Float64Array.from(raws, (r) => Math.max(...Array.from(r).filter((v) => v === v)));
  return {
    n,
    k,
    lo: 0,
    raws,
    down: Uint8Array.from({ length: K }, (_, j) => j % 2),
    wi: Float64Array.from({ length: K }, (_, j) => (j === 6 ? 0 : 1 + (j % 3))),
    wd: Float64Array.of(1, 2, 1),
    // direction −1 (odd columns) maps from the column's max
    from: Float64Array.from(min, (a, j) => (j % 2 === 1 ? (max[j] as number) : a)),
    scale: Float64Array.from(min, (a, j) => 100 / ((max[j] as number) - a)),
    weighted: [[0, 3], [1, 4], [2, 5]],
    unweighted: [6],
    scores: f64(n),
    dims: [f64(n), f64(n), f64(n)],
    coverage: f64(n),
    topIndex: (shared ? new Int32Array(new SharedArrayBuffer(4 * n * k)) : new Int32Array(n * k)).fill(-1),
    topValue: f64(n * k),
  };
}

const outputs = (j: DetailsJob): string =>
  JSON.stringify([j.scores, ...j.dims, j.coverage, j.topValue].map((a) => Array.from(a, (v) => (Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : v))).concat([Array.from(j.topIndex)]));

/** Whether two arrays hold the same bits (NaN = NaN, −0 ≠ 0). */
function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Waits (without blocking the event loop) until `control[1]`, the worker's claims done, reaches `count`. */
async function workerDone(control: Int32Array, count: number): Promise<void> {
  while (Atomics.load(control, 1) < count) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe("splitDetails", () => {
  const workers: Worker[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  });
  const n = 5000;
  const alone = job(n, false);
  const scoredAlone = detailsBlocks(alone, 0, n);
  const claim = 512; // 10 claims of n
  /** A worker that, told of a task, does `take` with its control array at once (no thread: no scheduler). */
  const told = (take: (control: Int32Array) => void): Pick<Worker, "postMessage"> => ({ postMessage: (task: { control: Int32Array }) => take(task.control) });


  it.skipIf(!existsSync(script))("the worker script computes the claims it takes: the numbers of one thread, to the bit", async () => {
    const worker = new Worker(script);
    workers.push(worker);
    const shared = job(n, true);
    const task = detailsTask(shared, claim);
    // this thread takes none: the worker takes all ten
    worker.postMessage(task);
    await workerDone(task.control, 10);
    // ten claims done by the worker, none failed
    expect(Array.from(task.control.subarray(1, 3))).toEqual([10, 0]);
    // each claim marked done, 2 where a unit has a value
    expect(Array.from(task.control.subarray(3))).toEqual(Array.from({ length: 10 }, () => 2));
    expect(outputs(shared)).toBe(outputs(alone));
    // a unit without any value is not scored: NaN, no drivers
    for (const i of [5, n - 3]) {
      expect(Number.isNaN(shared.scores[i])).toBe(true);
      expect(shared.coverage[i]).toBe(0);
      expect(Array.from(shared.topIndex.subarray(3 * i, 3 * i + 3))).toEqual([-1, -1, -1]);
    }
  });

  it.skipIf(!existsSync(script))("shares a job with the running worker script: the numbers of one thread, whoever took which claim", async () => {
    const worker = new Worker(script);
    workers.push(worker);
    await new Promise((resolve) => worker.once("online", resolve));
    for (const seed of [7, 8, 9]) {
      const notes: string[] = [];
      const shared = job(n, true, seed);
      const single = job(n, false, seed);
      expect(splitDetails(worker, shared, 2, (note) => notes.push(note), claim)).toBe(detailsBlocks(single, 0, n));
      expect(outputs(shared)).toBe(outputs(single));
      // how the claims were shared depends on the scheduler; the note says it, consistently
      expect(notes).toHaveLength(1);
      const [, threads, theirs, all] = /^details: (one thread|two threads) \(the worker computed (\d+) of (\d+) claims\)$/.exec(notes[0] as string) ?? [];
      expect(all).toBe("10");
      expect(threads).toBe(Number(theirs) > 0 ? "two threads" : "one thread");
    }
  });

  it.skipIf(!existsSync(script))("a claim computed twice at once holds the same bits throughout (each output written once, with its final value)", async () => {
    // six drivers: the path that keeps each unit's largest contributions by insertion
    const N = 100_000;
    const single = job(N, false, 11, 6);
    detailsBlocks(single, 0, N);
    const shared = job(N, true, 11, 6);
    detailsBlocks(shared, 0, N);
    const worker = new Worker(script);
    workers.push(worker);
    await new Promise((resolve) => worker.once("online", resolve));
    const task = detailsTask(shared, 1024);
    const claims = Math.ceil(N / 1024);
    worker.postMessage(task);
    // every look while the worker computes them all again finds the final numbers
    while (Atomics.load(task.control, 1) < claims) {
      expect(same(shared.topValue, single.topValue) && same(shared.topIndex, single.topIndex) && same(shared.scores, single.scores)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await workerDone(task.control, claims);
    expect(outputs(shared)).toBe(outputs(single));
  });

  it("declines a job below its size or outside shared memory, without telling the worker", () => {
    let tasks = 0;
    const counting = told(() => void tasks++);
    expect(splitDetails(counting, job(n, true), n + 1, undefined)).toBeUndefined();
    expect(splitDetails(counting, job(n, false), 2, undefined)).toBeUndefined();
    expect(tasks).toBe(0);
  });

  it("computes every claim here when the worker never takes one, without waiting for it", () => {
    const notes: string[] = [];
    const shared = job(n, true);
    expect(splitDetails(told(() => undefined), shared, 2, (note) => notes.push(note), claim)).toBe(scoredAlone);
    expect(notes).toEqual(["details: one thread (the worker computed 0 of 10 claims)"]);
    expect(outputs(shared)).toBe(outputs(alone));
  });

  it("computes the claim a worker took and never finished, after a bounded wait", () => {
    const notes: string[] = [];
    const shared = job(n, true);
    const started = performance.now();
    // the worker takes the first claim and stops in it
    expect(splitDetails(told((control) => Atomics.add(control, 0, 1)), shared, 2, (note) => notes.push(note), claim)).toBe(scoredAlone);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(notes).toEqual(["details: one thread (the worker computed 0 of 10 claims); 1 recomputed here (the worker late or failed)"]);
    expect(outputs(shared)).toBe(outputs(alone));
  });

  it("computes the claim a failing worker took, without waiting", () => {
    const notes: string[] = [];
    const shared = job(n, true);
    const fails = told((control) => {
      // as runDetailsTask does when the kernel throws: failed, counted, woken
      Atomics.add(control, 0, 1);
      Atomics.store(control, 2, 1);
      Atomics.add(control, 1, 1);
      Atomics.notify(control, 1);
    });
    expect(splitDetails(fails, shared, 2, (note) => notes.push(note), claim)).toBe(scoredAlone);
    expect(notes).toEqual(["details: one thread (the worker computed 0 of 10 claims); 1 recomputed here (the worker late or failed)"]);
    expect(outputs(shared)).toBe(outputs(alone));
  });

  it("declines when the task cannot be sent", () => {
    const closed = told(() => {
      throw new Error("closed");
    });
    expect(splitDetails(closed, job(n, true), 2, undefined, claim)).toBeUndefined();
  });
});
