/**
 * What the package asks of a consumer's node_modules (issue 11): zod 3.25+ or 4 as a peer,
 * used only through its version-stable `zod/v4` subpaths; date-fns-jalali only as an
 * optional peer (the documented interop), never imported by the library.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}
const librarySources = sources(join(root, "src")).map((path) => ({ path: path.slice(root.length), text: readFileSync(path, "utf8") }));
/** Module specifiers of the real import/export statements (not the TSDoc examples). */
function specifiers(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] ?? "");
}

describe("dependencies", () => {
  it("date-fns-jalali is an optional peer and a dev dependency, not a dependency", () => {
    expect(pkg.dependencies["date-fns-jalali"]).toBeUndefined();
    expect(pkg.peerDependencies["date-fns-jalali"]).toBeDefined();
    expect(pkg.peerDependenciesMeta["date-fns-jalali"]?.optional).toBe(true);
    expect(pkg.devDependencies["date-fns-jalali"]).toBeDefined();
  });

  it("no library source imports date-fns-jalali", () => {
    const importers = librarySources.filter((f) => specifiers(f.text).some((s) => s.startsWith("date-fns-jalali"))).map((f) => f.path);
    expect(importers).toEqual([]);
  });

  it("zod is a peer for 3.25+ and 4, imported only through its zod/v4 subpaths", () => {
    expect(pkg.peerDependencies["zod"]).toBe(">=3.25.0 <5");
    expect(pkg.dependencies["zod"]).toBeUndefined();
    const bare = librarySources
      .flatMap((f) => specifiers(f.text).filter((s) => s === "zod" || (s.startsWith("zod/") && !/^zod\/v4(\/core)?$/.test(s))).map((s) => `${f.path}: ${s}`));
    expect(bare).toEqual([]);
    // The check above must see the real imports.
    expect(librarySources.some((f) => specifiers(f.text).includes("zod/v4"))).toBe(true);
  });
});

describe("release metadata", () => {
  const meta = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { repository?: { url?: string }; homepage?: string; bugs?: { url?: string } };
  it("names the repository, homepage and issue tracker", () => {
    expect(meta.repository?.url).toBe("git+https://github.com/mahalleh/mahalleh.git");
    expect(meta.homepage).toMatch(/^https:\/\/github\.com\/mahalleh\/mahalleh/);
    expect(meta.bugs?.url).toBe("https://github.com/mahalleh/mahalleh/issues");
  });
  it("README links work on the registry page (no relative links)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? "").filter((href) => !/^(https?:|mailto:|#)/.test(href));
    expect(relative).toEqual([]);
  });
});
