import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { decodeColumnChunk, parquetReader, UNSUPPORTED, type ParquetElement, type ParquetFileMetadata } from "./_parquetColumns";
import { tableFromParquet } from "./tableFromParquet";
import { snappyUncompress } from "hyparquet";

// The fast decoder against hyparquet's own row objects (the reader tableFromParquet used
// before it read columns as columns), converted as that reader converted them: numbers and
// bigints to numbers, null to NaN or "", bytes through TextDecoder. Files written by DuckDB.

const dir = mkdtempSync(join(tmpdir(), "mahalleh-parquet-fast-"));
let con: DuckDBConnection;
let fileNo = 0;

beforeAll(async () => {
  const db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
});
afterAll(() => con.closeSync());

const NUMERIC = ["a_double", "b_float", "c_int", "d_bigint", "e_dec9", "f_dec18", "g_small", "h_allnull", "i_const", "شاخص_فارسی", "j_uint", "k_dec38"];
const TEXT = ["id", "نام", "شهرستان", "code", "raw"];
// bytes that are not plain UTF-8 text: a BOM, a lone continuation byte, a cut sequence, astral and empty values
const RAW = String.raw`['\xEF\xBB\xBFkaraj'::BLOB, '\x80abc'::BLOB, 'ab\xD9'::BLOB, '\xF0\x9F\x98\x80 \xD8\xB4'::BLOB, ''::BLOB, 'plain'::BLOB, '\xD9\x85\xD8\xAD\xD9\x84\xD9\x87'::BLOB]`;

/** Writes a random table and returns its path. */
async function write(
  n: number,
  seed: number,
  options: { nullRate: number; rowGroup: number; compression: string; v2: boolean; specials: boolean }
): Promise<string> {
  const path = join(dir, `f${fileNo++}.parquet`);
  const nul = (expr: string, salt: number): string =>
    `CASE WHEN hash(i * ${salt + 7} + ${seed}) % 1000 < ${Math.round(options.nullRate * 1000)} THEN NULL ELSE ${expr} END`;
  const r = (salt: number): string => `(hash(i * ${salt} + ${seed}) % 1000003)::BIGINT`;
  await con.run(`
    CREATE OR REPLACE TABLE t AS SELECT
      'u' || i AS id,
      ${nul(`'محلهٔ ' || (i % ${1 + (seed % 3) * 5000}) || ' نیم‌فاصله' || CASE WHEN i % 13 = 0 THEN ' 😀' ELSE '' END`, 1)} AS "نام",
      ${nul(`${RAW}[1 + ${r(53)} % ${seed % 2 === 0 ? 7 : 2}]`, 14)} AS raw,
      ${nul(`['کرج', 'فردیس', 'نظرآباد', ''][1 + ${r(3)} % 4]`, 2)} AS "شهرستان",
      ${nul(`(${r(5)} * 1000003 + ${r(9)})::BIGINT`, 3)} AS code,
      ${nul(`(${r(11)} / 7.0 - 70000)::DOUBLE`, 4)} AS a_double,
      ${nul(`(${r(13)} / 3.0)::FLOAT`, 5)} AS b_float,
      ${nul(`(${r(17)} - 500000)::INTEGER`, 6)} AS c_int,
      ${nul(`(${r(19)} * 9007199254 + ${r(23)})::BIGINT * (CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END)`, 7)} AS d_bigint,
      ${nul(`(${r(29)} / 100)::DECIMAL(9, 2)`, 8)} AS e_dec9,
      ${nul(`(${r(31)} * 1000 + 0.1234)::DECIMAL(18, 4)`, 9)} AS f_dec18,
      ${nul(`(${r(37)} % 30000)::SMALLINT`, 10)} AS g_small,
      NULL::DOUBLE AS h_allnull,
      2.5::DOUBLE AS i_const,
      ${nul(`(${r(41)} % 10)::DOUBLE`, 11)} AS "شاخص_فارسی",
      ${nul(`${r(43)}::UINTEGER`, 12)} AS j_uint,
      ${nul(`(${r(47)} / 1000)::DECIMAL(38, 10)`, 13)} AS k_dec38
    FROM range(0, ${n}) r(i)`);
  if (options.specials && n > 0) {
    // the doubles that break careless decoders, in rows of their own
    await con.run(`
      INSERT INTO t (id, a_double, b_float, d_bigint, i_const) VALUES
        ('s1', '-0.0'::DOUBLE, '-0.0'::FLOAT, 9007199254740993, 2.5),
        ('s2', 'nan'::DOUBLE, 'nan'::FLOAT, -9223372036854775808, 2.5),
        ('s3', 'inf'::DOUBLE, 3.4028235e38::FLOAT, 9223372036854775807, 2.5),
        ('s4', 1.7976931348623157e308, 1.4e-45::FLOAT, 18014398509481985, 2.5),
        ('s5', 5e-324, '-inf'::FLOAT, -18014398509481987, 2.5)`);
  }
  await con.run(
    `COPY t TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE ${options.rowGroup}, COMPRESSION ${options.compression}${options.v2 ? ", PARQUET_VERSION V2" : ""})`
  );
  return path;
}

