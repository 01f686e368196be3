/**
 * Private: the kernel of the details pass (`scoring/_engineDetails.ts`), here so that the CLI's
 * worker thread runs the same code on a share of the units (issue 18): each unit's dimension
 * scores, coverage, index score and largest contributions, from the raw columns and each
 * column's min-max map. A unit's numbers depend on its own cells only, so any split of the units
 * (blocks, threads) gives the same numbers to the bit.
 *
 * A caller may set a {@link DetailsSplitter} around a computation ({@link splitDetailsWith});
 * the details pass then offers it its job when every column is in shared memory, and the
 * splitter computes it on more than one thread, or declines.
 */

import { DETAILS_WASM } from "./_detailsKernelWasm";
import { ensureMemory, instantiateBase64, type WasmMemory } from "./wasmModule";

/** Units per block: a block's cells of a dimension stay in the L1/L2 cache between its two loops. */
const BLOCK = 1024;

/**
 * The details pass's work, in typed arrays (structured-clonable: a worker thread receives the
 * columns and outputs in shared memory as they are). Outputs are written at the units' positions.
 */
export interface DetailsJob {
  /** Units. */
  readonly n: number;
  /** Drivers per unit (0: none). */
  readonly k: number;
  /** The normalised range's low end. */
  readonly lo: number;
  /** The raw columns, in indicator order. */
  readonly raws: readonly Float64Array[];
  /** 1 where the indicator's direction is −1 (x = lo + (max − v)·scale), else 0. */
  readonly down: Uint8Array;
  /** Indicator and dimension weights. */
  readonly wi: Float64Array;
  readonly wd: Float64Array;
  /** Each column's min-max map: x = lo + (v − from)·scale, or lo + (from − v)·scale where `down`; `from` is its min, or its max where `down`. */
  readonly from: Float64Array;
  readonly scale: Float64Array;
  /** Per dimension, its members of non-zero weight, in member order. */
  readonly weighted: readonly (readonly number[])[];
  /** The members of zero weight (counted for coverage only). */
  readonly unweighted: readonly number[];
  /** Outputs: index scores, dimension scores, coverage, and the k largest contributions (index −1 beforehand). */
  readonly scores: Float64Array;
  readonly dims: readonly Float64Array[];
  readonly coverage: Float64Array;
  readonly topIndex: Int32Array;
  readonly topValue: Float64Array;
}

/**
 * Computes units `from` to `to − 1` of a job, block by block (a block's cells of every column
 * stay in the cache between its loops); true when one of them has a value at all. Per
 * dimension, its score: the arithmetic mean of `aggregateInto`, acc + w·x and ws + w over the
 * members of non-zero weight with a value, in member order, then acc / ws. Then each unit's
 * weight of present dimensions, Σ W_d in dimension order over the dimensions it has a score in,
 * and the contributions ((W_d / Σ present W) · w_j · x) / ws (the terms and order of
 * `topContributionsByColumn`, whose present weight of a dimension is this ws); then the index
 * score over the dimensions, as `aggregateInto` makes it. Every output is written once, with its
 * final value (the sums and the largest contributions are kept in the block's own arrays), so
 * units computed twice, even at once by two threads, hold the same bits throughout.
 */
export function detailsBlocks(job: DetailsJob, from: number, to: number): boolean {
  if (job.k === 3) {
    const scored = detailsBlocksWasm(job, from, to);
    if (scored !== undefined) return scored;
  }
  return detailsBlocksJs(job, from, to);
}

/** Tests only: the two kernels {@link detailsBlocks} chooses from (the WebAssembly one `undefined` where it cannot run). */
export const _kernels: { readonly wasm: typeof detailsBlocksWasm; readonly js: typeof detailsBlocksJs } = { wasm: detailsBlocksWasm, js: detailsBlocksJs };

interface KernelExports {
  readonly memory: WasmMemory;
  setup(...offsets: number[]): void;
  block(len: number): number;
}

/** This thread's instance of the kernel (`_detailsKernel.wat`), or null where WebAssembly cannot run it. */
let kernel: KernelExports | null | undefined;

