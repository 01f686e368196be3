import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { formatReport } from "./formatReport";
import { readJson } from "./readJson";
import { normalizeHeader, PERSIAN_HEADERS } from "./headerMaps";
import { validateRecords } from "./validateRecords";
import type { ValidationReport } from "./ValidationReport";

const Row = z.object({ nameFa: z.string().min(2), population: z.number().nonnegative(), tags: z.array(z.string()).optional() });

describe("formatReport", () => {
  it("writes a Persian report with Persian digits, file lines and Persian field labels", () => {
    const report = {
      ...validateRecords(Row, [{ nameFa: "کرج", population: 1 }, { nameFa: "ک", population: -2, tags: ["الف", 3] }], {
        source: { lines: [2, 14] },
      }),
      model: "neighbourhood" as const,
    };
    expect(formatReport(report)).toBe(
      [
        "۲ ردیف بررسی شد: ۱ معتبر، ۱ نامعتبر.",
        "سطر ۱۴ (ردیف ۲):",
        "  • نام محله: باید دست‌کم ۲ نویسه باشد",
        "  • جمعیت: باید بزرگ‌تر از ۰ یا برابر با آن باشد",
        "  • tags[۱]: باید متن باشد، اما عدد «3» داده شده است",
        "",
      ].join("\n"),
    );
  });

  it("writes an English report with row numbers counted from 1", () => {
    const report = validateRecords(Row, [null, { nameFa: "کرج", population: 1 }], { locale: "en" });
    expect(formatReport(report, { locale: "en" })).toBe(
      "2 rows checked: 1 valid, 1 invalid.\nrow 1:\n  • whole row: must be a record (object), got null\n",
    );
  });

  it("lists at most maxRows rows and counts the rest, and the omitted issues", () => {
    const rows = Array.from({ length: 5 }, () => ({ nameFa: 1, population: "x" }));
    const report = validateRecords(Row, rows, { locale: "en", maxIssuesPerRow: 1 });
    const text = formatReport(report, { locale: "en", maxRows: 2 });
    expect(text.split("\n").filter((l) => l.startsWith("row "))).toEqual(["row 1:", "row 2:"]);
    expect(text).toContain("  • and 1 more issues\n");
    expect(text.endsWith("… and 3 more invalid rows.\n")).toBe(true);
    expect(formatReport(report, { maxRows: 0 })).toBe("۵ ردیف بررسی شد: ۰ معتبر، ۵ نامعتبر.\n… و ۵ ردیف نامعتبر دیگر.\n");
  });

  it("prints nothing of the rows' content, so cyclic rows are safe", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const report: ValidationReport<unknown> = validateRecords(Row, [cyclic]);
    expect(() => formatReport(report)).not.toThrow();
  });

  it("rejects bad options", () => {
    const report = validateRecords(Row, []);
    expect(() => formatReport(report, { locale: "ar" as "fa" })).toThrow(expect.objectContaining({ code: "VALIDATION_INVALID_OPTION" }) as Error);
    expect(() => formatReport(report, { maxRows: -1 })).toThrow(expect.objectContaining({ code: "VALIDATION_INVALID_OPTION" }) as Error);
  });
});

describe("PERSIAN_HEADERS", () => {
  it("has no two headers of one model that normalise alike but mean different fields", () => {
    for (const [model, map] of Object.entries(PERSIAN_HEADERS)) {
      const seen = new Map<string, string>();
      for (const [header, field] of Object.entries(map)) {
        const key = normalizeHeader(header);
        const previous = seen.get(key);
        expect(previous === undefined || previous === field, `${model}: «${header}»`).toBe(true);
        seen.set(key, field);
      }
    }
  });
});

describe("readJson", () => {
  it("gives each element of a pretty-printed array the line it starts on", () => {
    const text = '[\n  {\n    "nameFa": "اسلام‌آباد",\n    "note": "a \\"quoted\\" [x], {y}"\n  },\n  {"nameFa": "حصارک"}, null,\n  "کرج"\n]\n';
    const table = readJson(text);
    expect(table.rows).toHaveLength(4);
    expect(table.lines).toEqual([2, 6, 6, 7]);
  });

  it("leaves __proto__ keys as data", () => {
    const table = readJson('[{"__proto__": {"polluted": true}, "nameFa": "کرج"}]');
    const row = table.rows[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("reads JSON Lines with CRLF and blank lines, keeping bad lines as rows", () => {
    const table = readJson('{"a":1}\r\n\r\n{"a":2}\r\nnot json\r\n', { format: "jsonl" });
    expect(table.rows).toEqual([{ a: 1 }, { a: 2 }, "not json"]);
    expect(table.lines).toEqual([1, 3, 4]);
    expect(table.problems).toEqual([
      { row: 2, code: "VALIDATION_JSON_LINE", path: [], fa: "این سطر JSON معتبری نیست", en: "this line is not valid JSON" },
    ]);
  });

  it("rejects documents that hold no rows", () => {
    expect(() => readJson('{"a": 1}')).toThrow(expect.objectContaining({ code: "VALIDATION_JSON_SYNTAX" }) as Error);
    expect(() => readJson('{"a": 1}', { key: "b" })).toThrow(expect.objectContaining({ code: "VALIDATION_JSON_SYNTAX" }) as Error);
    expect(() => readJson("[", { format: "json" })).toThrow(expect.objectContaining({ code: "VALIDATION_JSON_SYNTAX" }) as Error);
    expect(() => readJson("[]", { format: "yaml" as "json" })).toThrow(expect.objectContaining({ code: "VALIDATION_INVALID_OPTION" }) as Error);
  });
});
