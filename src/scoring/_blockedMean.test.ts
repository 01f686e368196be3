import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { meanOutPath, meanWasmSource } from "../../test/build-gram-wasm";
import { AffineColumns, BlockedMean, setMeanKernel, type BlockedRun } from "./_blockedMean";

afterAll(() => {
  setMeanKernel("auto");
});

/**
 * Every value exactly (−0 ≠ 0, one ulp apart ≠; shortest round-trip strings), every NaN alike:
 * a NaN's sign and payload are not specified (an ∞·0 or ∞/∞ in WebAssembly may set another sign
 * bit than in JavaScript), and no NaN score reaches a result (its rank is NaN).
 */
const bits = (a: Float64Array): string => Array.from(a, (v) => (Object.is(v, -0) ? "-0" : String(v))).join(",");

const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 0, 1e300, -1e300, 1e-300, 5e-324, Number.NaN, Number.POSITIVE_INFINITY) },
);

/** Runs over `n` units with random weights (zeros among them), as uncertainty builds them. */
function makeRuns(blocked: BlockedMean, n: number, k: number, dims: number, batch: number, seed: number, pool: number[], affine: AffineColumns | null, cols: Float64Array[]): BlockedRun[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const runs: BlockedRun[] = [];
  for (let r = 0; r < batch; r++) {
    blocked.start();
    for (let d = 0; d < dims; d++) {
      const members = Array.from({ length: k }, (_, j) => j).filter((j) => j % dims === d);
      const w = members.map(() => (next() < 0.15 ? 0 : next() < 0.1 ? (pool[Math.floor(next() * pool.length)] as number) : next() * 3));
      if (affine !== null && r % 2 === 0) blocked.add(members.map((j) => affine.bufs[j] as Float64Array), null, w, d, true);
      else blocked.add(members.map((j) => cols[j] as Float64Array), null, w, d);
    }
    blocked.add(
      null,
      Array.from({ length: dims }, (_, d) => d),
      Array.from({ length: dims }, () => next()),
      -1,
    );
    runs.push({ steps: blocked.take(), scores: new Float64Array(n), affine: r % 2 === 0 ? affine : null });
  }
  return runs;
}

describe("the blocked weighted means: WebAssembly SIMD kernel and scalar loops", () => {
  it("src/scoring/_meanWasm.ts is up to date with src/scoring/_mean.wat (npx tsx test/build-gram-wasm.ts)", async () => {
    expect(readFileSync(meanOutPath, "utf8")).toBe(await meanWasmSource());
  });

  it("gives the same numbers, bit for bit (1 to 2,600 units, odd block ends, 1 to 13 columns per mean, zero weights, NaN, ±Infinity, −0, huge and tiny values)", () => {
    expect(setMeanKernel("auto")).toBe("wasm");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2600 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), fc.integer(), fc.array(value, { minLength: 1, maxLength: 30 }), (n, k, dims, batch, seed, pool) => {
        const dimCount = Math.min(dims, k);
        let s = seed >>> 0;
        const next = (): number => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 4294967296;
        };
        const cols = Array.from({ length: k }, () => Float64Array.from({ length: n }, () => (next() < 0.05 ? (pool[Math.floor(next() * pool.length)] as number) : next() * 200 - 100)));
        const affine = new AffineColumns(
          cols,
          Float64Array.from(cols, () => (next() < 0.5 ? 0 : 1)),
          Float64Array.from(cols, () => next() * 10),
          Float64Array.from(cols, () => next() * 4 - 2),
        );
        const blocked = new BlockedMean(dimCount);
        setMeanKernel("js");
        const js = makeRuns(blocked, n, k, dimCount, batch, seed, pool, affine, cols);
        blocked.run(n, js);
        setMeanKernel("auto");
        const wasm = makeRuns(blocked, n, k, dimCount, batch, seed, pool, affine, cols);
        blocked.run(n, wasm);
        wasm.forEach((run, r) => expect(bits(run.scores)).toBe(bits((js[r] as BlockedRun).scores)));
      }),
      { numRuns: 300 },
    );
  });

  it("a mean whose weights are all zero is NaN, one unit and one column work, and the affine columns are those of the formula", () => {
    for (const mode of ["auto", "js"] as const) {
      setMeanKernel(mode);
      const blocked = new BlockedMean(1);
      const col = Float64Array.of(3);
      blocked.start();
      blocked.add([col], null, [0], 0);
      blocked.add(null, [0], [1], -1);
      const zero = { steps: blocked.take(), scores: new Float64Array(1) };
      blocked.start();
      blocked.add([col], null, [2], 0);
      blocked.add(null, [0], [0.5], -1);
      const one = { steps: blocked.take(), scores: new Float64Array(1) };
      blocked.run(1, [zero, one]);
      expect(zero.scores[0]).toBeNaN();
      expect(one.scores[0]).toBe(3);
      const affine = new AffineColumns([Float64Array.of(2, 4, 7)], Float64Array.of(1), Float64Array.of(7), Float64Array.of(-0.5));
      // 1 + (x − 7)·(−0.5): 3.5, 2.5, 1
      expect(Array.from(affine.column(0, 3))).toEqual([3.5, 2.5, 1]);
      blocked.start();
      blocked.add([affine.bufs[0] as Float64Array], null, [1], 0, true);
      blocked.add(null, [0], [1], -1);
      const local = { steps: blocked.take(), scores: new Float64Array(3), affine };
      blocked.run(3, [local]);
      expect(Array.from(local.scores)).toEqual([3.5, 2.5, 1]);
    }
  });
});
