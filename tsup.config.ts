import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * Writes one JSON Schema per model to `schemas/<model>.schema.json` (published as
 * `mahalleh/schemas/*`), generated from the zod schemas with zod's own `z.toJSONSchema`.
 */
async function writeJsonSchemas(): Promise<void> {
  const { jsonSchemas } = await import("./src/models/jsonSchemas");
  mkdirSync("schemas", { recursive: true });
  const schemas = Object.entries(jsonSchemas());
  for (const [name, schema] of schemas) {
    writeFileSync(`schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  console.log(`JSON Schemas: ${schemas.length} written to schemas/`);
}

/** One entry per public subpath, plus the command-line tool. */
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      jalali: "src/jalali/index.ts",
      text: "src/text/index.ts",
      models: "src/models/index.ts",
      validation: "src/validation/index.ts",
      "validation/node": "src/validation/node.ts",
      scoring: "src/scoring/index.ts",
      planning: "src/planning/index.ts",
      monitoring: "src/monitoring/index.ts",
      evaluation: "src/evaluation/index.ts",
      charts: "src/charts/index.ts",
      "charts/map": "src/charts/map.ts",
      "charts/monitoring": "src/charts/monitoring.ts",
      // Not a public subpath: an entry of its own so that the decimal.js import lands in a
      // chunk of its own, which bundlers drop when no money function is used (see _decimal.ts).
      "internal-decimal": "src/text/_decimal.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: "node20",
    platform: "neutral",
    // keep "node:fs/promises" as written (mahalleh/validation/node): bundlers and Deno know it
    removeNodeProtocol: false,
    external: ["zod", "date-fns-jalali", "decimal.js", "csv-parse", "#csv-parse/sync", /^node:/, "highs", "ml-matrix", "vega", "vega-lite", "hyparquet", "apache-arrow", "@duckdb/node-api"],
    onSuccess: writeJsonSchemas,
  },
  {
    // the worker threads of `score` on a large file, scripts of their own next to cli.js:
    // cli-csv-worker (src/cli/_csvParallel.ts), cli-parquet-worker (src/cli/_parquetParallel.ts)
    // and cli-lines-worker (src/cli/_csvLinesParallel.ts)
    entry: {
      cli: "src/cli/main.ts",
      "cli-csv-worker": "src/cli/_csvWorker.ts",
      "cli-parquet-worker": "src/cli/_parquetWorker.ts",
      "cli-lines-worker": "src/cli/_csvLinesWorker.ts",
    },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    define: { __MAHALLEH_VERSION__: JSON.stringify(version) },
    external: ["zod", "date-fns-jalali", "decimal.js", "csv-parse", "#csv-parse/sync", "highs", "ml-matrix", "vega", "vega-lite", "hyparquet", "apache-arrow", "@duckdb/node-api"],
  },
]);
