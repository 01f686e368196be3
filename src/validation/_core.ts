/**
 * Private: the per-row engine shared by the array and streaming validators.
 */
import type { $ZodType } from "zod/v4/core";
import { fail } from "../internal/safe";
import { mapIssue } from "./_issues";
import { runSchemaAsync, type RunResult } from "./_run";
import type {
  InvalidRow,
  RowOutcome,
  RowProblem,
  ValidationIssue,
  ValidationLocale,
  ValidationOptions,
} from "./ValidationReport";

/** Options checked once, with defaults applied. */
export interface Resolved {
  readonly locale: ValidationLocale;
  readonly maxIssues: number;
  readonly lines: readonly number[] | undefined;
  readonly problems: ReadonlyMap<number, RowProblem[]> | undefined;
}

/** Throws VALIDATION_NOT_A_SCHEMA unless `schema` looks like a zod 4 schema. */
export function assertSchema(schema: unknown): asserts schema is $ZodType {
  const inner = typeof schema === "object" && schema !== null ? (schema as { _zod?: { run?: unknown } })._zod : undefined;
  if (typeof inner !== "object" || inner === null || typeof inner.run !== "function") {
    throw fail(
      "VALIDATION_NOT_A_SCHEMA",
      "طرح‌وارهٔ اعتبارسنجی باید یک طرح‌وارهٔ zod نسخهٔ ۴ باشد",
      "The schema must be a zod 4 schema",
      { received: schema === null ? "null" : typeof schema },
    );
  }
}

/** Checks the options and applies their defaults. */
export function resolveOptions(options: ValidationOptions | undefined): Resolved {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw fail("VALIDATION_INVALID_OPTION", "گزینه‌ها باید یک شیء باشند", "Options must be an object");
  }
  const locale = options?.locale ?? "fa";
  if (locale !== "fa" && locale !== "en") {
    throw fail("VALIDATION_INVALID_OPTION", "زبان گزارش باید «fa» یا «en» باشد", 'The locale must be "fa" or "en"', {
      locale: String(locale),
    });
  }
  const maxIssues = options?.maxIssuesPerRow ?? Number.POSITIVE_INFINITY;
  if (typeof maxIssues !== "number" || !(maxIssues >= 1) || (maxIssues !== Number.POSITIVE_INFINITY && !Number.isInteger(maxIssues))) {
    throw fail(
      "VALIDATION_INVALID_OPTION",
      "بیشینهٔ خطا در هر ردیف باید عددی صحیح و مثبت باشد",
      "maxIssuesPerRow must be a positive integer or Infinity",
      { maxIssuesPerRow: String(maxIssues) },
    );
  }
  const source = options?.source;
  let problems: Map<number, RowProblem[]> | undefined;
  if (source?.problems !== undefined && source.problems.length > 0) {
    problems = new Map();
    for (const problem of source.problems) {
      const list = problems.get(problem.row);
      if (list === undefined) problems.set(problem.row, [problem]);
      else list.push(problem);
    }
  }
  return { locale, maxIssues, lines: source?.lines, problems };
}

function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${String(error.message).slice(0, 120)}`;
    return typeof error === "string" ? error.slice(0, 120) : typeof error;
  } catch {
    return "?";
  }
}

/** The issue for a row whose reading threw (a throwing getter, a stack overflow…). */
export function unreadableIssue(error: unknown, locale: ValidationLocale): ValidationIssue {
  const reason = describeThrown(error);
  return locale === "fa"
    ? { path: [], code: "VALIDATION_UNREADABLE_ROW", message: `خواندن این ردیف ممکن نشد (${reason})` }
    : { path: [], code: "VALIDATION_UNREADABLE_ROW", message: `this row could not be read (${reason})` };
}

/** The issue for a row checked by an asynchronous schema in a synchronous validator. */
export function asyncSchemaIssue(locale: ValidationLocale): ValidationIssue {
  return locale === "fa"
    ? { path: [], code: "VALIDATION_UNREADABLE_ROW", message: "طرح‌واره ناهمگام (async) است؛ از validateRecordStream یا validateEach استفاده کنید" }
    : { path: [], code: "VALIDATION_UNREADABLE_ROW", message: "the schema is asynchronous; use validateRecordStream or validateEach" };
}

/** {@link mapIssue}, with a plain issue if a strange issue object makes it throw. */
function safeMapIssue(raw: unknown, locale: ValidationLocale): ValidationIssue {
  try {
    return mapIssue(raw, locale);
  } catch {
    return locale === "fa"
      ? { path: [], code: "VALIDATION_CUSTOM", message: "مقدار نامعتبر است" }
      : { path: [], code: "VALIDATION_CUSTOM", message: "is invalid" };
  }
}

/** Builds the invalid-row entry from reading problems, zod issues or a thrown exception. */
export function invalidRow(
  index: number,
  input: unknown,
  resolved: Resolved,
  zodIssues: readonly unknown[] | undefined,
  thrown: unknown,
  hasThrown: boolean,
  line: number | undefined = resolved.lines?.[index],
  problems: readonly RowProblem[] | undefined = resolved.problems?.get(index),
): InvalidRow {
  const { locale, maxIssues } = resolved;
  const issues: ValidationIssue[] = [];
  let total = 0;
  const add = (issue: () => ValidationIssue): void => {
    total++;
    if (issues.length < maxIssues) issues.push(issue());
  };
  if (problems !== undefined) {
    for (const problem of problems) add(() => ({ path: problem.path, code: problem.code, message: problem[locale] }));
  }
  if (hasThrown) add(() => unreadableIssue(thrown, locale));
  if (zodIssues !== undefined) for (const raw of zodIssues) add(() => safeMapIssue(raw, locale));
  const base = line === undefined ? { row: index, input, issues } : { row: index, line, input, issues };
  return total > issues.length ? { ...base, omittedIssues: total - issues.length } : base;
}

/** The outcome of row `index` from a finished run. */
function outcomeFromRun(
  result: Exclude<RunResult, { async: true }>,
  input: unknown,
  index: number,
  resolved: Resolved,
  line: number | undefined,
  problems: readonly RowProblem[] | undefined,
): RowOutcome<unknown> {
  if (result.ok && (problems === undefined || problems.length === 0)) {
    return line === undefined ? { ok: true, row: index, data: result.value } : { ok: true, row: index, line, data: result.value };
  }
  const row =
    "thrown" in result
      ? invalidRow(index, input, resolved, undefined, result.thrown, true, line, problems)
      : invalidRow(index, input, resolved, result.ok ? undefined : result.issues, undefined, false, line, problems);
  return { ok: false, ...row };
}

/** The outcome of row `index`, awaiting an asynchronous schema. */
export async function outcomeOfAsync(
  schema: $ZodType,
  input: unknown,
  index: number,
  resolved: Resolved,
  line: number | undefined = resolved.lines?.[index],
  problems: readonly RowProblem[] | undefined = resolved.problems?.get(index),
): Promise<RowOutcome<unknown>> {
  const result = await runSchemaAsync(schema, input);
  return outcomeFromRun(result, input, index, resolved, line, problems);
}
