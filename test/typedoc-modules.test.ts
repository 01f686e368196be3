/**
 * The API site shows one module per subpath, named as users import it (`mahalleh`,
 * `mahalleh/jalali` …), never "index": every typedoc entry point is a published subpath and
 * names itself with a `@module` tag.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };
const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")) as { typedocOptions: { entryPoints: string[] } };

/** The import path of an entry point: src/index.ts → mahalleh, src/x/index.ts → mahalleh/x, src/x/y.ts → mahalleh/x/y. */
const importPath = (entry: string): string => {
  const parts = entry.replace(/^src\//, "").replace(/\.ts$/, "").split("/");
  if (parts[parts.length - 1] === "index") parts.pop();
  return ["mahalleh", ...parts].join("/");
};

const subpaths = Object.keys(pkg.exports)
  .filter((key) => !key.includes("*") && key !== "./package.json")
  .map((key) => (key === "." ? "mahalleh" : `mahalleh/${key.slice(2)}`));

describe("typedoc modules", () => {
  it("has one entry point per published subpath", () => {
    const entries = tsconfig.typedocOptions.entryPoints.map(importPath);
    expect([...entries].sort()).toEqual([...subpaths].sort());
  });

  it.each(tsconfig.typedocOptions.entryPoints)("%s names its module as users import it", (entry) => {
    const text = readFileSync(join(root, entry), "utf8");
    expect(/@module\s+(\S+)/.exec(text)?.[1]).toBe(importPath(entry));
  });
});
