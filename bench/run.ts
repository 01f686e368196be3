/**
 * `npm run bench [name…]`: runs every `bench/*.bench.ts` (or the named ones). Each file's
 * default export is an async function that calls {@link compare} for its comparisons.
 */
import { readdirSync } from "node:fs";

const dir = new URL("./", import.meta.url);
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort();
console.log(`node ${process.version} · ${process.arch} · benchmarks: ${files.join(", ") || "none"}`);
for (const file of files) {
  console.log(`\n=== ${file}`);
  const mod = (await import(new URL(file, dir).href)) as { default: () => Promise<void> };
  await mod.default();
}
