/**
 * Private: the scalar JS Gram kernel and the on-the-fly standardisation it shares with the
 * WebAssembly kernel of _gram.ts (which falls back to it). A file of its own so that
 * computeIndex's PCA weights (a few dozen rows) use it without bundling the WebAssembly.
 */

/** A column as the kernel reads it: zᵢ = (values[i]·direction − mean)·scale. */
export interface GramColumn {
  readonly values: ArrayLike<number>;
  readonly direction: number;
  readonly mean: number;
  readonly scale: number;
}

/** Units per block: each pair's sum over a block is added to the total, in block order. */
export const BLOCK = 2048;

/** The column standardised, zᵢ = (values[i]·direction − mean)·scale, into `out` (may be its own values). */
export function standardize(c: GramColumn, n: number, out: Float64Array): Float64Array {
  const { values, direction, mean, scale } = c;
  for (let i = 0; i < n; i++) out[i] = ((values[i] as number) * direction - mean) * scale;
  return out;
}

/**
 * The scalar kernel. Cache- and register-blocked: the units are taken in blocks of 2,048 (a
 * block of every column stays in the L2 cache), and within a block two columns are multiplied
 * by four partners at once (eight running sums, six loads per unit).
 */
export function gramJs(z: readonly Float64Array[]): Float64Array {
  const k = z.length;
  const n = k === 0 ? 0 : (z[0] as Float64Array).length;
  const out = new Float64Array(k * k);
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    let a = 0;
    for (; a + 2 <= k; a += 2) {
      const x = z[a] as Float64Array;
      const y = z[a + 1] as Float64Array;
      let b = a;
      for (; b + 4 <= k; b += 4) {
        const z0 = z[b] as Float64Array;
        const z1 = z[b + 1] as Float64Array;
        const z2 = z[b + 2] as Float64Array;
        const z3 = z[b + 3] as Float64Array;
        let x0 = 0;
        let x1 = 0;
        let x2 = 0;
        let x3 = 0;
        let y0 = 0;
        let y1 = 0;
        let y2 = 0;
        let y3 = 0;
        for (let i = i0; i < i1; i++) {
          const u = x[i] as number;
          const v = y[i] as number;
          const c0 = z0[i] as number;
          const c1 = z1[i] as number;
          const c2 = z2[i] as number;
          const c3 = z3[i] as number;
          x0 += u * c0;
          x1 += u * c1;
          x2 += u * c2;
          x3 += u * c3;
          y0 += v * c0;
          y1 += v * c1;
          y2 += v * c2;
          y3 += v * c3;
        }
        const ra = a * k + b;
        const rb = ra + k;
        out[ra] = (out[ra] as number) + x0;
        out[ra + 1] = (out[ra + 1] as number) + x1;
        out[ra + 2] = (out[ra + 2] as number) + x2;
        out[ra + 3] = (out[ra + 3] as number) + x3;
        out[rb] = (out[rb] as number) + y0;
        out[rb + 1] = (out[rb + 1] as number) + y1;
        out[rb + 2] = (out[rb + 2] as number) + y2;
        out[rb + 3] = (out[rb + 3] as number) + y3;
      }
      for (; b < k; b++) {
        const c = z[b] as Float64Array;
        let sx = 0;
        let sy = 0;
        for (let i = i0; i < i1; i++) {
          const w = c[i] as number;
          sx += (x[i] as number) * w;
          sy += (y[i] as number) * w;
        }
        out[a * k + b] = (out[a * k + b] as number) + sx;
        out[(a + 1) * k + b] = (out[(a + 1) * k + b] as number) + sy;
      }
    }
    for (; a < k; a++) {
      const x = z[a] as Float64Array;
      for (let b = a; b < k; b++) {
        const c = z[b] as Float64Array;
        let s = 0;
        for (let i = i0; i < i1; i++) s += (x[i] as number) * (c[i] as number);
        out[a * k + b] = (out[a * k + b] as number) + s;
      }
    }
  }
  // the upper triangle (a ≤ b) is complete; mirror it
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) out[b * k + a] = out[a * k + b] as number;
  return out;
}
