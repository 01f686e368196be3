/**
 * The details pass shared out with the CSV writer's worker (issue 18): the worker script
 * (dist/cli-lines-worker.js, skipped when the package is not built) computes the last units of
 * the units into the shared outputs, and the numbers are those of one thread, to the bit; a
 * worker that never answers costs a bounded wait, after which this thread computes those units
 * itself, with the same numbers.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { type DetailsJob, detailsBlocks } from "../internal/detailsKernel";
import { splitDetails } from "./_csvLinesParallel";

const script = resolve("dist/cli-lines-worker.js");

/** A job of n units × 7 indicators in 3 dimensions (gaps, ties, a unit without values), its outputs shared or not. */
function job(n: number, shared: boolean, seed = 7): DetailsJob {
  let state = seed;
  const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const f64 = (length: number): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length));
  const K = 7;
  const k = 3;
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

describe("splitDetails", () => {
  const workers: Worker[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  });
  const n = 5000;
  const alone = job(n, false);
  const scoredAlone = detailsBlocks(alone, 0, n);

  it.skipIf(!existsSync(script))("computes the last units in the worker script: the numbers of one thread, to the bit", async () => {
    const worker = new Worker(script);
    workers.push(worker);
    const notes: string[] = [];
    const shared = job(n, true);
    expect(splitDetails(worker, shared, 2, (note) => notes.push(note))).toBe(scoredAlone);
    expect(notes).toEqual(["details: two threads"]);
    expect(outputs(shared)).toBe(outputs(alone));
    // a unit without any value is not scored: NaN, no drivers (one in each thread's share)
    for (const i of [5, n - 3]) {
      expect(Number.isNaN(shared.scores[i])).toBe(true);
      expect(shared.coverage[i]).toBe(0);
      expect(Array.from(shared.topIndex.subarray(3 * i, 3 * i + 3))).toEqual([-1, -1, -1]);
    }
  });

  it("declines a job below its size or outside shared memory, without telling the worker", () => {
    const worker = new Worker("require('node:worker_threads').parentPort.on('message', () => { throw new Error('told'); })", { eval: true });
    workers.push(worker);
    expect(splitDetails(worker, job(n, true), n + 1, undefined)).toBeUndefined();
    expect(splitDetails(worker, job(n, false), 2, undefined)).toBeUndefined();
  });

  it("computes the worker's share itself when the worker never answers (after a bounded wait)", () => {
    const worker = new Worker("require('node:worker_threads').parentPort.on('message', () => {})", { eval: true });
    workers.push(worker);
    const notes: string[] = [];
    const shared = job(n, true);
    const started = performance.now();
    expect(splitDetails(worker, shared, 2, (note) => notes.push(note))).toBe(scoredAlone);
    // it waited: a second at least, the bound for a job this small
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(notes).toEqual(["details: the worker's share on this thread (late or failed)"]);
    expect(outputs(shared)).toBe(outputs(alone));
  });
});
