/**
 * JSON Schemas of the models, keyed by the file name they are published under
 * (`mahalleh/schemas/<name>.schema.json`). Filled as models land.
 *
 * @returns a record of model name to JSON Schema document
 * @category JSON Schema
 */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {};
}
