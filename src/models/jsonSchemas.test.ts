import { describe, expect, it } from "vitest";
import { jsonSchemas } from "./jsonSchemas";
import { sampleDataset } from "./sampleDataset";

/** A tiny checker for the JSON Schema keywords our schemas use (type, enum, const, pattern,
 * minimum/maximum, required, properties, additionalProperties, items, prefixItems, anyOf/oneOf,
 * minItems). Enough to confirm the sample, serialised to JSON, matches the published schemas. */
function conforms(schema: Record<string, unknown>, value: unknown, path = "$"): string[] {
  const errors: string[] = [];
  const type = schema.type as string | string[] | undefined;
  const types = type === undefined ? undefined : Array.isArray(type) ? type : [type];
  const typeOf = (v: unknown): string =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  if (types !== undefined) {
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) return [`${path}: ${actual} not ${types.join("|")}`];
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not in enum`);
  if (schema.const !== undefined && schema.const !== value) errors.push(`${path}: not const`);
  if (typeof value === "string" && typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: pattern`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key] as Record<string, unknown>[] | undefined;
    if (options !== undefined && !options.some((o) => conforms(o, value, path).length === 0)) errors.push(`${path}: no ${key} branch`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) errors.push(`${path}: too few items`);
    const prefix = schema.prefixItems as Record<string, unknown>[] | undefined;
    value.forEach((item, i) => {
      const itemSchema = prefix?.[i] ?? (schema.items as Record<string, unknown> | undefined);
      if (itemSchema !== undefined) errors.push(...conforms(itemSchema, item, `${path}[${i}]`));
    });
  } else if (typeof value === "object" && value !== null) {
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) errors.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(value)) {
      if (properties[key] !== undefined) errors.push(...conforms(properties[key], item, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}

describe("jsonSchemas", () => {
  const schemas = jsonSchemas();

  it("publishes the eight models as draft 2020-12 documents", () => {
    expect(Object.keys(schemas)).toEqual(["neighbourhood", "indicator", "observation", "intervention", "agency", "session", "resolution", "transaction"]);
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe(`https://unpkg.com/mahalleh/schemas/${name}.schema.json`);
      expect(schema.type).toBe("object");
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
  });

  it("describes the sample records as JSON (money as decimal strings)", () => {
    const pairs: [string, readonly unknown[]][] = [
      ["neighbourhood", sampleDataset.neighbourhoods],
      ["indicator", sampleDataset.indicators],
      ["observation", sampleDataset.observations],
      ["intervention", sampleDataset.interventions],
      ["agency", sampleDataset.agencies],
      ["session", sampleDataset.sessions],
      ["resolution", sampleDataset.resolutions],
      ["transaction", sampleDataset.transactions],
    ];
    for (const [name, rows] of pairs) {
      for (const row of rows) expect(conforms(schemas[name]!, JSON.parse(JSON.stringify(row))), name).toEqual([]);
    }
  });

  it("rejects what the zod schemas reject at the type level", () => {
    const observation = JSON.parse(JSON.stringify(sampleDataset.observations[0]));
    expect(conforms(schemas.observation!, { ...observation, period: "1403-Q5" })).not.toEqual([]);
    expect(conforms(schemas.observation!, { ...observation, extra: 1 })).not.toEqual([]);
    const intervention = JSON.parse(JSON.stringify(sampleDataset.interventions[0]));
    intervention.budget[0].amountRials = "12,500";
    expect(conforms(schemas.intervention!, intervention)).not.toEqual([]);
  });
});
