import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IndexDimensionSpec, IndexSpec } from "./IndexSpec";
import { BlockedMean } from "./_blockedMean";
import { rangeAndSum, runPass } from "./_engine";
import { affineColumns, nominalScores } from "./_nominalPass";
import { makePlan, type Plan } from "./_plan";

/** The plan's raw columns' [min, max, sum], as uncertainty reads them. */
function rangeOf(n: number): (raw: Float64Array) => Float64Array {
  return (raw) => {
    const r = new Float64Array(3);
    rangeAndSum(raw, n, r, 0);
    return r;
  };
}

function blockedOf(plan: Plan): BlockedMean {
  return new BlockedMean(plan.dims.length + (plan.hierarchy?.ids.length ?? 0));
}

/** Every score's 8 bytes (−0 ≠ 0, one ulp apart ≠). */
const bits = (a: Float64Array): string[] => Array.from(a, (v) => (Object.is(v, -0) ? "-0" : v.toString()));

const hierarchy: IndexDimensionSpec[] = [
  { id: "top", weight: 2 },
  { id: "other" },
  { id: "d0", parent: "top" },
  { id: "d1", parent: "top", weight: 3 },
  { id: "d2", parent: "other" },
];

/** A value: ordinary, huge, tiny, −0, or a repeat. */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 0, 1e300, -1e300, 1e-300, 5e-324, 42) },
);

describe("the nominal index block by block from the raw columns", () => {
  it("equals the engine's pass bit for bit (flat and deeper hierarchies, weights, ranges, directions, huge and tiny values)", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2600 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.constantFrom<IndexSpec["normalization"]>(undefined, "minmax", { method: "minmax", range: [1, 100] }, { method: "minmax", range: [-5, 0.3] }),
        fc.constantFrom<IndexSpec["weighting"]>("equal", "manual"),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(value, { minLength: 1, maxLength: 40 }),
        (n, k, deep, normalization, weighting, seed, pool) => {
          let s = seed;
          const next = (): number => {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            return s / 4294967296;
          };
          const columns: Record<string, Float64Array> = {};
          for (let j = 0; j < k; j++) {
            const c = new Float64Array(n);
            // values drawn from the pool (ties, −0, extremes) or spread out
            for (let i = 0; i < n; i++) c[i] = next() < 0.3 ? (pool[Math.floor(next() * pool.length)] as number) : next() * 1000 - 500;
            columns[`x${j}`] = c;
          }
          const spec: IndexSpec = {
            indicators: Array.from({ length: k }, (_, j) => ({ id: `x${j}`, dimension: `d${j % 3}`, direction: next() < 0.5 ? (1 as const) : (-1 as const), weight: [0, 1, 2.5, 1e-3][j % 4] as number })),
            ...(deep ? { dimensions: hierarchy } : {}),
            ...(normalization === undefined ? {} : { normalization }),
            weighting,
          };
          const table = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
          let plan: Plan;
          let engine: ReturnType<typeof runPass>;
          try {
            plan = makePlan(table, spec);
            engine = runPass(plan, false, false);
          } catch {
            // a spec the engine refuses (a dimension whose weights are all 0, a constant column …)
            return;
          }
          const affine = affineColumns(plan, plan.normalization, rangeOf(n));
          const ours = nominalScores(plan, affine, blockedOf(plan));
          if (ours === null) return;
          compared++;
          expect(bits(ours.scores)).toEqual(bits(engine.scores));
          expect(Array.from(ours.weights.indicator)).toEqual(Array.from(engine.weights.indicator));
        },
      ),
      { numRuns: 120 },
    );
    // most cases are the common one (the rest: specs the engine refuses)
    expect(compared).toBeGreaterThan(40);
  });

  it("takes the common case only: a constant column, one unit, a geometric mean or data-driven weights go to the engine", () => {
    const spec = (extra: Partial<IndexSpec>): IndexSpec => ({ indicators: [{ id: "a", dimension: "d", direction: 1 }, { id: "b", dimension: "d", direction: -1 }], ...extra });
    const table = (a: number[], b: number[]) => ({ ids: a.map((_, i) => `u${i}`), columns: { a: Float64Array.from(a), b: Float64Array.from(b) } });
    const run = (t: ReturnType<typeof table>, s: IndexSpec) => {
      const plan = makePlan(t, s);
      return nominalScores(plan, affineColumns(plan, plan.normalization, rangeOf(plan.n)), blockedOf(plan));
    };
    expect(run(table([1, 1, 1], [1, 2, 3]), spec({}))).toBeNull();
    expect(run(table([1], [2]), spec({}))).toBeNull();
    expect(run(table([1, 2, 4], [1, 2, 3]), spec({ aggregation: "geometric" }))).toBeNull();
    expect(run(table([1, 2, 4], [1, 2, 3]), spec({ weighting: "entropy" }))).toBeNull();
    expect(run(table([1, 2, 4], [1, 2, 3]), spec({ normalization: "zscore" }))).toBeNull();
    // the common case, worked by hand: min-max to 0–100, a = 0, 33.3…, 100; b (cost) = 100, 50, 0; equal weights
    const ok = run(table([1, 2, 4], [1, 2, 3]), spec({}));
    expect(ok?.scores[0]).toBe(50);
    expect(ok?.scores[1]).toBeCloseTo((100 / 3 + 50) / 2, 12);
    expect(ok?.scores[2]).toBe(50);
  });

  it("reads a table larger than one block (1,024 units) in every block", () => {
    const n = 5000;
    const a = Float64Array.from({ length: n }, (_, i) => i);
    const b = Float64Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const t = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns: { a, b } };
    const plan = makePlan(t, { indicators: [{ id: "a", dimension: "d", direction: 1 }, { id: "b", dimension: "e", direction: -1 }] });
    const ours = nominalScores(plan, affineColumns(plan, plan.normalization, rangeOf(n)), blockedOf(plan));
    expect(ours).not.toBeNull();
    expect(bits(ours?.scores ?? new Float64Array(0))).toEqual(bits(runPass(plan, false, false).scores));
  });
});
