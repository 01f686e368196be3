/**
 * Evaluation (issue 14). Targets: difference-in-differences with 2,000 cluster-bootstrap
 * replications on 2,000 neighbourhoods × 2 periods ≤ 1 s; nearest-neighbour matching of
 * 2,000 treated among 20,000 candidates on 10 covariates ≤ 1 s (against brute force in plain
 * JavaScript, same answer checked); the index over 10 periods of 100,000 units × 40 indicators
 * ≤ 10 × one columnar run (computeIndexColumns) on the same machine.
 */
import { computeIndexOverTime, differenceInDifferences, matchComparison } from "../src/evaluation/index";
import { classifyLevels, computeIndexColumns } from "../src/scoring/index";
import type { IndexSpec, ObservationLike } from "../src/scoring/index";
import { compare } from "./harness";
import { matchComparison as legacyMatchComparison } from "./legacy/matchComparison-0.1.0";

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Median CPU time (user + system, `process.cpuUsage`) of `reps` calls: on a shared machine wall time counts the waits too. */
function timeMs(fn: () => unknown, reps: number): number {
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(reps / 2)] as number;
}

const verdict = (ms: number, limit: number): string => `${ms.toFixed(1)} ms (target ≤ ${limit} ms ${ms <= limit ? "met" : "NOT MET"})`;

/**
 * Brute-force 1-NN over standardised covariates (the obvious way), ties to the earlier
 * candidate; with `taken`, greedy without replacement in treated order.
 */
