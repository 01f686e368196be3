import type { SafeResult } from "../errors/SafeResult";
import { toSafe } from "../internal/safe";
import type { FileValidationReport, ValidateFileOptions } from "./validateFile";
import { validateFile } from "./validateFile";

/**
 * Validates the text of a file (CSV, JSON or JSON Lines) against a model or a schema: every
 * row, with the file line where it starts; rows the reader found broken are reported, never
 * dropped. It takes the file's **text** and runs anywhere (browsers included); to read a file
 * by its path in Node, use `validatePath` from `mahalleh/validation/node`. Print the result
 * with {@link formatReport}.
 *
 * @param text - the file's text
 * @param options - `model` (or `schema`), `format` (default `"auto"`), `locale` (default
 *   `"fa"`), `maxIssuesPerRow`, the CSV options of {@link readCsv} (`delimiter`…) and `key`
 *   of {@link readJson} (the property holding the rows of a JSON object)
 * @returns the report, with the format read and the model
 * @throws MahallehError `VALIDATION_PATH_GIVEN` when the text is a file path (one line such as
 *   `"obs.csv"`) that yields no row, and the errors of {@link validateFile}
 * @example
 * ```ts
 * import { validateText } from "mahalleh/validation";
 * const report = validateText("نام دستگاه;نوع;سطح\nشهرداری کرج;municipality;city\n", { model: "agency", delimiter: ";", keepEmptyCells: false });
 * report.format; // => "csv"
 * report.summary.total; // => 1
 * const json = validateText('{"interventions": []}', { model: "intervention", key: "interventions" });
 * json.summary.total; // => 0
 * validateText("obs.csv", { model: "observation" }); // throws VALIDATION_PATH_GIVEN
 * ```
 * @category Validation
 */
export function validateText(text: string, options: ValidateFileOptions): FileValidationReport {
  return validateFile(text, options);
}

/**
 * {@link validateText} returning a `SafeResult` instead of throwing a file-level error.
 * Invalid rows are never errors: they are in the report.
 *
 * @param text - the file's text
 * @param options - as for {@link validateText}
 * @returns `{ success: true, data: report }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeValidateText } from "mahalleh/validation";
 * const result = safeValidateText("./observations.csv", { model: "observation" });
 * result.success ? "" : result.error.code; // => "VALIDATION_PATH_GIVEN"
 * ```
 * @category Validation
 */
export function safeValidateText(text: string, options: ValidateFileOptions): SafeResult<FileValidationReport> {
  return toSafe(() => validateFile(text, options));
}
