/**
 * The published shape of the package: pack the tarball as npm would, install it into an
 * empty project, and load every subpath with `import` and with `require`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  peerDependencies: Record<string, string>;
};
const codeSubpaths = Object.keys(pkg.exports)
  .filter((key) => !key.includes("*") && key !== "./package.json")
  .map((key) => (key === "." ? "mahalleh" : `mahalleh/${key.slice(2)}`));

let project = "";

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("build first: npm run build");
  project = mkdtempSync(join(tmpdir(), "mahalleh-pack-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project], root)) as [{ filename: string }];
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "commonjs" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(project, packed[0].filename), `zod@${pkg.peerDependencies["zod"]}`], project);
});

describe("the packed tarball", () => {
  it.each(codeSubpaths)("%s loads with import and with require and exposes the error guard", (subpath) => {
    const probe = `
      const viaImport = await import(${JSON.stringify(subpath)});
      const viaRequire = (await import("node:module")).createRequire(process.cwd() + "/x.js")(${JSON.stringify(subpath)});
      const keys = (m) => Object.keys(m).filter((k) => k !== "default" && k !== "module.exports").sort();
      const e = new viaImport.MahallehError("INTERNAL", { fa: "الف", en: "a" });
      console.log(JSON.stringify({
        esm: keys(viaImport), cjs: keys(viaRequire),
        crossGuard: viaRequire.isMahallehError(e),
        instanceofAcross: e instanceof viaRequire.MahallehError,
      }));`;
    writeFileSync(join(project, "probe.mjs"), probe);
    const out = JSON.parse(run("node", ["probe.mjs"], project)) as {
      esm: string[];
      cjs: string[];
      crossGuard: boolean;
      instanceofAcross: boolean;
    };
    expect(out.esm.length).toBeGreaterThan(0);
    expect(out.cjs).toEqual(out.esm);
    // The ESM and CJS builds are separate copies: instanceof fails, the guard must not.
    expect(out.instanceofAcross).toBe(false);
    expect(out.crossGuard).toBe(true);
  });

  it("ships package.json, the bin and the JSON Schemas", () => {
    const installed = join(project, "node_modules", "mahalleh");
    expect(JSON.parse(run("node", ["-p", "JSON.stringify(require('mahalleh/package.json').name)"], project))).toBe("mahalleh");
    expect(run(join(project, "node_modules", ".bin", "mahalleh"), ["--version"], project).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(existsSync(join(installed, "schemas"))).toBe(true);
  });
});
