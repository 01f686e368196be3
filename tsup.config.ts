import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/** One entry per public subpath, plus the command-line tool. */
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      jalali: "src/jalali/index.ts",
      text: "src/text/index.ts",
      models: "src/models/index.ts",
      validation: "src/validation/index.ts",
      scoring: "src/scoring/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: "node20",
    platform: "neutral",
    external: ["zod", "date-fns-jalali", "decimal.js", "csv-parse"],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    define: { __MAHALLEH_VERSION__: JSON.stringify(version) },
    external: ["zod", "date-fns-jalali", "decimal.js", "csv-parse"],
  },
]);
