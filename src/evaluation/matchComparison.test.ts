import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchComparison, type MatchUnit } from "./matchComparison";

/** Brute force: every candidate's standardised distance (x/s − y/s)², sorted by (distance, input order). */
function bruteForce(units: readonly MatchUnit[], treated: readonly string[], on: readonly string[], k: number, caliper: number) {
  const col = (c: string) => units.map((u) => u[c] as number);
  const sd = on.map((c) => {
    const v = col(c);
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    const s = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
    return s > 0 ? s : 1;
  });
  const set = new Set(treated);
  const out: Record<string, string[]> = {};
  for (const t of units.filter((u) => set.has(u.id))) {
    const d = units
      .map((u, i) => ({ id: u.id, i, d: on.reduce((a, c, j) => a + ((u[c] as number) / (sd[j] as number) - (t[c] as number) / (sd[j] as number)) ** 2, 0) }))
      .filter((x) => !set.has(x.id) && x.d <= caliper * caliper)
      .sort((a, b) => a.d - b.d || a.i - b.i);
    out[t.id] = d.slice(0, k).map((x) => x.id);
  }
  return out;
}

describe("matchComparison", () => {
  it("finds the same neighbours as brute force (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -5, max: 5 }), fc.boolean()), { minLength: 4, maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(Number.POSITIVE_INFINITY, 0.5, 1.5),
        (rows, k, caliper) => {
          const units = rows.map(([a, b], i) => ({ id: `u${i}`, a, b }));
          const treated = units.filter((_, i) => (rows[i] as [number, number, boolean])[2]).map((u) => u.id);
          if (treated.length === 0 || treated.length === units.length) return;
          const r = matchComparison(units, { treated, on: ["a", "b"], k, caliper });
          const expected = bruteForce(units, treated, ["a", "b"], k, caliper);
          for (const t of treated) {
            const pair = r.pairs.find((p) => p.treated === t);
            const want = expected[t] ?? [];
            if (want.length === 0) expect(r.unmatched).toContainEqual({ id: t, reason: "outside-caliper" });
            else expect(pair?.matches.map((m) => m.id)).toEqual(want);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reports standardised mean differences before and after (hand-worked)", () => {
    const units = [
      { id: "t1", x: 10 },
      { id: "t2", x: 12 },
      { id: "c1", x: 11 },
      { id: "c2", x: 2 },
      { id: "c3", x: 0 },
    ];
    const r = matchComparison(units, { treated: ["t1", "t2"], on: ["x"] });
    // both treated units match c1 (distances 1 and 1): c1 carries weight 2
    expect(r.weights).toEqual({ t1: 1, t2: 1, c1: 2 });
    const [b] = r.balance;
    // treated mean 11, var 2; candidates mean 13/3, var ((11−13/3)² + (2−13/3)² + (13/3)²)/2 = 91/3 / ... computed below
    const vc = ((11 - 13 / 3) ** 2 + (2 - 13 / 3) ** 2 + (0 - 13 / 3) ** 2) / 2;
    const sd = Math.sqrt((2 + vc) / 2);
    expect(b?.smdBefore).toBeCloseTo((11 - 13 / 3) / sd, 12);
    expect(b?.comparisonAfter).toBe(11);
    expect(b?.smdAfter).toBe(0);
  });

  it("lists treated units with a missing covariate and skips such candidates", () => {
    const units = [
      { id: "t1", x: 10 },
      { id: "t2", x: null },
      { id: "c1", x: 11 },
      { id: "c2", x: Number.NaN },
    ];
    const r = matchComparison(units, { treated: ["t1", "t2"], on: ["x"] });
    expect(r.unmatched).toEqual([{ id: "t2", reason: "missing-covariate" }]);
    expect(r.candidatesSkipped).toEqual(["c2"]);
    // the scale is the SD of 10 and 11 (1/√2), so a difference of 1 is √2 SDs
    expect(r.pairs.map((p) => [p.treated, p.matches.map((m) => m.id)])).toEqual([["t1", ["c1"]]]);
    expect(r.pairs[0]?.matches[0]?.distance).toBeCloseTo(Math.SQRT2, 14);
  });

  it("refuses duplicate ids, unknown covariates and an empty pool", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "no error";
    };
    expect(code(() => matchComparison([{ id: "a", x: 1 }, { id: "a", x: 2 }], { treated: ["a"], on: ["x"] }))).toBe("EVALUATION_DUPLICATE_UNIT");
    expect(code(() => matchComparison([{ id: "a", x: 1 }, { id: "b", x: 2 }], { treated: ["a"], on: ["y"] }))).toBe("EVALUATION_UNKNOWN_COLUMN");
    expect(code(() => matchComparison([{ id: "a", x: 1 }], { treated: ["a"], on: ["x"] }))).toBe("EVALUATION_EMPTY_GROUP");
    expect(code(() => matchComparison([{ id: "a", x: 1 }, { id: "b", x: 2 }], { treated: ["a"], on: ["x"], k: 0 }))).toBe("EVALUATION_INVALID_INPUT");
  });
});
