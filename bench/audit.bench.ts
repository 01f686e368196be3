/**
 * Index audit and national scale (issue 15), ratios to numpy measured in the same run
 * (bench/scoring_numpy.py as a child process):
 * - computeIndex (full per-unit result) on 100,000 × 40 ≤ 4× numpy's full pass (ratio ≥ 0.25);
 * - indicatorCorrelations (Pearson) on 100,000 × 40 ≤ 2× numpy's corrcoef (ratio ≥ 0.5);
 * - principalComponents on 40 indicators ≤ 50 ms (2,700 and 100,000 units);
 * - uncertainty linear in units × runs: 100,000 × 100 runs ≤ 3 s and 1,000,000 × 10 ≤ 5 s
 *   (child processes, with their peak memory and CPU time), numpy's Monte Carlo on the same
 *   100,000 × 100 (bench/scoring_numpy.py mc), and the time of 10 runs at 25,000, 50,000 and
 *   100,000 units (doubling the units should double the time);
 * - reading computeIndex's per-unit records: Object.entries over every unit's contributions
 *   and structuredClone of the result (plain data since the records stopped being proxies).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { computeIndex, indicatorCorrelations, principalComponents, uncertainty } from "../src/scoring/index";
import type { IndexSpec } from "../src/scoring/index";
import { compare } from "./harness";

const here = new URL(".", import.meta.url).pathname;

function makeTable(n: number, k: number, dims: number, seed: number) {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const columns: Record<string, Float64Array> = {};
  const indicators: { id: string; dimension: string; direction: 1 | -1; weight: number }[] = [];
  for (let j = 0; j < k; j++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = next() * 100;
    columns[`i${j}`] = col;
    indicators.push({ id: `i${j}`, dimension: `d${j % dims}`, direction: j % 2 === 0 ? 1 : -1, weight: 1 + (j % 3) });
  }
  return { table: { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns }, indicators };
}

function numpy(dir: string, mode: string, columns: Record<string, Float64Array>, n: number, k: number, reps: number, runs?: number): Record<string, unknown> | undefined {
  const path = join(dir, `${mode}.f64`);
  writeFileSync(path, Buffer.concat(Object.values(columns).map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength))));
  try {
    const env = { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
    return JSON.parse(execFileSync("python3", [join(here, "scoring_numpy.py"), mode, path, String(n), String(k), ...(runs === undefined ? [] : [String(runs)]), String(reps)], { encoding: "utf8", env, timeout: 600_000 })) as Record<string, unknown>;
  } catch (error) {
    console.log(`  numpy reference unavailable (${(error as Error).message.split("\n")[0]})`);
    return undefined;
  }
}

function ratio(title: string, oursMs: number, peerMs: number | undefined, target: number): void {
  if (peerMs === undefined) return;
  const r = peerMs / oursMs;
  console.log(`  numpy ${peerMs.toFixed(1)} ms vs mahalleh ${oursMs.toFixed(1)} ms: mahalleh is ${r.toFixed(2)}× (target ≥ ${target.toFixed(2)}× ${r >= target ? "met" : "NOT MET"}) [${title}]`);
}

/** CPU time (user + system, this process) per call over `reps` calls after one warm-up. */
function cpuPerCall(fn: () => unknown, reps: number): number {
  fn();
  const before = process.cpuUsage();
  for (let r = 0; r < reps; r++) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / reps;
}

/** The same ratio on CPU time (numpy's `cpuMs`, ours from {@link cpuPerCall}): steadier than wall time under load. */
function cpuRatio(title: string, oursCpuMs: number, peer: Record<string, unknown> | undefined, target: number): void {
  const peerCpu = peer?.["cpuMs"] as number | undefined;
  if (peerCpu === undefined) return;
  const r = peerCpu / oursCpuMs;
  console.log(`  CPU time: numpy ${peerCpu.toFixed(1)} ms vs mahalleh ${oursCpuMs.toFixed(1)} ms: mahalleh is ${r.toFixed(2)}× (${(oursCpuMs / peerCpu).toFixed(2)}× numpy's time; target ≥ ${target.toFixed(2)}× ${r >= target ? "met" : "NOT MET"}) [${title}]`);
}

