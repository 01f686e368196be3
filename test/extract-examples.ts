/**
 * Extracts every TSDoc `@example` in `src/`, and every ```ts block of README.md and
 * docs/*.md, into vitest files under `test/examples/` (generated, not committed), so that no
 * example a reader follows can drift from the code.
 *
 * Inside a ```ts fence of an `@example`:
 * - `import { a, b as c } from "mahalleh/x";` becomes a dynamic import in the test;
 * - a line `expr; // => value` asserts `expect(expr).toEqual(value)`;
 * - a line `expr; // throws CODE` asserts that `expr` throws a MahallehError with that code;
 * - any other line runs as written.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const srcDir = join(root, "src");
const outDir = join(root, "test", "examples");

/** The Markdown guides under a folder, subfolders included (docs/charts/map.md). */
function markdownIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? markdownIn(join(dir, entry.name)) : entry.name.endsWith(".md") ? [join(dir, entry.name)] : []))
    .sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface Example {
  readonly line: number;
  readonly code: string[];
}

/** The fenced examples of one file, with the line each starts on. */
export function examplesOf(text: string): Example[] {
  const lines = text.split("\n");
  const found: Example[] = [];
  let inExample = false;
  let fence: string[] | null = null;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const stripped = raw.replace(/^\s*\*\s?/, "");
    if (/^\s*\*\s*@example\b/.test(raw)) {
      inExample = true;
      continue;
    }
    if (!inExample) continue;
    if (fence === null) {
      if (/^```(ts|typescript)?\s*$/.test(stripped)) {
        fence = [];
        start = i + 1;
      } else if (/^\s*\*\s*@\w+/.test(raw) || /\*\//.test(raw)) {
        inExample = false;
      }
      continue;
    }
    if (/^```\s*$/.test(stripped)) {
      found.push({ line: start, code: fence });
      fence = null;
      inExample = false;
      continue;
    }
    fence.push(stripped);
  }
  return found;
}

function importToDynamic(statement: string): string {
  const match = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+(["'][^"']+["']);?$/.exec(statement.replace(/\s+/g, " ").trim());
  if (match === null) {
    const namespace = /^import\s+\*\s+as\s+(\w+)\s+from\s+(["'][^"']+["']);?$/.exec(statement.trim());
    if (namespace !== null) return `const ${namespace[1]} = await import(${namespace[2]});`;
    const def = /^import\s+(\w+)\s+from\s+(["'][^"']+["']);?$/.exec(statement.trim());
    if (def !== null) return `const { default: ${def[1]} } = await import(${def[2]});`;
    throw new Error(`unsupported import in example: ${statement}`);
  }
  const parts = (match[2] ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const allTypes = match[1] !== undefined;
  // Type imports become local aliases so that the generated tests still type-check.
  const types = parts
    .filter((part) => allTypes || part.startsWith("type "))
    .map((part) => part.replace(/^type\s+/, "").split(/\s+as\s+/))
    .map(([name, alias]) => `type ${alias ?? name} = import(${match[3]}).${name};`);
  const values = parts.filter((part) => !allTypes && !part.startsWith("type ")).map((part) => part.replace(/\s+as\s+/, ": "));
  const dynamic = values.length > 0 ? [`const { ${values.join(", ")} } = await import(${match[3]});`] : [];
  return [...types, ...dynamic].join(" ");
}

/**
 * The ```ts blocks of a Markdown guide (README.md, docs/*.md). A block fenced as
 * ```ts no-run is shown to readers but not executed (type signatures, fragments).
 */
export function markdownExamplesOf(text: string): Example[] {
  const lines = text.split("\n");
  const found: Example[] = [];
  let fence: string[] | null = null;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (fence === null) {
      if (/^```(ts|typescript)\s*$/.test(line)) {
        fence = [];
        start = i + 1;
      }
      continue;
    }
    if (/^```\s*$/.test(line)) {
      found.push({ line: start, code: fence });
      fence = null;
      continue;
    }
    fence.push(line);
  }
  return found;
}

/** Turns an example's lines into the body of a test. */
export function toTestBody(code: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    let line = code[i] ?? "";
    if (/^\s*import\s/.test(line)) {
      while (!/from\s+["'][^"']+["'];?\s*$/.test(line) && i + 1 < code.length) line += ` ${code[++i] ?? ""}`;
      out.push(importToDynamic(line));
      continue;
    }
    const expectation = /^(\s*)(.*?);?\s*\/\/ => (.*)$/.exec(line);
    if (expectation !== null) {
      out.push(`${expectation[1]}expect(${expectation[2]}).toEqual(${expectation[3]});`);
      continue;
    }
    const throws = /^(\s*)(.*?);?\s*\/\/ throws ([A-Z_]+)\s*$/.exec(line);
    if (throws !== null) {
      out.push(`${throws[1]}expectThrowsCode(() => ${throws[2]}, ${JSON.stringify(throws[3])});`);
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const guides = [join(root, "README.md"), ...markdownIn(join(root, "docs"))];
let count = 0;
for (const file of [...walk(srcDir).sort(), ...guides]) {
  const text = readFileSync(file, "utf8");
  const examples = file.endsWith(".md") ? markdownExamplesOf(text) : examplesOf(text);
  if (examples.length === 0) continue;
  const rel = relative(root, file);
  const tests = examples.map(
    (example, index) =>
      `test(${JSON.stringify(`${rel}:${example.line} example ${index + 1}`)}, async () => {\n${toTestBody(example.code)}\n});`,
  );
  const header = [
    `// Generated by test/extract-examples.ts from ${rel}. Do not edit.`,
    `import { expect, test } from "vitest";`,
    `function expectThrowsCode(run: () => unknown, code: string): void {`,
    `  let thrown: unknown;`,
    `  try { run(); } catch (error) { thrown = error; }`,
    `  expect(thrown).toMatchObject({ name: "MahallehError", code });`,
    `}`,
    `void expectThrowsCode;`,
  ];
  const name = rel.replace(/^src\//, "").replace(/\.(ts|md)$/, "").replace(/[\\/.]/g, "__");
  writeFileSync(join(outDir, `${name}.test.ts`), `${header.join("\n")}\n\n${tests.join("\n\n")}\n`);
  count += examples.length;
}
console.log(`extract-examples: ${count} examples written to ${relative(root, outDir)}/`);
