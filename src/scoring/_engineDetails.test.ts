/**
 * The two-sweep details pass against the general path it stands in for (runPass with the
 * column-by-column top contributions): the same scores, dimension scores, coverage, weights
 * and drivers, to the bit, on random tables — gaps, whole-number ties, duplicate columns (equal
 * contributions), −0, tiny and huge values, zero weights, 0 to 6 drivers, 1 to 30 units and
 * 1 to 8 indicators; and null, never a result, wherever the general path throws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DetailsJob, detailsBlocks, splitDetailsWith } from "../internal/detailsKernel";
import { topContributionsByColumn } from "./_contributions";
import { runPass } from "./_engine";
import { detailsPass, detailsPassApplies } from "./_engineDetails";
import type { IndexSpec } from "./IndexSpec";
import { makePlan } from "./_plan";

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100 }).map((v) => v / 4) }, // few distinct values: many ties
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.NaN, 0, -0, 1e-300, 1e300, -1e300, 5e-324, Number.POSITIVE_INFINITY) },
);

const specs: readonly Omit<IndexSpec, "indicators">[] = [{}, { normalization: { method: "minmax", range: [1, 100] } }, { normalization: { method: "minmax", range: [-5, 0.5] }, ranking: "fractional" }, { weighting: "equal" }];

const bits = (a: ArrayLike<number>): (number | string)[] => Array.from(a, (v) => (Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "NaN" : v));

describe("detailsPass", () => {
  it("gives the general path's columns and drivers, to the bit, and null wherever it throws", () => {
    let compared = 0;
    let declined = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: specs.length - 1 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (n, m, dims, k, s, seed) => {
          let state = seed;
          const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
          const values = fc.sample(cell, { numRuns: n * m, seed });
          const columns: Record<string, Float64Array> = {};
          for (let j = 0; j < m; j++) {
            // every third column repeats the one before: equal contributions across indicators
            columns[`x${j}`] = j % 3 === 2 ? (columns[`x${j - 1}`] as Float64Array).slice() : Float64Array.from({ length: n }, (_, i) => values[j * n + i] as number);
          }
          const spec = {
            ...specs[s],
            indicators: Array.from({ length: m }, (_, j) => ({ id: `x${j}`, dimension: `d${Math.floor(rnd() * dims)}`, direction: rnd() < 0.5 ? 1 : -1, ...(rnd() < 0.3 ? { weight: Math.floor(rnd() * 3) } : {}) })),
          } as IndexSpec;
          const table = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
          let plan;
          try {
            plan = makePlan(table, spec, true);
          } catch {
            return; // a spec with a dimension of zero weights, say: not this test's concern
          }
          expect(detailsPassApplies(plan)).toBe(true);
          const quick = detailsPass(plan, k);
          let general;
          try {
            general = runPass(plan, false, true);
          } catch (error) {
            expect((error as { code?: string }).code).toMatch(/^INDEX_/);
            expect(quick).toBeNull();
            return;
          }
          if (quick === null) {
            // declined (a range that would overflow, say): the general path computes it
            declined++;
            return;
          }
          compared++;
          expect(bits(quick.scores)).toEqual(bits(general.scores));
          expect(quick.dims.map(bits)).toEqual(general.dims.map(bits));
          expect(bits(quick.coverage)).toEqual(bits(general.coverage as Float64Array));
          expect(bits(quick.weights.indicator)).toEqual(bits(general.weights.indicator));
          expect(bits(quick.weights.dimension)).toEqual(bits(general.weights.dimension));
          const top = k > 0 ? topContributionsByColumn(plan, general, k) : { index: new Int32Array(0), value: new Float64Array(0) };
          expect(Array.from(quick.top.index)).toEqual(Array.from(top?.index ?? []));
          expect(bits(quick.top.value)).toEqual(bits(top?.value ?? []));
        },
      ),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(150);
    expect(declined).toBeLessThan(compared);
  });

  it("is the same across blocks of units (2,500 units: three blocks, the last one short)", () => {
    for (const seed of [1, 2, 3]) {
      let state = seed;
      const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const n = 2500;
      const columns: Record<string, Float64Array> = {};
      for (let j = 0; j < 12; j++) columns[`x${j}`] = Float64Array.from({ length: n }, (_, i) => (i % 97 === 5 ? Number.NaN : rnd() < 0.05 ? Number.NaN : Math.floor(rnd() * 20) / 2));
      // a unit with no value at all: not scored, no drivers
      for (const c of Object.values(columns)) c[1700] = Number.NaN;
      const spec: IndexSpec = { indicators: Array.from({ length: 12 }, (_, j) => ({ id: `x${j}`, dimension: `d${j % 4}`, direction: j % 2 === 0 ? 1 : -1, weight: 1 + (j % 3) })) };
      const plan = makePlan({ ids: Array.from({ length: n }, (_, i) => `u${i}`), columns }, spec);
      const quick = detailsPass(plan, 3);
      const general = runPass(plan, false, true);
      const top = topContributionsByColumn(plan, general, 3);
      expect(quick).not.toBeNull();
      expect(bits(quick?.scores ?? [])).toEqual(bits(general.scores));
      expect(Number.isNaN(quick?.scores[1700])).toBe(true);
      expect(bits(quick?.coverage ?? [])).toEqual(bits(general.coverage as Float64Array));
      expect(Array.from(quick?.top.index ?? [])).toEqual(Array.from(top?.index ?? []));
      expect(bits(quick?.top.value ?? [])).toEqual(bits(top?.value ?? []));
    }
  });

  it("takes the common spec only, and 0 and 1 units: null at 0 (an error), a result at 1 when the columns are not constant", () => {
    const table = { ids: ["a", "b", "c"], columns: { x: Float64Array.of(1, 2, 3), y: Float64Array.of(3, 1, 2) } };
    const indicators: IndexSpec["indicators"] = [
      { id: "x", dimension: "d", direction: 1 },
      { id: "y", dimension: "e", direction: -1 },
    ];
    expect(detailsPassApplies(makePlan(table, { indicators }))).toBe(true);
    expect(detailsPassApplies(makePlan(table, { indicators, normalization: "zscore" }))).toBe(false);
    expect(detailsPassApplies(makePlan(table, { indicators, aggregation: "geometric", normalization: { method: "minmax", range: [1, 100] } }))).toBe(false);
    expect(detailsPassApplies(makePlan(table, { indicators, missing: "mean" }))).toBe(false);
    expect(detailsPassApplies(makePlan(table, { indicators, normalization: { method: "minmax", range: [-0, 100] } }))).toBe(false);
    // plain arrays go the general way
    expect(detailsPassApplies(makePlan({ ids: ["a", "b"], columns: { x: [1, 2], y: [2, 1] } }, { indicators }))).toBe(false);
    expect(detailsPass(makePlan({ ids: [], columns: { x: new Float64Array(0), y: new Float64Array(0) } }, { indicators }), 3)).toBeNull();
    // one unit: every column constant, an error of the general path
    expect(detailsPass(makePlan({ ids: ["a"], columns: { x: Float64Array.of(1), y: Float64Array.of(2) } }, { indicators }), 3)).toBeNull();
    // a column without any value, and one with an infinite value: the general path's errors
    expect(detailsPass(makePlan({ ids: ["a", "b"], columns: { x: Float64Array.of(Number.NaN, Number.NaN), y: Float64Array.of(1, 2) } }, { indicators }), 3)).toBeNull();
    expect(detailsPass(makePlan({ ids: ["a", "b"], columns: { x: Float64Array.of(1, Number.NEGATIVE_INFINITY), y: Float64Array.of(1, 2) } }, { indicators }), 3)).toBeNull();
    // hand-worked: x → 0, 50, 100; y (direction −1) → 0, 100, 50; each dimension weighs ½
    const r = detailsPass(makePlan(table, { indicators }), 2);
    expect(Array.from(r?.scores ?? [])).toEqual([0, 75, 75]);
    expect(Array.from(r?.top.index ?? [])).toEqual([-1, -1, 1, 0, 0, 1]);
    expect(Array.from(r?.top.value ?? [])).toEqual([0, 0, 50, 25, 50, 25]);
  });
  it("gives the same bits when a splitter shares the units out (columns in shared memory), and is not offered columns that are not", () => {
    let split = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (n, m, k, cutsAt, backwards, seed) => {
          let state = seed;
          const rnd = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
          const plain: Record<string, Float64Array> = {};
          const shared: Record<string, Float64Array> = {};
          for (let j = 0; j < m; j++) {
            plain[`x${j}`] = Float64Array.from({ length: n }, () => (rnd() < 0.1 ? Number.NaN : Math.floor(rnd() * 40) / 4));
            shared[`x${j}`] = new Float64Array(new SharedArrayBuffer(8 * n));
            (shared[`x${j}`] as Float64Array).set(plain[`x${j}`] as Float64Array);
          }
          const spec: IndexSpec = { indicators: Array.from({ length: m }, (_, j) => ({ id: `x${j}`, dimension: `d${j % 3}`, direction: rnd() < 0.5 ? 1 : -1, ...(rnd() < 0.3 ? { weight: Math.floor(rnd() * 3) } : {}) })) };
          const ids = Array.from({ length: n }, (_, i) => `u${i}`);
          let serial;
          try {
            serial = detailsPass(makePlan({ ids, columns: plain }, spec, true), k);
          } catch {
            return; // a dimension of zero weights: not this test's concern
          }
          // the units cut at random points, the shares computed in either order
          const cuts = [0, ...cutsAt.map((c) => Math.floor(c * n)).sort((a, b) => a - b), n];
          const shares = cuts.slice(1).map((to, c) => [cuts[c] as number, to] as const);
          if (backwards) shares.reverse();
          const offered: DetailsJob[] = [];
          const splitter = (job: DetailsJob): boolean => {
            offered.push(job);
            return shares.map(([from, to]) => detailsBlocks(job, from, to)).some(Boolean);
          };
          const outputs = (r: ReturnType<typeof detailsPass>): string =>
            r === null ? "null" : JSON.stringify([bits(r.scores), r.dims.map(bits), bits(r.coverage), Array.from(r.top.index), bits(r.top.value)]);
          const expected = outputs(serial);
          expect(outputs(splitDetailsWith(splitter, () => detailsPass(makePlan({ ids, columns: shared }, spec, true), k)))).toBe(expected);
          // a splitter is offered the job only when the columns are shared, and declining is harmless
          expect(outputs(splitDetailsWith(splitter, () => detailsPass(makePlan({ ids, columns: plain }, spec, true), k)))).toBe(expected);
          expect(outputs(splitDetailsWith(() => undefined, () => detailsPass(makePlan({ ids, columns: shared }, spec, true), k)))).toBe(expected);
          if (serial === null) return;
          split++;
          expect(offered).toHaveLength(1);
          expect(offered[0]?.scores.buffer).toBeInstanceOf(SharedArrayBuffer);
        },
      ),
      { numRuns: 100 },
    );
    expect(split).toBeGreaterThan(40);
  });

  it("sets a splitter for one computation only, even when it throws", () => {
    const table = { ids: ["a", "b", "c"], columns: { x: new Float64Array(new SharedArrayBuffer(24)).fill(1), y: new Float64Array(new SharedArrayBuffer(24)) } };
    table.columns.x[1] = 2;
    table.columns.y.set([3, 1, 2]);
    const plan = makePlan(table, { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "e", direction: -1 }] });
    let calls = 0;
    const count = (): undefined => void calls++;
    expect(() => splitDetailsWith(count, () => {
      detailsPass(plan, 3);
      throw new Error("boom");
    })).toThrow("boom");
    expect(calls).toBe(1);
    detailsPass(plan, 3);
    expect(calls).toBe(1);
    // nested: the inner one, then the outer one again
    const inner = (): undefined => void (calls += 10);
    splitDetailsWith(count, () => {
      splitDetailsWith(inner, () => detailsPass(plan, 3));
      detailsPass(plan, 3);
    });
    expect(calls).toBe(12);
  });
});
