import type { $ZodType } from "zod/v4/core";
import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
// Each schema from its own file, not the models barrel: the barrel also loads the synthetic
// sample dataset, which an app that only validates files should not build at import time.
import { AgencySchema } from "../models/AgencySchema";
import { IndicatorSchema } from "../models/IndicatorSchema";
import { InterventionSchema } from "../models/InterventionSchema";
import { NeighbourhoodSchema } from "../models/NeighbourhoodSchema";
import { ObservationSchema } from "../models/ObservationSchema";
import { ResolutionSchema } from "../models/ResolutionSchema";
import { SessionSchema } from "../models/SessionSchema";
import type { CsvReadOptions } from "./CsvReadOptions";
import type { ModelName } from "./headerMaps";
import { readCsv } from "./readCsv";
import { looksLikeJsonLines } from "./_json";
import { readJson } from "./readJson";
import { validateRecords } from "./validateRecords";
import type { ValidationOptions, ValidationReport } from "./ValidationReport";

/**
 * The schema of each model name (from `mahalleh/models`).
 *
 * @category Validation
 */
export const MODEL_SCHEMAS: Readonly<Record<ModelName, $ZodType>> = Object.freeze({
  neighbourhood: NeighbourhoodSchema,
  indicator: IndicatorSchema,
  observation: ObservationSchema,
  intervention: InterventionSchema,
  agency: AgencySchema,
  session: SessionSchema,
  resolution: ResolutionSchema,
});

/**
 * Options of {@link validateFile}.
 *
 * @category Validation
 */
export interface ValidateFileOptions extends CsvReadOptions, Omit<ValidationOptions, "source"> {
  /**
   * The model the rows must match (its schema and its Persian headers). Required unless
   * `schema` is given; with both, `schema` validates and `model` only picks the headers.
   */
  readonly model?: ModelName | undefined;
  /** A schema to use instead of the model's. Default: the model's schema. */
  readonly schema?: $ZodType | undefined;
  /**
   * `"csv"`, `"json"` (an array of rows), `"jsonl"` (JSON Lines) or `"auto"`: JSON if the
   * first non-blank character is `[`; if it is `{`, JSON Lines when the first line is a
   * whole object and there is no `key`, else JSON; otherwise CSV. Default `"auto"`.
   */
  readonly format?: "csv" | "json" | "jsonl" | "auto" | undefined;
  /** For JSON: the property of the top-level object that holds the rows. Default none. */
  readonly key?: string | undefined;
}

/**
 * A {@link ValidationReport} of a file, with what was read.
 *
 * @category Validation
 */
export interface FileValidationReport extends ValidationReport<unknown> {
  /** The format the file was read as. */
  readonly format: "csv" | "json" | "jsonl";
  /** The model, when one was named. */
  readonly model?: ModelName;
  /**
   * For a CSV file: field → the column header as written in the file (so that a Persian
   * report names columns the way the user's file does). Absent for JSON.
   */
  readonly columns?: Readonly<Record<string, string>>;
}

function pickFormat(text: string, format: ValidateFileOptions["format"], key: string | undefined): "csv" | "json" | "jsonl" {
  if (format === "csv" || format === "json" || format === "jsonl") return format;
  if (format !== undefined && format !== "auto") {
    throw fail(
      "VALIDATION_UNKNOWN_FORMAT",
      "قالب پرونده باید «csv»، «json»، «jsonl» یا «auto» باشد",
      'The file format must be "csv", "json", "jsonl" or "auto"',
      { format: String(format) },
    );
  }
  const first = /\S/.exec(text.replace(/^\uFEFF/, ""))?.[0];
  if (first === "[") return "json";
  if (first === "{") return key === undefined && looksLikeJsonLines(text) ? "jsonl" : "json";
  return "csv";
}

/**
 * Validates the text of a whole file (CSV, JSON or JSON Lines) against a model (or any
 * schema). The text, not a path: to read a file in Node use `validatePath` from
 * `mahalleh/validation/node`; {@link validateText} is the same function under a name that
 * says so. Rows carry the file line where
 * they start; rows the reader found broken are reported, not dropped. Print the result with
 * {@link formatReport}.
 *
 * @param text - the file's text
 * @param options - `model` (or `schema`), `format` (default `"auto"`), `locale` (default
 *   `"fa"`), `maxIssuesPerRow`, and the CSV options of {@link readCsv} / `key` of {@link readJson}
 * @returns the report, with the format read and the model
 * @throws MahallehError `VALIDATION_UNKNOWN_MODEL` for a model name that does not exist (or
 *   neither `model` nor `schema`), `VALIDATION_UNKNOWN_FORMAT`, and the file-level errors of
 *   the readers (`VALIDATION_CSV_HEADER`, `VALIDATION_CSV_SYNTAX`, `VALIDATION_JSON_SYNTAX`),
 *   and `VALIDATION_PATH_GIVEN` when the text is a file path (one line such as `"obs.csv"`)
 *   that yields no row; `VALIDATION_INVALID_OPTION` if `options` is not an object
 * @example
 * ```ts
 * import { validateFile } from "mahalleh/validation";
 * const csv = "شناسه محله,شاخص,دوره,مقدار\nalb-krj-001,unemployment-rate,1403,۱۸٫۵\nalb-krj-002,unemployment-rate,۱۴۰۳,\n";
 * const report = validateFile(csv, { model: "observation" });
 * report.format; // => "csv"
 * report.summary; // => { total: 2, valid: 1, invalid: 1 }
 * report.invalid[0]?.line; // => 3
 * report.invalid[0]?.issues[0]?.code; // => "MODELS_MISSING_REASON"
 * validateFile("[]", { model: "planet" as "agency" }); // throws VALIDATION_UNKNOWN_MODEL
validateFile("data/obs.csv", { model: "observation" }); // throws VALIDATION_PATH_GIVEN
 * ```
 * @category Validation
 */
