/**
 * The planners' methods inside the composite index: TOPSIS as an aggregation and the
 * Alkire–Foster counting approach as a normalisation (`cutoff`), each checked against the
 * standalone functions (themselves tested on published examples), a published example and
 * hand-worked cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";
import { alkireFoster } from "./alkireFoster";
import { computeIndex, computeIndexColumns, safeComputeIndex } from "./computeIndex";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexIndicatorSpec, IndexSpec } from "./IndexSpec";
import { topsis } from "./topsis";
import { ALKIRE_FOSTER_EXAMPLE } from "./_testing";
import { uncertainty } from "./uncertainty";

const scores = (r: ReturnType<typeof computeIndex>): number[] => r.units.map((u) => u.score as number);

/** A table from a units × indicators matrix, indicator ids x0, x1, … */
function tableOf(matrix: readonly (readonly number[])[]): IndicatorTable {
  const k = matrix[0]?.length ?? 0;
  return {
    ids: matrix.map((_, i) => `u${i}`),
    columns: Object.fromEntries(Array.from({ length: k }, (_, j) => [`x${j}`, matrix.map((row) => row[j] as number)])),
  };
}

describe("aggregation: topsis", () => {
  it("works out by hand: three units, two indicators, equal weights", () => {
    // r₁ = (0, ½, 1), r₂ = (1, 0, ½); each weight ½.
    // u0: D⁻ = ½·√(0 + 1) = ½, D⁺ = ½·√(1 + 0) = ½ → ½.
    // u1: D⁻ = ½·√(¼) = ¼, D⁺ = ½·√(¼ + 1) = √5/4 → 1/(1 + √5).
    // u2: D⁻ = ½·√(1 + ¼) = √5/4, D⁺ = ½·√(¼) = ¼ → √5/(1 + √5).
    const table = tableOf([
      [0, 10],
      [5, 0],
      [10, 5],
    ]);
    const r = computeIndex(table, {
      indicators: [
        { id: "x0", dimension: "d", direction: 1 },
        { id: "x1", dimension: "d", direction: 1 },
      ],
      // TOPSIS over the indicators; the one dimension's score is then the index
      aggregation: { indicators: "topsis" },
    });
    const expected = [50, 100 / (1 + Math.sqrt(5)), (100 * Math.sqrt(5)) / (1 + Math.sqrt(5))];
    scores(r).forEach((s, i) => expect(s).toBeCloseTo(expected[i] as number, 12));
    expect(r.units.map((u) => u.rank)).toEqual([2, 3, 1]);
    // non-additive: contributions are an attribution that still sums to the score
    for (const u of r.units) expect(Object.values(u.contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(u.score as number, 9);
  });

  it("leaves a unit's missing value out of both distances, by hand", () => {
    // x1 of u1 is missing: x1 spans 5…10 over u0, u2, so r₂ = (1, –, 0); u1 has only r₁ = ½.
    const table: IndicatorTable = { ids: ["u0", "u1", "u2"], columns: { x0: [0, 5, 10], x1: [10, Number.NaN, 5] } };
    const r = computeIndex(table, {
      indicators: [
        { id: "x0", dimension: "d", direction: 1 },
        { id: "x1", dimension: "d", direction: 1 },
      ],
      aggregation: { indicators: "topsis" },
    });
    // u1: D⁻ = ½·½, D⁺ = ½·½ → 50; u0: D⁻ = ½·√(0 + 1), D⁺ = ½·√(1 + 0) → 50; u2 likewise 50.
    expect(scores(r)).toEqual([50, 50, 50]);
  });

  it("is 1 − the closeness of topsis() with min-max normalisation (property)", () => {
    const arb = fc
      .record({ m: fc.integer({ min: 3, max: 12 }), k: fc.integer({ min: 1, max: 5 }) })
      .chain(({ m, k }) =>
        fc.record({
          matrix: fc.array(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: k, maxLength: k }), { minLength: m, maxLength: m }),
          directions: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: k, maxLength: k }),
          weights: fc.array(fc.double({ min: 0.05, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
          range: fc.constantFrom<[number, number]>([0, 100], [1, 100], [0, 1]),
        }),
      )
      .filter(({ matrix }) => matrix[0]!.every((_, j) => new Set(matrix.map((row) => row[j])).size > 1));
    fc.assert(
      fc.property(arb, ({ matrix, directions, weights, range }) => {
        const indicators: IndexIndicatorSpec[] = directions.map((direction, j) => ({ id: `x${j}`, dimension: "d", direction, weight: weights[j] }));
        const ours = computeIndex(tableOf(matrix), { indicators, normalization: { method: "minmax", range }, aggregation: { indicators: "topsis" } });
        const theirs = topsis(matrix, { weights, types: directions.map((d) => (d === 1 ? "cost" : "benefit")), normalization: "minmax" });
        const [lo, hi] = range;
        scores(ours).forEach((s, i) => expect(s).toBeCloseTo(lo + (hi - lo) * (1 - (theirs.closeness[i] as number)), 9));
      }),
      { numRuns: 150 },
    );
  });

  it("at the dimensions level is topsis() on the dimension scores (property)", () => {
    const arb = fc.array(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 15 }).filter((matrix) =>
      [0, 1, 2, 3].every((j) => new Set(matrix.map((row) => row[j])).size > 1),
    );
    fc.assert(
      fc.property(arb, (matrix) => {
        const spec: IndexSpec = {
          indicators: [
            { id: "x0", dimension: "a", direction: 1 },
            { id: "x1", dimension: "a", direction: -1, weight: 2 },
            { id: "x2", dimension: "b", direction: 1 },
            { id: "x3", dimension: "c", direction: 1 },
          ],
          dimensions: [
            { id: "a", weight: 3 },
            { id: "b", weight: 2 },
            { id: "c", weight: 1 },
          ],
          aggregation: { indicators: "arithmetic", dimensions: "topsis" },
        };
        const ours = computeIndex(tableOf(matrix), spec);
        const dimScores = ours.units.map((u) => ["a", "b", "c"].map((d) => u.dimensions[d] as number));
        // a dimension whose scores are all equal separates no unit (topsis() would refuse it)
        const keep = [0, 1, 2].filter((d) => new Set(dimScores.map((row) => row[d])).size > 1);
        if (keep.length === 0) return;
        const theirs = topsis(
          dimScores.map((row) => keep.map((d) => row[d] as number)),
          { weights: keep.map((d) => [3, 2, 1][d] as number), types: keep.map(() => "cost" as const), normalization: "minmax" },
        );
        scores(ours).forEach((s, i) => expect(s).toBeCloseTo(100 * (1 - (theirs.closeness[i] as number)), 9));
      }),
      { numRuns: 100 },
    );
  });

  it("computeIndexColumns agrees to the bit, and raising a unit's deprivation never lowers its score (property)", () => {
    const arb = fc
      .record({ m: fc.integer({ min: 3, max: 15 }), k: fc.integer({ min: 1, max: 5 }) })
      .chain(({ m, k }) =>
        fc.record({
          matrix: fc.array(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: k, maxLength: k }), { minLength: m, maxLength: m }),
          directions: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: k, maxLength: k }),
          dims: fc.array(fc.constantFrom("a", "b"), { minLength: k, maxLength: k }),
          level: fc.constantFrom<IndexSpec["aggregation"]>("topsis", { indicators: "topsis" }, { dimensions: "topsis" }),
          unit: fc.nat(),
          column: fc.nat(),
          delta: fc.double({ min: 0, max: 300, noNaN: true }),
        }),
      )
      .filter(({ matrix }) => matrix[0]!.every((_, j) => new Set(matrix.map((row) => row[j])).size > 1));
    fc.assert(
      fc.property(arb, ({ matrix, directions, dims, level, unit, column, delta }) => {
        const spec: IndexSpec = { indicators: directions.map((direction, j) => ({ id: `x${j}`, dimension: dims[j] as string, direction })), aggregation: level };
        const result = safeComputeIndex(tableOf(matrix), spec);
        if (!result.success) {
          // the one refusal: TOPSIS on dimension scores that every unit shares
          expect(result.error.code).toBe("INDEX_CONSTANT_INDICATOR");
          const indicatorsLevel = level === "topsis" ? "topsis" : "arithmetic";
          const dimScores = computeIndex(tableOf(matrix), { ...spec, aggregation: { indicators: indicatorsLevel, dimensions: "arithmetic" } }).units.map((u) => u.dimensions);
          for (const d of new Set(dims)) expect(new Set(dimScores.map((ds) => ds[d])).size).toBe(1);
          return;
        }
        const before = result.data;
        expect(Array.from(computeIndexColumns(tableOf(matrix), spec).scores)).toEqual(scores(before));
        // monotonicity, TOPSIS over the indicators (a dimension-level TOPSIS rescales every unit)
        const inner: IndexSpec = { ...spec, aggregation: { indicators: "topsis" } };
        const i = unit % matrix.length;
        const j = column % directions.length;
        const moved = matrix.map((row, r) => row.map((x, c) => (r === i && c === j ? x + (directions[j] as number) * delta : x)));
        const d = dims[j] as string;
        const was = computeIndex(tableOf(matrix), inner).units[i]!;
        const now = computeIndex(tableOf(moved), inner).units[i]!;
        expect(now.dimensions[d] as number).toBeGreaterThanOrEqual((was.dimensions[d] as number) - 1e-9);
        expect(now.score as number).toBeGreaterThanOrEqual((was.score as number) - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it("runs inside uncertainty the same way as in computeIndex", () => {
    const matrix = Array.from({ length: 12 }, (_, i) => [((i * 37) % 11) + 1, ((i * 53) % 13) + 2, ((i * 29) % 7) + 3]);
    const spec: IndexSpec = {
      indicators: [
        { id: "x0", dimension: "a", direction: 1 },
        { id: "x1", dimension: "a", direction: -1 },
        { id: "x2", dimension: "b", direction: 1 },
      ],
      aggregation: "topsis",
    };
    const nominal = computeIndex(tableOf(matrix), spec);
    const u = uncertainty(tableOf(matrix), spec, { runs: 16, vary: { weights: false } });
    u.units.forEach((unit, i) => {
      expect(unit.rankNominal).toBe(nominal.units[i]?.rank);
      expect(unit.rankP05).toBe(unit.rankNominal);
      expect(unit.rankP95).toBe(unit.rankNominal);
    });
    const mixed = uncertainty(tableOf(matrix), spec, { runs: 64, vary: { aggregation: ["arithmetic", "topsis"] } });
    for (const unit of mixed.units) expect(unit.rankP05 as number).toBeLessThanOrEqual(unit.rankP95 as number);
  });

  it("as the shorthand for both levels, also rescales the dimension scores by TOPSIS", () => {
    // one dimension: its TOPSIS scores (50, 30.9, 69.1) go through TOPSIS again, i.e. min-max
    const table = tableOf([
      [0, 10],
      [5, 0],
      [10, 5],
    ]);
    const indicators: IndexIndicatorSpec[] = [
      { id: "x0", dimension: "d", direction: 1 },
      { id: "x1", dimension: "d", direction: 1 },
    ];
    const both = computeIndex(table, { indicators, aggregation: "topsis" });
    const d = [50, 100 / (1 + Math.sqrt(5)), (100 * Math.sqrt(5)) / (1 + Math.sqrt(5))];
    scores(both).forEach((s, i) => expect(s).toBeCloseTo((100 * ((d[i] as number) - (d[1] as number))) / ((d[2] as number) - (d[1] as number)), 9));
  });

  it("refuses a unit it cannot place, with a clear code", () => {
    // every unit is deprived in the only indicator: nothing separates them
    const table: IndicatorTable = { ids: ["a", "b", "c"], columns: { x: [1, 2, 3] } };
    const spec: IndexSpec = { indicators: [{ id: "x", dimension: "d", direction: 1, cutoff: 0 }], normalization: "cutoff", aggregation: "topsis" };
    expect(codeOf(() => computeIndex(table, spec))).toBe("INDEX_CONSTANT_INDICATOR");
    expect(codeOf(() => computeIndex(table, { ...spec, aggregation: "topsys" as never }))).toBe("INDEX_INVALID_SPEC");
  });
});

// Alkire & Foster (2011), J. Public Econ. 95(7–8):476–487, worked example: achievements
// (higher is better, so direction −1) with cutoffs z; the paper's deprivation counts are
// (0, 2, 4, 1).
const { y, z } = ALKIRE_FOSTER_EXAMPLE;

describe("normalization: cutoff (Alkire–Foster counting)", () => {
  it("reproduces the paper's example: scores c = (0, ½, 1, ¼), k = ½ identifies persons 2 and 3, M0 = 3/8", () => {
    const r = computeIndex(tableOf(y), {
      indicators: z.map((cutoff, j) => ({ id: `x${j}`, dimension: `d${j}`, direction: -1, cutoff })),
      normalization: "cutoff",
      levels: { method: "fixed", thresholds: [50], labels: [{ fa: "فقیر", en: "poor" }, { fa: "غیرفقیر", en: "not poor" }] },
    });
    expect(scores(r)).toEqual([0, 50, 100, 25]);
    const poor = r.units.map((u) => u.level?.level === 1);
    expect(poor).toEqual([false, true, true, false]);
    const H = poor.filter(Boolean).length / poor.length;
    const M0 = r.units.reduce((s, u, i) => s + (poor[i] ? (u.score as number) / 100 : 0), 0) / r.units.length;
    expect(H).toBe(0.5);
    expect(M0).toBe(0.375);
    expect(r.units[2]?.level?.en).toBe("poor");
  });

  it("is alkireFoster()'s deprivation score with the nested weights, and identifies the same poor (property)", () => {
    const arb = fc
      .record({ m: fc.integer({ min: 2, max: 15 }), k: fc.integer({ min: 1, max: 6 }) })
      .chain(({ m, k }) =>
        fc.record({
          // integers, so that values often sit exactly on a cutoff
          matrix: fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: k, maxLength: k }), { minLength: m, maxLength: m }),
          cutoffs: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: k, maxLength: k }),
          directions: fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: k, maxLength: k }),
          dims: fc.array(fc.constantFrom("a", "b", "c"), { minLength: k, maxLength: k }),
          weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }),
          kCut: fc.constantFrom(0.25, 0.5, 0.75, 1),
        }),
      );
    fc.assert(
      fc.property(arb, ({ matrix, cutoffs, directions, dims, weights, kCut }) => {
        const indicators: IndexIndicatorSpec[] = cutoffs.map((cutoff, j) => ({ id: `x${j}`, dimension: dims[j] as string, direction: directions[j] as 1 | -1, weight: weights[j], cutoff }));
        const r = computeIndex(tableOf(matrix), { indicators, normalization: "cutoff", levels: { method: "fixed", thresholds: [100 * kCut] } });
        // the effective nested weights W_d·w_j (each level sums to 1)
        const w = indicators.map((ind) => (r.weights.indicators[ind.id] as number) * (r.weights.dimensions[ind.dimension] as number));
        // alkireFoster reads positive achievements, deprived strictly below the cutoff:
        // 100 − x for direction 1 (deprived when x > c), x + 1 for direction −1
        const achieve = (x: number, j: number): number => (directions[j] === 1 ? 100 - x : x + 1);
        const af = alkireFoster(
          matrix.map((row) => row.map(achieve)),
          { cutoffs: cutoffs.map(achieve), k: kCut, weights: w },
        );
        scores(r).forEach((s, i) => expect(s / 100).toBeCloseTo(af.scores[i] as number, 12));
        // identification agrees except where the score sits within rounding of 100·k
        r.units.forEach((u, i) => {
          if (Math.abs((u.score as number) - 100 * kCut) > 1e-9) expect(u.level?.level === 1).toBe(af.poor[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses winsorisation, which would move values across the cutoff", () => {
    const base = z.map((cutoff, j) => ({ id: `x${j}`, dimension: "d", direction: -1 as const, cutoff }));
    const message = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        return (error as { code: string; message: string }).code + " " + (error as Error).message;
      }
      return "no error";
    };
    expect(message(() => computeIndex(tableOf(y), { indicators: base, normalization: "cutoff", outliers: "winsorize" }))).toMatch(/^INDEX_INVALID_SPEC .*winsoris/);
    expect(message(() => uncertainty(tableOf(y), { indicators: base, outliers: "winsorize" }, { runs: 8, vary: { normalization: ["minmax", "cutoff"] } }))).toMatch(/^INDEX_INVALID_SPEC .*winsoris/);
    // without the cutoff alternative the same spec runs
    expect(uncertainty(tableOf(y), { indicators: base, outliers: "winsorize" }, { runs: 8 }).units).toHaveLength(4);
  });

  it("needs a cutoff for every indicator, and a finite one", () => {
    const table = tableOf(y);
    const base = z.map((cutoff, j) => ({ id: `x${j}`, dimension: "d", direction: -1 as const, cutoff }));
    expect(codeOf(() => computeIndex(table, { indicators: [...base.slice(1), { id: "x0", dimension: "d", direction: -1 }], normalization: "cutoff" }))).toBe("INDEX_INVALID_SPEC");
    expect(codeOf(() => computeIndex(table, { indicators: [{ ...base[0]!, cutoff: Number.NaN }], normalization: "cutoff" }))).toBe("INDEX_INVALID_SPEC");
    expect(codeOf(() => computeIndex(table, { indicators: [{ ...base[0]!, cutoff: "13" as never }] }))).toBe("INDEX_INVALID_SPEC");
    // and uncertainty checks the alternatives it is given the same way
    expect(codeOf(() => uncertainty(table, { indicators: [{ id: "x0", dimension: "d", direction: -1 }] }, { runs: 8, vary: { normalization: ["minmax", "cutoff"] } }))).toBe("INDEX_INVALID_SPEC");
  });
});
