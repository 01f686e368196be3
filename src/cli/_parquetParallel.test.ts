import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { parquetTable, readParquetBytes } from "./_parquetParallel";

// The parallel reader against the serial one (workers: 0) on random DuckDB files, through the
// built worker script (dist/cli-parquet-worker.js, as the CLI runs it): the same table to the bit,
// or the same coded error and message. Skipped when the package is not built.

const worker = resolve("dist/cli-parquet-worker.js");
const built = existsSync(worker);
const dir = mkdtempSync(join(tmpdir(), "mahalleh-parquet-parallel-"));
const io = { stdout: () => undefined, stderr: () => undefined };

async function outcome(bytes: Uint8Array, indicators: string[], settings: Parameters<typeof parquetTable>[2]): Promise<unknown> {
  try {
    const { table, labels } = await parquetTable(bytes, { id: "id", group: "county", labels: ["name"], indicators }, settings);
    return { ids: table.ids, groups: table.groups, labels, keys: Object.keys(table.columns), columns: Object.values(table.columns).map((c) => Array.from(c, (v) => (Object.is(v, -0) ? "-0" : v))) };
  } catch (error) {
    return isMahallehError(error) ? { code: error.code, message: error.message } : { foreign: String(error) };
  }
}

describe.skipIf(!built)("parquetTable in worker threads", () => {
  it("gives the serial reader's table or error on random files (nulls, dictionary and plain pages, row groups, truncated)", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    let no = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          n: fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 2, max: 3000 })),
          seed: fc.integer({ min: 0, max: 1 << 20 }),
          nullRate: fc.constantFrom(0, 0.05, 1),
          rowGroup: fc.constantFrom(500, 122880),
          distinct: fc.constantFrom(1, 50, 1000003),
          k: fc.integer({ min: 2, max: 9 }),
          workers: fc.integer({ min: 1, max: 3 }),
          cut: fc.constantFrom(0, 0, 0, 1, 100),
          extra: fc.constantFrom(undefined, "missing", "name", "ind0"),
        }),
        async ({ n, seed, nullRate, rowGroup, distinct, k, workers, cut, extra }) => {
          const path = join(dir, `p${no++}.parquet`);
          const cols = Array.from(
            { length: k },
            (_, j) => `CASE WHEN hash(i * ${j + 3} + ${seed}) % 100 < ${nullRate * 100} THEN NULL ELSE (hash(i * ${j + 7} + ${seed}) % ${distinct})::DOUBLE / ${j + 1} END AS ind${j}`,
          ).join(", ");
          await con.run(
            `COPY (SELECT 'u' || i AS id, 'محلهٔ ' || i AS name, 'c' || (i % 7) AS county, ${cols} FROM range(0, ${n}) t(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE ${rowGroup})`,
          );
          const whole = await readParquetBytes(io, path, { minBytes: 0 });
          expect(whole.buffer instanceof SharedArrayBuffer).toBe(true);
          const bytes = cut === 0 ? whole : new Uint8Array(whole.buffer, 0, Math.max(0, whole.length - cut));
          const indicators = Array.from({ length: k }, (_, j) => `ind${j}`);
          if (extra !== undefined) indicators.splice(1, 0, extra);
          const serial = await outcome(bytes, indicators, { workers: 0 });
          const parallel = await outcome(bytes, indicators, { workerUrl: pathToFileURL(worker), minBytes: 0, workers });
          expect(parallel).toEqual(serial);
          // and the serial reader's own bytes, not shared
          expect(await outcome(Uint8Array.from(readFileSync(path)).subarray(0, bytes.length), indicators, { workers: 0 })).toEqual(serial);
        },
      ),
      { numRuns: 25, seed: 2026 },
    );
    con.closeSync();
  }, 180_000);

  it("reads serially when the worker script is missing", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const path = join(dir, "missing.parquet");
    await con.run(`COPY (SELECT 'u' || i AS id, 'n' AS name, 'c' AS county, i::DOUBLE AS ind0, (i * 2)::DOUBLE AS ind1 FROM range(0, 100) t(i)) TO '${path}' (FORMAT parquet)`);
    con.closeSync();
    const bytes = await readParquetBytes(io, path, { minBytes: 0 });
    const got = await outcome(bytes, ["ind0", "ind1"], { workerUrl: pathToFileURL(join(dir, "nowhere.js")), minBytes: 0, workers: 1 });
    expect(got).toEqual(await outcome(bytes, ["ind0", "ind1"], { workers: 0 }));
  });
});