function wasmKernel(): KernelExports | null {
  // under 4 kB: synchronous compilation is allowed on every engine's main thread
  if (kernel === undefined) kernel = instantiateBase64(DETAILS_WASM) as KernelExports | null;
  return kernel;
}

/**
 * {@link detailsBlocks} for three drivers in WebAssembly (`_detailsKernel.wat`: the same steps
 * in the same order, so the same bits): each block's raw cells are copied into the module's
 * memory, computed there, and its outputs copied out, each once, with its final value.
 * `undefined` where the module cannot run or its memory cannot grow (the caller computes in
 * JavaScript).
 */
function detailsBlocksWasm(job: DetailsJob, from: number, to: number): boolean | undefined {
  const ex = wasmKernel();
  if (ex === null) return undefined;
  const { lo, raws, down, wi, wd, from: origin, scale, weighted, unweighted, scores, dims: dimScores, coverage, topIndex: index, topValue: top } = job;
  const K = raws.length;
  const D = dimScores.length;
  const B = BLOCK;
  const members = weighted.flat();
  // the layout, 8-byte aligned: the job's tables, then the block's arrays
  let at = 0;
  const take = (bytes: number): number => {
    const start = at;
    at += Math.ceil(bytes / 8) * 8;
    return start;
  };
  const membersAt = take(4 * members.length);
  const startsAt = take(4 * (D + 1));
  const unweightedAt = take(4 * unweighted.length);
  const downAt = take(4 * K);
  const wiAt = take(8 * K);
  const fromAt = take(8 * K);
  const scaleAt = take(8 * K);
  const wdAt = take(8 * D);
  const rawsAt = take(8 * B * K);
  const countAt = take(8 * B);
  const accAt = take(8 * B);
  const dwsAt = take(8 * B);
  const wsAt = take(8 * B * D);
  const shareAt = take(8 * B);
  const dimsAt = take(8 * B * D);
  const coverageAt = take(8 * B);
  const scoresAt = take(8 * B);
  const tvAt = take(24 * B);
  const tiAt = take(12 * B);
  if (!ensureMemory(ex.memory, at)) return undefined;
  const buffer = ex.memory.buffer;
  new Int32Array(buffer, membersAt, members.length).set(members);
  const starts = new Int32Array(buffer, startsAt, D + 1);
  for (let d = 0, m = 0; d < D; d++) {
    starts[d] = m;
    m += (weighted[d] as readonly number[]).length;
    starts[d + 1] = m;
  }
  new Int32Array(buffer, unweightedAt, unweighted.length).set(unweighted);
  new Int32Array(buffer, downAt, K).set(down);
  new Float64Array(buffer, wiAt, K).set(wi.subarray(0, K));
  new Float64Array(buffer, fromAt, K).set(origin.subarray(0, K));
  new Float64Array(buffer, scaleAt, K).set(scale.subarray(0, K));
  new Float64Array(buffer, wdAt, D).set(wd.subarray(0, D));
  ex.setup(K, D, B, lo, membersAt, startsAt, unweightedAt, unweighted.length, downAt, wiAt, fromAt, scaleAt, wdAt, rawsAt, countAt, accAt, dwsAt, wsAt, shareAt, dimsAt, coverageAt, scoresAt, tvAt, tiAt);
  const rawBlock = raws.map((_, j) => new Float64Array(buffer, rawsAt + 8 * B * j, B));
  const dimBlock = dimScores.map((_, d) => new Float64Array(buffer, dimsAt + 8 * B * d, B));
  const coverageBlock = new Float64Array(buffer, coverageAt, B);
  const scoresBlock = new Float64Array(buffer, scoresAt, B);
  const tv = new Float64Array(buffer, tvAt, 3 * B);
  const ti = new Int32Array(buffer, tiAt, 3 * B);
  let scored = false;
  for (let b = from; b < to; b += B) {
    const e = Math.min(to, b + B);
    const len = e - b;
    for (let j = 0; j < K; j++) (rawBlock[j] as Float64Array).set((raws[j] as Float64Array).subarray(b, e));
    if (ex.block(len) === 1) scored = true;
    for (let d = 0; d < D; d++) (dimScores[d] as Float64Array).set((dimBlock[d] as Float64Array).subarray(0, len), b);
    coverage.set(coverageBlock.subarray(0, len), b);
    top.set(tv.subarray(0, 3 * len), 3 * b);
    index.set(ti.subarray(0, 3 * len), 3 * b);
    scores.set(scoresBlock.subarray(0, len), b);
  }
  return scored;
}

