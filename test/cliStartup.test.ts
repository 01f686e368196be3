/**
 * `mahalleh score` on a file starts without zod (session 16): the models' schemas cost about
 * 0.15 s of start-up (zod's many modules resolved, compiled and run), and a run on a file uses
 * none of them. The sample, which does, is imported only when no file is given. Checked on
 * the built bundle: the modules the score command's chunk imports, statically and transitively,
 * name no zod; the sample's module, imported on demand, does (the control that shows the walk
 * would see it). Needs dist/ (built by `npm run test:all`; skipped without it).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const built = existsSync(`${dist}cli.js`);

/** The packages a bundle file imports statically, itself and through the chunks it imports. */
function staticPackages(file: string, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (seen.has(file)) return out;
  seen.add(file);
  const text = readFileSync(`${dist}${file}`, "utf8");
  for (const m of text.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)) {
    const target = (m[1] ?? m[2]) as string;
    if (target.startsWith("./")) staticPackages(target.slice(2), seen, out);
    else out.add(target);
  }
  return out;
}

describe.skipIf(!built)("mahalleh score starts without zod", () => {
  it("the score command's chunk imports no zod, statically", () => {
    const score = readdirSync(dist).find((f) => /^score-[A-Z0-9]+\.js$/.test(f));
    expect(score).toBeDefined();
    const packages = [...staticPackages(score as string)];
    expect(packages.filter((p) => p.startsWith("zod"))).toEqual([]);
    // the CSV parser and the worker threads are there: the walk follows the chunks
    expect(packages).toContain("worker_threads");
  });

  it("the sample, imported on demand, brings zod (the walk sees it where it is)", () => {
    const chunks = readdirSync(dist).filter((f) => /^(score|chunk)-[A-Z0-9]+\.js$/.test(f));
    const sample = chunks.find((f) => readFileSync(`${dist}${f}`, "utf8").includes("// src/models/sampleDataset.ts"));
    expect(sample).toBeDefined();
    expect([...staticPackages(sample as string)].some((p) => p.startsWith("zod"))).toBe(true);
  });
});