function timeOnce(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "mahalleh-audit-bench-"));
  try {
    const n = 100_000;
    const k = 40;
    const { table, indicators } = makeTable(n, k, 1, 7);
    const spec: IndexSpec = { indicators };
    console.log(`load average ${loadavg().map((v) => v.toFixed(2)).join(" ")} on ${availableParallelism()} cores`);
    // 1. computeIndex with its per-unit result
    const full = await compare({ title: `computeIndex (full per-unit result): ${n.toLocaleString("en")} × ${k}`, ours: () => computeIndex(table, spec), peers: {} }, { time: 3000 });
    const npFull = numpy(dir, "full", table.columns, n, k, 20);
    ratio("computeIndex vs numpy full pass", 1000 / full.oursHz, npFull?.["ms"] as number | undefined, 0.25);
    cpuRatio("computeIndex vs numpy full pass", cpuPerCall(() => computeIndex(table, spec), 10), npFull, 0.25);
    {
      const result = computeIndex(table, spec);
      let sum = 0;
      const entries = timeOnce(() => {
        for (const u of result.units) for (const [, v] of Object.entries(u.contributions)) sum += v;
      });
      const again = timeOnce(() => {
        for (const u of result.units) for (const [, v] of Object.entries(u.contributions)) sum += v;
      });
      const clone = timeOnce(() => structuredClone(result.units.slice(0, 10_000)));
      console.log(`  Object.entries over every unit's contributions (${n.toLocaleString("en")} × ${k}): first pass ${entries.toFixed(0)} ms (builds the records), second ${again.toFixed(0)} ms; structuredClone of 10,000 units ${clone.toFixed(0)} ms${sum === 0 ? "" : ""}`);
    }
    // 2. correlations
    const corr = await compare({ title: `indicatorCorrelations (Pearson, p-values): ${n.toLocaleString("en")} × ${k}`, ours: () => indicatorCorrelations(table, spec, { coherence: false }), peers: {} }, { time: 3000 });
    const npCorr = numpy(dir, "corr", table.columns, n, k, 20);
    ratio("indicatorCorrelations vs numpy corrcoef", 1000 / corr.oursHz, npCorr?.["ms"] as number | undefined, 0.5);
    cpuRatio("indicatorCorrelations vs numpy corrcoef", cpuPerCall(() => indicatorCorrelations(table, spec, { coherence: false }), 10), npCorr, 0.5);
    console.log(`  Spearman (rank every column, then the same kernel): ${cpuPerCall(() => indicatorCorrelations(table, spec, { coherence: false, method: "spearman" }), 2).toFixed(0)} ms CPU per call (no target)`);
    // 3. PCA on 40 indicators
    for (const units of [2_700, n]) {
      const t = units === n ? table : makeTable(units, k, 1, 3).table;
      const pca = await compare({ title: `principalComponents: ${units.toLocaleString("en")} units × ${k} indicators`, ours: () => principalComponents(t, indicators), peers: {} }, { time: 2000 });
      const ms = 1000 / pca.oursHz;
      const cpuMs = cpuPerCall(() => principalComponents(t, indicators), 10);
      console.log(`  ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU per PCA (target ≤ 50 ms ${cpuMs <= 50 ? "met" : "NOT MET"} on CPU time)`);
    }
    // 4. uncertainty: linear in units
    console.log("\nuncertainty, 10 runs, 30 indicators in 6 dimensions: time against units (linear means the ms/unit column stays flat)");
    for (const units of [25_000, 50_000, 100_000]) {
      const { table: t, indicators: inds } = makeTable(units, 30, 6, 11);
      const s: IndexSpec = { indicators: inds.map(({ id, dimension, direction }) => ({ id, dimension, direction })) };
      uncertainty(t, s, { runs: 2, sensitivity: false });
      const ms = timeOnce(() => uncertainty(t, s, { runs: 10, sensitivity: false }));
      console.log(`  ${units.toLocaleString("en").padStart(8)} units: ${ms.toFixed(0)} ms (${((ms * 1000) / units).toFixed(2)} µs/unit)`);
    }
    const tsx = join(here, "..", "node_modules", ".bin", "tsx");
    for (const [units, runs, target] of [
      [100_000, 100, 3000],
      [1_000_000, 10, 5000],
    ] as const) {
      const m = JSON.parse(execFileSync(tsx, [join(here, "audit-child.ts"), String(units), "30", String(runs)], { encoding: "utf8", timeout: 900_000 })) as { ms: number; cpuMs: number; maxRssMB: number };
      console.log(`  uncertainty ${units.toLocaleString("en")} units × ${runs} runs (child process): ${m.ms.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU (target ≤ ${target} ms ${m.ms <= target ? "met" : "NOT MET"}), peak RSS ${m.maxRssMB.toFixed(0)} MB`);
      if (units === 100_000) {
        // numpy's Monte Carlo on the same data (the child's generator: seed 11, 30 indicators in 6 dimensions)
        const peer = numpy(dir, "mc", makeTable(units, 30, 6, 11).table.columns, units, 30, 1, runs) as { ms?: number } | undefined;
        ratio(`uncertainty ${units.toLocaleString("en")} × ${runs} vs numpy Monte Carlo`, m.ms, peer?.ms, 1 / 6);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