/** {@link detailsBlocks} in JavaScript. */
function detailsBlocksJs(job: DetailsJob, from: number, to: number): boolean {
  const { k, lo, raws, down, wi, wd, from: origin, scale, weighted, unweighted, scores, dims: dimScores, coverage, topIndex: index, topValue: top } = job;
  const K = raws.length;
  const D = dimScores.length;
  // the block's contributions, unit by unit in indicator order (0 for none, or not positive)
  const contribution = new Float64Array(k > 0 && k !== 3 ? BLOCK * K : 0);
  // with three drivers: each unit's three largest contributions so far, value and indicator
  const t3v = new Float64Array(k === 3 ? 3 * BLOCK : 0);
  const t3i = new Int32Array(k === 3 ? 3 * BLOCK : 0);
  const count = new Float64Array(BLOCK);
  const acc = new Float64Array(BLOCK);
  const ws = dimScores.map(() => new Float64Array(BLOCK));
  const share = dimScores.map(() => new Float64Array(BLOCK));
  const dimWeightSum = new Float64Array(BLOCK);
  let scored = false;
  for (let b = from; b < to; b += BLOCK) {
    const e = Math.min(to, b + BLOCK);
    const len = e - b;
    count.fill(0, 0, len);
    dimWeightSum.fill(0, 0, len);
    for (let d = 0; d < D; d++) {
      const p = ws[d] as Float64Array;
      acc.fill(0, 0, len);
      p.fill(0, 0, len);
      for (const j of weighted[d] as number[]) {
        accumulate(raws[j] as Float64Array, b, e, down[j] === 1, wi[j] as number, lo, origin[j] as number, scale[j] as number, acc, p, count);
      }
      const out = dimScores[d] as Float64Array;
      const W = wd[d] as number;
      for (let i = 0; i < len; i++) {
        const q = p[i] as number;
        if (q > 0) {
          out[b + i] = (acc[i] as number) / q;
          dimWeightSum[i] = (dimWeightSum[i] as number) + W;
        } else out[b + i] = Number.NaN;
      }
    }
    for (const j of unweighted) countPresent(raws[j] as Float64Array, b, e, count);
    for (let i = 0; i < len; i++) {
      coverage[b + i] = (count[i] as number) / K;
      if ((count[i] as number) > 0) scored = true;
    }
    if (k > 0) {
      // three drivers (the default): each contribution goes straight into its unit's three
      // largest (see contributeTop3); other counts: the block's rows of contributions, then
      // their k largest (selectTop)
      if (k === 3) {
        t3v.fill(0);
        t3i.fill(-1);
      }
      for (let d = 0; d < D; d++) {
        const p = ws[d] as Float64Array;
        const sh = share[d] as Float64Array;
        const W = wd[d] as number;
        // NaN for a unit without an index score or without a value in this dimension: its
        // contributions here are NaN, entered as none
        for (let i = 0; i < len; i++) {
          const t = dimWeightSum[i] as number;
          sh[i] = t > 0 && (p[i] as number) !== 0 ? W / t : Number.NaN;
        }
        for (const j of weighted[d] as number[]) {
          if (k === 3) contributeTop3(raws[j] as Float64Array, b, e, j, down[j] === 1, wi[j] as number, lo, origin[j] as number, scale[j] as number, sh, p, t3v, t3i);
          else contribute(raws[j] as Float64Array, b, e, j, K, down[j] === 1, wi[j] as number, lo, origin[j] as number, scale[j] as number, sh, p, contribution);
        }
      }
      if (k === 3) {
        top.set(t3v.subarray(0, 3 * len), b * 3);
        index.set(t3i.subarray(0, 3 * len), b * 3);
      } else selectTop(contribution, len, K, k, top, index, b * k);
    }
    // the index score: aggregateInto's arithmetic mean over the dimensions of non-zero weight
    for (let i = b; i < e; i++) {
      let a = 0;
      let s = 0;
      for (let d = 0; d < D; d++) {
        const w = wd[d] as number;
        if (w === 0) continue;
        const v = (dimScores[d] as Float64Array)[i] as number;
        if (v === v) {
          a = a + w * v;
          s = s + w;
        }
      }
      scores[i] = s > 0 ? a / s : Number.NaN;
    }
  }
  return scored;
}

