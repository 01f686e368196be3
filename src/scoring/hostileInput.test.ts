/**
 * Issue 11, hostile input to scoring: an overflowing power mean and infinite cells must not
 * produce confident answers, and row objects are read through their own fields only.
 */
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { computeIndex } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";
import { tableFromRows } from "./tableFromRows";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (isMahallehError(error)) return error.code;
    throw error;
  }
  return undefined;
};

describe("the generalised mean with a large power", () => {
  // Min-max to [1, 100]: a = (1, 100), b = (50.5, 50.5), c = (100, 1). With p = 400 the
  // power mean of (1, 100) is 100·((1/100)^400 + 1)/2)^(1/400) = 100·2^(−1/400) by hand
  // ((1/100)^400 underflows to 0, far below 1), while 100^400 overflows a double.
  const table = { ids: ["a", "b", "c"], columns: { x: [1, 2, 3], y: [3, 2, 1] } };
  const spec = (power: number): IndexSpec => ({
    indicators: [
      { id: "x", dimension: "d", direction: 1 },
      { id: "y", dimension: "d", direction: 1 },
    ],
    normalization: { method: "minmax", range: [1, 100] },
    aggregation: { method: "generalized", power },
  });

  it("stays finite and equals the hand-worked value (p = 400)", () => {
    const result = computeIndex(table, spec(400));
    const scores = result.units.map((u) => u.score);
    const expected = 100 * 2 ** (-1 / 400);
    expect(scores[0]).toBeCloseTo(expected, 9);
    expect(scores[1]).toBeCloseTo(50.5, 9);
    expect(scores[2]).toBeCloseTo(expected, 9);
    expect(result.units.map((u) => u.rank)).toEqual([1, 3, 1]); // ties share the better rank (the default tie method)
  });

  it("agrees with the direct formula where that does not overflow (p = 3 and p = −3)", () => {
    for (const p of [3, -3]) {
      const scores = computeIndex(table, spec(p)).units.map((u) => u.score as number);
      const direct = (u: number, v: number): number => ((u ** p + v ** p) / 2) ** (1 / p);
      expect(scores[0]).toBeCloseTo(direct(1, 100), 9);
      expect(scores[1]).toBeCloseTo(direct(50.5, 50.5), 9);
    }
  });

  it("stays finite with a large negative power (p = −400)", () => {
    const scores = computeIndex(table, spec(-400)).units.map((u) => u.score as number);
    // The smallest value dominates: 1·2^(1/400).
    expect(scores[0]).toBeCloseTo(2 ** (1 / 400), 9);
    expect(scores.every(Number.isFinite)).toBe(true);
  });
});

describe("infinite cells are refused, not taken as missing", () => {
  const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }] };
  it.each([Infinity, -Infinity])("computeIndex refuses %s with INDEX_INVALID_TABLE", (bad) => {
    expect(codeOf(() => computeIndex({ ids: ["a", "b", "c"], columns: { x: [1, bad, 3] } }, spec))).toBe("INDEX_INVALID_TABLE");
    expect(codeOf(() => computeIndex({ ids: ["a", "b", "c"], columns: { x: new Float64Array([1, bad, 3]) } }, spec))).toBe("INDEX_INVALID_TABLE");
  });
  it("NaN and null stay missing", () => {
    const result = computeIndex({ ids: ["a", "b", "c", "d"], columns: { x: [1, Number.NaN, 3, null as unknown as number] } }, spec);
    expect(result.units.map((u) => u.score)).toEqual([0, null, 100, null]);
  });
  it("tableFromRows refuses ±Infinity and keeps NaN as missing", () => {
    expect(codeOf(() => tableFromRows([{ id: "a", x: 1 }, { id: "b", x: Infinity }]))).toBe("INDEX_INVALID_TABLE");
    expect(codeOf(() => tableFromRows([{ id: "a", x: 1 }, { id: "b", x: -Infinity }], { indicators: ["x"] }))).toBe("INDEX_INVALID_TABLE");
    expect(Number.isNaN(tableFromRows([{ id: "a", x: 1 }, { id: "b", x: Number.NaN }]).columns["x"]?.[1])).toBe(true);
  });
});

describe("tableFromRows reads own fields only", () => {
  it("an indicator named like an Object.prototype member is missing where the row lacks it", () => {
    const t = tableFromRows([{ id: "a", constructor: 3, toString: 1 }, { id: "b" }], { indicators: ["constructor", "toString"] });
    expect(Array.from(t.columns["constructor"] ?? [])).toEqual([3, Number.NaN]);
    expect(Array.from(t.columns["toString"] ?? [])).toEqual([1, Number.NaN]);
  });
});
