/**
 * Private: the weighted arithmetic means of a whole index (indicators → dimensions → … →
 * index) over gap-free columns, computed block by block, for the Monte Carlo runs of
 * `uncertainty`. Each block of units goes through every level while its dimension scores are
 * still in cache, so a run reads each normalised column once and writes only the index
 * scores. The sums are those of `aggregateInto` (terms added left to right over the non-zero
 * weights, then divided by their sum), so the scores are bit-identical.
 */

import { MEAN_WASM } from "./_meanWasm";
import { ensureMemory, instantiateBase64, type WasmMemory } from "../internal/wasmModule";

/** Units per block: the dimension scores of one block stay in the first-level cache. */
const BLOCK = 1024;

interface Kernel {
  readonly memory: WasmMemory;
  readonly mean: (dst: number, srcs: number, ws: number, count: number, wsum: number, len: number) => void;
  readonly affine: (at: number, len: number, lo: number, centre: number, slope: number) => void;
}


/** undefined: not tried yet; null: unavailable (or forced off). */
let kernel: Kernel | null | undefined;
let forced: "auto" | "js" = "auto";

/**
 * Testing hook: `"js"` forces the scalar means (as on an engine without WebAssembly SIMD),
 * `"auto"` loads the WebAssembly kernel afresh (falling back when it does not load). Returns
 * which will run.
 */
export function setMeanKernel(mode: "auto" | "js"): "wasm" | "js" {
  forced = mode;
  kernel = undefined;
  return loadKernel() === null ? "js" : "wasm";
}

function loadKernel(): Kernel | null {
  if (forced === "js") return null;
  if (kernel !== undefined) return kernel;
  const exports = instantiateBase64(MEAN_WASM);
  kernel = exports === null ? null : { memory: exports["memory"] as Kernel["memory"], mean: exports["mean"] as Kernel["mean"], affine: exports["affine"] as Kernel["affine"] };
  return kernel;
}

/** One weighted mean: sources (columns, or dimension nodes of the block), weights, output node. */
export interface Step {
  readonly columns: Float64Array[] | null;
  /** The columns are block buffers of an {@link AffineColumns} (read from 0), not full-length columns. */
  readonly local: boolean;
  readonly nodes: number[] | null;
  readonly weights: number[];
  readonly wsum: number;
  /** Output node, or −1 for the index. */
  readonly out: number;
}

/**
 * Normalised columns that are never written out whole: column j is `lo[j] + (raw[j][i] −
 * centre[j])·slope[j]` (the min-max map, as `Permutation.gatherAffine` and the engine's fused
 * pass compute it), made one block at a time into `bufs[j]` when a run reads them (once per
 * block for every run of a batch).
 */
export class AffineColumns {
  /** The block buffers, one per column (steps name them as `local` columns). */
  readonly bufs: Float64Array[];
  private readonly raw: readonly Float64Array[];
  private readonly lo: Float64Array;
  private readonly centre: Float64Array;
  private readonly slope: Float64Array;

  /** Column j is `lo[j] + (raw[j][i] − centre[j])·slope[j]`. */
  constructor(raw: readonly Float64Array[], lo: Float64Array, centre: Float64Array, slope: Float64Array) {
    this.raw = raw;
    this.lo = lo;
    this.centre = centre;
    this.slope = slope;
    this.bufs = raw.map(() => new Float64Array(BLOCK));
  }

  /** Fills the block buffers with units i0 … i0 + len − 1. */
  fill(i0: number, len: number): void {
    for (let j = 0; j < this.raw.length; j++) this.fillColumn(j, i0, len, this.bufs[j] as Float64Array, 0);
  }

  /** Units i0 … i0 + len − 1 of column j into out[at …]. */
  fillColumn(j: number, i0: number, len: number, out: Float64Array, at: number): void {
    const raw = this.raw[j] as Float64Array;
    const lo = this.lo[j] as number;
    const c = this.centre[j] as number;
    const s = this.slope[j] as number;
    for (let t = 0; t < len; t++) out[at + t] = lo + ((raw[i0 + t] as number) - c) * s;
  }

  /** Units i0 … i0 + len − 1 of column j into the kernel's memory at f64 index `at` (the raw values copied, then mapped there). */
  fillKernel(wasm: Kernel, f64: Float64Array, j: number, i0: number, len: number, at: number): void {
    f64.set((this.raw[j] as Float64Array).subarray(i0, i0 + len), at);
    wasm.affine(at * 8, len, this.lo[j] as number, this.centre[j] as number, this.slope[j] as number);
  }

