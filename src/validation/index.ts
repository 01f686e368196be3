/**
 * `mahalleh/validation`: bulk validation that loses no row, CSV/JSON ingestion with Persian
 * headers, and reports in Persian or English.
 *
 * @packageDocumentation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ValidationErrorCode, ValidationIssueCode } from "./errorCodes";
export type {
  InvalidRow,
  RowOutcome,
  RowProblem,
  RowSource,
  ValidationIssue,
  ValidationLocale,
  ValidationOptions,
  ValidationReport,
  ValidationSummary,
  ValidRow,
} from "./ValidationReport";
export { validateRecords } from "./validateRecords";
