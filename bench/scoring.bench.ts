/**
 * Composite index (issue 7): the full pass (min-max, weighted sum, rank) on 100,000 units ×
 * 40 indicators and 1,000 Monte Carlo runs on 2,700 × 30, against numpy (bench/scoring_numpy.py,
 * run as a child process on the same data when python3 and numpy are available) and a plain
 * row-object JavaScript implementation; then the resident memory of a 1,000,000 × 40 run in a
 * child node process. Targets: full pass ≤ 2× numpy's time (ratio ≥ 0.5, goal 1.2× → ≥ 0.83),
 * Monte Carlo ≤ 6× (ratio ≥ 0.17), memory < 1 GB.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeIndexColumns, uncertainty } from "../src/scoring/index";
import type { IndexSpec } from "../src/scoring/index";
import { compare } from "./harness";

const here = new URL(".", import.meta.url).pathname;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function makeTable(n: number, k: number, dims: number, seed: number) {
  const next = lcg(seed);
  const columns: Record<string, Float64Array> = {};
  const indicators: { id: string; dimension: string; direction: 1 | -1; weight: number }[] = [];
  for (let j = 0; j < k; j++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = next() * 100;
    columns[`i${j}`] = col;
    indicators.push({ id: `i${j}`, dimension: `d${j % dims}`, direction: j % 2 === 0 ? 1 : -1, weight: 1 + (j % 3) });
  }
  const ids = Array.from({ length: n }, (_, i) => `u${i}`);
  return { table: { ids, columns }, indicators };
}

/** Writes the columns one after another (column-major float64) for numpy.fromfile. */
function dump(dir: string, name: string, columns: Record<string, Float64Array>): string {
  const path = join(dir, name);
  const parts = Object.values(columns).map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

function numpy(args: string[]): Record<string, unknown> | undefined {
  try {
    // single-threaded BLAS, like the JavaScript side (and faster than threaded BLAS on a busy machine)
    const env = { ...process.env, OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
    const out = execFileSync("python3", [join(here, "scoring_numpy.py"), ...args], { encoding: "utf8", timeout: 600_000, stdio: ["ignore", "pipe", "pipe"], env });
    return JSON.parse(out) as Record<string, unknown>;
  } catch (error) {
    console.log(`  numpy reference unavailable (${(error as Error).message.split("\n")[0]})`);
    return undefined;
  }
}

function report(title: string, oursMs: number, peerMs: number | undefined, target: number, goal?: number): void {
  if (peerMs === undefined) return;
  const ratio = peerMs / oursMs;
  const goalText = goal === undefined ? "" : `, goal ≥ ${goal.toFixed(2)}× ${ratio >= goal ? "met" : "not met"}`;
  console.log(
    `  ${"numpy (child process)".padEnd(28)} ${peerMs.toFixed(2)} ms/op vs mahalleh ${oursMs.toFixed(2)} ms/op   mahalleh is ${ratio.toFixed(2)}×  (target ≥ ${target.toFixed(2)}× ${ratio >= target ? "met" : "NOT MET"}${goalText}) [${title}]`,
  );
}

/** The same full pass written the obvious way: one object per unit, comparator sort. */
function rowObjects(table: { ids: string[]; columns: Record<string, Float64Array> }, indicators: { id: string; direction: 1 | -1; weight: number }[]): number[] {
  const n = table.ids.length;
  const stats = indicators.map((ind) => {
    const c = table.columns[ind.id] as Float64Array;
    let min = Infinity;
    let max = -Infinity;
    for (const v of c) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, max };
  });
  const wsum = indicators.reduce((a, b) => a + b.weight, 0);
  const units = table.ids.map((id, i) => {
    let score = 0;
    indicators.forEach((ind, j) => {
      const { min, max } = stats[j] as { min: number; max: number };
      const u = (((table.columns[ind.id] as Float64Array)[i] as number) - min) / (max - min);
      score += ((ind.direction === 1 ? u : 1 - u) * 100 * ind.weight) / wsum;
    });
    return { id, score, rank: 0 };
  });
  const order = [...units].sort((a, b) => b.score - a.score);
  order.forEach((u, p) => (u.rank = p > 0 && (order[p - 1] as { score: number }).score === u.score ? (order[p - 1] as { rank: number }).rank : p + 1));
  return units.map((u) => u.rank).slice(0, n);
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "mahalleh-bench-"));
  try {
    // 1. full pass, 100k × 40, one dimension, manual weights
    {
      const n = 100_000;
      const k = 40;
      const { table, indicators } = makeTable(n, k, 1, 7);
      const spec: IndexSpec = { indicators };
      const result = await compare(
        {
          title: `full pass (min-max, weighted sum, rank): ${n.toLocaleString("en")} units × ${k} indicators, Float64Array columns`,
          ours: () => computeIndexColumns(table, spec),
          peers: { "row objects + sort (JS)": () => rowObjects(table, indicators) },
        },
        { time: 3000 },
      );
      const oursMs = 1000 / result.oursHz;
      const np = numpy(["full", dump(dir, "full.f64", table.columns), String(n), String(k), "20"]);
      report("full pass", oursMs, np?.["ms"] as number | undefined, 0.5, 1 / 1.2);
      if (np !== undefined) {
        const ours = computeIndexColumns(table, spec);
        const rankSum = ours.ranks.reduce((a, b) => a + b, 0);
        const same = (np["ranks"] as number[]).every((r, i) => r === ours.ranks[i]) && rankSum === np["rankSum"] && (np["scores"] as number[]).every((s, i) => Math.abs(s - (ours.scores[i] as number)) < 1e-9);
        console.log(`  numpy ${String(np["numpy"])} agrees with mahalleh on scores and ranks: ${same ? "yes" : "NO"}`);
      }
    }
    // 2. Monte Carlo, 1,000 runs on 2,700 × 30 (6 dimensions of 5), Dirichlet weights
    {
      const n = 2_700;
      const k = 30;
      const { table, indicators } = makeTable(n, k, 6, 11);
      const spec: IndexSpec = { indicators: indicators.map(({ id, dimension, direction }) => ({ id, dimension, direction })) };
      const result = await compare(
        {
          title: `uncertainty: 1,000 Monte Carlo runs (Dirichlet weights, re-rank, rank percentiles) on ${n.toLocaleString("en")} × ${k}`,
          ours: () => uncertainty(table, spec, { runs: 1000, seed: 1, sensitivity: false }),
          peers: {},
        },
        { time: 5000 },
      );
      const np = numpy(["mc", dump(dir, "mc.f64", table.columns), String(n), String(k), "1000", "3"]);
      report("Monte Carlo", 1000 / result.oursHz, np?.["ms"] as number | undefined, 1 / 6);
    }
    // 3. memory of a national block-level run, 1,000,000 × 40, in a child process
    {
      const tsx = join(here, "..", "node_modules", ".bin", "tsx");
      const out = execFileSync(tsx, [join(here, "scoring-memory.ts"), "1000000", "40"], { encoding: "utf8", timeout: 600_000 });
      const m = JSON.parse(out) as { ms: number; inputMB: number; rssBeforeMB: number; rssAfterMB: number; maxRssMB: number };
      console.log(`\nmemory: computeIndexColumns on 1,000,000 units × 40 indicators (child node process)`);
      console.log(
        `  input columns ${m.inputMB.toFixed(0)} MB · RSS before scoring ${m.rssBeforeMB.toFixed(0)} MB · after ${m.rssAfterMB.toFixed(0)} MB · peak (maxRSS) ${m.maxRssMB.toFixed(0)} MB · ${m.ms.toFixed(0)} ms  (target < 1024 MB ${m.maxRssMB < 1024 ? "met" : "NOT MET"})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
