/**
 * Writes one JSON Schema per model to `schemas/<model>.schema.json` (published as
 * `mahalleh/schemas/*`), generated from the zod schemas with zod's own `z.toJSONSchema`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../src/models/jsonSchemas";

const outDir = new URL("../schemas/", import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });
const written: string[] = [];
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  written.push(name);
}
console.log(`build-schemas: ${written.length} JSON Schemas written to schemas/`);