export function validateFile(text: string, options: ValidateFileOptions): FileValidationReport {
  const report = validateWhole(text, options);
  if (report.summary.total === 0 && looksLikePath(text)) {
    throw fail(
      "VALIDATION_PATH_GIVEN",
      `«${text.trim()}» نشانی یک پرونده به نظر می‌رسد، نه متن آن: پرونده را بخوانید و متنش را بدهید (یا در Node از validatePath در mahalleh/validation/node استفاده کنید)`,
      `"${text.trim()}" looks like a file path, not a file's text: read the file and pass its text (or, in Node, use validatePath from mahalleh/validation/node)`,
      { text: text.trim() },
    );
  }
  return report;
}

/**
 * True if the text is one short line that looks like a file path (ends with a data file's
 * extension, or has a directory separator and no delimiter).
 */
function looksLikePath(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 1024 || /[\r\n]/.test(trimmed)) return false;
  return /\.(?:csv|tsv|txt|json|jsonl|ndjson|xlsx?)$/i.test(trimmed) || (/[\\/]/.test(trimmed) && !/[,;\t|{[]/.test(trimmed));
}

function validateWhole(text: string, options: ValidateFileOptions): FileValidationReport {
  if (typeof text !== "string") {
    throw fail("VALIDATION_INVALID_INPUT", "متن پرونده باید رشته باشد", "The file text must be a string", {
      received: text === null ? "null" : typeof text,
    });
  }
  if (typeof options !== "object" || options === null) {
    throw fail("VALIDATION_INVALID_OPTION", "گزینه‌ها (با model یا schema) باید یک شیء باشند", "The options (with a model or a schema) must be an object", {
      received: options === null ? "null" : typeof options,
    });
  }
  const model = options.model;
  if (model !== undefined && !Object.hasOwn(MODEL_SCHEMAS, model)) {
    throw fail("VALIDATION_UNKNOWN_MODEL", `مدل «${String(model)}» شناخته نیست`, `Unknown model "${String(model)}"`, {
      model: String(model),
      known: Object.keys(MODEL_SCHEMAS),
    });
  }
  const schema = options.schema ?? (model === undefined ? undefined : MODEL_SCHEMAS[model]);
  if (schema === undefined) {
    throw fail("VALIDATION_UNKNOWN_MODEL", "مدل یا طرح‌واره‌ای داده نشده است", "Give a model or a schema", {
      known: Object.keys(MODEL_SCHEMAS),
    });
  }
  const format = pickFormat(text, options.format, options.key);
  const validation: ValidationOptions = { locale: options.locale, maxIssuesPerRow: options.maxIssuesPerRow };
  if (format !== "csv") {
    const table = readJson(text, { format, key: options.key });
    const report = validateRecords(schema, table.rows, { ...validation, source: table });
    return model === undefined ? { ...report, format } : { ...report, format, model };
  }
  const table = readCsv(text, { ...options, model: options.model ?? (options.layout === "wide" ? "observation" : undefined) });
  const columns: Record<string, string> = {};
  table.fields.forEach((field, i) => {
    const header = table.header[i];
    if (header !== undefined && header !== "" && field !== "__proto__") columns[field] = header;
  });
  const report = validateRecords(schema, table.rows, { ...validation, source: table });
  return model === undefined ? { ...report, format, columns } : { ...report, format, model, columns };
}

/**
 * {@link validateFile} returning a `SafeResult` instead of throwing a file-level error (an
 * unreadable file, an unknown model or format). Invalid rows are never errors: they are in
 * the report.
 *
 * @param text - the file's text
 * @param options - as for {@link validateFile}
 * @returns `{ success: true, data: report }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeValidateFile } from "mahalleh/validation";
 * const result = safeValidateFile("[{", { model: "agency" });
 * result.success ? "" : result.error.messages.fa; // => "پروندهٔ JSON خوانا نیست: نحو JSON نادرست است"
 * ```
 * @category Validation
 */
export function safeValidateFile(text: string, options: ValidateFileOptions): SafeResult<FileValidationReport> {
  return toSafe(() => validateFile(text, options));
}
