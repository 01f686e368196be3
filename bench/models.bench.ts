/**
 * What the models' spreadsheet cleaning costs: our schemas (custom issues with fa/en
 * messages, digit folding, Jalali periods…) against a plain zod 4 schema of the same shape
 * without cleaning and against a hand-written check, on the sample's 1,848 observations and
 * 66 neighbourhoods (one op = one pass over all rows).
 */
import * as z from "zod/v4";
import { NeighbourhoodSchema, ObservationSchema, sampleDataset } from "../src/models/index";
import { buildSample } from "../src/models/_sampleData";
import { compare } from "./harness";

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PERIOD = /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;
const REASONS = ["not-collected", "suppressed", "not-applicable", "unreliable", "pending"] as const;

const plainObservation = z.object({
  neighbourhoodId: z.string().regex(ID),
  indicatorId: z.string().regex(ID),
  period: z.string().regex(PERIOD),
  value: z.number().nullable(),
  missingReason: z.enum(REASONS).optional(),
});

function handObservation(row: unknown): boolean {
  if (typeof row !== "object" || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    typeof r.neighbourhoodId === "string" &&
    ID.test(r.neighbourhoodId) &&
    typeof r.indicatorId === "string" &&
    ID.test(r.indicatorId) &&
    typeof r.period === "string" &&
    PERIOD.test(r.period) &&
    (r.value === null ? typeof r.missingReason === "string" : typeof r.value === "number" && Number.isFinite(r.value))
  );
}

const plainNeighbourhood = z.object({
  id: z.string().regex(ID),
  nameFa: z.string().min(1),
  nameEn: z.string().optional(),
  provinceCode: z.string(),
  countyId: z.string().regex(ID),
  city: z.string().min(1),
  population: z.number().int().min(0),
  households: z.number().int().min(0),
  areaHa: z.number().positive(),
  location: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }).optional(),
  category: z.string(),
  status: z.string(),
  designatedOn: z.object({ year: z.number(), month: z.number(), day: z.number() }).optional(),
});

const observations = sampleDataset.observations;
const neighbourhoods = sampleDataset.neighbourhoods;
/** The same observations as a Persian spreadsheet holds them. */
const persianRows = observations.map((o) => ({
  ...o,
  period: o.period.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!),
  value: o.value === null ? "" : String(o.value).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!).replace(".", "٫"),
}));

function every(schema: z.ZodType, rows: readonly unknown[]): number {
  let ok = 0;
  for (const row of rows) if (schema.safeParse(row).success) ok++;
  return ok;
}

export default async function run(): Promise<void> {
  await compare({
    title: `ObservationSchema.safeParse, ${observations.length} clean rows`,
    ours: () => every(ObservationSchema, observations),
    peers: {
      "plain zod object": () => every(plainObservation, observations),
      "hand-written check": () => observations.filter(handObservation).length,
    },
  });
  await compare({
    title: `ObservationSchema.safeParse, ${persianRows.length} rows with Persian digits («۱۲٫۵», «۱۴۰۳»)`,
    ours: () => every(ObservationSchema, persianRows),
    peers: { "plain zod on clean rows": () => every(plainObservation, observations) },
  });
  await compare({
    title: `NeighbourhoodSchema.safeParse, ${neighbourhoods.length} clean rows`,
    ours: () => every(NeighbourhoodSchema, neighbourhoods),
    peers: { "plain zod object": () => every(plainNeighbourhood, neighbourhoods) },
  });
  await compare({
    title: "Building the synthetic sample (what importing sampleDataset costs)",
    ours: () => buildSample(),
    peers: { "structuredClone of the built sample": () => structuredClone({ ...sampleDataset, interventions: [] }) },
  });
}
