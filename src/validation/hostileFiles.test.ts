/**
 * Whatever text a user feeds the readers, they either read it or throw a MahallehError with
 * a file-level code; rows, lines and problems always agree.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { readCsv } from "./readCsv";
import { readCsvStream } from "./readCsvStream";
import { readJson } from "./readJson";
import { validateFile } from "./validateFile";

/** Text made of the characters that matter to CSV, plus Persian letters, digits and BOMs. */
const csvish = fc
  .array(fc.constantFrom(",", ";", '"', "\n", "\r", "\r\n", " ", "\uFEFF", "\u200C", "الف", "ی", "ي", "۱", "2", "نام محله", "جمعیت", "__proto__", ""), {
    maxLength: 80,
  })
  .map((parts) => parts.join(""));

function fileLevel(run: () => unknown, codes: readonly string[]): void {
  try {
    run();
  } catch (error) {
    expect(isMahallehError(error)).toBe(true);
    if (isMahallehError(error)) expect(codes).toContain(error.code);
  }
}

describe("readers on arbitrary text", () => {
  it("readCsv reads or throws a file-level MahallehError; rows, lines and problems agree (property)", () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string()), (text) => {
        fileLevel(() => {
          const table = readCsv(text);
          expect(table.lines).toHaveLength(table.rows.length);
          const fileLines = text.split(/\r\n|\r|\n/).length;
          for (let i = 1; i < table.lines.length; i++) expect(table.lines[i]).toBeGreaterThan(table.lines[i - 1] ?? 0);
          for (const line of table.lines) {
            expect(line).toBeGreaterThanOrEqual(2);
            expect(line).toBeLessThanOrEqual(fileLines);
          }
          for (const problem of table.problems) expect(problem.row).toBeLessThan(table.rows.length);
        }, ["VALIDATION_CSV_HEADER", "VALIDATION_CSV_SYNTAX"]);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it("readCsv (one-pass fast path) and readCsvStream (per-record path) read the same (property)", async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.constantFrom("long" as const, "wide" as const), async (body, layout) => {
        const text = layout === "wide" ? `شناسه محله,دوره,الف,ب\n${body}` : body;
        let expected: unknown;
        try {
          const table = readCsv(text, { layout });
          expected = table.rows.map((record, row) => ({ row, line: table.lines[row], record, problems: table.problems.filter((p) => p.row === row) }));
        } catch (error) {
          expected = isMahallehError(error) ? error.code : error;
        }
        let streamed: unknown;
        try {
          const out: unknown[] = [];
          for await (const row of readCsvStream([text], { layout })) out.push(row);
          streamed = out;
        } catch (error) {
          streamed = isMahallehError(error) ? error.code : error;
        }
        expect(streamed).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("readJson reads or throws VALIDATION_JSON_SYNTAX (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.array(fc.json()).map((lines) => lines.join("\n"))), (text) => {
        fileLevel(() => {
          const table = readJson(text);
          if (table.lines !== undefined) expect(table.lines).toHaveLength(table.rows.length);
        }, ["VALIDATION_JSON_SYNTAX"]);
      }),
      { numRuns: 300 },
    );
  });

  it("validateFile accounts for every row it read (property)", () => {
    fc.assert(
      fc.property(csvish, (body) => {
        const text = `نام محله,جمعیت,شهرستان\n${body}`;
        fileLevel(() => {
          const table = readCsv(text, { model: "neighbourhood" });
          const report = validateFile(text, { model: "neighbourhood", format: "csv" });
          expect(report.summary.total).toBe(table.rows.length);
          expect([...report.valid.map((r) => r.row), ...report.invalid.map((r) => r.row)].sort((a, b) => a - b)).toEqual(
            table.rows.map((_, i) => i),
          );
        }, ["VALIDATION_CSV_HEADER", "VALIDATION_CSV_SYNTAX"]);
      }),
      { numRuns: 200 },
    );
  });
});
