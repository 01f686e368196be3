import type { $ZodType, output } from "zod/v4/core";
import { fail } from "../internal/safe";
import { assertSchema, asyncSchemaIssue, invalidRow, resolveOptions } from "./_core";
import { runSchema } from "./_run";
import type { InvalidRow, ValidationOptions, ValidationReport, ValidRow } from "./ValidationReport";

/** Reads the rows argument as an array, or throws VALIDATION_INVALID_INPUT. */
function asRowArray(rows: unknown): readonly unknown[] {
  if (Array.isArray(rows)) return rows;
  const iterable = typeof rows === "object" && rows !== null && typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
  if (iterable) {
    try {
      return Array.from(rows as Iterable<unknown>);
    } catch (cause) {
      throw fail("VALIDATION_INVALID_INPUT", "خواندن ردیف‌ها ممکن نشد", "The rows could not be read", { cause: String(cause) });
    }
  }
  throw fail(
    "VALIDATION_INVALID_INPUT",
    "ردیف‌ها باید یک آرایه (یا پیمایش‌پذیر) از رکوردها باشند",
    "The rows must be an array (or an iterable) of records",
    { received: rows === null ? "null" : typeof rows },
  );
}

/**
 * Validates many rows against any zod 4 schema (usually a `mahalleh/models` schema) and
 * reports every row: each input row appears exactly once, in `valid` (with the schema's
 * output) or in `invalid` (with the original input and all its issues), under its own
 * 0-based index. Messages are in Persian by default; zod's issue codes are mapped to
 * {@link ValidationIssueCode}s, and a model's own codes and messages are kept.
 *
 * No row can make it throw: `null`, primitives, cyclic objects, getters that throw and
 * `__proto__` keys are reported like any other row. Only a wrong call throws (rows that are
 * not an array or an iterable, a schema that is not a zod schema, a bad option). The global
 * zod configuration is never touched; messages come from a per-call error map. A schema with
 * asynchronous checks cannot run here: each row is reported `VALIDATION_UNREADABLE_ROW`; use
 * {@link validateRecordStream}, which awaits them.
 *
 * @param schema - any zod 4 schema (classic or mini)
 * @param rows - the rows: an array, or any iterable except a string
 * @param options - locale (default `"fa"`), `maxIssuesPerRow` (default `Infinity`), `source`
 *   (line numbers and reading problems from `readCsv` / `readJson`; default none)
 * @returns the report: `valid`, `invalid`, `summary`
 * @throws MahallehError `VALIDATION_INVALID_INPUT` if `rows` is not an array or an iterable,
 *   `VALIDATION_NOT_A_SCHEMA` if `schema` is not a zod schema, `VALIDATION_INVALID_OPTION`
 *   for a bad option
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { validateRecords } from "mahalleh/validation";
 * const Row = z.object({ nameFa: z.string().min(2), population: z.number().int().nonnegative() });
 * const report = validateRecords(Row, [
 *   { nameFa: "اسلام‌آباد", population: 42000 },
 *   { nameFa: "ح", population: -3 },
 *   null,
 * ]);
 * report.summary; // => { total: 3, valid: 1, invalid: 2 }
 * report.valid[0]; // => { row: 0, data: { nameFa: "اسلام‌آباد", population: 42000 } }
 * report.invalid.map((r) => r.row); // => [1, 2]
 * report.invalid[0]?.issues[0]; // => { path: ["nameFa"], code: "VALIDATION_TOO_SMALL", message: "باید دست‌کم ۲ نویسه باشد" }
 * validateRecords(Row, [{ population: 1 }], { locale: "en" }).invalid[0]?.issues[0]?.message; // => "is required (text is missing)"
 * validateRecords(Row, "not rows"); // throws VALIDATION_INVALID_INPUT
 * ```
 * @category Validation
 */
export function validateRecords<S extends $ZodType>(
  schema: S,
  rows: readonly unknown[] | Iterable<unknown>,
  options?: ValidationOptions | undefined,
): ValidationReport<output<S>> {
  assertSchema(schema);
  const resolved = resolveOptions(options);
  const list = asRowArray(rows);
  const { lines, problems } = resolved;
  const valid: ValidRow<output<S>>[] = [];
  const invalid: InvalidRow[] = [];
  const n = list.length;
  for (let i = 0; i < n; i++) {
    let input: unknown;
    try {
      input = list[i];
    } catch (thrown) {
      invalid.push(invalidRow(i, undefined, resolved, undefined, thrown, true));
      continue;
    }
    const result = runSchema(schema, input);
    if (result.ok) {
      if (problems === undefined || !problems.has(i)) {
        const line = lines?.[i];
        const data = result.value as output<S>;
        valid.push(line === undefined ? { row: i, data } : { row: i, line, data });
      } else {
        invalid.push(invalidRow(i, input, resolved, undefined, undefined, false));
      }
    } else if ("issues" in result) {
      invalid.push(invalidRow(i, input, resolved, result.issues, undefined, false));
    } else if ("thrown" in result) {
      invalid.push(invalidRow(i, input, resolved, undefined, result.thrown, true));
    } else {
      const row = invalidRow(i, input, resolved, undefined, undefined, false);
      invalid.push({ ...row, issues: [...row.issues, asyncSchemaIssue(resolved.locale)] });
    }
  }
  return { valid, invalid, summary: { total: n, valid: valid.length, invalid: invalid.length } };
}
