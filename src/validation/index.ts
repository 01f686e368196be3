/**
 * `mahalleh/validation`: bulk validation that loses no row, CSV/JSON ingestion with Persian
 * headers, and reports in Persian or English. Browser-safe; file paths and streams are in
 * `mahalleh/validation/node`.
 *
 * @packageDocumentation
 * @module mahalleh/validation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ValidationErrorCode, ValidationIssueCode } from "./errorCodes";
export type {
  InvalidOutcome,
  InvalidRow,
  RowOutcome,
  RowProblem,
  RowSource,
  ValidationIssue,
  ValidationLocale,
  ValidationOptions,
  ValidationReport,
  ValidationSummary,
  ValidOutcome,
  ValidRow,
} from "./ValidationReport";
export { validateRecords } from "./validateRecords";
export type { CsvReadOptions, CsvRow, WideLayoutOptions } from "./CsvReadOptions";
export { COMMON_HEADERS, normalizeHeader, PERSIAN_HEADERS } from "./headerMaps";
export type { ModelName } from "./headerMaps";
export { readCsv, safeReadCsv } from "./readCsv";
export type { CsvTable } from "./readCsv";
// The streaming CSV readers and file readers need Node: `mahalleh/validation/node`.
export { collectReport } from "./collectReport";
export { validateEach } from "./validateEach";
export { validateRecordStream } from "./validateRecordStream";
export { readJson, safeReadJson } from "./readJson";
export type { JsonReadOptions, JsonTable } from "./readJson";
export { formatReport } from "./formatReport";
export type { FormatReportOptions } from "./formatReport";
export { MODEL_SCHEMAS, safeValidateFile, validateFile } from "./validateFile";
export type { FileValidationReport, ValidateFileOptions } from "./validateFile";
export { safeValidateText, validateText } from "./validateText";