function bruteForce(x: Float64Array[], treated: number[], candidates: number[], sd: number[], taken?: Uint8Array): number[] {
  return treated.map((t) => {
    let best = -1;
    let bestD = Infinity;
    for (const c of candidates) {
      if (taken !== undefined && taken[c] === 1) continue;
      let d = 0;
      for (let j = 0; j < x.length; j++) d += ((x[j] as Float64Array)[c]! / sd[j]! - (x[j] as Float64Array)[t]! / sd[j]!) ** 2;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    if (taken !== undefined && best >= 0) taken[best] = 1;
    return best;
  });
}

export default async function run(): Promise<void> {
  // 1. DiD + 2,000 bootstrap replications, 2,000 units × 2 periods
  {
    const next = lcg(3);
    const panel: ObservationLike[] = [];
    const treated: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const id = `n${i}`;
      if (i % 3 === 0) treated.push(id);
      const base = 10 + 10 * next();
      panel.push({ neighbourhoodId: id, indicatorId: "u", period: "1401", value: base + next() });
      panel.push({ neighbourhoodId: id, indicatorId: "u", period: "1403", value: base - 0.5 - (i % 3 === 0 ? 1.5 : 0) + next() });
    }
    const did = () => differenceInDifferences(panel, { outcome: "u", treated, before: "1401", after: "1403", bootstrap: { replications: 2000, seed: 1 } });
    await compare({ title: "difference-in-differences, 2,000 units × 2 periods, 2,000 cluster-bootstrap replications", ours: did, peers: {} }, { time: 2000 });
    console.log(`  median CPU time of 7 runs: ${verdict(timeMs(did, 7), 1000)}`);
  }
  // 2. matching 2,000 treated among 20,000 candidates on 10 covariates
  {
    const next = lcg(5);
    const n = 22_000;
    const p = 10;
    const x = Array.from({ length: p }, () => new Float64Array(n));
    const units = Array.from({ length: n }, (_, i) => {
      const u: Record<string, unknown> = { id: `u${i}` };
      for (let j = 0; j < p; j++) {
        const v = (i < 2000 ? 0.3 : 0) + next() + next() + next();
        (x[j] as Float64Array)[i] = v;
        u[`c${j}`] = v;
      }
      return u as { id: string };
    });
    const treatedIds = units.slice(0, 2000).map((u) => u.id);
    const on = Array.from({ length: p }, (_, j) => `c${j}`);
    const ours = () => matchComparison(units, { treated: treatedIds, on });
    const oursNoReplace = () => matchComparison(units, { treated: treatedIds, on, replace: false });
    const legacy = () => legacyMatchComparison(units, { treated: treatedIds, on });
    const sd = x.map((col) => {
      const m = col.reduce((a, b) => a + b, 0) / n;
      return Math.sqrt(col.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
    });
    const treatedIdx = Array.from({ length: 2000 }, (_, i) => i);
    const candidateIdx = Array.from({ length: n - 2000 }, (_, i) => i + 2000);
    const brute = () => bruteForce(x, treatedIdx, candidateIdx, sd);
    // each call of the 0.1.0 search takes seconds: medians of a few timed calls, all in this run
    const tOurs = timeMs(ours, 5);
    const tNoReplace = timeMs(oursNoReplace, 5);
    const tLegacy = timeMs(legacy, 2);
    const tBrute = timeMs(brute, 2);
    const a = ours();
    const b = brute();
    const c = legacy();
    const d = oursNoReplace();
    const e = bruteForce(x, treatedIdx, candidateIdx, sd, new Uint8Array(n));
    const same = a.pairs.every((pr, i) => pr.matches[0]?.id === `u${b[i]}` && pr.matches[0]?.id === c.pairs[i]?.matches[0]?.id);
    const sameNoReplace = d.pairs.length === 2000 && d.pairs.every((pr, i) => pr.matches[0]?.id === `u${e[i]}`);
    console.log("\nmatching: 2,000 treated among 20,000 candidates on 10 covariates (1-NN, standardised), median CPU ms");
    console.log(`  k-d tree, with replacement      ${verdict(tOurs, 1000)}`);
    console.log(`  k-d tree, without replacement   ${verdict(tNoReplace, 1000)}`);
    console.log(`  0.1.0 (sorted on 1st covariate) ${tLegacy.toFixed(1)} ms: k-d tree is ${(tLegacy / tOurs).toFixed(1)}× faster`);
    console.log(`  brute force (JS)                ${tBrute.toFixed(1)} ms: k-d tree is ${(tBrute / tOurs).toFixed(1)}× faster`);
    console.log(`  same neighbours as brute force and 0.1.0: ${same ? "yes" : "NO"}; without replacement as greedy brute force: ${sameNoReplace ? "yes" : "NO"}`);
  }
  // 3. index over 10 periods of 100,000 × 40 vs one columnar run
  {
    const n = 100_000;
    const k = 40;
    const next = lcg(7);
    const ids = Array.from({ length: n }, (_, i) => `u${i}`);
    const base: Float64Array[] = Array.from({ length: k }, () => Float64Array.from({ length: n }, () => next() * 100));
    const indicators = base.map((_, j) => ({ id: `i${j}`, dimension: `d${j % 4}`, direction: (j % 2 === 0 ? 1 : -1) as 1 | -1 }));
    const spec: IndexSpec = { indicators };
    const periods = Array.from({ length: 10 }, (_, s) => String(1394 + s));
    // every period its own 40 columns (320 MB in all: nothing is shared between periods)
    const tables: Record<string, { ids: string[]; columns: Record<string, Float64Array> }> = {};
    periods.forEach((period, s) => {
      const columns: Record<string, Float64Array> = {};
      base.forEach((col, j) => (columns[`i${j}`] = s === 0 ? col : Float64Array.from(col, (v, i) => v * (1 - 0.01 * s) + ((i * 7 + j + s) % 13) * 0.05)));
      tables[period] = { ids, columns };
    });
    const first = tables[periods[0] as string] as { ids: string[]; columns: Record<string, Float64Array> };
    // the same index on one period as computeIndexOverTime runs it: shared goalposts, levels
    const goalposts: IndexSpec = { ...spec, indicators: indicators.map((ind) => ({ ...ind, goalposts: { min: 0, max: 100 } })), normalization: "goalposts" };
    const cpuMs = (fn: () => unknown): number => {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      return (c.user + c.system) / 1000;
    };
    // warm every path first, then alternate so that load changes hit all three alike
    computeIndexColumns(first, spec);
    classifyLevels(computeIndexColumns(first, goalposts).scores);
    computeIndexOverTime(tables, spec, { periods });
    const ones: number[] = [];
    const onesGp: number[] = [];
    const tens: number[] = [];
    const ratios: number[] = [];
    const ratiosGp: number[] = [];
    for (let r = 0; r < 5; r++) {
      const one = cpuMs(() => computeIndexColumns(first, spec));
      const oneGp = cpuMs(() => classifyLevels(computeIndexColumns(first, goalposts).scores));
      const ten = cpuMs(() => computeIndexOverTime(tables, spec, { periods }));
      ones.push(one);
      onesGp.push(oneGp);
      tens.push(ten);
      ratios.push(ten / one);
      ratiosGp.push(ten / oneGp);
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
    const ratio = med(ratios);
    const ratioGp = med(ratiosGp);
    console.log(`\nindex over 10 periods of ${n.toLocaleString("en")} × ${k} (pooled goalposts, levels, trends, transitions; distinct columns per period), CPU ms, median of 5 alternated rounds`);
    console.log(`  one columnar run, spec as given (computeIndexColumns) ${med(ones).toFixed(1)} ms`);
    console.log(`  one columnar run, same spec (goalposts + classifyLevels) ${med(onesGp).toFixed(1)} ms`);
    console.log(`  10 periods (computeIndexOverTime) ${med(tens).toFixed(1)} ms`);
    console.log(`  ratio to the spec as given: ${ratio.toFixed(2)}× (target ≤ 10× ${ratio <= 10 ? "met" : "NOT MET"}); per round ${ratios.map((x) => x.toFixed(1)).join(", ")}`);
    console.log(`  ratio to the same spec: ${ratioGp.toFixed(2)}×; per round ${ratiosGp.map((x) => x.toFixed(1)).join(", ")}`);
  }
}
