import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../internal/errorCodeOf";
import { isMahallehError } from "../errors/MahallehError";
import { ahpConsistency } from "./ahpConsistency";
import { computeIndex } from "./computeIndex";
import { effectiveWeights } from "./effectiveWeights";
import type { IndexSpec } from "./IndexSpec";

/**
 * Saaty's eigenvector of a 3 × 3 reciprocal matrix [[1, a, b], [1/a, 1, c], [1/b, 1/c, 1]],
 * worked by hand: for n = 3 the principal eigenvector is the vector of row geometric means
 * g = (∛(ab), ∛(c/a), ∛(1/(bc))), and with t = ∛(ac/b), (A·g)ᵢ/gᵢ = 1 + t + 1/t for every row,
 * so λmax = 1 + t + 1/t, CI = (λmax − 3)/2 and CR = CI/0.58 (Saaty's RI for n = 3).
 */
function saaty3(a: number, b: number, c: number): { weights: number[]; lambda: number; cr: number } {
  const g = [Math.cbrt(a * b), Math.cbrt(c / a), Math.cbrt(1 / (b * c))];
  const sum = g[0]! + g[1]! + g[2]!;
  const t = Math.cbrt((a * c) / b);
  const lambda = 1 + t + 1 / t;
  return { weights: g.map((x) => x / sum), lambda, cr: (lambda - 3) / 2 / 0.58 };
}
const m3 = (a: number, b: number, c: number): number[][] => [
  [1, a, b],
  [1 / a, 1, c],
  [1 / b, 1 / c, 1],
];
const m2 = (a: number): number[][] => [
  [1, a],
  [1 / a, 1],
];

/**
 * A hand-worked three-level tree (indicator → sub-dimension → dimension → index) with one
 * matrix per group of siblings:
 *
 *   index:    economy : society                   2 : 1         → ⅔, ⅓
 *   economy:  work, money, housing                [[1,3,5],[⅓,1,3],[⅕,⅓,1]] (CR ≈ 0.033)
 *   society:  school, care                        4 : 1         → 0.8, 0.2
 *   work:     jobless, informal                   2 : 1         → ⅔, ⅓
 *   school:   literacy, dropout, enrolment        [[1,2,4],[½,1,2],[¼,½,1]] (consistent) → 4/7, 2/7, 1/7
 *   money: income; housing: crowding; care: clinic (single indicators, weight 1)
 */
const table = {
  ids: ["a", "b", "c", "d", "e"],
  columns: {
    jobless: [5, 10, 15, 20, 30],
    informal: [40, 20, 30, 10, 50],
    income: [90, 70, 50, 60, 30],
    crowding: [1.2, 1.5, 2.5, 2, 3],
    literacy: [95, 90, 80, 85, 70],
    dropout: [2, 4, 8, 6, 10],
    enrolment: [98, 95, 90, 92, 80],
    clinic: [1, 2, 3, 5, 4],
  },
};
const spec: IndexSpec = {
  indicators: [
    { id: "jobless", dimension: "work", direction: 1 },
    { id: "informal", dimension: "work", direction: 1 },
    { id: "income", dimension: "money", direction: -1 },
    { id: "crowding", dimension: "housing", direction: 1 },
    { id: "literacy", dimension: "school", direction: -1 },
    { id: "dropout", dimension: "school", direction: 1 },
    { id: "enrolment", dimension: "school", direction: -1 },
    { id: "clinic", dimension: "care", direction: 1 },
  ],
  dimensions: [
    { id: "economy" },
    { id: "society" },
    { id: "work", parent: "economy" },
    { id: "money", parent: "economy" },
    { id: "housing", parent: "economy" },
    { id: "school", parent: "society" },
    { id: "care", parent: "society" },
  ],
  weighting: {
    method: "ahp",
    dimensions: m2(2),
    children: { economy: m3(3, 5, 3), society: m2(4) },
    indicators: { work: m2(2), school: m3(2, 4, 2) },
  },
};

