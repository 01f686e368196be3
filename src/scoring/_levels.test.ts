import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argsortFinite, sortWorkspace } from "../internal/sort";
import { computeBreaks, sortedFinite, sortedFromOrder } from "./_levels";
import { resolveLevels } from "./_plan";

/** The sorted scores read along the descending argsort, as computeIndex reads them. */
function viaOrder(scores: Float64Array): Float64Array {
  return sortedFromOrder(scores, argsortFinite(scores, scores.length, true, sortWorkspace(scores.length)));
}

/** Element by element with Object.is: −0 and +0 told apart, NaN equal to NaN. */
function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

const score = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 1e300),
  fc.integer({ min: -3, max: 3 }),
);

describe("sortedFromOrder: the sorted scores from the rank order, without a second sort", () => {
  it("is the array Float64Array.prototype.sort gives, bit for bit (−0 before +0, NaN left out), on random scores (property)", () => {
    fc.assert(
      fc.property(fc.array(score, { maxLength: 400 }), (values) => {
        const scores = Float64Array.from(values);
        expect(sameBits(viaOrder(scores), sortedFinite(scores))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same breaks for every data-driven method (property)", () => {
    const methods = [resolveLevels({ method: "quantiles", count: 5 }), resolveLevels({ method: "equalIntervals", count: 4 }), resolveLevels({ method: "jenks", count: 3 })];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6 }), fc.constantFrom(0, -0, Number.NaN)), { minLength: 1, maxLength: 200 }), (values) => {
        const scores = Float64Array.from(values);
        for (const levels of methods) {
          let expected: number[] | string;
          let got: number[] | string;
          try {
            expected = computeBreaks(levels, scores);
          } catch (error) {
            expected = (error as { code: string }).code;
          }
          try {
            got = computeBreaks(levels, scores, viaOrder(scores));
          } catch (error) {
            got = (error as { code: string }).code;
          }
          if (typeof expected === "string") expect(got).toBe(expected);
          else expect(sameBits(got as number[], expected)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("edge cases: no score, one score, every score NaN, a run of mixed zeros, 100,000 scores (16-bit digits)", () => {
    for (const values of [[], [7], [Number.NaN, Number.NaN], [0, -0, 0, -0, -1, 1, -0], [-0, -0], [0, 0, -0]]) {
      const scores = Float64Array.from(values);
      expect(sameBits(viaOrder(scores), sortedFinite(scores))).toBe(true);
    }
    let s = 3;
    const big = Float64Array.from({ length: 100_000 }, (_, i) => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return i % 1000 === 0 ? Number.NaN : i % 777 === 0 ? -0 : Math.round((s / 4294967296) * 2000) / 20 - 50;
    });
    expect(sameBits(viaOrder(big), sortedFinite(big))).toBe(true);
  });
});
