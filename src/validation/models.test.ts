/**
 * validation over the real `mahalleh/models` schemas and their synthetic Alborz sample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AgencySchema,
  IndicatorSchema,
  InterventionSchema,
  NeighbourhoodSchema,
  ObservationSchema,
  ResolutionSchema,
  SessionSchema,
  sampleDataset,
} from "../models/index";
import { persianDigits } from "../internal/chars";
import { formatReport } from "./formatReport";
import { safeReadCsv } from "./readCsv";
import { safeReadJson } from "./readJson";
import { safeValidateFile, validateFile } from "./validateFile";
import { validateRecords } from "./validateRecords";

describe("validateRecords over the models", () => {
  it("finds every record of the synthetic sample valid", () => {
    const pairs = [
      [NeighbourhoodSchema, sampleDataset.neighbourhoods],
      [IndicatorSchema, sampleDataset.indicators],
      [ObservationSchema, sampleDataset.observations],
      [InterventionSchema, sampleDataset.interventions],
      [AgencySchema, sampleDataset.agencies],
      [SessionSchema, sampleDataset.sessions],
      [ResolutionSchema, sampleDataset.resolutions],
    ] as const;
    for (const [schema, rows] of pairs) {
      const report = validateRecords(schema, rows);
      expect(report.invalid).toEqual([]);
      expect(report.summary.valid).toBe(rows.length);
    }
  });

  /** Ways to break an observation that no reading of the model can accept. */
  const corruptions: readonly ((row: Record<string, unknown>) => unknown)[] = [
    (row) => ({ ...row, value: "نامعلوم" }),
    (row) => ({ ...row, period: "1403-13" }),
    (row) => ({ ...row, neighbourhoodId: "محله ۱" }),
    (row) => {
      const { indicatorId: _gone, ...rest } = row;
      return rest;
    },
    (row) => ({ ...row, value: null, missingReason: undefined }),
    () => null,
    () => "alb-krj-001,unemployment-rate,1403,12",
  ];

  it("counts exactly the corrupted observations as invalid, at their indexes (property)", () => {
    const clean = sampleDataset.observations.slice(0, 300) as unknown as Record<string, unknown>[];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ index: fc.nat({ max: clean.length - 1 }), how: fc.nat({ max: corruptions.length - 1 }) }), {
          selector: (c) => c.index,
          maxLength: 40,
        }),
        (chosen) => {
          const rows: unknown[] = [...clean];
          for (const { index, how } of chosen) rows[index] = corruptions[how]?.(clean[index] as Record<string, unknown>);
          const report = validateRecords(ObservationSchema, rows);
          expect(report.summary.total).toBe(clean.length);
          expect(report.invalid.map((r) => r.row)).toEqual(chosen.map((c) => c.index).sort((a, b) => a - b));
          for (const entry of report.invalid) expect(entry.input).toBe(rows[entry.row]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps the models' own codes and Persian messages", () => {
    const first = sampleDataset.observations[0] as unknown as Record<string, unknown>;
    const report = validateRecords(ObservationSchema, [{ ...first, value: "نامعلوم" }]);
    expect(report.invalid[0]?.issues).toEqual([{ path: ["value"], code: "MODELS_INVALID_NUMBER", message: "این مقدار عدد معتبری نیست" }]);
    const english = validateRecords(ObservationSchema, [{ ...first, value: "نامعلوم" }], { locale: "en" });
    expect(english.invalid[0]?.issues[0]?.message).toBe("Not a valid number");
  });
});

