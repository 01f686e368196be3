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
import { BLOCK, gramJs, standardize } from "./_gramJs";
import type { GramColumn } from "./_gramJs";

export type { GramColumn } from "./_gramJs";

interface Kernel {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly gram: (base: number, rows: number, ks: number, acc: number) => void;
}

interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
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
  kernel = null;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined || typeof atob !== "function") return null;
  try {
    const text = atob(GRAM_WASM);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    // a small module: synchronous compilation is allowed on every engine's main thread
    const { exports } = new wasm.Instance(new wasm.Module(bytes), {});
    kernel = { memory: exports["memory"] as Kernel["memory"], gram: exports["gram"] as Kernel["gram"] };
  } catch {
    // no SIMD (CompileError), or compilation refused by a Content-Security-Policy
    kernel = null;
  }
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

/** The Gram matrix of columns standardised on the fly (see {@link GramColumn}); n units each. */
export function gramOf(columns: readonly GramColumn[], n: number): Float64Array {
  const wasm = loadKernel();
  if (wasm === null) return gramJs(columns.map((c) => standardize(c, n, new Float64Array(n))));
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
  const have = wasm.memory.buffer.byteLength;
  if (have < bytes) {
    try {
      wasm.memory.grow(Math.ceil((bytes - have) / 65_536));
    } catch {
      // no more memory for the kernel (thousands of indicators on a small device): the scalar kernel
      return gramJs(columns.map((c) => standardize(c, n, new Float64Array(n))));
    }
  }
  const mem = new Float64Array(wasm.memory.buffer, 0, accLength + rows * ks);
  mem.fill(0);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let s0 = i0; s0 < i1; s0 += rows) {
      const s1 = Math.min(i1, s0 + rows);
      transpose(columns, s0, s1, mem, accLength, ks);
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

/**
 * Rows s0 … s1 − 1 of the standardised columns into `mem` from `offset`, row-major with row
 * length ks; four columns at a time (four neighbouring stores per row).
 */
function transpose(columns: readonly GramColumn[], s0: number, s1: number, mem: Float64Array, offset: number, ks: number): void {
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
