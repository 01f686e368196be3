import * as z from "zod/v4";
import { describedAs } from "./_fields";
import { AgencySchema } from "./AgencySchema";
import { IndicatorSchema } from "./IndicatorSchema";
import { InterventionSchema } from "./InterventionSchema";
import { NeighbourhoodSchema } from "./NeighbourhoodSchema";
import { ObservationSchema } from "./ObservationSchema";
import { ResolutionSchema } from "./ResolutionSchema";
import { SessionSchema } from "./SessionSchema";
import { TransactionSchema } from "./TransactionSchema";

const MODELS: ReadonlyArray<readonly [string, z.ZodType, string]> = [
  ["neighbourhood", NeighbourhoodSchema, "A neighbourhood registered in the programme (محله)"],
  ["indicator", IndicatorSchema, "A deprivation indicator (شاخص)"],
  ["observation", ObservationSchema, "The value of one indicator in one neighbourhood for one Jalali period"],
  ["intervention", InterventionSchema, "An intervention in one or more neighbourhoods (اقدام)"],
  ["agency", AgencySchema, "A body acting in the programme (دستگاه)"],
  ["session", SessionSchema, "A numbered session of a province's headquarters (جلسه)"],
  ["resolution", ResolutionSchema, "A resolution of a session (مصوبه)"],
  ["transaction", TransactionSchema, "A commitment, disbursement or expenditure of an intervention's money, after IATI's transaction types (تراکنش)"],
];

/**
 * JSON Schemas (draft 2020-12) of the models, keyed by the file name they are published
 * under (`mahalleh/schemas/<name>.schema.json`), generated with zod's `z.toJSONSchema` from
 * the output side of each schema: the cleaned, canonical form of a record, as an app in
 * another language should store or send it. Money amounts (`Decimal` in TypeScript) are
 * decimal strings of rials. Cross-field rules (end ≥ start…) are not expressible in JSON
 * Schema and are listed in each schema's `description`.
 *
 * @returns a record of model name to JSON Schema document
 * @example
 * ```ts
 * import { jsonSchemas } from "mahalleh/models";
 * Object.keys(jsonSchemas()); // => ["neighbourhood", "indicator", "observation", "intervention", "agency", "session", "resolution", "transaction"]
 * jsonSchemas().observation?.required; // => ["neighbourhoodId", "indicatorId", "period", "value"]
 * ```
 *
 * @category JSON Schema
 */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, schema, description] of MODELS) {
    const json = z.toJSONSchema(schema, {
      io: "output",
      unrepresentable: "any",
      override: (ctx) => {
        const described = describedAs(ctx.zodSchema);
        if (described === undefined) return;
        if (described instanceof z.ZodType) {
          const { $schema: _drop, ...json } = z.toJSONSchema(described, { io: "output" }) as Record<string, unknown>;
          Object.assign(ctx.jsonSchema, json);
        } else Object.assign(ctx.jsonSchema, described);
      },
    }) as Record<string, unknown>;
    out[name] = {
      $schema: json.$schema,
      $id: `https://unpkg.com/mahalleh/schemas/${name}.schema.json`,
      title: name[0]!.toUpperCase() + name.slice(1),
      description,
      ...json,
    };
  }
  return out;
}
