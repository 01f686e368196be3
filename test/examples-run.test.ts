/**
 * Every program in `examples/` runs as a reader would run it (`npx tsx examples/<name>.ts`),
 * must exit 0 and print something. Examples check their own claims with `node:assert`, so an
 * example whose output drifts from what its comments say fails here.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const examples = readdirSync(join(root, "examples")).filter((name) => name.endsWith(".ts"));
const tsx = join(root, "node_modules", ".bin", "tsx");

describe("examples/", () => {
  it("has examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples)("%s runs and passes its own assertions", (name) => {
    const output = execFileSync(tsx, [join("examples", name)], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(output.trim().length).toBeGreaterThan(0);
  });
});