const economy = saaty3(3, 5, 3);
const school = saaty3(2, 4, 2);
/** Local weights, worked independently of the library. */
const local = {
  economy: 2 / 3,
  society: 1 / 3,
  work: economy.weights[0]!,
  money: economy.weights[1]!,
  housing: economy.weights[2]!,
  school: 0.8,
  care: 0.2,
  jobless: 2 / 3,
  informal: 1 / 3,
  income: 1,
  crowding: 1,
  literacy: school.weights[0]!,
  dropout: school.weights[1]!,
  enrolment: school.weights[2]!,
  clinic: 1,
};
/** Effective weights: the products of the local weights down the tree. */
const global: Record<string, number> = {
  jobless: local.economy * local.work * local.jobless,
  informal: local.economy * local.work * local.informal,
  income: local.economy * local.money,
  crowding: local.economy * local.housing,
  literacy: local.society * local.school * local.literacy,
  dropout: local.society * local.school * local.dropout,
  enrolment: local.society * local.school * local.enrolment,
  clinic: local.society * local.care,
};

describe("AHP weights at every level of a deeper hierarchy", () => {
  it("the hand-worked eigenvectors: (0.6370, 0.2583, 0.1047), λmax ≈ 3.0385 and 4/7, 2/7, 1/7", () => {
    // sanity of the independent formulas against numbers printed in the AHP literature for
    // [[1,3,5],[⅓,1,3],[⅕,⅓,1]] (e.g. the geometric-mean route of ahp.test.ts)
    expect(economy.weights.map((w) => Number(w.toFixed(4)))).toEqual([0.637, 0.2583, 0.1047]);
    expect(economy.lambda).toBeCloseTo(3.0385, 4);
    expect(school.weights.map((w) => w * 7)).toEqual([expect.closeTo(4, 12), expect.closeTo(2, 12), expect.closeTo(1, 12)]);
    expect(school.lambda).toBeCloseTo(3, 12);
  });

  it("each group's priorities and the dimension weights within their parents", () => {
    const r = computeIndex(table, spec);
    for (const id of ["economy", "society", "work", "money", "housing", "school", "care"] as const) expect(r.weights.dimensions[id]).toBeCloseTo(local[id], 12);
    for (const id of ["jobless", "informal", "income", "crowding", "literacy", "dropout", "enrolment", "clinic"] as const) expect(r.weights.indicators[id]).toBeCloseTo(local[id], 12);
  });

  it("effective weights are the products down the tree and sum to 1", () => {
    const rows = effectiveWeights(table, spec);
    for (const row of rows) expect(row.weight).toBeCloseTo(global[row.indicator] as number, 12);
    expect(rows.reduce((s, row) => s + row.weight, 0)).toBeCloseTo(1, 12);
    expect(rows.find((row) => row.indicator === "dropout")?.path.map((p) => p.id)).toEqual(["school", "society"]);
  });

  it("scores equal Σ effective weight × min-max value (arithmetic at every level, no gaps)", () => {
    const r = computeIndex(table, spec);
    const directions = Object.fromEntries(spec.indicators.map((ind) => [ind.id, ind.direction]));
    const minmax = (id: string, i: number): number => {
      const col = table.columns[id as keyof typeof table.columns];
      const lo = Math.min(...col);
      const hi = Math.max(...col);
      const x = col[i] as number;
      return 100 * (directions[id] === 1 ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo));
    };
    table.ids.forEach((_, i) => {
      const want = Object.entries(global).reduce((s, [id, w]) => s + w * minmax(id, i), 0);
      expect(r.units[i]?.score).toBeCloseTo(want, 9);
    });
  });

  it("ahpConsistency reports every matrix, top down, with λmax, CI and CR", () => {
    const rows = ahpConsistency(table, spec);
    expect(rows.map((g) => [g.parent, g.compares])).toEqual([
      [null, "dimensions"],
      ["economy", "dimensions"],
      ["society", "dimensions"],
      ["work", "indicators"],
      ["school", "indicators"],
    ]);
    expect(rows[1]?.members).toEqual(["work", "money", "housing"]);
    expect(rows[4]?.members).toEqual(["literacy", "dropout", "enrolment"]);
    const eco = rows[1]!;
    eco.weights.forEach((w, q) => expect(w).toBeCloseTo(economy.weights[q] as number, 12));
    expect(eco.lambdaMax).toBeCloseTo(economy.lambda, 12);
    expect(eco.ci).toBeCloseTo((economy.lambda - 3) / 2, 12);
    expect(eco.cr).toBeCloseTo(economy.cr, 12);
    expect(eco.cr).toBeCloseTo(0.0332, 4);
    expect(eco.consistent).toBe(true);
    // Saaty's stricter rule for n = 3 (0.05) still passes; 0.03 does not
    expect(ahpConsistency(table, spec, { threshold: 0.03 })[1]?.consistent).toBe(false);
    for (const g of [rows[0], rows[2], rows[3], rows[4]]) expect(g?.cr).toBeCloseTo(0, 12);
  });

  it("flags an intransitive group deep in the tree without refusing it", () => {
    // work 9× money, money 9× housing, housing 9× work: CR = (32/9)/0.58 (circulant matrix)
    const cyclic = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    const s: IndexSpec = { ...spec, weighting: { method: "ahp", children: { economy: cyclic } } };
    const rows = ahpConsistency(table, s);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cr).toBeCloseTo(32 / 9 / 0.58, 9);
    expect(rows[0]?.consistent).toBe(false);
    // the index still uses it (equal thirds), and the groups without a matrix keep manual weights
    const r = computeIndex(table, s);
    expect(r.weights.dimensions["work"]).toBeCloseTo(1 / 3, 9);
    expect(r.weights.dimensions["economy"]).toBe(0.5);
    expect(r.weights.indicators["literacy"]).toBeCloseTo(1 / 3, 12);
  });

  it("four levels: indicator → sub-dimension → dimension → pillar → index", () => {
    const deep: IndexSpec = {
      indicators: spec.indicators,
      dimensions: [
        { id: "living", weight: 99 },
        { id: "economy", parent: "living" },
        { id: "society", parent: "living" },
        { id: "work", parent: "economy" },
        { id: "money", parent: "economy" },
        { id: "housing", parent: "economy" },
        { id: "school", parent: "society" },
        { id: "care", parent: "society" },
      ],
      weighting: { method: "ahp", children: { living: m2(2), economy: m3(3, 5, 3), society: m2(4) }, indicators: { work: m2(2), school: m3(2, 4, 2) } },
    };
    const rows = effectiveWeights(table, deep);
    for (const row of rows) expect(row.weight).toBeCloseTo(global[row.indicator] as number, 12);
    expect(rows[0]?.path).toEqual([
      { id: "work", weight: expect.closeTo(local.work, 12) },
      { id: "economy", weight: expect.closeTo(2 / 3, 12) },
      { id: "living", weight: 1 },
    ]);
    expect(ahpConsistency(table, deep).map((g) => g.parent)).toEqual(["living", "economy", "society", "work", "school"]);
  });

  it("composition: for any judgements, each indicator's weight is the product of its groups' priorities (property)", () => {
    const judgement = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9);
    fc.assert(
      fc.property(fc.tuple(judgement, judgement, judgement, judgement, judgement, judgement, judgement, judgement, judgement), ([t, e1, e2, e3, s1, w1, c1, c2, c3]) => {
        const s: IndexSpec = { ...spec, weighting: { method: "ahp", dimensions: m2(t), children: { economy: m3(e1, e2, e3), society: m2(s1) }, indicators: { work: m2(w1), school: m3(c1, c2, c3) } } };
        const groups = new Map(ahpConsistency(table, s).flatMap((g) => g.members.map((id, q) => [id, g.weights[q] as number] as const)));
        const rows = effectiveWeights(table, s);
        const total = rows.reduce((sum, row) => sum + row.weight, 0);
        return (
          Math.abs(total - 1) < 1e-12 &&
          rows.every((row) => Math.abs(row.weight - (groups.get(row.indicator) ?? 1) * row.path.reduce((p, step) => p * (groups.get(step.id) as number), 1)) < 1e-12)
        );
      }),
      { numRuns: 50 },
    );
  });

  it("refuses matrices that do not fit their group, naming it", () => {
    const bad = (weighting: IndexSpec["weighting"]): IndexSpec => ({ ...spec, weighting });
    const wrongSize = bad({ method: "ahp", children: { economy: m2(3) } });
    expect(errorCodeOf(() => computeIndex(table, wrongSize))).toBe("INDEX_INVALID_SPEC");
    try {
      computeIndex(table, wrongSize);
    } catch (e) {
      expect(isMahallehError(e) && e.details).toEqual({ dimension: "economy", members: ["work", "money", "housing"], expected: 3, actual: 2 });
      expect(isMahallehError(e) && e.messages.en).toBe("The AHP matrix of work, money, housing must be 3×3");
    }
    // the top level of a deeper tree has two dimensions, not seven
    expect(errorCodeOf(() => computeIndex(table, bad({ method: "ahp", dimensions: m3(2, 4, 2) })))).toBe("INDEX_INVALID_SPEC");
    // children of a leaf dimension, of an unknown one; indicators of an upper dimension
    expect(errorCodeOf(() => computeIndex(table, bad({ method: "ahp", children: { work: m2(2) } })))).toBe("INDEX_UNKNOWN_DIMENSION");
    expect(errorCodeOf(() => computeIndex(table, bad({ method: "ahp", children: { econmy: m3(3, 5, 3) } })))).toBe("INDEX_UNKNOWN_DIMENSION");
    expect(errorCodeOf(() => computeIndex(table, bad({ method: "ahp", indicators: { society: m2(2) } })))).toBe("INDEX_UNKNOWN_DIMENSION");
    // a flat spec has no children
    const flat: IndexSpec = { indicators: spec.indicators, weighting: { method: "ahp", children: { work: m2(2) } } };
    expect(errorCodeOf(() => computeIndex(table, flat))).toBe("INDEX_UNKNOWN_DIMENSION");
    // a malformed matrix keeps ahp's own code
    expect(errorCodeOf(() => computeIndex(table, bad({ method: "ahp", children: { society: [[1, 2], [2, 1]] } })))).toBe("SCORING_NOT_RECIPROCAL");
  });

  it("ahpConsistency refuses a spec without AHP weighting and bad options", () => {
    expect(errorCodeOf(() => ahpConsistency(table, { ...spec, weighting: "equal" }))).toBe("INDEX_INVALID_OPTIONS");
    expect(errorCodeOf(() => ahpConsistency(table, spec, { threshold: -1 }))).toBe("INDEX_INVALID_OPTIONS");
    expect(errorCodeOf(() => ahpConsistency(table, spec, "strict" as never))).toBe("INDEX_INVALID_OPTIONS");
  });

  it("a flat spec: the dimensions matrix weighs every dimension, as before", () => {
    const flat: IndexSpec = { indicators: spec.indicators, weighting: { method: "ahp", dimensions: [[1, 1, 1, 2, 4], [1, 1, 1, 2, 4], [1, 1, 1, 2, 4], [1 / 2, 1 / 2, 1 / 2, 1, 2], [1 / 4, 1 / 4, 1 / 4, 1 / 2, 1]] } };
    const r = computeIndex(table, flat);
    // consistent 4 : 4 : 4 : 2 : 1 over work, money, housing, school, care (order of first use)
    expect(r.weights.dimensions["work"]).toBeCloseTo(4 / 15, 12);
    expect(r.weights.dimensions["care"]).toBeCloseTo(1 / 15, 12);
    expect(ahpConsistency(table, flat)[0]?.members).toEqual(["work", "money", "housing", "school", "care"]);
  });
});
