/**
 * Issue 18: the built `mahalleh score` reads a big UTF-8 CSV on two threads (the second half in
 * the worker script dist/cli-csv-worker.js); its output must be the serial read's, byte for
 * byte, and a bad cell in the second half must give the serial path's message (line number
 * included). `MAHALLEH_CSV_WORKERS=<bytes>` lowers the size from which workers are used, `off`
 * turns them off; `MAHALLEH_CSV_WORKERS_TRACE=1` says on stderr which path was taken.
 * Needs dist/ (built by `npm run test:all`; skipped without it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const built = ["cli-csv-worker.js", "cli-lines-worker.js"].every((script) => existsSync(fileURLToPath(new URL(`../dist/${script}`, import.meta.url)))) && existsSync(cli);

describe.skipIf(!built)("mahalleh score reads a big CSV with a worker thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "mahalleh-csv-workers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const spec = join(dir, "spec.json");
  const indicators = [
    { id: "بیکاری", dimension: "economy", direction: 1 },
    { id: "سواد", dimension: "education", direction: -1 },
    { id: "تراکم", dimension: "housing", direction: 1 },
  ];
  writeFileSync(spec, JSON.stringify({ indicators }));

  const run = (file: string, workers: string, writers = "off"): { status: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, [cli, "score", file, "--spec", spec, "--format", "csv"], {
      encoding: "utf8",
      env: { ...process.env, MAHALLEH_CSV_WORKERS: workers, MAHALLEH_CSV_WORKERS_TRACE: "1", MAHALLEH_WRITE_WORKERS: writers, MAHALLEH_WRITE_WORKERS_TRACE: "1" },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  /** 400 rows: Persian names (some quoted, with commas and line breaks), Persian digits, blanks, CRLF, a BOM. */
  function write(name: string, bad?: number): string {
    const lines = ["\uFEFFشناسه,نام,شهرستان,بیکاری,سواد,تراکم"];
    for (let i = 0; i < 400; i++) {
      const nameCell = i % 7 === 0 ? `"محلهٔ ${i}،\r\nشمالی, ""قدیم"""` : `محلهٔ ${i}`;
      const a = i === bad ? "نامعلوم" : i % 11 === 0 ? "" : ((i * 37) % 1000) / 10 + "";
      const b = i % 5 === 0 ? "۱۲٫۵" : String((i * 13) % 97);
      lines.push([`n${i}`, nameCell, i % 3 === 0 ? "کرج" : "فردیس", a, b, `${i % 4}.25`].join(","));
    }
    const path = join(dir, name);
    writeFileSync(path, `${lines.join("\r\n")}\r\n`);
    return path;
  }

  it("prints what the serial read prints, byte for byte", () => {
    const file = write("good.csv");
    const serial = run(file, "off");
    const parallel = run(file, "1");
    expect(parallel.stderr).toContain("csv workers: parallel");
    expect(serial.status).toBe(0);
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it("gives the serial path's error for a bad cell in the second half", () => {
    const file = write("bad.csv", 350);
    const serial = run(file, "off");
    const parallel = run(file, "1");
    expect(parallel.stderr).toContain("csv workers: serial (second part");
    expect(parallel.status).toBe(serial.status);
    expect(serial.status).toBe(1);
    const withoutTrace = (text: string): string => text.replace(/^csv workers: .*\n/m, "");
    expect(withoutTrace(parallel.stderr)).toBe(serial.stderr);
    // line 402: the header, rows 0…350, and a line break inside each of the 50 quoted names before
    expect(serial.stderr).toContain("سطر ۴۰۲");
  });

  it("writes the CSV output on two threads, byte for byte what one thread writes", () => {
    const file = write("two-writers.csv");
    const one = run(file, "off", "off");
    const two = run(file, "off", "1");
    expect(one.stderr).toContain("write workers: serial");
    expect(two.stderr).toContain("write workers: parallel");
    expect(two.status).toBe(0);
    // 400 units and the header (some quoted names hold line breaks too)
    expect(two.stdout.split("\n").length).toBeGreaterThan(400);
    expect(two.stdout).toBe(one.stdout);
    // both readers and both writers at once: still the same, and the columns this thread read
    // are in shared memory, so the index's details pass is offered to the writer's worker too
    // (one claim of 8,192 units here: whichever thread takes it)
    const both = run(file, "1", "1");
    expect(both.stderr).toContain("csv workers: parallel");
    expect(both.stderr).toMatch(/details: (one thread|two threads) \(the worker computed [01] of 1 claims\)/);
    expect(both.stdout).toBe(one.stdout);
  });

  it("a worker started for the output does not hold the process when scoring fails first", () => {
    const file = write("spec-error.csv");
    const badSpec = join(dir, "bad-spec.json");
    writeFileSync(badSpec, JSON.stringify({ indicators: [{ id: "نیست", dimension: "economy", direction: 1 }] }));
    const r = spawnSync(process.execPath, [cli, "score", file, "--spec", badSpec, "--format", "csv"], {
      encoding: "utf8",
      timeout: 20_000,
      env: { ...process.env, MAHALLEH_WRITE_WORKERS: "1", MAHALLEH_WRITE_WORKERS_TRACE: "1" },
    });
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toContain("write workers");
  });
});