  /** Column j whole (n units), the same values. */
  column(j: number, n: number): Float64Array {
    const raw = this.raw[j] as Float64Array;
    const c = this.centre[j] as number;
    const s = this.slope[j] as number;
    const lo = this.lo[j] as number;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = lo + ((raw[i] as number) - c) * s;
    return out;
  }
}

/** The steps of one run and where its index scores go. */
export interface BlockedRun {
  readonly steps: readonly Step[];
  readonly scores: Float64Array;
  /** The affine columns its `local` steps read, or null. */
  readonly affine?: AffineColumns | null | undefined;
}

/**
 * Reusable block buffers. Several runs go through each block of units in turn, so a block of
 * the normalised columns is read from memory once for all of them (they share the buffers:
 * each run finishes the block before the next starts).
 */
export class BlockedMean {
  private readonly bufs: Float64Array[];
  private readonly sources: Float64Array[] = [];
  private steps: Step[] = [];

  /** Buffers for `nodes` dimension nodes. */
  constructor(nodes: number) {
    this.bufs = Array.from({ length: nodes }, () => new Float64Array(BLOCK));
  }

  /** Starts a run's list of steps. */
  start(): void {
    this.steps = [];
  }

  /**
   * Adds a weighted mean into node `out` (−1 = the index) of `columns` (full-length,
   * gap-free) or of dimension `nodes` computed by earlier steps. Zero weights are skipped;
   * the weights are copied.
   */
  add(columns: readonly Float64Array[] | null, nodes: readonly number[] | null, weights: ArrayLike<number>, out: number, local = false): void {
    const keptColumns: Float64Array[] | null = columns === null ? null : [];
    const keptNodes: number[] | null = nodes === null ? null : [];
    const kept: number[] = [];
    let wsum = 0;
    for (let q = 0; q < weights.length; q++) {
      const w = weights[q] as number;
      if (w === 0) continue;
      kept.push(w);
      wsum += w;
      if (keptColumns !== null) keptColumns.push((columns as readonly Float64Array[])[q] as Float64Array);
      else (keptNodes as number[]).push((nodes as readonly number[])[q] as number);
    }
    this.steps.push({ columns: keptColumns, local, nodes: keptNodes, weights: kept, wsum, out });
  }

  /** The steps added since `start`. */
  take(): readonly Step[] {
    return this.steps;
  }

  /**
   * Runs every run's steps over units 0…n − 1, block by block, writing each run's index scores:
   * by the WebAssembly SIMD kernel (src/scoring/_mean.wat, two units per vector, the same
   * roundings) when it loads, else by the scalar loops. The same bits either way.
   */
  run(n: number, runs: readonly BlockedRun[]): void {
    const wasm = loadKernel();
    if (wasm === null || !this.runWasm(wasm, n, runs)) this.runJs(n, runs);
  }

  /**
   * The kernel's memory: a block buffer per dimension node, per distinct column the runs read
   * (a block of a full-length column is copied in, one of an affine column made there), and
   * one for the index; then each step's table of source offsets and weights. Returns false
   * when the memory cannot grow (the scalar loops then run).
   */
  private runWasm(wasm: Kernel, n: number, runs: readonly BlockedRun[]): boolean {
    const nodes = this.bufs.length;
    // distinct columns: full-length ones (copied) and affine block buffers (made)
    const slotOf = new Map<Float64Array, number>();
    const full: [Float64Array, number][] = [];
    const made: [AffineColumns, number, number][] = [];
    let slots = nodes;
    let table = 0;
    for (const r of runs) {
      for (const step of r.steps) {
        table += step.weights.length;
        if (step.columns === null) continue;
        for (const c of step.columns) {
          if (slotOf.has(c)) continue;
          slotOf.set(c, slots);
          if (step.local) made.push([r.affine as AffineColumns, (r.affine as AffineColumns).bufs.indexOf(c), slots]);
          else full.push([c, slots]);
          slots++;
        }
      }
    }
    const indexSlot = slots++;
    // f64 units: the slots, the weights, then the i32 offsets (two per f64 unit)
    const weightsAt = slots * BLOCK;
    const offsetsAt = weightsAt + table;
    const bytes = (offsetsAt + Math.ceil(table / 2)) * 8;
    if (!ensureMemory(wasm.memory, bytes)) return false;
    const f64 = new Float64Array(wasm.memory.buffer);
    const i32 = new Int32Array(wasm.memory.buffer);
    // each step's tables, written once for every block
    const at: number[][] = [];
    let w = 0;
    for (const r of runs) {
      const starts: number[] = [];
      for (const step of r.steps) {
        starts.push(w);
        step.weights.forEach((weight, q) => {
          f64[weightsAt + w + q] = weight;
          const slot = step.columns !== null ? (slotOf.get(step.columns[q] as Float64Array) as number) : ((step.nodes as number[])[q] as number);
          i32[2 * offsetsAt + w + q] = slot * BLOCK * 8;
        });
        w += step.weights.length;
      }
      at.push(starts);
    }
    for (let i0 = 0; i0 < n; i0 += BLOCK) {
      const len = Math.min(BLOCK, n - i0);
      for (const [c, slot] of full) f64.set(c.subarray(i0, i0 + len), slot * BLOCK);
      for (const [affine, j, slot] of made) affine.fillKernel(wasm, f64, j, i0, len, slot * BLOCK);
      runs.forEach(({ steps, scores }, ri) => {
        const starts = at[ri] as number[];
        steps.forEach((step, si) => {
          const dst = step.out < 0 ? indexSlot : step.out;
          const count = step.weights.length;
          if (!(step.wsum > 0) || count === 0) f64.fill(Number.NaN, dst * BLOCK, dst * BLOCK + len);
          else {
            const s = starts[si] as number;
            wasm.mean(dst * BLOCK * 8, (2 * offsetsAt + s) * 4, (weightsAt + s) * 8, count, step.wsum, len);
          }
          if (step.out < 0) scores.set(f64.subarray(indexSlot * BLOCK, indexSlot * BLOCK + len), i0);
        });
      });
    }
    return true;
  }

