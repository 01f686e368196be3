/**
 * Change over time in the (synthetic) Alborz sample: scores 1402 and 1403 on the same fixed
 * goalposts, so that scores are comparable across years, and lists the neighbourhoods that
 * moved most in the ranking.
 *
 * Run: npx tsx examples/score-change-over-time.ts
 */
import assert from "node:assert/strict";
import { sampleDataset } from "mahalleh/models";
import { compareIndices, computeIndex, tableFromObservations } from "mahalleh/scoring";
import type { IndexSpec } from "mahalleh/scoring";

// Goalposts: each indicator's range over both years, fixed for both runs.
const goalposts = (id: string): { min: number; max: number } => {
  const values = sampleDataset.observations.filter((o) => o.indicatorId === id && o.value !== null).map((o) => o.value as number);
  return { min: Math.min(...values), max: Math.max(...values) };
};
const spec: IndexSpec = {
  indicators: sampleDataset.indicators.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction, goalposts: goalposts(i.id) })),
  normalization: "goalposts",
};
const ids = sampleDataset.neighbourhoods.map((n) => n.id);
const before = computeIndex(tableFromObservations(sampleDataset.observations, { period: "1402", ids }), spec);
const after = computeIndex(tableFromObservations(sampleDataset.observations, { period: "1403", ids }), spec);
const changes = compareIndices(before, after);

const name = (id: string): string => sampleDataset.neighbourhoods.find((n) => n.id === id)?.nameFa ?? id;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const scoreChanges = changes.map((c) => c.scoreChange as number);
console.log(`1402 → 1403: mean score change ${mean(scoreChanges).toFixed(2)} points (negative = less deprived overall)\n`);

const byMove = [...changes].sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0));
console.log("Moved towards the top of the list (relatively more deprived):");
for (const c of byMove.slice(0, 3)) console.log(`  ${name(c.id)}: rank ${c.rankBefore} → ${c.rankAfter}, score ${c.scoreBefore?.toFixed(1)} → ${c.scoreAfter?.toFixed(1)}`);
console.log("Moved down (relatively less deprived):");
for (const c of byMove.slice(-3).reverse()) console.log(`  ${name(c.id)}: rank ${c.rankBefore} → ${c.rankAfter}, score ${c.scoreBefore?.toFixed(1)} → ${c.scoreAfter?.toFixed(1)}`);

// every neighbourhood is in both years; rank changes cancel out (ranks are a permutation when there are no ties)
assert.equal(changes.length, 66);
assert.ok(changes.every((c) => c.scoreChange !== null && c.rankChange !== null));
assert.equal(changes.reduce((s, c) => s + (c.rankChange as number), 0), 0);
// with goalposts the score change is exactly the difference of the two runs
const first = changes[0]!;
assert.ok(Math.abs((first.scoreAfter as number) - (first.scoreBefore as number) - (first.scoreChange as number)) < 1e-12);
