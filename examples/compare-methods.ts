/**
 * Ranks the 66 neighbourhoods of the bundled (synthetic) Alborz sample by four methods —
 * the composite index (`computeIndex`), TOPSIS, VIKOR and the Morris index — with the same
 * indicators and the same effective weights, and shows where they agree and where they differ.
 *
 * Run: npx tsx examples/compare-methods.ts
 */
import assert from "node:assert/strict";
import { sampleDataset, standardIndicators } from "mahalleh/models";
import { computeIndex, morrisIndex, tableFromObservations, topsis, vikor } from "mahalleh/scoring";
import type { CriterionType } from "mahalleh/scoring";

const period = "1403";
const indicators = standardIndicators.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction }));
const table = tableFromObservations(sampleDataset.observations, {
  period,
  ids: sampleDataset.neighbourhoods.map((n) => n.id),
  groupOf: Object.fromEntries(sampleDataset.neighbourhoods.map((n) => [n.id, n.countyId])),
  indicators: indicators.map((i) => i.id),
});

// 1. The composite index: min-max 0–100, arithmetic means, equal dimension weights; higher =
//    more deprived. Missing values are handled by reweighting.
const composite = computeIndex(table, { indicators });

// 2. The MCDA methods need a complete matrix: keep the neighbourhoods with every indicator.
const columns = indicators.map((i) => Array.from(table.columns[i.id] ?? []));
const complete = table.ids.map((_, r) => r).filter((r) => columns.every((col) => Number.isFinite(col[r])));
const matrix = complete.map((r) => columns.map((col) => col[r] as number));
// Each indicator's effective weight in the composite: its weight in its dimension × the
// dimension's weight.
const weights = indicators.map((i) => (composite.weights.indicators[i.id] ?? 0) * (composite.weights.dimensions[i.dimension] ?? 0));
// TOPSIS, VIKOR and Morris rank development: an indicator that signals deprivation (+1) is a cost.
const types: CriterionType[] = indicators.map((i) => (i.direction === 1 ? "cost" : "benefit"));

const t = topsis(matrix, { weights, types });
const v = vikor(matrix, { weights, types });
const m = morrisIndex(matrix, { types });

// Deprivation ranks (1 = most deprived) of the complete neighbourhoods under each method.
const n = complete.length;
const byComposite = complete.map((r) => composite.units[r]?.score ?? Number.NaN);
const deprivationRank = (values: number[], higherIsMoreDeprived: boolean): number[] => {
  const order = values.map((_, i) => i).sort((a, b) => (higherIsMoreDeprived ? (values[b] as number) - (values[a] as number) : (values[a] as number) - (values[b] as number)) || a - b);
  const ranks = new Array<number>(values.length);
  order.forEach((i, position) => (ranks[i] = position + 1));
  return ranks;
};
const ranks = {
  composite: deprivationRank(byComposite, true),
  topsis: deprivationRank(t.closeness, false),
  vikor: deprivationRank(v.Q, true),
  morris: deprivationRank(m.scores, false),
};

/** Spearman's rank correlation (no ties: the ranks above are a permutation). */
const spearman = (a: number[], b: number[]): number => 1 - (6 * a.reduce((s, x, i) => s + (x - (b[i] as number)) ** 2, 0)) / (n * (n * n - 1));

const name = (r: number): string => sampleDataset.neighbourhoods.find((x) => x.id === table.ids[r])?.nameFa ?? String(table.ids[r]);
console.log(`Alborz sample (synthetic), ${period}: ${table.ids.length} neighbourhoods, ${n} with every indicator\n`);
console.log("The 10 most deprived by the composite index, and their rank under each method:");
console.log("  composite  TOPSIS  VIKOR  Morris  neighbourhood");
const top = complete.map((r, i) => ({ r, i })).sort((a, b) => (ranks.composite[a.i] as number) - (ranks.composite[b.i] as number)).slice(0, 10);
for (const { r, i } of top) {
  const cells = [ranks.composite[i], ranks.topsis[i], ranks.vikor[i], ranks.morris[i]].map((x) => String(x).padStart(7));
  console.log(`${cells.join(" ")}  ${name(r)}`);
}
const methods = ["composite", "topsis", "vikor", "morris"] as const;
console.log("\nSpearman rank correlations:");
for (const a of methods) console.log(`  ${a.padEnd(10)} ${methods.map((b) => spearman(ranks[a], ranks[b]).toFixed(3).padStart(7)).join(" ")}`);
console.log(`\nVIKOR compromise (most developed end): ${v.compromise.map((i) => name(complete[i] as number)).join("، ")}`);
console.log(`  acceptable advantage: ${v.acceptableAdvantage}, acceptable stability: ${v.acceptableStability}`);

// Claims checked:
// - the sample has every neighbourhood, and only a few lack an indicator;
assert.equal(table.ids.length, sampleDataset.neighbourhoods.length);
assert.ok(n >= table.ids.length - 10);
// - the effective weights of the composite sum to 1, so TOPSIS/VIKOR use the same weighting;
assert.ok(Math.abs(weights.reduce((s, w) => s + w, 0) - 1) < 1e-9);
// - the sample's indicators share a hidden deprivation level, so every method agrees strongly
//   with the composite index (ρ > 0.8; VIKOR's Q also weighs each neighbourhood's single
//   worst indicator, R, which is where it departs most);
for (const method of ["topsis", "vikor", "morris"] as const) assert.ok(spearman(ranks.composite, ranks[method]) > 0.8, method);
// - every method is a permutation of 1…n;
for (const method of methods) assert.deepEqual([...ranks[method]].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i + 1));
// - VIKOR's compromise set starts with its best-ranked alternative.
assert.equal(v.ranks[v.compromise[0] as number], 1);