  /** The scalar loops of {@link run}. */
  private runJs(n: number, runs: readonly BlockedRun[]): void {
    const src = this.sources;
    // the distinct affine column sets of these runs, each made once per block
    const affine: AffineColumns[] = [];
    for (const r of runs) if (r.affine != null && !affine.includes(r.affine)) affine.push(r.affine);
    for (let i0 = 0; i0 < n; i0 += BLOCK) {
      const len = Math.min(BLOCK, n - i0);
      for (const a of affine) a.fill(i0, len);
      for (const { steps, scores } of runs) {
        for (const step of steps) {
          src.length = 0;
          let from = 0;
          if (step.columns !== null) {
            for (const c of step.columns) src.push(c);
            from = step.local ? 0 : i0;
          } else for (const node of step.nodes as number[]) src.push(this.bufs[node] as Float64Array);
          const out = step.out < 0 ? scores : (this.bufs[step.out] as Float64Array);
          meanInto(src, step.weights, step.wsum, from, out, step.out < 0 ? i0 : 0, len);
        }
      }
    }
  }
}

/** out[to + t] = (Σ w_q·src_q[from + t]) / wsum for t < len, the terms added left to right. */
function meanInto(src: readonly Float64Array[], w: readonly number[], wsum: number, from: number, out: Float64Array, to: number, len: number): void {
  const count = src.length;
  if (!(wsum > 0) || count === 0) {
    out.fill(Number.NaN, to, to + len);
    return;
  }
  let q: number;
  if (count >= 4) {
    const c0 = src[0] as Float64Array;
    const c1 = src[1] as Float64Array;
    const c2 = src[2] as Float64Array;
    const c3 = src[3] as Float64Array;
    const w0 = w[0] as number;
    const w1 = w[1] as number;
    const w2 = w[2] as number;
    const w3 = w[3] as number;
    for (let t = 0; t < len; t++) out[to + t] = w0 * (c0[from + t] as number) + w1 * (c1[from + t] as number) + w2 * (c2[from + t] as number) + w3 * (c3[from + t] as number);
    q = 4;
  } else {
    const c0 = src[0] as Float64Array;
    const w0 = w[0] as number;
    for (let t = 0; t < len; t++) out[to + t] = w0 * (c0[from + t] as number);
    q = 1;
  }
  for (; q + 4 <= count; q += 4) {
    const c0 = src[q] as Float64Array;
    const c1 = src[q + 1] as Float64Array;
    const c2 = src[q + 2] as Float64Array;
    const c3 = src[q + 3] as Float64Array;
    const w0 = w[q] as number;
    const w1 = w[q + 1] as number;
    const w2 = w[q + 2] as number;
    const w3 = w[q + 3] as number;
    for (let t = 0; t < len; t++) {
      out[to + t] = (out[to + t] as number) + w0 * (c0[from + t] as number) + w1 * (c1[from + t] as number) + w2 * (c2[from + t] as number) + w3 * (c3[from + t] as number);
    }
  }
  for (; q < count; q++) {
    const c = src[q] as Float64Array;
    const wq = w[q] as number;
    for (let t = 0; t < len; t++) out[to + t] = (out[to + t] as number) + wq * (c[from + t] as number);
  }
  for (let t = 0; t < len; t++) out[to + t] = (out[to + t] as number) / wsum;
}
