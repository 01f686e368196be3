import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { computeIndex, computeIndexColumns, safeComputeIndex } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (isMahallehError(error)) return error.code;
    throw error;
  }
  return undefined;
};

/** Three neighbourhoods, worked by hand below. */
const table = {
  ids: ["golshahr", "mehrshahr", "hesarak"],
  groups: ["karaj", "karaj", "fardis"],
  columns: { unemployment: [20, 8, 14], income: [30, 70, 40], literacy: [70, 95, 80] },
};
const spec: IndexSpec = {
  indicators: [
    { id: "unemployment", dimension: "economy", direction: 1, weight: 3 },
    { id: "income", dimension: "economy", direction: -1, weight: 1 },
    { id: "literacy", dimension: "education", direction: -1 },
  ],
  dimensions: [
    { id: "economy", weight: 2 },
    { id: "education", weight: 1 },
  ],
};

describe("computeIndex: a hand-worked case", () => {
  // min-max 0–100, oriented: unemployment (20→100, 8→0, 14→50); income reversed
  // (30→100, 70→0, 40→75); literacy reversed (70→100, 95→0, 80→60).
  // economy = (3·u + 1·i)/4: golshahr 100, mehrshahr 0, hesarak (150 + 75)/4 = 56.25
  // index = (2·economy + education)/3: 100, 0, (112.5 + 60)/3 = 57.5
  const result = computeIndex(table, spec);

  it("scores, ranks, dimensions", () => {
    [100, 0, 57.5].forEach((v, i) => expect(result.units[i]?.score).toBeCloseTo(v, 12));
    expect(result.units.map((u) => u.rank)).toEqual([1, 3, 2]);
    expect(result.units.map((u) => u.groupRank)).toEqual([1, 2, 1]);
    expect(result.units[2]?.dimensions).toEqual({ economy: 56.25, education: 60 });
    expect(result.weights).toEqual({ indicators: { unemployment: 0.75, income: 0.25, literacy: 1 }, dimensions: { economy: 2 / 3, education: 1 / 3 } });
  });

  it("contributions: weight × normalised value, summing to the score", () => {
    // hesarak: 2/3·0.75·50 = 25, 2/3·0.25·75 = 12.5, 1/3·60 = 20
    const c = result.units[2]?.contributions ?? {};
    expect(c["unemployment"]).toBeCloseTo(25, 12);
    expect(c["income"]).toBeCloseTo(12.5, 12);
    expect(c["literacy"]).toBeCloseTo(20, 12);
  });

  it("levels: quintiles of the scores by default, level 1 most deprived, with Persian labels", () => {
    expect(result.units[0]?.level).toEqual({ level: 1, fa: "بسیار محروم", en: "very deprived" });
    expect(result.units[1]?.level).toEqual({ level: 5, fa: "برخوردار", en: "well-off" });
    expect(result.levels).toHaveLength(5);
  });

  it("reweights a missing indicator within its dimension, and a missing dimension in the index", () => {
    const gaps = { ...table, columns: { ...table.columns, income: [30, 70, Number.NaN], literacy: [70, 95, Number.NaN] } };
    const r = computeIndex(gaps, spec);
    // hesarak: economy = unemployment alone = 50; education missing → index = economy
    expect(r.units[2]?.dimensions).toEqual({ economy: 50, education: null });
    expect(r.units[2]?.score).toBeCloseTo(50, 12);
    expect(r.units[2]?.coverage).toBeCloseTo(1 / 3, 12);
    expect(r.units[2]?.contributions).toEqual({ unemployment: 50, income: 0, literacy: 0 });
  });

  it("a unit below the coverage screen is not scored (null, never NaN)", () => {
    const gaps = { ...table, columns: { ...table.columns, income: [30, 70, Number.NaN], literacy: [70, 95, Number.NaN] } };
    const r = computeIndex(gaps, { ...spec, missing: { minCoverage: 0.5 } });
    expect(r.units[2]).toMatchObject({ score: null, rank: null, level: null, groupRank: null });
    expect(r.excluded).toEqual(["hesarak"]);
    expect(r.units.map((u) => u.rank)).toEqual([1, 2, null]);
  });

  it("computeIndexColumns gives the same numbers", () => {
    const cols = computeIndexColumns({ ...table, columns: Object.fromEntries(Object.entries(table.columns).map(([k, v]) => [k, Float64Array.from(v)])) }, spec);
    [100, 0, 57.5].forEach((v, i) => expect(cols.scores[i]).toBeCloseTo(v, 12));
    expect(Array.from(cols.ranks)).toEqual([1, 3, 2]);
    expect(Array.from(cols.dimensions["economy"] ?? [])).toEqual([100, 0, 56.25]);
  });
});

