import { z } from "zod/v4";
import { ObservationSchema, sampleDataset } from "../src/models/index";
import { parse } from "csv-parse/sync";
import { readCsv, validateRecords } from "../src/validation/index";
import { compare } from "./harness";

/**
 * validateRecords must cost at most 1.5× the schema's own safeParse loop on the same rows
 * (issue 6), i.e. run at ≥ 0.67× its speed; and we report observation rows per second
 * against a hand-written check and a plain zod object with the same explicit shape.
 */
export default async function run(): Promise<void> {
  const rows: unknown[] = sampleDataset.observations.map((o) => ({ ...o }));
  const n = rows.length;
  // Every 10th row broken in a different way, as a real export might be.
  const mixed: unknown[] = rows.map((row, i) =>
    i % 10 === 0 ? { ...(row as Record<string, unknown>), value: "نامعلوم", period: "1403-13" } : row,
  );

  const safeParseLoop = (input: readonly unknown[]): number => {
    let failures = 0;
    for (const row of input) {
      const result = ObservationSchema.safeParse(row);
      if (!result.success) failures += result.error.issues.length;
    }
    return failures;
  };

  const allValid = await compare({
    title: `validateRecords vs safeParse loop · ${n} valid observations`,
    ours: () => validateRecords(ObservationSchema, rows),
    peers: { "ObservationSchema.safeParse loop": () => safeParseLoop(rows) },
    targets: { "ObservationSchema.safeParse loop": 1 / 1.5 },
  }, { time: 1500 });
  const withErrors = await compare({
    title: `validateRecords vs safeParse loop · ${n} observations, 10% invalid (English and Persian issues)`,
    ours: () => validateRecords(ObservationSchema, mixed),
    peers: { "ObservationSchema.safeParse loop": () => safeParseLoop(mixed) },
    targets: { "ObservationSchema.safeParse loop": 1 / 1.5 },
  }, { time: 1500 });

  // What a fast check of the same rows looks like when it does no cleaning at all.
  const Plain = z.object({
    neighbourhoodId: z.string(),
    indicatorId: z.string(),
    period: z.string(),
    value: z.number().nullable(),
    missingReason: z.string().optional(),
  });
  const handWritten = (input: readonly unknown[]): number => {
    let ok = 0;
    for (const row of input) {
      if (typeof row !== "object" || row === null) continue;
      const r = row as { neighbourhoodId?: unknown; indicatorId?: unknown; period?: unknown; value?: unknown; missingReason?: unknown };
      if (
        typeof r.neighbourhoodId === "string" &&
        typeof r.indicatorId === "string" &&
        typeof r.period === "string" &&
        (r.value === null || (typeof r.value === "number" && Number.isFinite(r.value))) &&
        (r.missingReason === undefined || typeof r.missingReason === "string")
      ) {
        ok++;
      }
    }
    return ok;
  };
  const rowsPerSecond = await compare({
    title: `observation rows per second · ${n} rows (one op = the whole batch)`,
    ours: () => validateRecords(ObservationSchema, rows),
    peers: {
      "validateRecords(plain z.object shape)": () => validateRecords(Plain, rows),
      "hand-written check": () => handWritten(rows),
    },
  });
  const plainLoop = (input: readonly unknown[]): number => {
    let failures = 0;
    for (const row of input) {
      const result = Plain.safeParse(row);
      if (!result.success) failures += result.error.issues.length;
    }
    return failures;
  };
  await compare(
    {
      title: `validateRecords vs safeParse loop · a plain explicit-shape schema (no cleaning), ${n} rows`,
      ours: () => validateRecords(Plain, rows),
      peers: { "Plain.safeParse loop": () => plainLoop(rows) },
      targets: { "Plain.safeParse loop": 1 / 1.5 },
    },
    { time: 1500 },
  );
  const perSecond = (hz: number): string => `${Math.round(hz * n).toLocaleString("en-US")} rows/s`;
  console.log(`  rows/s: mahalleh ObservationSchema ${perSecond(rowsPerSecond.oursHz)}`);
  for (const peer of rowsPerSecond.peers) console.log(`  rows/s: ${peer.name} ${perSecond(peer.hz)}`);

  // Reading: our CSV reader (header maps, lines, column checks) against csv-parse alone.
  const csv = [
    "شناسه محله,شاخص,دوره,مقدار",
    ...sampleDataset.observations.map((o) => `${o.neighbourhoodId},${o.indicatorId},${o.period},${o.value ?? ""}`),
  ].join("\r\n");
  await compare({
    title: `readCsv vs csv-parse (columns: true) · ${n} observation lines`,
    ours: () => readCsv(csv, { model: "observation" }),
    peers: { "csv-parse sync, columns: true": () => parse(csv, { bom: true, columns: true, skip_empty_lines: true }) },
  });
  void allValid;
  void withErrors;
}
