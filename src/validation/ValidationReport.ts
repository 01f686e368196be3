import type { ValidationIssueCode } from "./errorCodes";

/**
 * The language of report messages: `"fa"` (Persian, the default) or `"en"` (English).
 *
 * @category Reports
 */
export type ValidationLocale = "fa" | "en";

/**
 * One problem found in a row.
 *
 * @category Reports
 */
export interface ValidationIssue {
  /** Where in the row: field names and array indexes from the row's root (`[]` = the row itself). */
  readonly path: readonly (string | number)[];
  /**
   * A stable code: a {@link ValidationIssueCode} for zod's built-in checks and for reading
   * problems, or the code a `mahalleh/models` schema attached (e.g. a `MODELS_*` code).
   */
  readonly code: ValidationIssueCode | (string & {});
  /** A readable message in the report's locale. */
  readonly message: string;
}

/**
 * A row that passed: its position and the schema's output (cleaned, transformed).
 *
 * @category Reports
 */
export interface ValidRow<T> {
  /** 0-based index of the row in the input (the data row index, not counting a header). */
  readonly row: number;
  /** 1-based line of the file where the row starts, when the rows came from a file reader. */
  readonly line?: number;
  /** The schema's output for the row. */
  readonly data: T;
}

/**
 * A row that failed: its position, the original input untouched, and every issue.
 *
 * @category Reports
 */
export interface InvalidRow {
  /** 0-based index of the row in the input (the data row index, not counting a header). */
  readonly row: number;
  /** 1-based line of the file where the row starts, when the rows came from a file reader. */
  readonly line?: number;
  /** The row exactly as it was given (same reference): nothing is lost. */
  readonly input: unknown;
  /** The problems, at most `maxIssuesPerRow` of them. */
  readonly issues: readonly ValidationIssue[];
  /** How many further issues were left out because of `maxIssuesPerRow` (absent when none). */
  readonly omittedIssues?: number;
}

/**
 * Counts of a report. Always `total === valid + invalid`.
 *
 * @category Reports
 */
export interface ValidationSummary {
  /** Number of input rows. */
  readonly total: number;
  /** Number of rows that passed. */
  readonly valid: number;
  /** Number of rows that failed. */
  readonly invalid: number;
}

/**
 * The result of validating many rows: every input row appears exactly once, in `valid` or in
 * `invalid`, under its own index; both lists are in input order.
 *
 * @category Reports
 */
export interface ValidationReport<T> {
  /** The rows that passed, with their output. */
  readonly valid: readonly ValidRow<T>[];
  /** The rows that failed, with their input and issues. */
  readonly invalid: readonly InvalidRow[];
  /** The counts. */
  readonly summary: ValidationSummary;
}

/**
 * A streamed outcome of a row that passed.
 *
 * @category Reports
 */
export interface ValidOutcome<T> extends ValidRow<T> {
  /** Always `true`. */
  readonly ok: true;
}

/**
 * A streamed outcome of a row that failed.
 *
 * @category Reports
 */
export interface InvalidOutcome extends InvalidRow {
  /** Always `false`. */
  readonly ok: false;
}

/**
 * The outcome of one row, as yielded by the streaming validators: test `ok`.
 *
 * @category Reports
 */
export type RowOutcome<T> = ValidOutcome<T> | InvalidOutcome;

/**
 * A problem found while reading a row from a file, before validation (a wrong column count,
 * a broken CSV record, a bad JSON line). Carries both languages; the validators pick one.
 *
 * @category Reading
 */
export interface RowProblem {
  /** 0-based index of the row the problem belongs to. */
  readonly row: number;
  /** Stable code, e.g. `"VALIDATION_COLUMN_COUNT"`. */
  readonly code: ValidationIssueCode;
  /** Where in the row (`[]` for the whole row). */
  readonly path: readonly (string | number)[];
  /** Persian message. */
  readonly fa: string;
  /** English message. */
  readonly en: string;
}

/**
 * Where rows came from, when a file reader produced them: the file line of each row and the
 * problems found while reading. `readCsv`, `readJson` results can be passed as is.
 *
 * @category Reading
 */
export interface RowSource {
  /** `lines[i]` is the 1-based file line where row `i` starts. */
  readonly lines?: readonly number[] | undefined;
  /** Problems found while reading; their rows are reported invalid with these issues first. */
  readonly problems?: readonly RowProblem[] | undefined;
}

/**
 * Options of {@link validateRecords} and the streaming validators.
 *
 * @category Validation
 */
export interface ValidationOptions {
  /** Language of the messages. Default `"fa"`. */
  readonly locale?: ValidationLocale | undefined;
  /**
   * Keep at most this many issues per row (the rest are counted in `omittedIssues`).
   * A positive integer or `Infinity`. Default `Infinity`.
   */
  readonly maxIssuesPerRow?: number | undefined;
  /** Line numbers and reading problems of the rows, from a file reader. Default: none. */
  readonly source?: RowSource | undefined;
}