describe("computeIndex: weights", () => {
  it("equal weighting ignores the given weights", () => {
    const r = computeIndex(table, { ...spec, weighting: "equal" });
    expect(r.weights.indicators).toEqual({ unemployment: 0.5, income: 0.5, literacy: 1 });
  });

  it("AHP judgements give the dimension weights (2:1 → 2/3, 1/3)", () => {
    const r = computeIndex(table, { ...spec, weighting: { method: "ahp", dimensions: [[1, 2], [0.5, 1]] } });
    expect(r.weights.dimensions["economy"]).toBeCloseTo(2 / 3, 9);
    expect(r.weights.dimensions["education"]).toBeCloseTo(1 / 3, 9);
  });

  it("entropy, CRITIC and CV weights come from the normalised data and sum to 1 per dimension", () => {
    for (const weighting of ["entropy", "critic", "cv"] as const) {
      const r = computeIndex(table, { ...spec, weighting });
      const w = r.weights.indicators;
      expect((w["unemployment"] ?? 0) + (w["income"] ?? 0)).toBeCloseTo(1, 12);
      expect(w["literacy"]).toBe(1);
    }
  });
});

describe("computeIndex: errors", () => {
  it.each([
    ["unknown indicator", () => computeIndex(table, { indicators: [{ id: "crime", dimension: "d", direction: 1 }] }), "INDEX_UNKNOWN_INDICATOR"],
    ["undeclared dimension", () => computeIndex(table, { ...spec, dimensions: [{ id: "economy" }] }), "INDEX_UNKNOWN_DIMENSION"],
    ["zero weights", () => computeIndex(table, { ...spec, dimensions: [{ id: "economy", weight: 0 }, { id: "education", weight: 0 }] }), "INDEX_ZERO_WEIGHTS"],
    ["negative weight", () => computeIndex(table, { indicators: [{ id: "income", dimension: "d", direction: 1, weight: -1 }] }), "INDEX_ZERO_WEIGHTS"],
    ["constant column", () => computeIndex({ ids: ["a", "b"], columns: { x: [3, 3] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] }), "INDEX_CONSTANT_INDICATOR"],
    ["empty column", () => computeIndex({ ids: ["a", "b"], columns: { x: [NaN, NaN], y: [1, 2] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: 1 }] }), "INDEX_EMPTY_INDICATOR"],
    ["geometric with a zero", () => computeIndex(table, { ...spec, aggregation: "geometric" }), "INDEX_NONPOSITIVE_VALUE"],
    ["bad direction", () => computeIndex(table, { indicators: [{ id: "income", dimension: "d", direction: 2 as 1 }] }), "INDEX_INVALID_SPEC"],
    ["bad normalisation", () => computeIndex(table, { ...spec, normalization: "log" as "minmax" }), "INDEX_INVALID_SPEC"],
    ["distance to target without target", () => computeIndex(table, { ...spec, normalization: "distanceToTarget" }), "INDEX_INVALID_SPEC"],
    ["column of the wrong length", () => computeIndex({ ids: ["a", "b"], columns: { x: [1] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] }), "INDEX_INVALID_TABLE"],
    ["duplicate ids", () => computeIndex({ ids: ["a", "a"], columns: { x: [1, 2] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] }), "INDEX_INVALID_TABLE"],
    ["a string value", () => computeIndex({ ids: ["a", "b"], columns: { x: [1, "2" as unknown as number] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] }), "INDEX_INVALID_TABLE"],
    ["a misspelt option", () => computeIndex(table, { ...spec, normalisation: "zscore" } as IndexSpec), "INDEX_INVALID_SPEC"],
    ["a misspelt indicator field", () => computeIndex(table, { indicators: [{ id: "income", dimension: "d", direction: 1, weigth: 2 } as never] }), "INDEX_INVALID_SPEC"],
    ["no indicators", () => computeIndex(table, { indicators: [] }), "INDEX_INVALID_SPEC"],
    ["not a spec", () => computeIndex(table, null as unknown as IndexSpec), "INDEX_INVALID_SPEC"],
    ["not a table", () => computeIndex(42 as never, spec), "INDEX_INVALID_TABLE"],
  ])("%s", (_, run, code) => {
    expect(codeOf(run)).toBe(code);
  });

  it("a unit with no value at all is not scored, even under imputation, by both entry points", () => {
    const t = { ids: ["a", "b", "c"], columns: { x: new Float64Array([1, NaN, 3]), y: new Float64Array([2, NaN, 5]) } };
    const s: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: 1 }], missing: "mean" };
    expect(computeIndex(t, s).units.map((u) => u.score)).toEqual([0, null, 100]);
    expect(Array.from(computeIndexColumns(t, s).scores)).toEqual([0, NaN, 100]);
  });

  it("duplicate ids: computeIndex rejects them, computeIndexColumns keeps positions", () => {
    const t = { ids: ["a", "a", "b"], columns: { x: [1, 2, 3] } };
    const s: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1 }] };
    expect(codeOf(() => computeIndex(t, s))).toBe("INDEX_INVALID_TABLE");
    expect(Array.from(computeIndexColumns(t, s).ranks)).toEqual([3, 2, 1]);
  });

  it("no unit left after the screen", () => {
    const t = { ids: ["a", "b"], columns: { x: [1, NaN], y: [NaN, 2] } };
    expect(codeOf(() => computeIndex(t, { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: 1 }], missing: { minCoverage: 1 } }))).toBe("INDEX_NO_UNITS");
  });

  it("a misspelt option names the right spelling", () => {
    try {
      computeIndex(table, { ...spec, normalisation: "zscore" } as IndexSpec);
    } catch (error) {
      expect((error as Error).message).toBe('Unknown key "normalisation" in spec (did you mean "normalization"?)');
      return;
    }
    expect.unreachable();
  });

  it("errors carry Persian and English messages", () => {
    const r = safeComputeIndex({ ids: ["a", "b"], columns: { x: [3, 3] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.messages.fa).toContain("«x»");
      expect(r.error.messages.en).toContain('"x"');
    }
  });
});

