/**
 * Child process of bench/audit.bench.ts: one uncertainty run on N units × K indicators (6
 * dimensions) with R Monte Carlo runs, printing the time and the peak resident set as JSON.
 *   npx tsx bench/audit-child.ts 1000000 30 10
 */
import { loadavg } from "node:os";
import { uncertainty } from "../src/scoring/index";
import type { IndexSpec } from "../src/scoring/index";

const n = Number(process.argv[2] ?? 1_000_000);
const k = Number(process.argv[3] ?? 30);
const runs = Number(process.argv[4] ?? 10);
let seed = 11;
const next = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const columns: Record<string, Float64Array> = {};
const indicators: { id: string; dimension: string; direction: 1 | -1 }[] = [];
for (let j = 0; j < k; j++) {
  const col = new Float64Array(n);
  for (let i = 0; i < n; i++) col[i] = next() * 100;
  columns[`i${j}`] = col;
  indicators.push({ id: `i${j}`, dimension: `d${j % 6}`, direction: j % 2 === 0 ? 1 : -1 });
}
const ids = Array.from({ length: n }, (_, i) => `u${i}`);
const spec: IndexSpec = { indicators };
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const r = uncertainty({ ids, columns }, spec, { runs, seed: 1, sensitivity: false });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
// cpuMs: user + system CPU time of this process (less inflated than wall time on a shared machine);
// load: the 1-minute load average when the run ended
console.log(JSON.stringify({ units: n, indicators: k, runs, ms, cpuMs: (cpu.user + cpu.system) / 1000, rssBeforeMB: rssBefore / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024, load: loadavg()[0], median0: r.units[0]?.rankMedian }));
