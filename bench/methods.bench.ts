/**
 * Planners' methods (issue 5) on a national-size problem: 2,020 neighbourhoods × 14
 * indicators. Peers are straightforward row-major reference implementations written here
 * (no JavaScript MCDM library is a dependency), so the ratios measure the columnar core.
 */
import { ahp, entropyWeights, topsis } from "../src/scoring/index";
import { SAATY_WEALTH_OF_NATIONS } from "../src/scoring/_testing";
import { compare } from "./harness";

const m = 2020;
const n = 14;
let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const matrix: number[][] = Array.from({ length: m }, () => Array.from({ length: n }, () => 1 + 99 * random()));
const weights: number[] = Array.from({ length: n }, () => 1 / n);
const types: ("benefit" | "cost")[] = Array.from({ length: n }, (_, j) => (j % 3 === 0 ? "cost" : "benefit"));

/** Row-major TOPSIS with array methods, the way a first implementation is usually written. */
function naiveTopsis(x: number[][], w: number[], t: ("benefit" | "cost")[]): number[] {
  const norms = w.map((_, j) => Math.sqrt(x.reduce((s, row) => s + (row[j] as number) ** 2, 0)));
  const v = x.map((row) => row.map((value, j) => ((w[j] as number) * value) / (norms[j] as number)));
  const best = w.map((_, j) => (t[j] === "cost" ? Math.min(...v.map((r) => r[j] as number)) : Math.max(...v.map((r) => r[j] as number))));
  const worst = w.map((_, j) => (t[j] === "cost" ? Math.max(...v.map((r) => r[j] as number)) : Math.min(...v.map((r) => r[j] as number))));
  return v.map((row) => {
    const dp = Math.sqrt(row.reduce((s, value, j) => s + (value - (best[j] as number)) ** 2, 0));
    const dm = Math.sqrt(row.reduce((s, value, j) => s + (value - (worst[j] as number)) ** 2, 0));
    return dm / (dp + dm);
  });
}

/** Row-major entropy weights. */
function naiveEntropy(x: number[][]): number[] {
  const cols = (x[0] as number[]).map((_, j) => x.map((row) => row[j] as number));
  const d = cols.map((col) => {
    const sum = col.reduce((a, b) => a + b, 0);
    const h = -col.map((v) => v / sum).reduce((s, p) => s + (p > 0 ? p * Math.log(p) : 0), 0) / Math.log(x.length);
    return 1 - h;
  });
  const total = d.reduce((a, b) => a + b, 0);
  return d.map((v) => v / total);
}

const pairwise = SAATY_WEALTH_OF_NATIONS;

export default async function run(): Promise<void> {
  await compare({
    title: "TOPSIS, 2,020 × 14 (validated, columnar) vs row-major reference",
    ours: () => topsis(matrix, { weights, types }),
    peers: { "row-major reference": () => naiveTopsis(matrix, weights, types) },
  });
  await compare({
    title: "entropy weights, 2,020 × 14",
    ours: () => entropyWeights(matrix),
    peers: { "row-major reference": () => naiveEntropy(matrix) },
  });
  await compare({
    title: "AHP 7 × 7: eigenvector (power iteration) vs geometric mean",
    ours: () => ahp(pairwise),
    peers: { "ahp geometric": () => ahp(pairwise, { method: "geometric" }) },
  });
}
