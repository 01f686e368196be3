import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argsortFinite, ranksFromOrder, sortWorkspace } from "./sort";

/** The definition: non-NaN indices by value (−0 = +0), equal values in index order. */
function brute(values: ArrayLike<number>, descending: boolean): number[] {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) idx.push(i);
  return idx.sort((a, b) => ((values[a] as number) === (values[b] as number) ? a - b : ((values[a] as number) < (values[b] as number)) !== descending ? -1 : 1));
}

const value = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -20, max: 20 }).map((v) => v / 4) },
  { weight: 3, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN, 5e-324, -5e-324, 1e308, -1e308, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);

describe("argsortFinite", () => {
  it("sorts like a comparator sort, stable, NaN left out, −0 equal to +0 (small inputs: 8-bit digits)", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), fc.boolean(), fc.boolean(), (values, descending, typed) => {
        const input = typed ? Float64Array.from(values) : values;
        expect(Array.from(argsortFinite(input, values.length, descending, sortWorkspace(values.length)))).toEqual(brute(values, descending));
      }),
      { numRuns: 500 },
    );
  });

  it("is the same on large inputs (11-bit digits, high words carried along), a subarray with an offset and plain arrays included", () => {
    for (const seed of [1, 2]) {
      const values = fc.sample(value, { numRuns: 70_000, seed });
      const typed = new Float64Array(values.length + 3);
      typed.set(values, 3);
      const view = typed.subarray(3);
      for (const descending of [true, false]) {
        const expected = brute(values, descending);
        expect(Array.from(argsortFinite(view, values.length, descending, sortWorkspace(values.length)))).toEqual(expected);
        expect(Array.from(argsortFinite(values, values.length, descending, sortWorkspace(values.length)))).toEqual(expected);
      }
    }
  });

  it("ranks along the order: ties by min, dense and fractional", () => {
    const values = [3, 1, 3, Number.NaN, 2, 3];
    const order = argsortFinite(values, values.length, true, sortWorkspace(values.length));
    const rank = (method: "min" | "dense" | "fractional"): number[] => {
      const out = new Array<number>(values.length).fill(Number.NaN);
      ranksFromOrder(values, order, order.length, method, out);
      return out;
    };
    expect(rank("min")).toEqual([1, 5, 1, Number.NaN, 4, 1]);
    expect(rank("dense")).toEqual([1, 3, 1, Number.NaN, 2, 1]);
    expect(rank("fractional")).toEqual([2, 5, 2, Number.NaN, 4, 2]);
  });
});