/** hyparquet's row objects, converted as the row-decoding reader converted them. */
async function reference(bytes: Uint8Array): Promise<{ numbers: Record<string, number[]>; texts: Record<string, string[]> }> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = (await parquetReadObjects({ file: buffer, metadata: parquetMetadata(buffer), columns: [...NUMERIC, ...TEXT] })) as Record<string, unknown>[];
  const numbers: Record<string, number[]> = {};
  const texts: Record<string, string[]> = {};
  for (const c of NUMERIC)
    numbers[c] = rows.map((row) => (typeof row[c] === "number" ? (row[c] as number) : typeof row[c] === "bigint" ? Number(row[c]) : Number.NaN));
  for (const c of TEXT)
    texts[c] = rows.map((row) =>
      row[c] === null || row[c] === undefined ? "" : row[c] instanceof Uint8Array ? new TextDecoder().decode(row[c] as Uint8Array) : String(row[c])
    );
  return { numbers, texts };
}

/** Equal to the bit: -0 is not 0, NaN is NaN. */
function sameBits(actual: ArrayLike<number>, expected: readonly number[]): boolean {
  if (actual.length !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) return false;
  return true;
}

async function agrees(path: string): Promise<void> {
  const bytes = readFileSync(path);
  let ref: Awaited<ReturnType<typeof reference>>;
  try {
    ref = await reference(bytes);
  } catch {
    // hyparquet cannot read it (a codec it lacks, as GZIP and ZSTD): neither can the reader, with its code
    const error = await tableFromParquet(bytes, { indicators: NUMERIC }).then(
      () => "read",
      (e: unknown) => (isMahallehError(e) ? e.code : `foreign: ${String(e)}`)
    );
    expect(error).toBe("INDEX_UNREADABLE_FILE");
    return;
  }
  const { table, labels } = await tableFromParquet(bytes, { indicators: NUMERIC, labels: ["نام", "code", "raw"], group: "شهرستان" });
  expect(table.ids).toEqual((ref.texts["id"] as string[]).map((s) => s.trim()));
  expect(table.groups).toEqual((ref.texts["شهرستان"] as string[]).map((s) => s.trim()));
  expect(labels["نام"]).toEqual(ref.texts["نام"]);
  expect(labels["code"]).toEqual(ref.texts["code"]);
  expect(labels["raw"]).toEqual(ref.texts["raw"]);
  for (const c of NUMERIC) {
    const column = table.columns[c] as Float64Array;
    if (!sameBits(column, ref.numbers[c] as number[])) expect({ column: c, values: Array.from(column) }).toEqual({ column: c, values: ref.numbers[c] });
  }
}

