/**
 * Issue 18: `mahalleh score big.parquet --format csv` reads the indicator columns into shared
 * memory and computes the index's details pass on two threads (this thread and the CSV writer's
 * worker, dist/cli-lines-worker.js, take claims of units in turn). The output must be, byte for
 * byte, what one thread writes (`MAHALLEH_WRITE_WORKERS=off`: no worker at all). The file is made by DuckDB, large
 * enough (> 16 MB) for the parallel read. Needs dist/ (skipped without it).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const built = ["cli-parquet-worker.js", "cli-lines-worker.js"].every((script) => existsSync(fileURLToPath(new URL(`../dist/${script}`, import.meta.url)))) && existsSync(cli);

describe.skipIf(!built)("mahalleh score on a large Parquet file, details on two threads", () => {
  const dir = mkdtempSync(join(tmpdir(), "mahalleh-parquet-threads-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints what one thread prints, byte for byte", async () => {
    const n = 100_000;
    const K = 32;
    const file = join(dir, "big.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    // plain doubles (a million distinct values: no dictionary), 3 % nulls, a unit without any value
    const cols = Array.from({ length: K }, (_, j) => `CASE WHEN i = 777 OR hash(i * ${j + 3}) % 100 < 3 THEN NULL ELSE (hash(i * ${j + 7} + 11) % 1000003)::DOUBLE / ${j + 1} END AS "شاخص ${j}"`).join(", ");
    await con.run(`COPY (SELECT 'u' || i AS id, 'محلهٔ ' || i AS name, 'c' || (i % 9) AS county, ${cols} FROM range(0, ${n}) t(i)) TO '${file}' (FORMAT parquet)`);
    con.closeSync();
    expect(statSync(file).size).toBeGreaterThan(16 * 1024 * 1024);
    const spec = join(dir, "spec.json");
    const indicators = Array.from({ length: K }, (_, j) => ({ id: `شاخص ${j}`, dimension: `d${j % 5}`, direction: j % 3 === 0 ? -1 : 1, ...(j === 4 ? { weight: 0 } : j % 4 === 1 ? { weight: 2 } : {}) }));
    writeFileSync(spec, JSON.stringify({ indicators }));
    const run = (writers: string | undefined): { status: number | null; stdout: string; stderr: string } => {
      const env: NodeJS.ProcessEnv = { ...process.env, MAHALLEH_WRITE_WORKERS_TRACE: "1" };
      if (writers === undefined) delete env["MAHALLEH_WRITE_WORKERS"];
      else env["MAHALLEH_WRITE_WORKERS"] = writers;
      const r = spawnSync(process.execPath, [cli, "score", file, "--spec", spec, "--format", "csv"], { encoding: "utf8", env, maxBuffer: 1 << 28 });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const one = run("off");
    const two = run(undefined);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).toContain("write workers: serial");
    expect(one.stderr).not.toContain("details:");
    // the threads take claims of 8,192 units in turn: how many each took depends on the scheduler
    expect(two.stderr).toMatch(/details: (one thread|two threads) \(the worker computed \d+ of 13 claims\)/);
    expect(two.stderr).toContain("write workers: parallel");
    expect(two.stdout.split("\n")).toHaveLength(n + 2);
    expect(two.stdout).toBe(one.stdout);
    // the unit without any value comes last, unscored
    expect(two.stdout.trimEnd().split("\n").at(-1)).toMatch(/^u777,محلهٔ 777,c3,,/);
  }, 60_000);
});