/**
 * Computes a whole job (every unit, {@link detailsBlocks} on shares of them) and says whether a
 * unit has a value, or declines with `undefined` (the caller then computes it alone).
 */
export type DetailsSplitter = (job: DetailsJob) => boolean | undefined;

let splitter: DetailsSplitter | undefined;

/** Runs `run` with `split` offered every details job it makes (on this thread, synchronously). */
export function splitDetailsWith<T>(split: DetailsSplitter, run: () => T): T {
  const before = splitter;
  splitter = split;
  try {
    return run();
  } finally {
    splitter = before;
  }
}

/** The splitter set by {@link splitDetailsWith}, if any. */
export function currentDetailsSplitter(): DetailsSplitter | undefined {
  return splitter;
}

/** count += 1 where cells b…e−1 of a raw column have a value. */
function countPresent(raw: Float64Array, b: number, e: number, count: Float64Array): void {
  for (let i = b; i < e; i++) if (raw[i] === raw[i]) count[i - b] = (count[i - b] as number) + 1;
}

/**
 * acc += w·x, ws += w and count += 1 over the values present in cells b…e−1 (block
 * positions 0…e−b−1), x = lo + (v − from)·scale for direction 1 (`from` the column's min) or
 * lo + (from − v)·scale for direction −1 (`down`; `from` the column's max).
 */
export function accumulate(raw: Float64Array, b: number, e: number, down: boolean, w: number, lo: number, from: number, scale: number, acc: Float64Array, ws: Float64Array, count: Float64Array): void {
  for (let i = b; i < e; i++) {
    const v = raw[i] as number;
    if (v === v) {
      acc[i - b] = (acc[i - b] as number) + w * (lo + (down ? from - v : v - from) * scale);
      ws[i - b] = (ws[i - b] as number) + w;
      count[i - b] = (count[i - b] as number) + 1;
    }
  }
}

/**
 * The contributions ((W_d / Σ present W) · w · x) / ws of one column in cells b…e−1 into
 * `out[(i − b)·K + j]`, 0 where it is not positive (`share` holds W_d / Σ present W, NaN where
 * the unit has none; x is NaN for a missing value, and so is the contribution); x as in
 * {@link accumulate}.
 */
export function contribute(raw: Float64Array, b: number, e: number, j: number, K: number, down: boolean, w: number, lo: number, from: number, scale: number, share: Float64Array, ws: Float64Array, out: Float64Array): void {
  for (let i = b, at = j; i < e; i++, at += K) {
    const v = raw[i] as number;
    const c = ((share[i - b] as number) * w * (lo + (down ? from - v : v - from) * scale)) / (ws[i - b] as number);
    out[at] = c > 0 ? c : 0;
  }
}

/**
 * {@link contribute} entering each positive contribution straight into its unit's three largest so
 * far (`v`/`idx`, three slots per block position, largest first): it enters if it is larger
 * than the third, or equal to it from an earlier indicator. That is the order of
 * {@link selectTop} (by value, equal values by indicator position), a total order, so the
 * three are the same whatever order the columns come in (they come dimension by dimension).
 * The contribution is the same expression as theirs, so the same number to the bit.
 */
