import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BinaryProgram } from "./_highs";
import { roundStart } from "./_roundStart";

const program = (objective: number[], rows: BinaryProgram["rows"], lower?: number[], upper?: number[]): BinaryProgram => ({
  n: objective.length,
  objective: Float64Array.from(objective),
  lower: Float64Array.from(lower ?? objective.map(() => 0)),
  upper: Float64Array.from(upper ?? objective.map(() => 1)),
  rows,
});

describe("roundStart", () => {
  it("keeps what the relaxation takes whole, then adds by reduced cost what still fits (hand-worked knapsack)", () => {
    // budget 10: costs 6, 5, 4, 1; the relaxation takes item 0 whole and 0.8 of item 1
    const p = program([60, 45, 20, 1], [{ indices: [0, 1, 2, 3], values: [6, 5, 4, 1], lower: Number.NEGATIVE_INFINITY, upper: 10 }]);
    const start = roundStart(p, [1, 0.8, 0, 0], [0, 0, -13.3, -8]);
    // item 1 (reduced cost 0) does not fit beside item 0; item 3 (−8) before item 2 (−13.3): 6 + 1, then 4 more breaks 10
    expect(start).toEqual({ x: Uint8Array.from([1, 0, 0, 1]), objective: 61 });
  });

  it("returns null when the rounded portfolio misses a lower bound", () => {
    // at least 2 of the 3 chosen, but the first costs the whole budget
    const p = program([5, 1, 1], [
      { indices: [0, 1, 2], values: [1, 1, 1], lower: 2, upper: Number.POSITIVE_INFINITY },
      { indices: [0, 1, 2], values: [3, 1, 1], lower: Number.NEGATIVE_INFINITY, upper: 3 },
    ]);
    expect(roundStart(p, [1, 0, 0], [0, -1, -1])).toBeNull();
  });

  it("never breaks a row or a fixed variable, on random programmes", () => {
    const coef = fc.integer({ min: -20, max: 20 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.record({
            objective: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
            value: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
            dual: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
            fixed: fc.array(fc.constantFrom(-1, 0, 1), { minLength: n, maxLength: n }),
            rows: fc.array(fc.record({ values: fc.array(coef, { minLength: n, maxLength: n }), lower: fc.option(fc.integer({ min: -40, max: 10 })), upper: fc.option(fc.integer({ min: -10, max: 40 })) }), { maxLength: 4 }),
          }),
        ),
        ({ objective, value, dual, fixed, rows }) => {
          const p = program(
            objective,
            rows.map((r) => ({ indices: r.values.map((_, j) => j), values: r.values, lower: r.lower ?? Number.NEGATIVE_INFINITY, upper: r.upper ?? Number.POSITIVE_INFINITY })),
            fixed.map((f) => (f === 1 ? 1 : 0)),
            fixed.map((f) => (f === 0 ? 0 : 1)),
          );
          const start = roundStart(p, value, dual);
          if (start === null) return;
          fixed.forEach((f, j) => f !== -1 && expect(start.x[j]).toBe(f));
          for (const row of p.rows) {
            const sum = row.indices.reduce((s, j, k) => s + (start.x[j] as number) * (row.values[k] as number), 0);
            expect(sum).toBeGreaterThanOrEqual(row.lower);
            expect(sum).toBeLessThanOrEqual(row.upper);
          }
          expect(start.objective).toBe(objective.reduce((s, c, j) => s + c * (start.x[j] as number), 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});
