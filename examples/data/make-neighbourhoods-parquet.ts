/**
 * Writes `neighbourhoods.parquet` (synthetic: six invented neighbourhoods of Alborz) with
 * DuckDB, the file the `tableFromParquet` example reads. Run it again only to change the file:
 * `npx tsx examples/data/make-neighbourhoods-parquet.ts`.
 */
import { DuckDBInstance } from "@duckdb/node-api";

const out = new URL("./neighbourhoods.parquet", import.meta.url).pathname;
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
await con.run(`
  COPY (
    SELECT * FROM (VALUES
      ('alb-krj-001', 'شهرک ولیعصر', 'karaj', 28400, 18.5, 82.1, 1.9),
      ('alb-krj-002', 'حصارک', 'karaj', 41200, 14.2, 86.4, NULL),
      ('alb-frd-001', 'مشکین‌دشت', 'fardis', 19800, 16.8, 84.0, 1.6),
      ('alb-nzr-001', 'محمدشهر', 'nazarabad', 12600, 12.1, 89.3, 1.2),
      ('alb-sav-001', 'اسلام‌آباد', 'savojbolagh', 9100, 13.4, 87.7, 1.4),
      ('alb-esh-001', 'کمال‌آباد', 'eshtehard', 6400, 20.3, 79.5, 2.1)
    ) AS t(id, name_fa, county, population, unemployment_rate, literacy_rate, persons_per_room)
  ) TO '${out}' (FORMAT parquet)
`);
console.log(`written ${out}`);