describe("validateFile over the models", () => {
  const HEADER = "شناسه,نام محله,نام انگلیسی,استان,شهرستان,شهر,جمعیت,خانوار,مساحت (هکتار),دسته,وضعیت,تاریخ هدف‌گذاری";

  /** The sample's neighbourhoods written as a province office's Persian CSV, Persian digits. */
  function registerCsv(): string {
    const lines = sampleDataset.neighbourhoods.map((n) =>
      [
        n.id,
        n.nameFa,
        n.nameEn ?? "",
        n.provinceCode,
        n.countyId,
        n.city,
        persianDigits(n.population.toLocaleString("en-US")).replace(/,/g, "٬"),
        persianDigits(String(n.households)),
        persianDigits(String(n.areaHa)).replace(".", "٫"),
        n.category,
        n.status,
        n.designatedOn === undefined ? "" : persianDigits(`${n.designatedOn.year}/${n.designatedOn.month}/${n.designatedOn.day}`),
      ].join(","),
    );
    return `\uFEFF${HEADER}\r\n${lines.join("\r\n")}\r\n`;
  }

  it("reads a Persian CSV of the sample back to the same neighbourhoods, line by line", () => {
    const report = validateFile(registerCsv(), { model: "neighbourhood" });
    expect(report.format).toBe("csv");
    expect(report.invalid).toEqual([]);
    expect(report.valid).toHaveLength(sampleDataset.neighbourhoods.length);
    report.valid.forEach((entry, i) => {
      expect(entry.line).toBe(i + 2);
      // The register CSV has no location and no counts by target group (a nested record).
      const { location: _location, populationByGroup: _groups, ...expected } = sampleDataset.neighbourhoods[i] as unknown as Record<string, unknown>;
      expect(entry.data).toEqual(expected);
    });
  });

  it("reports a CSV with mistakes in Persian, each at its file line", () => {
    const text = [
      HEADER,
      "alb-krj-901,کوی نمونه,,IR-30,karaj,کرج,۵۰۰۰,۱۲۰۰,۳۰,worn-out-fabric,target,۱۴۰۲/۰۳/۱۵",
      "alb-krj-902,کوی دوم,,IR-30,karaj,کرج,۵۰۰,۹۰۰,۳۰,worn-out-fabric,candidate,",
      "alb-krj-903,کوی سوم,,IR-30,karaj,کرج,1000,200",
      "alb-krj-904,کوی چهارم,,IR-30,karaj,کرج,1000,200,12,historic,target,۱۴۰۳/۱۳/۰۱",
    ].join("\n");
    const report = validateFile(text, { model: "neighbourhood" });
    expect(report.summary).toEqual({ total: 4, valid: 1, invalid: 3 });
    expect(report.invalid.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(report.invalid[0]?.issues.map((i) => i.code)).toEqual(["MODELS_EXCEEDS_TOTAL"]);
    expect(report.invalid[1]?.issues[0]?.code).toBe("VALIDATION_COLUMN_COUNT");
    expect(report.invalid[2]?.issues.map((i) => [i.path, i.code])).toEqual([[["designatedOn"], "MODELS_INVALID_DATE"]]);
    const text2 = formatReport(report);
    expect(text2).toContain("۴ ردیف بررسی شد: ۱ معتبر، ۳ نامعتبر.");
    expect(text2).toContain("سطر ۳ (ردیف ۲):\n  • خانوار: شمار خانوارها از جمعیت بیشتر است");
  });

  it("reads JSON arrays, JSON Lines and a dataset's key", () => {
    const observations = sampleDataset.observations.slice(0, 3);
    const json = JSON.stringify(observations, null, 2);
    const fromJson = validateFile(json, { model: "observation" });
    expect(fromJson.format).toBe("json");
    expect(fromJson.summary).toEqual({ total: 3, valid: 3, invalid: 0 });
    expect(fromJson.valid.map((r) => r.line)).toEqual([2, 8, 14]);
    const lines = `${observations.map((o) => JSON.stringify(o)).join("\n")}\n{"value": 1\n`;
    const fromLines = validateFile(lines, { model: "observation", locale: "en" });
    expect(fromLines.format).toBe("jsonl");
    expect(fromLines.summary).toEqual({ total: 4, valid: 3, invalid: 1 });
    expect(fromLines.invalid[0]).toMatchObject({ row: 3, line: 4, input: '{"value": 1' });
    expect(fromLines.invalid[0]?.issues[0]?.code).toBe("VALIDATION_JSON_LINE");
    const dataset = JSON.stringify({ agencies: sampleDataset.agencies });
    expect(validateFile(dataset, { model: "agency", format: "json", key: "agencies" }).summary.invalid).toBe(0);
  });

  it("rejects unknown models and formats", () => {
    expect(() => validateFile("[]", { model: "planet" as "agency" })).toThrow(expect.objectContaining({ code: "VALIDATION_UNKNOWN_MODEL" }) as Error);
    expect(() => validateFile("[]", {})).toThrow(expect.objectContaining({ code: "VALIDATION_UNKNOWN_MODEL" }) as Error);
    expect(() => validateFile("[]", { model: "agency", format: "xlsx" as "csv" })).toThrow(
      expect.objectContaining({ code: "VALIDATION_UNKNOWN_FORMAT" }) as Error,
    );
  });
});

describe("validateFile format detection", () => {
  it("reads a pretty-printed dataset object with a key as JSON", () => {
    const text = JSON.stringify({ agencies: sampleDataset.agencies.slice(0, 2) }, null, 2);
    const report = validateFile(text, { model: "agency", key: "agencies" });
    expect(report.format).toBe("json");
    expect(report.summary).toEqual({ total: 2, valid: 2, invalid: 0 });
  });
});

describe("safe twins", () => {
  it("return the report or the error that the throwing form raises", () => {
    const ok = safeValidateFile(JSON.stringify(sampleDataset.agencies), { model: "agency" });
    expect(ok.success && ok.data.summary.invalid).toBe(0);
    const bad = safeValidateFile("[{", { model: "agency" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("VALIDATION_JSON_SYNTAX");
    expect(safeReadCsv("a,a\n1,2\n")).toMatchObject({ success: false, error: { code: "VALIDATION_CSV_HEADER" } });
    expect(safeReadJson("[]")).toEqual({ success: true, data: { rows: [], lines: [], problems: [] } });
  });
});

describe("validateRecords agrees with the schema's own safeParse", () => {
  it("on observations with spreadsheet-style values (property)", () => {
    const base = sampleDataset.observations.slice(0, 50) as unknown as Record<string, unknown>[];
    const cell = fc.oneof(
      fc.constantFrom("۱۸٫۵", "1,250", "١٢", "", "-", "نامعلوم", "1403", "۱۴۰۳-Q2", "1403-05", "1403-13", "alb-krj-001", "not-collected", "محرمانه"),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const field = fc.constantFrom("neighbourhoodId", "indicatorId", "period", "value", "missingReason");
    fc.assert(
      fc.property(fc.array(fc.record({ index: fc.nat({ max: base.length - 1 }), field, value: cell }), { maxLength: 30 }), (edits) => {
        const rows = base.map((row) => ({ ...row }));
        for (const { index, field: key, value } of edits) (rows[index] as Record<string, unknown>)[key] = value;
        const report = validateRecords(ObservationSchema, rows);
        const byRow = new Map<number, { data?: unknown; codes?: string[] }>();
        for (const entry of report.valid) byRow.set(entry.row, { data: entry.data });
        for (const entry of report.invalid) byRow.set(entry.row, { codes: entry.issues.map((i) => i.code) });
        rows.forEach((row, i) => {
          const expected = ObservationSchema.safeParse(row);
          const got = byRow.get(i);
          if (expected.success) expect(got?.data).toEqual(expected.data);
          else {
            const codes = expected.error.issues.map((issue) =>
              issue.code === "custom" && typeof issue.params?.["code"] === "string" ? issue.params["code"] : issue.code,
            );
            expect(got?.codes?.filter((c) => c.startsWith("MODELS_"))).toEqual(codes.filter((c) => c.startsWith("MODELS_")));
            expect(got?.codes?.length).toBe(codes.length);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe("formatReport of a file", () => {
  it("names columns the way the file wrote them", () => {
    const text = [
      "شناسه,نام,استان,شهرستان,شهر,جمعیت,تعداد_خانوار,مساحت,دسته,وضعیت",
      "alb-krj-902,کوی دوم,IR-30,karaj,کرج,500,900,30,worn-out-fabric,candidate",
    ].join("\n");
    const report = validateFile(text, { model: "neighbourhood" });
    expect(report.columns?.["households"]).toBe("تعداد_خانوار");
    expect(formatReport(report)).toContain("  • تعداد_خانوار: شمار خانوارها از جمعیت بیشتر است\n");
    const english = validateFile(text, { model: "neighbourhood", locale: "en" });
    expect(formatReport(english, { locale: "en" })).toContain("  • households: There are more households than residents\n");
  });
});
