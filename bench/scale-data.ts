/**
 * Writes the synthetic inputs of bench/scale.bench.ts: N units × 40 indicators as CSV (an id,
 * a Persian name, a county, 2 % blank cells) and the same table as Parquet (written by DuckDB).
 */
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";

/** Writes `path.csv`, `path.parquet` and `path.spec.json` for n units; returns their paths. */
export async function writeScaleData(n: number, path: string): Promise<{ csv: string; parquet: string; spec: string }> {
  const csv = `${path}.csv`;
  const out = createWriteStream(csv);
  const k = 40;
  let seed = 1;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  let text = `id,name,county,${Array.from({ length: k }, (_, j) => `ind${j}`).join(",")}\n`;
  for (let i = 0; i < n; i++) {
    let line = `u${i},محلهٔ ${i},c${i % 37}`;
    for (let j = 0; j < k; j++) line += `,${next() < 0.02 ? "" : (next() * 100).toFixed(2)}`;
    text += `${line}\n`;
    if (text.length > 1 << 20) {
      if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      text = "";
    }
  }
  await new Promise<void>((resolve, reject) => out.end(text, () => resolve()).once("error", reject));
  const parquet = `${path}.parquet`;
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run(`COPY (SELECT * FROM read_csv_auto('${csv}', all_varchar = false)) TO '${parquet}' (FORMAT parquet)`);
  const spec = `${path}.spec.json`;
  await writeFile(
    spec,
    JSON.stringify({ indicators: Array.from({ length: k }, (_, j) => ({ id: `ind${j}`, dimension: `d${j % 8}`, direction: j % 2 === 0 ? 1 : -1 })) }),
  );
  return { csv, parquet, spec };
}
