/**
 * The published shape of the package: pack the tarball as npm would, install it into an
 * empty project, and load every subpath with `import` and with `require`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
let tarball = "";
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("build first: npm run build");
  project = mkdtempSync(join(tmpdir(), "mahalleh-pack-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", project], root)) as [{ filename: string }];
  tarball = join(project, packed[0].filename);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "commonjs" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(project, packed[0].filename), "zod@^4", "@types/node@^20"], project);
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

/**
 * A consumer's view of the types: money fields must be decimal.js `Decimal`s under every
 * module resolution a project may use. Each `@ts-expect-error` line is a misuse that compiles
 * only if the type degraded to `any` — then the directive itself is the error (TS2578).
 */
const consumerSource = `
import { parseMoney, sumMoney, type Decimal, type Rials } from "mahalleh/text";
import { InterventionSchema, sampleDataset, type BudgetLine, type Intervention } from "mahalleh/models";
import { isMahallehError } from "mahalleh";
import { toJalali } from "mahalleh/jalali";

declare const intervention: Intervention;
declare const line: BudgetLine;
const amount: Decimal = line.amountRials;
const firstLine: BudgetLine | undefined = intervention.budget[0];
const parsed: Rials = parseMoney("۱۲٬۵۰۰ میلیون ریال");
const total: Decimal = sumMoney([amount, parsed, 1]);
const text: string = total.plus(1).toFixed(0);
const sampleAmount: Decimal | undefined = sampleDataset.interventions[0]?.budget[0]?.amountRials;
const fromSchema: Decimal | undefined = InterventionSchema.parse({}).budget[0]?.amountRials;
const guard: boolean = isMahallehError(null);
const year: number = toJalali(new Date(0)).year;

// @ts-expect-error a Decimal is not a number (compiles only if money fields were \`any\`)
const wrongNumber: number = line.amountRials;
// @ts-expect-error a Decimal is not a string
const wrongString: string = parseMoney("۱۰ ریال");
// @ts-expect-error decimal.js has no method \`notAMethod\`
total.notAMethod();
// @ts-expect-error the sample's money is a Decimal too
const wrongSample: boolean = sampleDataset.interventions[0]!.budget[0]!.amountRials;

export { firstLine, fromSchema, guard, sampleAmount, text, wrongNumber, wrongSample, wrongString, year };
`;

/** The module systems a consumer project may use, with the source file names each compiles. */
const resolutions = [
  { name: "node16", module: "node16", files: ["esm.mts", "cjs.cts"] },
  { name: "nodenext", module: "nodenext", files: ["esm.mts", "cjs.cts"] },
  { name: "bundler", module: "esnext", files: ["bundler.ts"] },
  { name: "node10", module: "commonjs", files: ["node10.ts"] },
] as const;

describe("the packed tarball's types", () => {
  const cases = resolutions.flatMap((r) => [false, true].map((skipLibCheck) => ({ ...r, skipLibCheck })));
  it.each(cases)("compile under moduleResolution $name (skipLibCheck $skipLibCheck) with money as Decimal", ({ name, module, files, skipLibCheck }) => {
    const dir = join(project, `types-${name}-${skipLibCheck}`);
    mkdirSync(dir, { recursive: true });
    for (const file of files) writeFileSync(join(dir, file), consumerSource);
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        module,
        moduleResolution: name,
        strict: true,
        esModuleInterop: true,
        noEmit: true,
        skipLibCheck,
        types: ["node"],
        typeRoots: [join(project, "node_modules", "@types")],
      },
      files,
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    let output = "";
    try {
      run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"], dir);
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout ?? error);
    }
    expect(output).toBe("");
  });
});

/** The same program under zod 4 and zod 3.25 (whose `zod/v4` subpath is zod 4's API). */
const zodProbe = `
import { NeighbourhoodSchema, sampleDataset } from "mahalleh/models";
import { validateRecords } from "mahalleh/validation";
import { z } from "zod/v4";
const n = NeighbourhoodSchema.parse(sampleDataset.neighbourhoods[0]);
const report = validateRecords(z.object({ a: z.number() }), [{ a: 1 }, { a: "x" }]);
const { createRequire } = await import("node:module");
const zodVersion = createRequire(process.cwd() + "/x.js")("zod/package.json").version;
console.log(JSON.stringify({ major: zodVersion.split(".")[0], name: n.nameFa, valid: report.valid.length, code: report.invalid[0]?.issues[0]?.code }));
`;

describe("the optional peer dependencies", () => {
  it("install next to the tarball at the versions this project is tested with, without --legacy-peer-deps", () => {
    // @duckdb/node-api publishes prereleases only (1.5.6-r.1): npm matches one only against a
    // range naming its x.y.z, and refused `npm install mahalleh @duckdb/node-api` (ETARGET)
    // while the range was ">=1.1.0"
    const installed = (name: string): string => (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    const optional = ["@duckdb/node-api", "hyparquet", "date-fns-jalali"];
    expect(Object.keys(pkg.peerDependencies)).toEqual(expect.arrayContaining(optional));
    const dir = join(project, "peers");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-peers", private: true, type: "module" }));
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball, "zod@^4", ...optional.map((name) => `${name}@${installed(name)}`)], dir);
    const versions = optional.map((name) => (JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version);
    expect(versions).toEqual(optional.map(installed));
    // npm's own check of the tree: no invalid or missing peer
    expect(() => run("npm", ["ls", "--all"], dir)).not.toThrow();
  });
});

describe("zod 3.25 (apps not yet on zod 4)", () => {
  it("installs without peer conflicts, runs and type-checks as with zod 4", () => {
    const z3 = join(project, "zod3");
    mkdirSync(z3, { recursive: true });
    writeFileSync(join(z3, "package.json"), JSON.stringify({ name: "consumer-zod3", private: true, type: "module" }));
    // npm would refuse (ERESOLVE) if zod 3.25 were outside the peer range.
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, "zod@3.25.76"], z3);
    writeFileSync(join(z3, "probe.mjs"), zodProbe);
    writeFileSync(join(project, "probe4.mjs"), zodProbe);
    const with3 = JSON.parse(run("node", ["probe.mjs"], z3)) as { major: string };
    const with4 = JSON.parse(run("node", ["probe4.mjs"], project)) as { major: string };
    expect(with3.major).toBe("3");
    expect(with4.major).toBe("4");
    expect({ ...with3, major: "" }).toEqual({ ...with4, major: "" });
    expect(with4).toMatchObject({ valid: 1, code: "VALIDATION_INVALID_TYPE" });

    writeFileSync(join(z3, "consumer.mts"), consumerSource);
    const tsconfig = { compilerOptions: { target: "ES2022", lib: ["ES2022"], module: "node16", moduleResolution: "node16", strict: true, esModuleInterop: true, noEmit: true, skipLibCheck: false, types: ["node"], typeRoots: [join(project, "node_modules", "@types")] }, files: ["consumer.mts"] };
    writeFileSync(join(z3, "tsconfig.json"), JSON.stringify(tsconfig));
    let output = "";
    try {
      run(process.execPath, [tsc, "-p", join(z3, "tsconfig.json"), "--pretty", "false"], z3);
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout ?? error);
    }
    expect(output).toBe("");
  });
});
