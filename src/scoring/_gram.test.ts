import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { gramOutPath, gramWasmSource } from "../../test/build-gram-wasm";
import { errorCodeOf } from "../internal/errorCodeOf";
import { cronbachAlpha } from "./cronbachAlpha";
import { indicatorCorrelations } from "./indicatorCorrelations";
import { principalComponents } from "./principalComponents";
import { centredGram, gram, gramOf, setGramKernel } from "./_gram";
import type { GramColumn } from "./_gram";
import type { IndicatorTable } from "./IndicatorTable";

/** Entry-by-entry identity (Object.is: NaN equals NaN, −0 differs from +0). */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Runs `f` with the scalar kernel forced, then returns to the WebAssembly one. */
function withJs<T>(f: () => T): T {
  setGramKernel("js");
  try {
    return f();
  } finally {
    setGramKernel("auto");
  }
}

/** Deterministic values: uniform, with a share of −0, 0, huge, tiny and repeated values. */
function columns(k: number, n: number, seed: number, special = true): Float64Array[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  return Array.from({ length: k }, () =>
    Float64Array.from({ length: n }, () => {
      const u = next();
      if (!special || u > 0.1) return (next() - 0.5) * 200;
      return [-0, 0, 1e150, -1e-300, 5e-324, 7, 7, 7, -3.25, 1e-9][Math.floor(u * 100)] as number;
    }),
  );
}

/** A call's result, or the code of the error it threw. */
function outcome(run: () => unknown): unknown {
  const code = errorCodeOf(run);
  return code === undefined ? run() : { code };
}

afterEach(() => {
  setGramKernel("auto");
});

