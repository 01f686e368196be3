import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "./_random";
import { matchComparison, type MatchUnit } from "./matchComparison";

/**
 * Brute force: every candidate's standardised distance Σ(x/s − y/s)², sorted by (distance,
 * input order); without replacement the treated units choose greedily in input order among
 * the candidates not yet taken.
 */
function bruteForce(units: readonly MatchUnit[], treated: readonly string[], on: readonly string[], k: number, caliper: number, replace = true) {
  const col = (c: string) => units.map((u) => u[c] as number);
  const sd = on.map((c) => {
    const v = col(c);
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    const s = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
    return s > 0 ? s : 1;
  });
  const set = new Set(treated);
  const taken = new Set<string>();
  const out: Record<string, string[]> = {};
  for (const t of units.filter((u) => set.has(u.id))) {
    const d = units
      .map((u, i) => ({ id: u.id, i, d: on.reduce((a, c, j) => a + ((u[c] as number) / (sd[j] as number) - (t[c] as number) / (sd[j] as number)) ** 2, 0) }))
      .filter((x) => !set.has(x.id) && !taken.has(x.id) && x.d <= caliper * caliper)
      .sort((a, b) => a.d - b.d || a.i - b.i);
    out[t.id] = d.slice(0, k).map((x) => x.id);
    if (!replace) for (const id of out[t.id] ?? []) taken.add(id);
  }
  return out;
}

/** Checks a matchComparison result against brute force, unit by unit. */
function expectSameAsBruteForce(units: readonly MatchUnit[], treated: readonly string[], on: readonly string[], k: number, caliper: number, replace: boolean): void {
  const r = matchComparison(units, { treated, on, k, caliper, replace });
  const expected = bruteForce(units, treated, on, k, caliper, replace);
  const got = new Map(r.pairs.map((p) => [p.treated, p.matches.map((m) => m.id)]));
  for (const t of treated) {
    const want = expected[t] ?? [];
    if (want.length === 0) expect(r.unmatched.map((u) => u.id)).toContain(t);
    else expect(got.get(t)).toEqual(want);
  }
}

