/**
 * Private: the Gram (cross-product) matrix Σᵢ zₐ[i]·z_b[i] of the audit's standardised columns
 * — the kernel of Pearson correlations, covariance matrices and PCA. Two implementations with
 * bit-for-bit the same sums: a WebAssembly SIMD kernel (src/scoring/_gram.wat, bytes in
 * _gramWasm.ts), instantiated synchronously on first use, and the scalar JS kernel, used when
 * WebAssembly or its SIMD is unavailable (an old engine, a Content-Security-Policy without
 * `wasm-unsafe-eval`). Both add each pair's products in row order within blocks of 2,048
 * units and add the block sums in order; WebAssembly has no fused multiply-add, so the f64x2
 * lanes (two partners of one column) round exactly as the scalar sums do.
 *
 * The columns are standardised on the fly, z = (v·direction − mean)·scale, written a block of
 * rows at a time into the kernel's memory: no standardised copy of the data is made.
 */
import { GRAM_WASM } from "./_gramWasm";
import { ensureMemory, instantiateBase64, type WasmMemory } from "../internal/wasmModule";
import { BLOCK, gramJs, standardize } from "./_gramJs";
import type { GramColumn } from "./_gramJs";

export type { GramColumn } from "./_gramJs";

interface Kernel {
  readonly memory: WasmMemory;
  readonly gram: (base: number, rows: number, ks: number, acc: number) => void;
}


/** undefined: not tried yet; null: unavailable (or forced off). */
let kernel: Kernel | null | undefined;
let forced: "auto" | "js" = "auto";

/**
 * Testing hook: `"js"` forces the scalar kernel (as on an engine without WebAssembly SIMD),
 * `"auto"` loads the WebAssembly kernel afresh (falling back when it does not load). Returns
 * which kernel will run.
 */
export function setGramKernel(mode: "auto" | "js"): "wasm" | "js" {
  forced = mode;
  kernel = undefined;
  return loadKernel() === null ? "js" : "wasm";
}

function loadKernel(): Kernel | null {
  if (forced === "js") return null;
  if (kernel !== undefined) return kernel;
  const exports = instantiateBase64(GRAM_WASM);
  kernel = exports === null ? null : { memory: exports["memory"] as Kernel["memory"], gram: exports["gram"] as Kernel["gram"] };
  return kernel;
}

/**
 * Σᵢ a[i]·b[i] for every pair of the columns (row-major k × k, symmetric), the columns taken
 * as they are.
 */
export function gram(z: readonly Float64Array[]): Float64Array {
  if (loadKernel() === null) return gramJs(z);
  return gramOf(
    z.map((values) => ({ values, direction: 1, mean: 0, scale: 1 })),
    z.length === 0 ? 0 : (z[0] as Float64Array).length,
  );
}

/**
 * The Gram matrix of columns standardised on the fly (see {@link GramColumn}); n units each.
 * With `sums`, each standardised column's sum in row order is added to it.
 */
export function gramOf(columns: readonly GramColumn[], n: number, sums?: Float64Array | undefined): Float64Array {
  const wasm = loadKernel();
  if (wasm === null) return gramJs(standardizedWithSums(columns, n, sums));
  const k = columns.length;
  const out = new Float64Array(k * k);
  if (k === 0 || n === 0) return out;
  // an even row length: an odd k gets a zero column, so every pair b, b+1 lies within a row
  const ks = k + (k & 1);
  // rows per call: about 128 KiB of data (stays in the L2 cache while every tile reads it), a
  // power of two dividing the block so that no call straddles two blocks
  let rows = BLOCK;
  while (rows > 1 && rows * ks > 16_384) rows >>= 1;
  const accLength = ks * ks;
  const bytes = (accLength + rows * ks) * 8;
  // no more memory for the kernel (thousands of indicators on a small device): the scalar kernel
  if (!ensureMemory(wasm.memory, bytes)) return gramJs(standardizedWithSums(columns, n, sums));
  const mem = new Float64Array(wasm.memory.buffer, 0, accLength + rows * ks);
  mem.fill(0);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let s0 = i0; s0 < i1; s0 += rows) {
      const s1 = Math.min(i1, s0 + rows);
      transpose(columns, s0, s1, mem, accLength, ks, sums);
      wasm.gram(accLength * 8, s1 - s0, ks, 0);
    }
    // the block's sums into the totals (upper triangle), and a fresh start for the next block
    for (let a = 0; a < k; a++) {
      for (let b = a; b < k; b++) out[a * k + b] = (out[a * k + b] as number) + (mem[a * ks + b] as number);
    }
    mem.fill(0, 0, accLength);
  }
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) out[b * k + a] = out[a * k + b] as number;
  return out;
}