function contributeTop3(raw: Float64Array, b: number, e: number, j: number, down: boolean, w: number, lo: number, from: number, scale: number, share: Float64Array, ws: Float64Array, v: Float64Array, idx: Int32Array): void {
  for (let i = b, s = 0; i < e; i++, s += 3) {
    const x = raw[i] as number;
    const c = ((share[i - b] as number) * w * (lo + (down ? from - x : x - from) * scale)) / (ws[i - b] as number);
    if (!(c > 0)) continue;
    const c2 = v[s + 2] as number;
    if (c < c2 || (c === c2 && j > (idx[s + 2] as number))) continue;
    const c1 = v[s + 1] as number;
    if (c > c1 || (c === c1 && j < (idx[s + 1] as number))) {
      v[s + 2] = c1;
      idx[s + 2] = idx[s + 1] as number;
      const c0 = v[s] as number;
      if (c > c0 || (c === c0 && j < (idx[s] as number))) {
        v[s + 1] = c0;
        idx[s + 1] = idx[s] as number;
        v[s] = c;
        idx[s] = j;
      } else {
        v[s + 1] = c;
        idx[s + 1] = j;
      }
    } else {
      v[s + 2] = c;
      idx[s + 2] = j;
    }
  }
}

/**
 * The k largest positive contributions of each of `len` units (rows of K in `rows`, in
 * indicator order) into `value` / `index` from `at`, by value, equal values by indicator
 * position (the order of `topContributionsByColumn`); the rows may be consumed. For three
 * drivers (the default), one pass keeping the three largest in locals (2.2× faster than three
 * scans, measured at 10⁶ × 40); for other few drivers, k scans of each row for its largest
 * value (branch-free), the first indicator holding it taken and zeroed; for more, one
 * insertion pass.
 */
export function selectTop(rows: Float64Array, len: number, K: number, k: number, value: Float64Array, index: Int32Array, at: number): void {
  const many = { value: new Float64Array(k > 4 ? k : 0), index: new Int32Array(k > 4 ? k : 0) };
  for (let u = 0, row = 0, out = at; u < len; u++, row += K, out += k) {
    if (k === 3) {
      // three drivers (the default): one pass, the three largest kept in registers; a value
      // enters only if strictly larger, so an equal later one never passes an earlier one
      let v0 = 0;
      let v1 = 0;
      let v2 = 0;
      let i0 = -1;
      let i1 = -1;
      let i2 = -1;
      for (let j = 0; j < K; j++) {
        const c = rows[row + j] as number;
        if (c > v2) {
          if (c > v1) {
            v2 = v1;
            i2 = i1;
            if (c > v0) {
              v1 = v0;
              i1 = i0;
              v0 = c;
              i0 = j;
            } else {
              v1 = c;
              i1 = j;
            }
          } else {
            v2 = c;
            i2 = j;
          }
        }
      }
      value[out] = v0;
      index[out] = i0;
      value[out + 1] = v1;
      index[out + 1] = i1;
      value[out + 2] = v2;
      index[out + 2] = i2;
      continue;
    }
    if (k <= 4) {
      for (let r = 0; r < k; r++) {
        let m = 0;
        for (let j = row; j < row + K; j++) m = Math.max(m, rows[j] as number);
        if (!(m > 0)) break;
        let j = row;
        while (rows[j] !== m) j++;
        value[out + r] = m;
        index[out + r] = j - row;
        rows[j] = 0;
      }
      continue;
    }
    // in indicator order: an equal value never passes an earlier one; into the unit's own
    // slots first, so that each output is written once, with its final value
    let filled = 0;
    for (let j = 0; j < K; j++) {
      const c = rows[row + j] as number;
      if (c > 0) filled = insertTop(many.value, many.index, 0, k, filled, c, j);
    }
    value.set(many.value.subarray(0, filled), out);
    index.set(many.index.subarray(0, filled), out);
  }
}

/**
 * Enters a positive value `c` of indicator `j` into the `k` slots from `at` of `value` /
 * `index`, `filled` of which hold values in descending order: after every value at least as
 * large (so values entered in indicator order keep it among equals), the smallest dropped when
 * all are full. Returns the slots filled. Shared by the details pass and the general path's
 * `topContributions`.
 */
export function insertTop(value: Float64Array, index: Int32Array, at: number, k: number, filled: number, c: number, j: number): number {
  let p = filled;
  while (p > 0 && (value[at + p - 1] as number) < c) p--;
  if (p >= k) return filled;
  for (let s = Math.min(filled, k - 1); s > p; s--) {
    value[at + s] = value[at + s - 1] as number;
    index[at + s] = index[at + s - 1] as number;
  }
  value[at + p] = c;
  index[at + p] = j;
  return filled < k ? filled + 1 : filled;
}
