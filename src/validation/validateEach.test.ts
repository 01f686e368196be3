import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { collectReport } from "./collectReport";
import { readCsv } from "./readCsv";
import { validateCsvStream } from "./validateCsvStream";
import { validateEach } from "./validateEach";
import { validateRecords } from "./validateRecords";
import { validateRecordStream } from "./validateRecordStream";

const Row = z.object({
  nameFa: z.string().min(2),
  population: z.coerce.number().int().nonnegative(),
});

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe("validateRecordStream and validateEach", () => {
  it("give the same report as validateRecords on the same rows (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.anything(), fc.record({ nameFa: fc.string(), population: fc.oneof(fc.integer(), fc.string()) }))),
        fc.constantFrom("fa" as const, "en" as const),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        async (rows, locale, maxIssuesPerRow) => {
          const options = { locale, maxIssuesPerRow };
          const expected = validateRecords(Row, rows, options);
          expect(await validateRecordStream(Row, slowly(rows), options)).toEqual(expected);
          expect(await validateRecordStream(Row, rows, options)).toEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("yields one outcome per row, in order, as rows arrive", async () => {
    const seen: string[] = [];
    async function* source(): AsyncGenerator<unknown> {
      seen.push("produce 0");
      yield { nameFa: "اسلام‌آباد", population: "42000" };
      seen.push("produce 1");
      yield { nameFa: "ح" };
    }
    for await (const outcome of validateEach(Row, source())) seen.push(`outcome ${outcome.row} ${outcome.ok}`);
    expect(seen).toEqual(["produce 0", "outcome 0 true", "produce 1", "outcome 1 false"]);
  });

  it("passes on an error thrown by the source itself", async () => {
    async function* broken(): AsyncGenerator<unknown> {
      yield { nameFa: "کرج", population: 1 };
      throw new Error("disk unplugged");
    }
    await expect(validateRecordStream(Row, broken())).rejects.toThrow("disk unplugged");
  });

  it("awaits asynchronous schemas, which validateRecords reports instead of throwing", async () => {
    const registered = new Set(["alb-krj-001"]);
    const Known = z.object({ id: z.string().refine(async (id) => registered.has(id)) });
    const rows = [{ id: "alb-krj-001" }, { id: "alb-krj-999" }];
    const streamed = await validateRecordStream(Known, rows, { locale: "en" });
    expect(streamed.summary).toEqual({ total: 2, valid: 1, invalid: 1 });
    expect(streamed.invalid[0]?.issues).toEqual([{ path: ["id"], code: "VALIDATION_CUSTOM", message: "is invalid" }]);
    const direct = validateRecords(Known, rows, { locale: "en" });
    expect(direct.summary).toEqual({ total: 2, valid: 0, invalid: 2 });
    expect(direct.invalid[0]?.issues).toEqual([
      { path: [], code: "VALIDATION_UNREADABLE_ROW", message: "the schema is asynchronous; use validateRecordStream or validateEach" },
    ]);
  });

  it("rejects a source that is not iterable", async () => {
    await expect(validateRecordStream(Row, 42 as unknown as unknown[])).rejects.toMatchObject({ code: "VALIDATION_INVALID_INPUT" });
    await expect(validateRecordStream({} as typeof Row, [])).rejects.toMatchObject({ code: "VALIDATION_NOT_A_SCHEMA" });
  });
});

describe("validateCsvStream", () => {
  const csv = [
    "نام محله,جمعیت",
    "اسلام‌آباد,42000",
    "ح,12",
    "",
    "حصارک",
    '"کوی',
    'مهر",8500',
    "فردیس,-1,اضافه",
  ].join("\n");

  it("equals validateRecords on readCsv's table, whatever the chunking (property)", async () => {
    const table = readCsv(csv);
    for (const locale of ["fa", "en"] as const) {
      const expected = validateRecords(Row, table.rows, { locale, source: table });
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: csv.length }), async (size) => {
          const chunks: string[] = [];
          for (let i = 0; i < csv.length; i += size) chunks.push(csv.slice(i, i + size));
          expect(await collectReport(validateCsvStream(Row, chunks, { locale }))).toEqual(expected);
        }),
        { numRuns: 30 },
      );
    }
  });

  it("reports file lines and reading problems first", async () => {
    const report = await collectReport(validateCsvStream(Row, [csv], { locale: "en" }));
    expect(report.summary).toEqual({ total: 5, valid: 2, invalid: 3 });
    expect(report.valid.map((r) => r.line)).toEqual([2, 6]);
    expect(report.invalid.map((r) => r.line)).toEqual([3, 5, 8]);
    expect(report.invalid[2]?.issues.map((i) => i.code)).toEqual(["VALIDATION_COLUMN_COUNT", "VALIDATION_TOO_SMALL"]);
  });
});