const tableArb = fc
  .record({ n: fc.integer({ min: 2, max: 25 }), k: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, k }) =>
    fc.record({
      cols: fc.array(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
      dirs: fc.array(fc.constantFrom(1 as const, -1 as const), { minLength: k, maxLength: k }),
      dims: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: k, maxLength: k }),
      weights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: k, maxLength: k }),
    }),
  )
  .filter(({ cols }) => cols.every((c) => Math.min(...c) < Math.max(...c)));

function build(cols: number[][], dirs: (1 | -1)[], dims: number[], weights: number[]) {
  const n = (cols[0] ?? []).length;
  const t = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns: Object.fromEntries(cols.map((c, j) => [`x${j}`, c])) };
  const s: IndexSpec = { indicators: cols.map((_, j) => ({ id: `x${j}`, dimension: `d${dims[j]}`, direction: dirs[j] as 1 | -1, weight: weights[j] as number })) };
  return { t, s };
}

describe("computeIndex: properties", () => {
  it("contributions sum to the score (arithmetic aggregation)", () => {
    fc.assert(
      fc.property(tableArb, ({ cols, dirs, dims, weights }) => {
        const { t, s } = build(cols, dirs, dims, weights);
        for (const u of computeIndex(t, s).units) {
          const sum = Object.values(u.contributions).reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(u.score as number, 8);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("monotonicity: raising a +1 indicator (or lowering a −1 one) never lowers that unit's score", () => {
    fc.assert(
      fc.property(tableArb, fc.nat(), fc.nat(), fc.double({ min: 0, max: 500, noNaN: true }), ({ cols, dirs, dims, weights }, ui, ji, delta) => {
        const { t, s } = build(cols, dirs, dims, weights);
        const n = t.ids.length;
        const i = ui % n;
        const j = ji % cols.length;
        // keep the column's range fixed so that min-max bounds do not move: use goalposts
        const fixed: IndexSpec = { ...s, normalization: "goalposts", indicators: s.indicators.map((ind) => ({ ...ind, goalposts: { min: -2000, max: 2000 } })) };
        const before = computeIndex(t, fixed).units[i]?.score as number;
        const moved = cols.map((c, jj) => (jj === j ? c.map((v, ii) => (ii === i ? v + (dirs[j] as number) * delta : v)) : c));
        const after = computeIndex(build(moved, dirs, dims, weights).t, fixed).units[i]?.score as number;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it("monotonicity under min-max too: the unit with the raised value never loses score", () => {
    fc.assert(
      fc.property(tableArb, fc.nat(), fc.nat(), fc.double({ min: 0, max: 500, noNaN: true }), ({ cols, dirs, dims, weights }, ui, ji, delta) => {
        const { t, s } = build(cols, dirs, dims, weights);
        const i = ui % t.ids.length;
        const j = ji % cols.length;
        const before = computeIndex(t, s).units[i]?.score as number;
        const moved = cols.map((c, jj) => (jj === j ? c.map((v, ii) => (ii === i ? v + (dirs[j] as number) * delta : v)) : c));
        const after = computeIndex(build(moved, dirs, dims, weights).t, s).units[i]?.score as number;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it("permuting the rows permutes the results", () => {
    fc.assert(
      fc.property(
        tableArb.chain((x) => fc.tuple(fc.constant(x), fc.shuffledSubarray(Array.from({ length: (x.cols[0] ?? []).length }, (_, i) => i), { minLength: (x.cols[0] ?? []).length }))),
        ([{ cols, dirs, dims, weights }, perm]) => {
          const { t, s } = build(cols, dirs, dims, weights);
          const a = computeIndex(t, s);
          const permuted = { ids: perm.map((p) => t.ids[p] as string), columns: Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, perm.map((p) => c[p] as number)])) };
          const b = computeIndex(permuted, s);
          perm.forEach((p, q) => {
            expect(b.units[q]?.id).toBe(a.units[p]?.id);
            expect(b.units[q]?.score).toBe(a.units[p]?.score);
            expect(b.units[q]?.rank).toBe(a.units[p]?.rank);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it("computeIndexColumns agrees with computeIndex to the bit", () => {
    fc.assert(
      fc.property(tableArb, ({ cols, dirs, dims, weights }) => {
        const { t, s } = build(cols, dirs, dims, weights);
        const typed = { ...t, columns: Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, Float64Array.from(c)])) };
        const a = computeIndex(t, s);
        const b = computeIndexColumns(typed, s);
        expect(Array.from(b.scores)).toEqual(a.units.map((u) => u.score));
        expect(Array.from(b.ranks)).toEqual(a.units.map((u) => u.rank));
      }),
      { numRuns: 100 },
    );
  });
});
