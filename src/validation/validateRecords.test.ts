import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import * as zm from "zod/mini";
import { isMahallehError } from "../errors/MahallehError";
import { validateRecords } from "./validateRecords";

/** A small neighbourhood row, written the way a test author would, independent of the models. */
const Row = z.object({
  nameFa: z.string().min(2),
  population: z.number().int().nonnegative(),
  category: z.enum(["informal-settlement", "worn-out-fabric", "historic"]).optional(),
});

const rowsFromSeed = [
  { nameFa: "اسلام‌آباد", population: 42_000, category: "informal-settlement" },
  { nameFa: "حصارک", population: 31_500 },
  { nameFa: "ح", population: 12 },
  { nameFa: "کوی مهر", population: -5 },
  { nameFa: "فردیس", population: "۳۰۰۰" },
];

/** The rows' indexes, valid and invalid together, in order. */
function allIndexes(report: { valid: readonly { row: number }[]; invalid: readonly { row: number }[] }): number[] {
  return [...report.valid.map((r) => r.row), ...report.invalid.map((r) => r.row)].sort((a, b) => a - b);
}

describe("validateRecords", () => {
  it("accounts for every Persian row at its own index", () => {
    const report = validateRecords(Row, rowsFromSeed);
    expect(report.summary).toEqual({ total: 5, valid: 2, invalid: 3 });
    expect(report.valid.map((r) => r.row)).toEqual([0, 1]);
    expect(report.invalid.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(report.valid[1]).toEqual({ row: 1, data: { nameFa: "حصارک", population: 31_500 } });
  });

  it("keeps the original input by reference", () => {
    const report = validateRecords(Row, rowsFromSeed);
    for (const entry of report.invalid) expect(entry.input).toBe(rowsFromSeed[entry.row]);
  });

  it("maps zod's codes to ours with Persian messages by default", () => {
    const report = validateRecords(Row, rowsFromSeed);
    expect(report.invalid[0]?.issues).toEqual([{ path: ["nameFa"], code: "VALIDATION_TOO_SMALL", message: "باید دست‌کم ۲ نویسه باشد" }]);
    expect(report.invalid[1]?.issues).toEqual([
      { path: ["population"], code: "VALIDATION_TOO_SMALL", message: "باید بزرگ‌تر از ۰ یا برابر با آن باشد" },
    ]);
    expect(report.invalid[2]?.issues).toEqual([
      { path: ["population"], code: "VALIDATION_INVALID_TYPE", message: "باید عدد باشد، اما متن «۳۰۰۰» داده شده است" },
    ]);
  });

  it("writes English messages on request", () => {
    const report = validateRecords(Row, rowsFromSeed, { locale: "en" });
    expect(report.invalid.map((r) => r.issues[0]?.message)).toEqual([
      "must have at least 2 characters",
      "must be at least 0",
      'must be a number, got text "۳۰۰۰"',
    ]);
  });

  it("tells a missing field from a wrong type", () => {
    const report = validateRecords(Row, [{ nameFa: "حصارک" }, { nameFa: "حصارک", population: null }]);
    expect(report.invalid[0]?.issues[0]?.code).toBe("VALIDATION_REQUIRED");
    expect(report.invalid[0]?.issues[0]?.message).toBe("لازم است (عدد وارد نشده است)");
    expect(report.invalid[1]?.issues[0]?.code).toBe("VALIDATION_INVALID_TYPE");
  });

  it("maps each of zod's built-in issue codes", () => {
    const Every = z.strictObject({
      email: z.email().optional(),
      step: z.number().multipleOf(5).optional(),
      tags: z.array(z.string()).max(1).optional(),
      kind: z.union([z.string(), z.number()]).optional(),
      scores: z.record(z.string().min(2), z.number()).optional(),
      fixed: z.literal("IR-30").optional(),
    });
    const codes = (row: unknown): string[] =>
      validateRecords(Every, [row], { locale: "en" }).invalid[0]?.issues.map((i) => i.code) ?? [];
    expect(codes({ email: "not-an-email" })).toEqual(["VALIDATION_INVALID_FORMAT"]);
    expect(codes({ step: 7 })).toEqual(["VALIDATION_NOT_MULTIPLE_OF"]);
    expect(codes({ tags: ["a", "b"] })).toEqual(["VALIDATION_TOO_BIG"]);
    expect(codes({ kind: true })).toEqual(["VALIDATION_INVALID_UNION"]);
    expect(codes({ scores: { c: 1 } })).toEqual(["VALIDATION_INVALID_KEY"]);
    expect(codes({ fixed: "IR-23" })).toEqual(["VALIDATION_INVALID_VALUE"]);
    expect(codes({ unknownColumn: 1 })).toEqual(["VALIDATION_UNRECOGNIZED_KEYS"]);
    const en = validateRecords(Every, [{ fixed: "IR-23", step: 7 }], { locale: "en" }).invalid[0]?.issues.map((i) => i.message);
    expect(en).toEqual(["must be a multiple of 5", 'must be "IR-30"']);
  });

  it("keeps a schema's own message and a model-style code with both languages", () => {
    const WithModelIssue = z.object({
      population: z.number().superRefine((value, ctx) => {
        if (value > 20_000_000) {
          ctx.addIssue({
            code: "custom",
            message: "Population above the national total",
            params: { code: "MODELS_OUT_OF_RANGE", fa: "جمعیت از کل کشور بیشتر است", en: "Population above the national total" },
          });
        }
      }),
      nameFa: z.string({ error: "نام محله را بنویسید" }),
    });
    const fa = validateRecords(WithModelIssue, [{ population: 90_000_000, nameFa: 1 }]).invalid[0]?.issues;
    expect(fa).toEqual([
      { path: ["population"], code: "MODELS_OUT_OF_RANGE", message: "جمعیت از کل کشور بیشتر است" },
      { path: ["nameFa"], code: "VALIDATION_INVALID_TYPE", message: "نام محله را بنویسید" },
    ]);
    const en = validateRecords(WithModelIssue, [{ population: 90_000_000, nameFa: "x" }], { locale: "en" }).invalid[0]?.issues;
    expect(en).toEqual([{ path: ["population"], code: "MODELS_OUT_OF_RANGE", message: "Population above the national total" }]);
  });

  it("works with zod/mini schemas too", () => {
    const Mini = zm.object({ nameFa: zm.string().check(zm.minLength(2)) });
    const report = validateRecords(Mini, [{ nameFa: "کرج" }, { nameFa: "ک" }]);
    expect(report.summary).toEqual({ total: 2, valid: 1, invalid: 1 });
    expect(report.invalid[0]?.issues[0]?.code).toBe("VALIDATION_TOO_SMALL");
  });

  it("never throws on hostile rows, and reports each at its index", () => {
    const cyclic: Record<string, unknown> = { nameFa: "کرج", population: 1 };
    cyclic["self"] = cyclic;
    const throwing = Object.defineProperty({ population: 1 }, "nameFa", {
      enumerable: true,
      get() {
        throw new Error("getter exploded");
      },
    });
    const huge = { nameFa: "کرج", population: 1, ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])) };
    const rows: unknown[] = [null, undefined, 42, "کرج", true, Symbol("x"), 10n, [], cyclic, throwing, huge, () => 1];
    const report = validateRecords(Row, rows);
    expect(report.summary).toEqual({ total: 12, valid: 2, invalid: 10 });
    expect(report.valid.map((r) => r.row)).toEqual([8, 10]);
    const unreadable = report.invalid.find((r) => r.row === 9);
    expect(unreadable?.issues).toEqual([
      { path: [], code: "VALIDATION_UNREADABLE_ROW", message: "خواندن این ردیف ممکن نشد (Error: getter exploded)" },
    ]);
  });

  it("reports a row on which the schema's own code throws, and goes on", () => {
    const Exploding = z.object({
      nameFa: z.string().transform((name) => {
        if (name === "کرج") throw new TypeError("transform exploded");
        return name;
      }),
    });
    const report = validateRecords(Exploding, [{ nameFa: "فردیس" }, { nameFa: "کرج" }, { nameFa: "هشتگرد" }], { locale: "en" });
    expect(report.summary).toEqual({ total: 3, valid: 2, invalid: 1 });
    expect(report.invalid[0]).toMatchObject({
      row: 1,
      issues: [{ path: [], code: "VALIDATION_UNREADABLE_ROW", message: "this row could not be read (TypeError: transform exploded)" }],
    });
  });

  it("does not pollute prototypes through __proto__ or constructor keys", () => {
    const Loose = z.looseObject({ nameFa: z.string() });
    const rows = [
      JSON.parse('{"nameFa":"کرج","__proto__":{"polluted":"yes"}}') as unknown,
      JSON.parse('{"nameFa":"کرج","constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
      JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
    ];
    const report = validateRecords(Loose, rows);
    expect(report.summary.total).toBe(3);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
    for (const entry of report.valid) expect(Object.getPrototypeOf(entry.data)).toBe(Object.prototype);
  });

  it("counts every row of arbitrary input exactly once (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true })), (rows) => {
        const report = validateRecords(Row, rows);
        expect(report.summary.total).toBe(rows.length);
        expect(report.summary.valid + report.summary.invalid).toBe(rows.length);
        expect(allIndexes(report)).toEqual(rows.map((_, i) => i));
        for (const entry of report.invalid) {
          expect(entry.input).toBe(rows[entry.row]);
          expect(entry.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("agrees with safeParse row by row (property)", () => {
    const row = fc.record(
      { nameFa: fc.oneof(fc.string(), fc.constant("محله"), fc.integer()), population: fc.oneof(fc.integer(), fc.double(), fc.string()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row), fc.constantFrom("fa" as const, "en" as const), (rows, locale) => {
        const report = validateRecords(Row, rows, { locale });
        const expectedValid = rows.flatMap((r, i) => (Row.safeParse(r).success ? [i] : []));
        expect(report.valid.map((r) => r.row)).toEqual(expectedValid);
        for (const entry of report.invalid) {
          const zodIssues = Row.safeParse(rows[entry.row]).error?.issues ?? [];
          expect(entry.issues.map((i) => i.path)).toEqual(zodIssues.map((i) => i.path));
        }
      }),
    );
  });

  it("limits issues per row and counts the rest", () => {
    const report = validateRecords(Row, [{ nameFa: 1, population: "x", category: "?" }], { maxIssuesPerRow: 1 });
    expect(report.invalid[0]?.issues).toHaveLength(1);
    expect(report.invalid[0]?.omittedIssues).toBe(2);
    expect(validateRecords(Row, [{ nameFa: 1 }]).invalid[0]).not.toHaveProperty("omittedIssues");
  });

  it("accepts any iterable of rows and skips nothing in sparse arrays", () => {
    expect(validateRecords(Row, new Set([{ nameFa: "کرج", population: 1 }])).summary).toEqual({ total: 1, valid: 1, invalid: 0 });
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [{ nameFa: "کرج", population: 1 }, , { nameFa: "کرج", population: 2 }];
    const report = validateRecords(Row, sparse);
    expect(report.summary).toEqual({ total: 3, valid: 2, invalid: 1 });
    expect(report.invalid[0]?.row).toBe(1);
  });

  it("adds file lines and reading problems from a source", () => {
    const report = validateRecords(Row, [{ nameFa: "کرج", population: 1 }, { nameFa: "کرج", population: 2 }], {
      locale: "en",
      source: {
        lines: [2, 4],
        problems: [{ row: 1, code: "VALIDATION_COLUMN_COUNT", path: [], fa: "تعداد ستون‌ها نادرست است", en: "wrong column count" }],
      },
    });
    expect(report.valid).toEqual([{ row: 0, line: 2, data: { nameFa: "کرج", population: 1 } }]);
    expect(report.invalid).toEqual([
      { row: 1, line: 4, input: { nameFa: "کرج", population: 2 }, issues: [{ path: [], code: "VALIDATION_COLUMN_COUNT", message: "wrong column count" }] },
    ]);
  });

  it("rejects wrong calls with MahallehErrors", () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return isMahallehError(error) ? error.code : "not a MahallehError";
      }
      return undefined;
    };
    expect(codeOf(() => validateRecords(Row, "rows" as unknown as unknown[]))).toBe("VALIDATION_INVALID_INPUT");
    expect(codeOf(() => validateRecords(Row, null as unknown as unknown[]))).toBe("VALIDATION_INVALID_INPUT");
    expect(codeOf(() => validateRecords(Row, 5 as unknown as unknown[]))).toBe("VALIDATION_INVALID_INPUT");
    expect(codeOf(() => validateRecords({} as typeof Row, []))).toBe("VALIDATION_NOT_A_SCHEMA");
    expect(codeOf(() => validateRecords(Row, [], { locale: "de" as "fa" }))).toBe("VALIDATION_INVALID_OPTION");
    expect(codeOf(() => validateRecords(Row, [], { maxIssuesPerRow: 0 }))).toBe("VALIDATION_INVALID_OPTION");
    expect(codeOf(() => validateRecords(Row, [], { maxIssuesPerRow: 1.5 }))).toBe("VALIDATION_INVALID_OPTION");
  });

  it("never changes zod's global configuration", () => {
    validateRecords(Row, [{ nameFa: 1 }]);
    expect(Row.safeParse({ nameFa: 1, population: 1 }).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });
});