/** The standardised columns as copies, with their sums in row order added to `sums`. */
function standardizedWithSums(columns: readonly GramColumn[], n: number, sums: Float64Array | undefined): Float64Array[] {
  return columns.map((c, j) => {
    const z = standardize(c, n, new Float64Array(n));
    if (sums !== undefined) {
      let s = sums[j] as number;
      for (let i = 0; i < n; i++) s += z[i] as number;
      sums[j] = s;
    }
    return z;
  });
}

/**
 * Rows s0 … s1 − 1 of the standardised columns into `mem` from `offset`, row-major with row
 * length ks; four columns at a time (four neighbouring stores per row). With `sums`, each
 * column's values are added to its sum in row order.
 */
function transpose(columns: readonly GramColumn[], s0: number, s1: number, mem: Float64Array, offset: number, ks: number, sums?: Float64Array | undefined): void {
  if (sums !== undefined) {
    transposeSums(columns, s0, s1, mem, offset, ks, sums);
    return;
  }
  const k = columns.length;
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const c0 = columns[j] as GramColumn;
    const c1 = columns[j + 1] as GramColumn;
    const c2 = columns[j + 2] as GramColumn;
    const c3 = columns[j + 3] as GramColumn;
    const [v0, v1, v2, v3] = [c0.values, c1.values, c2.values, c3.values];
    const [d0, d1, d2, d3] = [c0.direction, c1.direction, c2.direction, c3.direction];
    const [m0, m1, m2, m3] = [c0.mean, c1.mean, c2.mean, c3.mean];
    const [f0, f1, f2, f3] = [c0.scale, c1.scale, c2.scale, c3.scale];
    let p = offset + j;
    for (let i = s0; i < s1; i++, p += ks) {
      mem[p] = ((v0[i] as number) * d0 - m0) * f0;
      mem[p + 1] = ((v1[i] as number) * d1 - m1) * f1;
      mem[p + 2] = ((v2[i] as number) * d2 - m2) * f2;
      mem[p + 3] = ((v3[i] as number) * d3 - m3) * f3;
    }
  }
  for (; j < k; j++) {
    const { values, direction, mean, scale } = columns[j] as GramColumn;
    let p = offset + j;
    for (let i = s0; i < s1; i++, p += ks) mem[p] = ((values[i] as number) * direction - mean) * scale;
  }
}

/** The centred cross-products of some columns, from {@link centredGram}. */
export interface CentredGram {
  /** Σᵢ (xₐ[i] − meanₐ)(x_b[i] − mean_b), row-major k × k, symmetric. */
  readonly gram: Float64Array;
  /** Each column's mean. */
  readonly means: Float64Array;
  /** The first column (in order) without spread (every value equal, or a sum of squares of 0), or −1. */
  readonly constant: number;
}

/**
 * The means and centred cross-products of complete columns xⱼ = values[j][i]·directions[j], in
 * one pass over the data. Each column is shifted by one of its own values, cⱼ (of its first
 * rows, the one nearest their mean), as the rows are written into the kernel's memory (no
 * copy of the data): the kernel's sums G′ = Σ x′ₐx′_b of x′ = x − c (see {@link gramOf}), and
 * the sums S′ = Σ x′ in row order, give G = G′ − n·μ′ₐμ′_b with μ′ = S′/n, mean = c + μ′. The
 * shift is near the mean (|μ′| is of the order of a standard deviation over √rows for data in
 * no particular order), so the correction cancels little: the textbook one-pass formula's
 * loss of digits to a large mean does not happen. A column whose every value equals c has
 * x′ = 0 exactly: no spread. Null when a mean or a sum of squares is not finite (a value that
 * is not, or an overflow): the caller then takes its general path.
 */