describe("tableFromParquet reads columns as columns", () => {
  it("gives hyparquet's row-object values to the bit on random DuckDB files (v1 and v2 pages, codecs, nulls, row groups)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          n: fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 3, max: 6000 })),
          seed: fc.integer({ min: 0, max: 1 << 20 }),
          nullRate: fc.constantFrom(0, 0.02, 0.5, 1),
          rowGroup: fc.constantFrom(1000, 2048, 122880),
          compression: fc.constantFrom("snappy", "uncompressed", "zstd", "gzip"),
          v2: fc.boolean(),
          specials: fc.boolean(),
        }),
        async ({ n, seed, ...options }) => {
          await agrees(await write(n, seed, options));
        }
      ),
      { numRuns: 14, seed: 1818 }
    );
  }, 120_000);

  it("decodes DuckDB's default pages itself (v1 and v2, dictionary, byte-stream-split), leaving hyparquet only unsigned, wide-decimal and delta columns", async () => {
    for (const v2 of [false, true]) {
      const bytes = readFileSync(await write(5000, 3, { nullRate: 0.02, rowGroup: 2048, compression: "snappy", v2, specials: false }));
      const metadata = parquetMetadata(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
      ) as unknown as ParquetFileMetadata & { schema: ParquetElement[] };
      const fast: string[] = [];
      for (const element of metadata.schema.slice(1)) {
        const kind = TEXT.includes(element.name) ? "text" : "number";
        const reader = parquetReader(element, kind);
        if (reader === undefined) continue;
        const out = kind === "text" ? new Array<string>(5000).fill("") : new Float64Array(5000);
        try {
          let start = 0;
          for (const group of metadata.row_groups) {
            const chunk = group.columns.find((c) => c.meta_data?.path_in_schema[0] === element.name)?.meta_data;
            if (chunk === undefined) throw new Error("no chunk");
            start += decodeColumnChunk(bytes, chunk, Number(group.num_rows), reader, out, start, 5000, snappyUncompress);
          }
          expect(start).toBe(5000);
          fast.push(element.name);
        } catch (error) {
          if (error !== UNSUPPORTED) throw error;
        }
      }
      expect(fast).toEqual(
        v2
          ? ["نام", "raw", "شهرستان", "a_double", "b_float", "h_allnull", "i_const", "شاخص_فارسی"] // DuckDB's V2 writes integers and plain strings with delta encodings
          : [
              "id",
              "نام",
              "raw",
              "شهرستان",
              "code",
              "a_double",
              "b_float",
              "c_int",
              "d_bigint",
              "e_dec9",
              "f_dec18",
              "g_small",
              "h_allnull",
              "i_const",
              "شاخص_فارسی",
            ]
      );
    }
  }, 60_000);

  it("reads 0 and 1 units, an all-null file and the special doubles", async () => {
    for (const n of [0, 1]) await agrees(await write(n, 5, { nullRate: 0, rowGroup: 2048, compression: "snappy", v2: false, specials: false }));
    await agrees(await write(1, 5, { nullRate: 0, rowGroup: 2048, compression: "snappy", v2: false, specials: true }));
    await agrees(await write(300, 9, { nullRate: 0.5, rowGroup: 2048, compression: "uncompressed", v2: true, specials: true }));
    // -0 and NaN survive, bit for bit
    const { table } = await tableFromParquet(
      readFileSync(await write(1, 5, { nullRate: 0, rowGroup: 2048, compression: "snappy", v2: false, specials: true })),
      { indicators: ["a_double", "d_bigint"] }
    );
    expect(Array.from(table.columns["a_double"] as Float64Array).slice(1)).toEqual([-0, Number.NaN, Number.POSITIVE_INFINITY, 1.7976931348623157e308, 5e-324]);
    expect(Object.is((table.columns["a_double"] as Float64Array)[1], -0)).toBe(true);
    // INT64 rounded as Number(bigint) rounds (ties to even)
    expect(Array.from(table.columns["d_bigint"] as Float64Array).slice(1)).toEqual([
      Number(9007199254740993n),
      Number(-9223372036854775808n),
      Number(9223372036854775807n),
      Number(18014398509481985n),
      Number(-18014398509481987n),
    ]);
  }, 60_000);

  it("names the column, the row group and the byte range of a corrupt column chunk", async () => {
    const bytes = readFileSync(await write(6000, 78, { nullRate: 0, rowGroup: 2048, compression: "uncompressed", v2: false, specials: false }));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    // the second row group's chunk of c_int, read from the footer independently of the reader
    const chunk = metadata.row_groups[1]?.columns.find((c) => c.meta_data?.path_in_schema[0] === "c_int")?.meta_data;
    expect(chunk).toBeDefined();
    const begin = Number(chunk?.dictionary_page_offset || chunk?.data_page_offset);
    const end = begin + Number(chunk?.total_compressed_size);
    // its first page header overwritten: the page cannot be decoded
    const broken = Uint8Array.from(bytes);
    broken.fill(0xff, begin, begin + 24);
    const error = await tableFromParquet(broken, { indicators: NUMERIC, labels: ["نام"], group: "شهرستان" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isMahallehError(error)).toBe(true);
    if (!isMahallehError(error)) return;
    expect(error.code).toBe("INDEX_UNREADABLE_FILE");
    expect(error.details).toEqual({ column: "c_int", rowGroup: 1, byteStart: begin, byteEnd: end });
    expect(error.messages.en).toBe(`Column "c_int" could not be read: its data in row group 2, bytes ${begin}–${end}, is corrupt or truncated`);
    expect(error.messages.fa).toContain("«c_int»");
  }, 60_000);

  it("refuses corrupt pages with a coded error, never a foreign one", async () => {
    for (const compression of ["uncompressed", "snappy"]) {
      const bytes = readFileSync(await write(3000, 77, { nullRate: 0.02, rowGroup: 1000, compression, v2: false, specials: false }));
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 4, max: bytes.length - 2000 }),
          fc.integer({ min: 1, max: 64 }),
          fc.integer({ min: 0, max: 255 }),
          async (at, length, value) => {
            const broken = Uint8Array.from(bytes);
            broken.fill(value, at, at + length);
            try {
              await tableFromParquet(broken, { indicators: NUMERIC, labels: ["نام"], group: "شهرستان" });
            } catch (error) {
              expect(isMahallehError(error)).toBe(true);
              if (isMahallehError(error)) expect(["INDEX_UNREADABLE_FILE", "INDEX_INVALID_TABLE"]).toContain(error.code);
            }
          }
        ),
        { numRuns: 60, seed: 7 }
      );
    }
  }, 60_000);
});
