/**
 * The DuckDB recipe of examples/duckdb-microdata.ts: its per-neighbourhood aggregates equal a
 * direct computation over the same households, read independently (hyparquet, row by row).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetReadObjects } from "hyparquet";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indicatorSql, writeHouseholds } from "../examples/duckdb/recipe";

interface Household {
  neighbourhood_id: string;
  size: number;
  rooms: number;
  area_level: number;
  aged_6_plus: number;
  labour_force: number;
  unemployed_flag: number;
  female_head: boolean;
  literacy_draw: number;
}

describe("the DuckDB microdata recipe", () => {
  it("aggregates households to the same indicators as a direct computation", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "mahalleh-recipe-")), "households.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    await writeHouseholds(con, path, 3_000, 25);
    const viaDuckDb = (await con.runAndReadAll(indicatorSql(path))).getRowObjectsJS();

    const bytes = readFileSync(path);
    const households = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })) as unknown as Household[];
    const by = new Map<string, Household[]>();
    for (const h of households) by.set(h.neighbourhood_id, [...(by.get(h.neighbourhood_id) ?? []), h]);
    expect(viaDuckDb.length).toBe(by.size);
    for (const row of viaDuckDb) {
      const hs = by.get(String(row["neighbourhood_id"])) ?? [];
      const sum = (f: (h: Household) => number): number => hs.reduce((s, h) => s + f(h), 0);
      const labour = sum((h) => h.labour_force);
      expect(Number(row["households"])).toBe(hs.length);
      expect(Number(row["population"])).toBe(sum((h) => h.size));
      expect(row["unemployment_rate"]).toBeCloseTo((100 * sum((h) => (h.unemployed_flag === 1 ? h.labour_force : 0))) / labour, 10);
      expect(row["literacy_rate"]).toBeCloseTo((100 * sum((h) => (h.literacy_draw >= 10 + h.area_level ? h.aged_6_plus : 0))) / sum((h) => h.aged_6_plus), 10);
      expect(row["persons_per_room"]).toBeCloseTo(sum((h) => h.size) / sum((h) => h.rooms), 12);
      expect(row["female_headed_share"]).toBeCloseTo((100 * sum((h) => (h.female_head ? 1 : 0))) / hs.length, 10);
    }
  });
});