export function centredGram(values: readonly ArrayLike<number>[], directions: readonly number[], n: number): CentredGram | null {
  const k = values.length;
  const head = Math.min(n, 256);
  const columns: GramColumn[] = values.map((v, j) => {
    const d = directions[j] as number;
    let sum = 0;
    for (let i = 0; i < head; i++) sum += (v[i] as number) * d;
    const mean = sum / head;
    let c = head === 0 ? 0 : (v[0] as number) * d;
    for (let i = 1; i < head; i++) {
      const x = (v[i] as number) * d;
      if (Math.abs(x - mean) < Math.abs(c - mean)) c = x;
    }
    return { values: v, direction: d, mean: c, scale: 1 };
  });
  const sums = new Float64Array(k);
  const g = gramOf(columns, n, sums);
  const means = new Float64Array(k);
  const shift = new Float64Array(k);
  let constant = -1;
  for (let j = 0; j < k; j++) {
    shift[j] = (sums[j] as number) / n;
    means[j] = (columns[j] as GramColumn).mean + (shift[j] as number);
    if (!Number.isFinite(means[j] as number) || !Number.isFinite(g[j * k + j] as number)) return null;
  }
  for (let a = 0; a < k; a++) {
    const na = n * (shift[a] as number);
    for (let b = a; b < k; b++) {
      const v = (g[a * k + b] as number) - na * (shift[b] as number);
      g[a * k + b] = v;
      g[b * k + a] = v;
    }
    if (constant < 0 && !((g[a * k + a] as number) > 0)) constant = a;
  }
  return { gram: g, means, constant };
}

/** {@link transpose} with the sums (a separate loop: the plain one stays as it was). */
function transposeSums(columns: readonly GramColumn[], s0: number, s1: number, mem: Float64Array, offset: number, ks: number, sums: Float64Array): void {
  const k = columns.length;
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const c0 = columns[j] as GramColumn;
    const c1 = columns[j + 1] as GramColumn;
    const c2 = columns[j + 2] as GramColumn;
    const c3 = columns[j + 3] as GramColumn;
    const [v0, v1, v2, v3] = [c0.values, c1.values, c2.values, c3.values];
    const [d0, d1, d2, d3] = [c0.direction, c1.direction, c2.direction, c3.direction];
    const [m0, m1, m2, m3] = [c0.mean, c1.mean, c2.mean, c3.mean];
    const [f0, f1, f2, f3] = [c0.scale, c1.scale, c2.scale, c3.scale];
    let t0 = sums[j] as number;
    let t1 = sums[j + 1] as number;
    let t2 = sums[j + 2] as number;
    let t3 = sums[j + 3] as number;
    let p = offset + j;
    for (let i = s0; i < s1; i++, p += ks) {
      const z0 = ((v0[i] as number) * d0 - m0) * f0;
      const z1 = ((v1[i] as number) * d1 - m1) * f1;
      const z2 = ((v2[i] as number) * d2 - m2) * f2;
      const z3 = ((v3[i] as number) * d3 - m3) * f3;
      mem[p] = z0;
      mem[p + 1] = z1;
      mem[p + 2] = z2;
      mem[p + 3] = z3;
      t0 += z0;
      t1 += z1;
      t2 += z2;
      t3 += z3;
    }
    sums[j] = t0;
    sums[j + 1] = t1;
    sums[j + 2] = t2;
    sums[j + 3] = t3;
  }
  for (; j < k; j++) {
    const { values, direction, mean, scale } = columns[j] as GramColumn;
    let t = sums[j] as number;
    let p = offset + j;
    for (let i = s0; i < s1; i++, p += ks) {
      const z = ((values[i] as number) * direction - mean) * scale;
      mem[p] = z;
      t += z;
    }
    sums[j] = t;
  }
}
