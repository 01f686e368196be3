/**
 * Issue 11: `mahalleh/validation` (and so the root `mahalleh`) must bundle for a browser —
 * csv-parse's Node build pulls in `stream` and reads the Node global `Buffer`. Bundled here
 * from source with esbuild for the browser platform: no Node built-in may be needed.
 */
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { readCsv, validateText } from "./index";
import { safeValidateText } from "./validateText";
import { validatePath } from "./validatePath";

async function bundle(entry: string): Promise<{ errors: number; text: string }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    // highs (the MILP solver of mahalleh/planning) is imported lazily and left to the app's
    // bundler: its ESM build loads its WebAssembly through Node's module API
    external: ["zod", "decimal.js", "highs"],
  }).catch((error: { errors?: unknown[] }) => ({ errors: error.errors ?? [1], outputFiles: [] }));
  return { errors: result.errors.length, text: result.outputFiles?.[0]?.text ?? "" };
}

describe("browser-safe validation (issue 11)", () => {
  it("mahalleh/validation and mahalleh bundle for the browser without Node built-ins", async () => {
    for (const entry of ["src/validation/index.ts", "src/index.ts"]) {
      const { errors, text } = await bundle(entry);
      expect(errors, entry).toBe(0);
      expect(text, entry).not.toMatch(/from\s*["'](?:node:)?(?:stream|fs|buffer|path)["']/);
    }
  }, 60_000);

  it("the Node-only entry needs Node (and says so by failing to bundle for the browser)", async () => {
    expect((await bundle("src/validation/node.ts")).errors).toBeGreaterThan(0);
  }, 60_000);
});

describe("validateText / validatePath (issue 11)", () => {
  it("a path given where text is expected is a coded error, not 0 rows", () => {
    for (const path of ["obs.csv", "./data/observations.json", "C:\\\\data\\\\obs.CSV", "data/obs"]) {
      const result = safeValidateText(path, { model: "observation" });
      expect(result.success ? "" : result.error.code, path).toBe("VALIDATION_PATH_GIVEN");
    }
    // a one-column CSV whose header happens to end in .csv still has rows: no error
    expect(validateText("file.csv\nobs.csv\n", { model: "observation" }).summary.total).toBe(1);
  });

  it("validateText reads the rows of {\"interventions\": […]} with key, and ;-separated CSV with delimiter", () => {
    const report = validateText('{"interventions": [{"id": "x"}, {"id": "y"}]}', { model: "intervention", key: "interventions" });
    expect(report.summary.total).toBe(2);
    expect(readCsv("a;b\n1;2\n", { delimiter: ";" }).rows).toEqual([{ a: "1", b: "2" }]);
  });

  it("validatePath reads a file (UTF-16 with BOM, Windows-1256 when asked) and refuses a missing one with a code", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "mahalleh-"));
    const csv = "شناسه محله,شاخص,دوره,مقدار\nalb-krj-001,unemployment-rate,1403,18.5\n";
    const utf16 = join(dir, "o16.csv");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]));
    expect((await validatePath(utf16, { model: "observation" })).summary).toEqual({ total: 1, valid: 1, invalid: 0 });
    const cp1256 = join(dir, "o1256.csv");
    // «شناسه محله,شاخص,دوره,مقدار» in Windows-1256 (every letter one byte)
    const decoder = new TextDecoder("windows-1256");
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
    writeFileSync(cp1256, Uint8Array.from([...csv].map((ch) => table.get(ch) as number)));
    expect((await validatePath(cp1256, { model: "observation", encoding: "windows-1256" })).summary.valid).toBe(1);
    await expect(validatePath(join(dir, "missing.csv"), { model: "observation" })).rejects.toMatchObject({ code: "VALIDATION_FILE_UNREADABLE" });
  });
});
