/**
 * Child process of bench/scale.bench.ts: one path, one file, measured in its own process so
 * that its peak memory is its own. Prints one JSON line.
 *   npx tsx bench/scale-child.ts csv FILE | csv-guess FILE | parquet FILE | api N | duckdb FILE
 * (csv-guess: the CSV reader given `expectedRows`, guessed as the docs show: the file's size
 * over the bytes per line of its first 64 KB, 6 % more)
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from "node:fs";
import { computeIndexColumns, tableFromCsvChunks, tableFromParquet } from "../src/scoring/index";
import type { IndexSpec, IndicatorTable } from "../src/scoring/index";

const [path, arg] = process.argv.slice(2) as [string, string];
const K = 40;
const spec: IndexSpec = {
  indicators: Array.from({ length: K }, (_, j) => ({ id: `ind${j}`, dimension: `d${j % 8}`, direction: j % 2 === 0 ? (1 as const) : (-1 as const) })),
};
const started = performance.now();
let table: IndicatorTable | undefined;
let readMs = 0;
if (path === "csv" || path === "csv-guess") {
  let expectedRows: number | undefined;
  if (path === "csv-guess") {
    const fd = openSync(arg, "r");
    const head = new Uint8Array(65536);
    const got = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    let lines = 0;
    for (let i = 0; i < got; i++) if (head[i] === 0x0a) lines++;
    expectedRows = Math.ceil((1.06 * statSync(arg).size * lines) / got);
  }
  table = (await tableFromCsvChunks(createReadStream(arg, { highWaterMark: 1 << 20 }), { labels: ["name"], group: "county", indicators: spec.indicators.map((i) => i.id), expectedRows })).table;
} else if (path === "parquet") {
  table = (await tableFromParquet(readFileSync(arg), { labels: ["name"], group: "county", indicators: spec.indicators.map((i) => i.id) })).table;
} else if (path === "api") {
  const n = Number(arg);
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const columns: Record<string, Float64Array> = {};
  for (const { id } of spec.indicators) columns[id] = Float64Array.from({ length: n }, () => next() * 100);
  table = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
} else if (path === "duckdb") {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run(`CREATE TABLE t AS SELECT * FROM read_csv_auto('${arg.replaceAll("'", "''")}')`);
  const rows = (await con.runAndReadAll("SELECT count(*) FROM t")).getRows()[0]?.[0];
  readMs = performance.now() - started;
  console.log(JSON.stringify({ path, readMs, indexMs: 0, totalMs: readMs, rows: Number(rows), maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
} else throw new Error(`unknown path ${path}`);
readMs = performance.now() - started;
const t = performance.now();
if (path === "api") readMs = 0;
const result = computeIndexColumns(table, spec);
const indexMs = performance.now() - t;
console.log(
  JSON.stringify({ path, readMs, indexMs, totalMs: performance.now() - started, rows: result.scores.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }),
);