describe("matchComparison", () => {
  it("finds the same neighbours as brute force, with and without replacement (property)", () => {
    // small integer grids make many ties; up to 150 units make trees several levels deep
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 4, maxLength: 150 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(Number.POSITIVE_INFINITY, 0.3, 0.5, 1.5),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        (rows, k, caliper, replace, p) => {
          const on = ["a", "b", "c"].slice(0, p);
          const units = rows.map(([a, b, c], i) => ({ id: `u${i}`, a, b, c }));
          const treated = units.filter((_, i) => (rows[i] as [number, number, number, boolean])[3]).map((u) => u.id);
          if (treated.length === 0 || treated.length === units.length) return;
          expectSameAsBruteForce(units, treated, on, k, caliper, replace);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the same neighbours as brute force when most distances tie (property)", () => {
    // coordinates on a small grid: duplicate points and equal distances on both sides of a
    // split, also on the boundary of a pruned node (up to 500 units: trees several levels deep)
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 9 })), { minLength: 30, maxLength: 500 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(Number.POSITIVE_INFINITY, 0.8, 1.2),
        fc.boolean(),
        (grid, rows, k, caliper, replace) => {
          const units = rows.map(([a, b, c], i) => ({ id: `u${i}`, a: a % grid, b: b % grid, c: c % 3 }));
          const treated = units.filter((_, i) => (rows[i] as [number, number, number, number])[3] === 0).map((u) => u.id);
          if (treated.length === 0 || treated.length === units.length) return;
          expectSameAsBruteForce(units, treated, ["a", "b", "c"], k, caliper, replace);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("finds the same neighbours as brute force on seeded continuous instances (10 covariates, 600 units)", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const random = seededRandom(seed);
      const p = 1 + (seed % 10);
      const on = Array.from({ length: p }, (_, j) => `x${j}`);
      const units = Array.from({ length: 600 }, (_, i) => {
        const u: Record<string, unknown> = { id: `u${i}` };
        // treated units shifted, a few exact duplicates of earlier candidates (ties)
        on.forEach((c, j) => (u[c] = i % 97 === 13 ? Math.floor(random() * 4) : (i < 100 ? 0.4 : 0) + random() + random() + random() + j));
        return u as MatchUnit;
      });
      const treated = units.slice(0, 100).map((u) => u.id);
      expectSameAsBruteForce(units, treated, on, 1 + (seed % 3), seed % 2 === 0 ? Number.POSITIVE_INFINITY : 0.6, seed % 4 < 2);
    }
  });

  it("without replacement, a later treated unit loses a contested candidate and says why", () => {
    const units = [
      { id: "t1", x: 10 },
      { id: "t2", x: 10.5 },
      { id: "t3", x: 30 },
      { id: "c1", x: 10.2 },
      { id: "c2", x: 11 },
      { id: "c3", x: 0 },
    ];
    // SD of x over all six units ≈ 9.4: caliper 0.1 SD ≈ 0.94
    const r = matchComparison(units, { treated: ["t1", "t2", "t3"], on: ["x"], caliper: 0.1, replace: false });
    expect(r.pairs.map((p) => [p.treated, p.matches.map((m) => m.id)])).toEqual([
      ["t1", ["c1"]],
      ["t2", ["c2"]],
    ]);
    expect(r.unmatched).toEqual([{ id: "t3", reason: "outside-caliper" }]);
    expect(r.weights).toEqual({ t1: 1, c1: 1, t2: 1, c2: 1 });
    // t2's only candidate within a caliper of 0.02 SD is c1, which t1 took first
    const tight = matchComparison(units, { treated: ["t1", "t2"], on: ["x"], caliper: 0.04, replace: false });
    expect(tight.unmatched).toEqual([{ id: "t2", reason: "candidates-taken" }]);
    // with replacement both take c1
    expect(matchComparison(units, { treated: ["t1", "t2"], on: ["x"], caliper: 0.04 }).weights).toEqual({ t1: 1, t2: 1, c1: 2 });
  });

  it("breaks ties on distance by input order", () => {
    // c-a and c-b are the same point: equal distances to the bit
    const units = [
      { id: "t1", x: 5, y: 1 },
      { id: "t2", x: 5, y: 1 },
      { id: "c-a", x: 6, y: 2 },
      { id: "c-b", x: 6, y: 2 },
      { id: "c-far", x: 9, y: 0 },
    ];
    const ids = (r: ReturnType<typeof matchComparison>) => r.pairs.map((p) => p.matches.map((m) => m.id));
    expect(ids(matchComparison(units, { treated: ["t1", "t2"], on: ["x", "y"] }))).toEqual([["c-a"], ["c-a"]]);
    expect(ids(matchComparison(units, { treated: ["t1", "t2"], on: ["x", "y"], replace: false }))).toEqual([["c-a"], ["c-b"]]);
    const swapped = [units[0]!, units[1]!, units[3]!, units[2]!, units[4]!];
    expect(ids(matchComparison(swapped, { treated: ["t1", "t2"], on: ["x", "y"], k: 2 }))[0]).toEqual(["c-b", "c-a"]);
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

  it("refuses a covariate that is neither a number nor missing, instead of reading it as missing", () => {
    for (const bad of ["12", true, {}, [3]]) {
      expect(() => matchComparison([{ id: "t", x: 1 }, { id: "c1", x: bad }, { id: "c2", x: 3 }], { treated: ["t"], on: ["x"] })).toThrow(
        expect.objectContaining({ code: "EVALUATION_INVALID_INPUT", message: expect.stringContaining('covariate "x" of unit "c1"') }),
      );
    }
    // undefined (and an absent key) and ±Infinity stay "missing", as documented
    const r = matchComparison([{ id: "t", x: 1 }, { id: "c1", x: undefined }, { id: "c2", x: Infinity }, { id: "c3" }, { id: "c4", x: 3 }], { treated: ["t"], on: ["x"] });
    expect(r.candidatesSkipped).toEqual(["c1", "c2", "c3"]);
  });
});