describe("the Gram kernel (WebAssembly SIMD and scalar JS)", () => {
  it("src/scoring/_gramWasm.ts is up to date with src/scoring/_gram.wat (npx tsx test/build-gram-wasm.ts)", async () => {
    expect(readFileSync(gramOutPath, "utf8")).toBe(await gramWasmSource());
  });

  it("loads the WebAssembly kernel in Node", () => {
    expect(setGramKernel("auto")).toBe("wasm");
  });

  it("gives bit-for-bit the sums of the JS kernel: 0 to 13 columns, 0 to 5,000 units, −0, huge and tiny values (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), fc.constantFrom(0, 1, 2, 3, 5, 64, 255, 257, 2047, 2048, 2049, 5000), fc.integer(), (k, n, seed) => {
        const z = columns(k, n, seed);
        const wasm = gram(z);
        const js = withJs(() => gram(z));
        expect(sameBits(wasm, js)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("standardises on the fly exactly as the scalar path does (direction, mean, scale; property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 3000 }), fc.integer(), (k, n, seed) => {
        const cols: GramColumn[] = columns(k, n, seed, false).map((values, j) => ({ values, direction: j % 2 === 0 ? 1 : -1, mean: j * 0.37 - 1, scale: 1 / (j + 3) }));
        expect(sameBits(gramOf(cols, n), withJs(() => gramOf(cols, n)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("carries NaN and ±Infinity as the scalar kernel does, and leaves an odd column count's padding out", () => {
    const z = columns(5, 300, 3, false);
    (z[1] as Float64Array)[7] = Number.NaN;
    (z[3] as Float64Array)[299] = Number.POSITIVE_INFINITY;
    const wasm = gram(z);
    expect(sameBits(wasm, withJs(() => gram(z)))).toBe(true);
    expect(wasm[1 * 5 + 2]).toBeNaN();
    expect(wasm[3 * 5 + 3]).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(wasm[0] as number)).toBe(true);
    // a constant column: every product is the column's value times the other
    const one = [new Float64Array(9).fill(2), Float64Array.from({ length: 9 }, (_, i) => i)];
    expect(Array.from(gram(one))).toEqual([36, 72, 72, 204]);
  });

  it("falls back to the JS kernel without WebAssembly or without its SIMD", () => {
    const saved = (globalThis as { WebAssembly?: unknown }).WebAssembly;
    const z = columns(6, 100, 9);
    const expected = gram(z);
    try {
      (globalThis as { WebAssembly?: unknown }).WebAssembly = undefined;
      expect(setGramKernel("auto")).toBe("js");
      expect(sameBits(gram(z), expected)).toBe(true);
      // an engine without SIMD refuses to compile the module
      (globalThis as { WebAssembly?: unknown }).WebAssembly = {
        Module: class {
          constructor() {
            throw new Error("CompileError: invalid value type 'v128'");
          }
        },
        Instance: class {},
      };
      expect(setGramKernel("auto")).toBe("js");
      expect(sameBits(gram(z), expected)).toBe(true);
    } finally {
      (globalThis as { WebAssembly?: unknown }).WebAssembly = saved;
    }
    expect(setGramKernel("auto")).toBe("wasm");
  });
});

describe("the audit functions with either kernel, and the table's own columns against copies", () => {
  const k = 9;
  const n = 4_100;
  const cols = columns(k, n, 21, false);
  const ids = Array.from({ length: n }, (_, i) => `u${i}`);
  const indicators = cols.map((_, j) => ({ id: `i${j}`, dimension: `d${j % 3}`, direction: (j % 4 === 1 ? -1 : 1) as 1 | -1, weight: 1 }));
  const spec = { indicators };
  const typed = { ids, columns: Object.fromEntries(cols.map((c, j) => [`i${j}`, c])) };
  // plain arrays take the general path (readColumns' copies)
  const plain = { ids, columns: Object.fromEntries(cols.map((c, j) => [`i${j}`, Array.from(c)])) };

  it("indicatorCorrelations and principalComponents: the same results, bit for bit, from WebAssembly, from JS and from copies", () => {
    for (const method of ["pearson", "spearman"] as const) {
      for (const coherence of [false, true]) {
        const wasm = indicatorCorrelations(typed, spec, { method, coherence });
        expect(withJs(() => indicatorCorrelations(typed, spec, { method, coherence }))).toStrictEqual(wasm);
        expect(indicatorCorrelations(plain, spec, { method, coherence })).toStrictEqual(wasm);
      }
    }
    for (const standardize of [true, false]) {
      const wasm = principalComponents(typed, indicators, { standardize });
      expect(withJs(() => principalComponents(typed, indicators, { standardize }))).toStrictEqual(wasm);
      expect(principalComponents(plain, indicators, { standardize })).toStrictEqual(wasm);
    }
    expect(withJs(() => cronbachAlpha(typed, indicators))).toStrictEqual(cronbachAlpha(typed, indicators));
  });

  it("other typed arrays (Float32Array, Int32Array) read as the general path reads them", () => {
    const t = { ids: ids.slice(0, 500), columns: { a: Float32Array.from(cols[0] as Float64Array).slice(0, 500), b: Int32Array.from((cols[1] as Float64Array).slice(0, 500)), c: (cols[2] as Float64Array).slice(0, 500) } };
    const p = { ids: t.ids, columns: { a: Array.from(t.columns.a), b: Array.from(t.columns.b), c: Array.from(t.columns.c) } };
    const s = {
      indicators: [
        { id: "a", dimension: "x", direction: 1 as const, weight: 1 },
        { id: "b", dimension: "x", direction: -1 as const, weight: 1 },
        { id: "c", dimension: "y", direction: 1 as const, weight: 1 },
      ],
    };
    expect(indicatorCorrelations(t, s)).toStrictEqual(indicatorCorrelations(p, s));
    expect(principalComponents(t, s.indicators)).toStrictEqual(principalComponents(p, s.indicators));
  });

  it("a gap, a non-finite value or an overflowing sum sends the table's columns down the general path, with the same results", () => {
    const small = (f: (c: Float64Array[]) => void): { typed: IndicatorTable; plain: IndicatorTable } => {
      const c = columns(4, 200, 5, false);
      f(c);
      const idList = ids.slice(0, 200);
      return {
        typed: { ids: idList, columns: Object.fromEntries(c.map((x, j) => [`i${j}`, x])) },
        // a missing value in a plain array is null
        plain: { ids: idList, columns: Object.fromEntries(c.map((x, j) => [`i${j}`, Array.from(x, (v) => (Number.isNaN(v) ? null : v))])) } as unknown as IndicatorTable,
      };
    };
    const s4 = { indicators: indicators.slice(0, 4) };
    for (const edit of [
      (c: Float64Array[]) => ((c[2] as Float64Array)[17] = Number.NaN),
      (c: Float64Array[]) => (c[1] as Float64Array).fill(1e308, 0, 3),
      (c: Float64Array[]) => ((c[0] as Float64Array)[0] = -0),
    ]) {
      const { typed: t, plain: p } = small(edit);
      expect(outcome(() => indicatorCorrelations(t, s4))).toStrictEqual(outcome(() => indicatorCorrelations(p, s4)));
      expect(outcome(() => indicatorCorrelations(t, s4, { coherence: false }))).toStrictEqual(outcome(() => indicatorCorrelations(p, s4, { coherence: false })));
      expect(outcome(() => principalComponents(t, s4.indicators))).toStrictEqual(outcome(() => principalComponents(p, s4.indicators)));
    }
    // an infinite value: the general path reads it as missing (as it reads NaN)
    const inf = small((c) => ((c[3] as Float64Array)[4] = Number.NEGATIVE_INFINITY)).typed;
    const nan = small((c) => ((c[3] as Float64Array)[4] = Number.NaN)).typed;
    expect(outcome(() => indicatorCorrelations(inf, s4, { coherence: false }))).toStrictEqual(outcome(() => indicatorCorrelations(nan, s4, { coherence: false })));
    expect(outcome(() => principalComponents(inf, s4.indicators))).toStrictEqual(outcome(() => principalComponents(nan, s4.indicators)));
  });

  it("0 and 1 units, a constant column: the same errors as before", () => {
    const one = { ids: ["u0"], columns: { a: new Float64Array([1]), b: new Float64Array([2]) } };
    const s = { indicators: [{ id: "a", dimension: "x", direction: 1 as const, weight: 1 }, { id: "b", dimension: "x", direction: 1 as const, weight: 1 }] };
    expect(errorCodeOf(() => indicatorCorrelations(one, s))).toBe("INDEX_CONSTANT_INDICATOR");
    expect(errorCodeOf(() => indicatorCorrelations({ ids: [], columns: { a: new Float64Array(0), b: new Float64Array(0) } }, s))).toBe("INDEX_EMPTY_INDICATOR");
    expect(errorCodeOf(() => principalComponents(one, ["a", "b"]))).toBe("INDEX_TOO_FEW_UNITS");
    const constant = { ids: ["u0", "u1", "u2", "u3"], columns: { a: new Float64Array([1, 2, 3, 4]), b: new Float64Array(4).fill(5) } };
    expect(errorCodeOf(() => indicatorCorrelations(constant, s))).toBe("INDEX_CONSTANT_INDICATOR");
    expect(errorCodeOf(() => principalComponents(constant, ["a", "b"]))).toBe("INDEX_CONSTANT_INDICATOR");
    const big = { ...constant, columns: { ...constant.columns, b: new BigInt64Array(4) } } as unknown as IndicatorTable;
    expect(errorCodeOf(() => indicatorCorrelations(big, s))).toBe("INDEX_INVALID_TABLE");
  });
});

/**
 * The two-pass reference: means (compensated sums, Neumaier: a naive sum of 20,000 values near
 * 1e9 is off by about 0.3, which moves a sum of squares by n·δ² ≈ 1e-6), then
 * Σ (xₐ − meanₐ)(x_b − mean_b) in plain loops.
 */
function twoPass(cols: readonly Float64Array[], dirs: readonly number[]): { g: number[]; means: number[] } {
  const k = cols.length;
  const n = k === 0 ? 0 : (cols[0] as Float64Array).length;
  const means = cols.map((c, j) => {
    let s = 0;
    let comp = 0;
    for (let i = 0; i < n; i++) {
      const x = (c[i] as number) * (dirs[j] as number);
      const t = s + x;
      comp += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
      s = t;
    }
    return (s + comp) / n;
  });
  const g: number[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += ((cols[a] as Float64Array)[i]! * dirs[a]! - means[a]!) * ((cols[b] as Float64Array)[i]! * dirs[b]! - means[b]!);
      g.push(s);
    }
  }
  return { g, means };
}

describe("centred cross-products in one pass (centredGram)", () => {
  it("the WebAssembly and scalar kernels give the same bits (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.constantFrom(1, 2, 3, 255, 256, 257, 2049, 5000), fc.integer(), (k, n, seed) => {
        const cols = columns(k, n, seed, false);
        const dirs = cols.map((_, j) => (j % 2 === 0 ? 1 : -1));
        const wasm = centredGram(cols, dirs, n);
        const js = withJs(() => centredGram(cols, dirs, n));
        expect(wasm === null).toBe(js === null);
        if (wasm !== null && js !== null) {
          expect(sameBits(wasm.gram, js.gram)).toBe(true);
          expect(sameBits(wasm.means, js.means)).toBe(true);
          expect(wasm.constant).toBe(js.constant);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("equals the two-pass sums to 1e-12 (relative), also with a mean far larger than the spread, sorted values and an outlier first", () => {
    const n = 20_000;
    let s = 3;
    const next = (): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
    const cols = [
      Float64Array.from({ length: n }, () => 1e9 + next()),
      Float64Array.from({ length: n }, (_, i) => i * 1e3),
      Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1e7 : next() - 0.5)),
      Float64Array.from({ length: n }, (_, i) => (i < 300 ? 1e6 : next())),
      Float64Array.from({ length: n }, () => -1e-100 * next()),
    ];
    const dirs = [1, -1, 1, -1, 1];
    const ours = centredGram(cols, dirs, n);
    const ref = twoPass(cols, dirs);
    expect(ours).not.toBeNull();
    const k = cols.length;
    for (let a = 0; a < k; a++) {
      expect(Math.abs(ours!.means[a]! - ref.means[a]!)).toBeLessThanOrEqual(1e-12 * Math.abs(ref.means[a]!));
      for (let b = 0; b < k; b++) {
        // relative to the pair's scale √(G_aa·G_bb) (a correlation to 1e-12)
        const scale = Math.sqrt(ref.g[a * k + a]!) * Math.sqrt(ref.g[b * k + b]!);
        expect(Math.abs(ours!.gram[a * k + b]! - ref.g[a * k + b]!)).toBeLessThanOrEqual(1e-12 * scale);
      }
    }
  });

  it("finds the first column without spread (every value equal, even one whose mean does not round to itself), and gives null for a value that is not finite or an overflow", () => {
    const n = 3000;
    const spread = Float64Array.from({ length: n }, (_, i) => i % 7);
    const tenth = new Float64Array(n).fill(0.1);
    const seventh = new Float64Array(n).fill(1 / 7);
    expect(centredGram([spread, tenth, seventh], [1, 1, -1], n)?.constant).toBe(1);
    expect(centredGram([spread, spread], [1, -1], n)?.constant).toBe(-1);
    expect(centredGram([seventh], [-1], n)?.constant).toBe(0);
    // one unit: no spread
    expect(centredGram([Float64Array.of(4), Float64Array.of(-0)], [1, 1], 1)?.constant).toBe(0);
    // −0 and 0 are the same value
    expect(centredGram([Float64Array.of(-0, 0, -0), Float64Array.of(1, 2, 3)], [1, 1], 3)?.constant).toBe(0);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const c = spread.slice();
      c[2000] = bad;
      expect(centredGram([spread, c], [1, 1], n)).toBeNull();
      expect(withJs(() => centredGram([spread, c], [1, 1], n))).toBeNull();
    }
    const huge = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1e200 : -1e200));
    expect(centredGram([spread, huge], [1, 1], n)).toBeNull();
  });
});
