import { DuckDBInstance } from "@duckdb/node-api";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { columnsFromParquet } from "./columnsFromParquet";
import { tableFromParquet } from "./tableFromParquet";

const dir = mkdtempSync(join(tmpdir(), "mahalleh-parquet-"));
let file = "";
let expected: { id: string; name: string; county: string; a: number | null; b: number | null; c: number | null }[] = [];

async function codeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return isMahallehError(error) ? { code: error.code, details: error.details } : `foreign: ${String(error)}`;
  }
  return "no error";
}

beforeAll(async () => {
  // DuckDB writes the file and, independently, tells what its cells hold.
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  file = join(dir, "units.parquet");
  await con.run(`
    CREATE TABLE t AS SELECT
      'u' || i AS id,
      'محلهٔ ' || i AS "نام",
      ['کرج', 'فردیس', 'نظرآباد'][1 + i % 3] AS "شهرستان",
      CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 37 % 101) / 4.0 END::DOUBLE AS a,
      CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 13 % 97) END::INTEGER AS b,
      CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 3 % 89) / 10 END::DECIMAL(6, 2) AS c
    FROM range(1, 25001) r(i)`);
  await con.run(`COPY t TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 4096)`);
  const rows = (await con.runAndReadAll(`SELECT id, "نام", "شهرستان", a, b, c::DOUBLE FROM t ORDER BY rowid`)).getRows();
  expected = rows.map((r) => ({
    id: String(r[0]),
    name: String(r[1]),
    county: String(r[2]),
    a: r[3] as number | null,
    b: r[4] as number | null,
    c: r[5] as number | null,
  }));
});

describe("tableFromParquet", () => {
  it("reads every row group: the same ids, texts and numbers as DuckDB, nulls as NaN", async () => {
    const { table, labels } = await tableFromParquet(readFileSync(file), { labels: ["نام"], group: "شهرستان" });
    expect(table.ids).toEqual(expected.map((r) => r.id));
    expect(table.groups).toEqual(expected.map((r) => r.county));
    expect(labels["نام"]).toEqual(expected.map((r) => r.name));
    for (const key of ["a", "b", "c"] as const) {
      const column = table.columns[key] as Float64Array;
      expect(Array.from(column)).toEqual(expected.map((r) => (r[key] === null ? Number.NaN : Number(r[key]))));
    }
  });

  it("refuses a truncated file and names the byte range", async () => {
    const bytes = readFileSync(file);
    const cut = bytes.subarray(0, bytes.length - 100);
    expect(await codeOf(() => tableFromParquet(cut))).toEqual({
      code: "INDEX_UNREADABLE_FILE",
      details: { byteStart: cut.length - 4, byteEnd: cut.length },
    });
    // the footer survives but the data pages do not
    const hollow = Uint8Array.from(bytes);
    hollow.fill(0, 4, Math.floor(bytes.length / 2));
    expect(await codeOf(() => tableFromParquet(hollow))).toMatchObject({ code: "INDEX_UNREADABLE_FILE" });
    expect(await codeOf(() => tableFromParquet(new Uint8Array(3)))).toMatchObject({ code: "INDEX_UNREADABLE_FILE" });
    expect(await codeOf(() => tableFromParquet("x" as never))).toMatchObject({ code: "INDEX_INVALID_TABLE" });
  });

  it("names a text column asked for as an indicator", async () => {
    expect(await codeOf(() => tableFromParquet(readFileSync(file), { indicators: ["نام"] }))).toEqual({
      code: "INDEX_INVALID_TABLE",
      details: { column: "نام" },
    });
  });
});

describe("columnsFromParquet", () => {
  it("reads columns into shared memory on request: DuckDB's values, nulls as NaN, each column a SharedArrayBuffer of its own", async () => {
    const bytes = readFileSync(file);
    const plain = await columnsFromParquet(bytes, ["c", "a"]);
    const shared = await columnsFromParquet(bytes, ["c", "a"], { shared: true });
    expect(Object.keys(shared)).toEqual(["c", "a"]);
    for (const key of ["a", "c"] as const) {
      const column = shared[key] as Float64Array;
      expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(column.byteOffset).toBe(0);
      expect(column.buffer.byteLength).toBe(8 * expected.length);
      expect(plain[key]?.buffer).toBeInstanceOf(ArrayBuffer);
      expect(Array.from(column)).toEqual(expected.map((r) => (r[key] === null ? Number.NaN : Number(r[key]))));
    }
    expect((await columnsFromParquet(bytes, ["b"], { shared: false }))["b"]?.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it("refuses options it cannot take, with a coded error", async () => {
    const bytes = readFileSync(file);
    for (const options of [null, 3, "shared", { shared: "yes" }, { shared: 1 }]) {
      expect(await codeOf(() => columnsFromParquet(bytes, ["a"], options as never))).toMatchObject({ code: "INDEX_INVALID_OPTIONS" });
    }
    // where there is no SharedArrayBuffer (a browser page that is not cross-origin isolated)
    vi.stubGlobal("SharedArrayBuffer", undefined);
    try {
      expect(await codeOf(() => columnsFromParquet(bytes, ["a"], { shared: true }))).toMatchObject({ code: "INDEX_INVALID_OPTIONS" });
      expect(Array.from((await columnsFromParquet(bytes, ["a"]))["a"] ?? []).slice(0, 2)).toEqual(expected.slice(0, 2).map((r) => r.a ?? Number.NaN));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
