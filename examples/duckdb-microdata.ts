/**
 * From household microdata to a ranked index with DuckDB (embedded, `@duckdb/node-api`, an
 * optional peer dependency of mahalleh) — the recipe of docs/scale.md:
 *   1. 1,000,000 synthetic household records in a Parquet file (written here by DuckDB);
 *   2. DuckDB aggregates them to one row of indicators per neighbourhood (2,000 rows);
 *   3. the aggregates go to `computeIndexColumns` as `Float64Array`s and are ranked.
 * Run: `npx tsx examples/duckdb-microdata.ts`.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeIndexColumns } from "mahalleh/scoring";
import { indicatorSql, spec, writeHouseholds } from "./duckdb/recipe";

const dir = mkdtempSync(join(tmpdir(), "mahalleh-duckdb-"));
const households = join(dir, "households.parquet");
try {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  let t = performance.now();
  await writeHouseholds(con, households, 1_000_000, 2_000);
  console.log(`1,000,000 households written to Parquet in ${Math.round(performance.now() - t)} ms`);

  t = performance.now();
  const reader = await con.runAndReadAll(indicatorSql(households));
  const rows = reader.getColumnsObjectJS();
  console.log(`DuckDB aggregated them to ${reader.currentRowCount} neighbourhoods in ${Math.round(performance.now() - t)} ms`);

  // Columns straight into Float64Arrays (SQL NULL, e.g. no labour force, becomes NaN = missing).
  const column = (name: string): Float64Array => Float64Array.from(rows[name] as (number | null)[], (v) => (v === null ? Number.NaN : Number(v)));
  const ids = (rows["neighbourhood_id"] as string[]).map(String);
  const table = { ids, columns: Object.fromEntries(spec.indicators.map((i) => [i.id, column(i.id)])) };
  t = performance.now();
  const result = computeIndexColumns(table, spec);
  console.log(`scored in ${Math.round(performance.now() - t)} ms`);

  const order = Array.from(result.ranks.keys()).sort((a, b) => (result.ranks[a] as number) - (result.ranks[b] as number));
  console.log("\nrank  neighbourhood  score  unemployment%  literacy%");
  for (const i of order.slice(0, 5)) {
    console.log(
      `${String(result.ranks[i]).padStart(4)}  ${ids[i]}         ${(result.scores[i] as number).toFixed(1).padStart(5)}  ${(table.columns["unemployment_rate"]?.[i] as number).toFixed(1).padStart(13)}  ${(table.columns["literacy_rate"]?.[i] as number).toFixed(1).padStart(9)}`,
    );
  }

  // The claims above, checked: every neighbourhood is scored and ranked 1..2000 exactly once,
  // and household counts add back up to the microdata.
  assert.equal(ids.length, 2_000);
  assert.deepEqual([...result.ranks].sort((a, b) => a - b), Array.from({ length: 2_000 }, (_, i) => i + 1));
  const total = (rows["households"] as (number | bigint)[]).reduce<number>((s, v) => s + Number(v), 0);
  assert.equal(total, 1_000_000);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
