/**
 * The main job at scale (issue 18): N units × 40 indicators through each path — the library's
 * CSV and Parquet readers into computeIndexColumns, the API on columns already in memory, the
 * `mahalleh score` CLI on the same CSV and Parquet — each in its own process (so its peak
 * memory is its own), beside DuckDB reading the same CSV (`read_csv_auto`) in the same run.
 * Sizes: MAHALLEH_SCALE_SIZES (comma-separated; default 10000,100000,1000000).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeScaleData } from "./scale-data";

const root = new URL("..", import.meta.url).pathname;
const tsx = join(root, "node_modules", ".bin", "tsx");

interface Measured {
  readonly wallS: number;
  readonly maxRssMB: number;
}

/** Runs a command under /usr/bin/time and returns its wall time and peak memory. */
function measure(cmd: string, args: readonly string[]): Measured {
  const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %M", cmd, ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${run.stderr.slice(-500)}`);
  return parse(run.stderr);
}

function parse(stderr: string): Measured {
  const m = /TIME ([\d.]+) (\d+)/.exec(stderr);
  return { wallS: Number(m?.[1] ?? Number.NaN), maxRssMB: Number(m?.[2] ?? Number.NaN) / 1024 };
}

function measureChild(args: readonly string[]): Measured & { inner: { readMs: number; indexMs: number; totalMs: number } } {
  let stdout = "";
  let stderr = "";
  try {
    stdout = execFileSync("/usr/bin/time", ["-f", "TIME %e %M", tsx, join("bench", "scale-child.ts"), ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    stderr = String((error as { stderr?: string }).stderr ?? error);
    throw new Error(stderr);
  }
  void stderr;
  const inner = JSON.parse(stdout.trim().split("\n").pop() as string) as { readMs: number; indexMs: number; totalMs: number; maxRssMB: number };
  return { wallS: inner.totalMs / 1000, maxRssMB: inner.maxRssMB, inner };
}

export default async function scaleBench(): Promise<void> {
  if (!existsSync("/usr/bin/time")) {
    console.log("scale: /usr/bin/time not found (Debian package `time`); skipped");
    return;
  }
  if (!existsSync(join(root, "dist", "cli.js"))) {
    console.log("scale: build first (npm run build); skipped");
    return;
  }
  const sizes = (process.env["MAHALLEH_SCALE_SIZES"] ?? "10000,100000,1000000").split(",").map(Number);
  const dir = mkdtempSync(join(tmpdir(), "mahalleh-scale-"));
  const rows: string[] = [];
  try {
    for (const n of sizes) {
      const files = await writeScaleData(n, join(dir, `u${n}`));
      const mb = (statSync(files.csv).size / 2 ** 20).toFixed(0);
      const api = measureChild(["api", String(n)]);
      const csv = measureChild(["csv", files.csv]);
      const csvGuess = measureChild(["csv-guess", files.csv]);
      const parquet = measureChild(["parquet", files.parquet]);
      const duck = measureChild(["duckdb", files.csv]);
      const cliCsv = measure("node", ["dist/cli.js", "score", files.csv, "--spec", files.spec, "--format", "csv"]);
      const cliParquet = measure("node", ["dist/cli.js", "score", files.parquet, "--spec", files.spec, "--format", "csv"]);
      // the default format: a table of the first 10,000 units (what fits when piped), every unit scored and ranked
      const cliCsvTable = measure("node", ["dist/cli.js", "score", files.csv, "--spec", files.spec]);
      const cliParquetTable = measure("node", ["dist/cli.js", "score", files.parquet, "--spec", files.spec]);
      const f = (s: number): string => (s < 10 ? s.toFixed(2) : s.toFixed(1));
      rows.push(
        `| ${n.toLocaleString("en-US")} (${mb} MB CSV) | ${f(api.inner.indexMs / 1000)} s | ${f(csv.wallS)} s / ${csv.maxRssMB.toFixed(0)} MB | ${f(csvGuess.wallS)} s / ${csvGuess.maxRssMB.toFixed(0)} MB | ${f(parquet.wallS)} s / ${parquet.maxRssMB.toFixed(0)} MB | ${f(cliCsv.wallS)} s / ${cliCsv.maxRssMB.toFixed(0)} MB | ${f(cliParquet.wallS)} s / ${cliParquet.maxRssMB.toFixed(0)} MB | ${f(cliCsvTable.wallS)} s / ${cliCsvTable.maxRssMB.toFixed(0)} MB | ${f(cliParquetTable.wallS)} s / ${cliParquetTable.maxRssMB.toFixed(0)} MB | ${f(duck.wallS)} s / ${duck.maxRssMB.toFixed(0)} MB | ${(cliCsv.wallS / duck.wallS).toFixed(1)}× | ${(cliParquet.wallS / duck.wallS).toFixed(1)}× |`,
      );
      console.log(rows[rows.length - 1]);
      rmSync(files.csv, { force: true });
      rmSync(files.parquet, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("\n| units × 40 | API (index only) | library CSV reader + index | the same with `expectedRows` | library Parquet reader + index | CLI `score` CSV → csv | CLI `score` Parquet → csv | CLI `score` CSV → table | CLI `score` Parquet → table | DuckDB `read_csv_auto` | CLI CSV → csv ÷ DuckDB | CLI Parquet → csv ÷ DuckDB |");
  // the last column is the host's speed taken out: this machine's hours differ by 1.5× (docs/scale.md)
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
}
