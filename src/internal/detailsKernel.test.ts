/**
 * The details kernel in WebAssembly (`_detailsKernel.wat`, three drivers) against the JavaScript
 * kernel it stands for: the same bits in every output — dimension scores, coverage, index
 * scores, the three largest contributions and their indicators — on random jobs of every shape
 * (gaps, units without a value, zero weights of indicators and of dimensions, both directions,
 * many equal values so that equal contributions meet, any range of units). Also: the committed
 * bytes are those of the .wat, and `detailsBlocks` computes the same where WebAssembly is missing.
 * (The kernel's numbers themselves are checked against the object path of `computeIndex` in
 * `scoring/computeIndexColumns.details.test.ts`, which now runs this kernel.)
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { detailsOutPath, detailsWasmSource } from "../../test/build-gram-wasm";
import { _kernels, type DetailsJob, detailsBlocks } from "./detailsKernel";

interface Shape {
  readonly n: number;
  readonly K: number;
  readonly D: number;
  readonly seed: number;
  /** Distinct values a column takes (few: equal contributions). */
  readonly levels: number;
  readonly gaps: number;
  readonly lo: number;
}

function job(s: Shape): DetailsJob {
  let state = s.seed >>> 0;
  const rnd = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const { n, K, D } = s;
  const raws = Array.from({ length: K }, () => Float64Array.from({ length: n }, (_, i) => (i === 3 || rnd() < s.gaps ? Number.NaN : Math.floor(rnd() * s.levels) * 1.5)));
  const min = raws.map((r) => r.reduce((m, v) => (v < m ? v : m), Infinity));
  const max = raws.map((r) => r.reduce((m, v) => (v > m ? v : m), -Infinity));
  const down = Uint8Array.from({ length: K }, () => (rnd() < 0.5 ? 1 : 0));
  const wi = Float64Array.from({ length: K }, () => (rnd() < 0.15 ? 0 : [1, 2, 0.5, 3][Math.floor(rnd() * 4)] as number));
  const wd = Float64Array.from({ length: D }, (_, d) => (d > 0 && rnd() < 0.2 ? 0 : [1, 2, 1.5][Math.floor(rnd() * 3)] as number));
  const dimOf = Array.from({ length: K }, () => Math.floor(rnd() * D));
  const weighted = Array.from({ length: D }, (_, d) => Array.from({ length: K }, (_, j) => j).filter((j) => dimOf[j] === d && wi[j] !== 0));
  const unweighted = Array.from({ length: K }, (_, j) => j).filter((j) => wi[j] === 0);
  return {
    n,
    k: 3,
    lo: s.lo,
    raws,
    down,
    wi,
    wd,
    from: Float64Array.from({ length: K }, (_, j) => (down[j] === 1 ? (max[j] as number) : (min[j] as number))),
    scale: Float64Array.from({ length: K }, (_, j) => ((max[j] as number) > (min[j] as number) ? 100 / ((max[j] as number) - (min[j] as number)) : 0)),
    weighted,
    unweighted,
    scores: new Float64Array(n).fill(-7),
    dims: Array.from({ length: D }, () => new Float64Array(n).fill(-7)),
    coverage: new Float64Array(n).fill(-7),
    topIndex: new Int32Array(3 * n).fill(-1),
    topValue: new Float64Array(3 * n).fill(-7),
  };
}

/** The job with fresh outputs. */
const fresh = (j: DetailsJob): DetailsJob => ({
  ...j,
  scores: new Float64Array(j.n).fill(-7),
  dims: j.dims.map(() => new Float64Array(j.n).fill(-7)),
  coverage: new Float64Array(j.n).fill(-7),
  topIndex: new Int32Array(3 * j.n).fill(-1),
  topValue: new Float64Array(3 * j.n).fill(-7),
});

/** The first position where two arrays' bits differ (NaN = NaN, −0 ≠ 0), or −1. */
function differs(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

function expectSame(a: DetailsJob, b: DetailsJob): void {
  expect(differs(a.scores, b.scores)).toBe(-1);
  expect(differs(a.coverage, b.coverage)).toBe(-1);
  expect(differs(a.topValue, b.topValue)).toBe(-1);
  expect(differs(a.topIndex, b.topIndex)).toBe(-1);
  a.dims.forEach((d, i) => expect(differs(d, b.dims[i] as Float64Array)).toBe(-1));
}

describe("the details kernel in WebAssembly", () => {
  it("is assembled from _detailsKernel.wat (the committed bytes are up to date)", async () => {
    expect(readFileSync(detailsOutPath, "utf8")).toBe(await detailsWasmSource());
  });

  it("gives the JavaScript kernel's bits on random jobs and ranges (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 4, max: 2600 }),
          K: fc.integer({ min: 1, max: 14 }),
          D: fc.integer({ min: 1, max: 5 }),
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
          levels: fc.constantFrom(1, 2, 3, 7, 1000),
          gaps: fc.constantFrom(0, 0.05, 0.4, 1),
          lo: fc.constantFrom(0, 1),
          part: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        }),
        (c) => {
          const j = job(c);
          const from = Math.floor(Math.min(...c.part) * c.n);
          const to = Math.floor(Math.max(...c.part) * c.n);
          const js = fresh(j);
          const wasm = fresh(j);
          const a = _kernels.js(js, from, to);
          const b = _kernels.wasm(wasm, from, to);
          expect(b).toBe(a);
          expectSame(js, wasm);
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it("computes a block twice to the same bits (claims computed by two threads)", () => {
    const j = job({ n: 3000, K: 9, D: 3, seed: 11, levels: 3, gaps: 0.1, lo: 0 });
    const once = fresh(j);
    _kernels.wasm(once, 0, 3000);
    const twice = fresh(j);
    _kernels.wasm(twice, 0, 3000);
    _kernels.wasm(twice, 1024, 2048);
    expectSame(once, twice);
  });

  describe("where WebAssembly is missing", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it("detailsBlocks computes the same with JavaScript", async () => {
      const j = job({ n: 2000, K: 10, D: 4, seed: 5, levels: 7, gaps: 0.05, lo: 0 });
      const expected = fresh(j);
      detailsBlocks(expected, 0, 2000);
      vi.resetModules();
      vi.stubGlobal("WebAssembly", undefined);
      const module = await import("./detailsKernel");
      const got = fresh(j);
      expect(module._kernels.wasm(got, 0, 2000)).toBeUndefined();
      expect(module.detailsBlocks(got, 0, 2000)).toBe(true);
      expectSame(expected, got);
    });
  });
});
