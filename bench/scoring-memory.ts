/**
 * Child process of bench/scoring.bench.ts: scores N units × K indicators (default 1,000,000 ×
 * 40) with computeIndexColumns and prints the resident set size as JSON. Run alone:
 *   npx tsx bench/scoring-memory.ts 1000000 40
 */
import { computeIndexColumns } from "../src/scoring/index";
import type { IndexSpec } from "../src/scoring/index";

const n = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 40);
let seed = 12345;
const next = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const columns: Record<string, Float64Array> = {};
const indicators: { id: string; dimension: string; direction: 1 | -1; weight: number }[] = [];
for (let j = 0; j < k; j++) {
  const col = new Float64Array(n);
  for (let i = 0; i < n; i++) col[i] = next() * 100;
  columns[`i${j}`] = col;
  indicators.push({ id: `i${j}`, dimension: `d${j % 8}`, direction: j % 2 === 0 ? 1 : -1, weight: 1 + (j % 3) });
}
const ids = Array.from({ length: n }, (_, i) => `b${i}`);
const inputRss = process.memoryUsage().rss;
const spec: IndexSpec = { indicators };
const started = performance.now();
const result = computeIndexColumns({ ids, columns }, spec);
const ms = performance.now() - started;
const usage = process.memoryUsage();
console.log(
  JSON.stringify({
    units: n,
    indicators: k,
    ms,
    inputMB: (n * k * 8) / 2 ** 20,
    rssBeforeMB: inputRss / 2 ** 20,
    rssAfterMB: usage.rss / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    top: result.ranks.indexOf(1),
  }),
);
