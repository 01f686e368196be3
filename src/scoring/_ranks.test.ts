import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankWorkspace, ranksInto } from "./_ranks";
import { argsortFinite, ranksFromOrder, sortWorkspace } from "../internal/sort";

/** The reference: the engine's argsort (descending) and tie-aware ranks. */
function reference(values: Float64Array, method: "min" | "dense" | "fractional"): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const order = argsortFinite(values, n, true, sortWorkspace(n));
  ranksFromOrder(values, order, order.length, method, out);
  return out;
}

const methods = ["min", "dense", "fractional"] as const;

describe("ranksInto (bucket ranks) equals argsort + ranksFromOrder", () => {
  it("on random values with ties, NaN, ±0, clusters and huge spreads", () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(Number.NaN, 0, -0, 1e-300, 5e-324, 1e300, -1e300),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), fc.constantFrom(...methods), (list, method) => {
        const values = Float64Array.from(list);
        const out = new Float64Array(values.length);
        ranksInto(values, values.length, method, out, rankWorkspace(values.length));
        expect(Array.from(out)).toEqual(Array.from(reference(values, method)));
      }),
      { numRuns: 500 },
    );
  });

  it("a workspace is reused across calls; a crowded bucket (one outlier, many close values) is sorted too", () => {
    const n = 5000;
    const ws = rankWorkspace(n);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = ((i * 7919) % 1000) / 1e6;
    values[17] = 1e9;
    for (const method of methods) {
      const out = new Float64Array(n);
      expect(ranksInto(values, n, method, out, ws)).toBe(n);
      expect(Array.from(out)).toEqual(Array.from(reference(values, method)));
    }
  });
});
