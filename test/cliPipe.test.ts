/**
 * The built CLI writing into a pipe that its reader closes early (`mahalleh score … | head`):
 * it stops quietly, without a stack trace, on one thread and on two. Needs dist/ (built by
 * `npm run test:all`; skipped without it).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

describe.skipIf(!existsSync(cli))("mahalleh score into a pipe closed early", () => {
  const dir = mkdtempSync(join(tmpdir(), "mahalleh-pipe-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const spec = join(dir, "spec.json");
  writeFileSync(spec, JSON.stringify({ indicators: [{ id: "بیکاری", dimension: "اقتصاد", direction: 1 }, { id: "سواد", dimension: "آموزش", direction: -1 }] }));
  // 20,000 units: about 1.5 MB of output, far more than a pipe holds
  const file = join(dir, "big.csv");
  const lines = ["شناسه,نام,شهرستان,بیکاری,سواد"];
  for (let i = 0; i < 20_000; i++) lines.push(`n${i},محلهٔ ${i},${i % 2 === 0 ? "کرج" : "فردیس"},${(i * 37) % 1000},${(i * 13) % 97}`);
  writeFileSync(file, `${lines.join("\n")}\n`);

  /** Runs score, reads the first chunk of its output, closes the pipe; resolves with its exit. */
  const runClosed = (writers: string): Promise<{ code: number | null; stderr: string; first: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, "score", file, "--spec", spec, "--format", "csv"], {
        env: { ...process.env, MAHALLEH_WRITE_WORKERS: writers },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      let first = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
      child.stdout.once("data", (d: Buffer) => {
        first = d.toString("utf8");
        child.stdout.destroy();
      });
      child.on("close", (code) => resolve({ code, stderr, first }));
    });

  it.each([["one thread", "off"], ["two threads", "1"]])("stops quietly on %s", async (_, writers) => {
    const r = await runClosed(writers);
    expect(r.first.startsWith("\uFEFFid,name,group,score")).toBe(true);
    expect(r.stderr).not.toMatch(/EPIPE|node:events|at .*\(/);
    expect(r.code).toBe(0);
  }, 30_000);
});
