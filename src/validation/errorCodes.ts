/**
 * Error codes **thrown** by `mahalleh/validation` (as a `MahallehError`). Row-level problems
 * are never thrown: they are reported with a {@link ValidationIssueCode} instead.
 *
 * - `VALIDATION_INVALID_INPUT`: the rows argument is not an array or an iterable of rows
 *   (e.g. a string, a number, `null`), or a stream source is not iterable.
 * - `VALIDATION_NOT_A_SCHEMA`: the schema argument is not a zod 4 schema (it has no
 *   `safeParse`).
 * - `VALIDATION_INVALID_OPTION`: an option has the wrong type or value (an unknown locale,
 *   a negative `maxIssuesPerRow`, an unknown layout…).
 * - `VALIDATION_JSON_SYNTAX`: a JSON document cannot be parsed at all (for JSON Lines, a bad
 *   line is a row problem instead), or its top level is not an array of rows.
 * - `VALIDATION_CSV_HEADER`: a CSV file has no header row, or two of its columns map to the
 *   same field, or a wide-layout file lacks its key columns.
 * - `VALIDATION_CSV_SYNTAX`: csv-parse cannot continue reading the file (e.g. a quote that
 *   never closes before the end of the file). Problems confined to one record are row
 *   problems instead.
 * - `VALIDATION_UNKNOWN_MODEL`: `validateFile` was given a model name it does not know.
 * - `VALIDATION_UNKNOWN_FORMAT`: `validateFile` was given a format other than `"csv"`,
 *   `"json"`, `"jsonl"` or `"auto"`.
 * - `VALIDATION_PATH_GIVEN`: `validateText`/`validateFile` was given what looks like a file
 *   path (`"obs.csv"`) instead of the file's text, and it holds no row; read the file first
 *   (in Node: `validatePath` from `mahalleh/validation/node`).
 * - `VALIDATION_FILE_UNREADABLE`: `validatePath` could not read the file (missing, a
 *   directory, no permission) or was given an unknown encoding.
 *
 * @category Errors
 */
export type ValidationErrorCode =
  | "VALIDATION_INVALID_INPUT"
  | "VALIDATION_NOT_A_SCHEMA"
  | "VALIDATION_INVALID_OPTION"
  | "VALIDATION_JSON_SYNTAX"
  | "VALIDATION_CSV_HEADER"
  | "VALIDATION_CSV_SYNTAX"
  | "VALIDATION_UNKNOWN_MODEL"
  | "VALIDATION_UNKNOWN_FORMAT"
  | "VALIDATION_PATH_GIVEN"
  | "VALIDATION_FILE_UNREADABLE";

/**
 * Codes of the issues in a validation report (`issues[].code`). zod's own issue codes are
 * mapped to these; issues raised by `mahalleh/models` keep their own `MODELS_*` codes.
 *
 * - `VALIDATION_REQUIRED`: a required field is missing (`undefined`).
 * - `VALIDATION_INVALID_TYPE`: a value has the wrong type (zod `invalid_type`).
 * - `VALIDATION_TOO_SMALL`: a number, length, size or date is below the minimum (`too_small`).
 * - `VALIDATION_TOO_BIG`: a number, length, size or date is above the maximum (`too_big`).
 * - `VALIDATION_INVALID_FORMAT`: a string does not match its format (email, URL, pattern…;
 *   `invalid_format`).
 * - `VALIDATION_NOT_MULTIPLE_OF`: a number is not a multiple of the step (`not_multiple_of`).
 * - `VALIDATION_UNRECOGNIZED_KEYS`: a strict object has keys it does not know
 *   (`unrecognized_keys`).
 * - `VALIDATION_INVALID_UNION`: a value matches none of the allowed shapes (`invalid_union`).
 * - `VALIDATION_INVALID_KEY`: a record or map key is invalid (`invalid_key`).
 * - `VALIDATION_INVALID_ELEMENT`: a map or set element is invalid (`invalid_element`).
 * - `VALIDATION_INVALID_VALUE`: a value is not one of the allowed literals or enum members
 *   (`invalid_value`).
 * - `VALIDATION_CUSTOM`: a refinement failed and gave no code of its own (`custom`).
 * - `VALIDATION_UNREADABLE_ROW`: reading the row itself failed (a getter threw, a recursive
 *   schema met a cyclic value): the row is reported, never thrown.
 * - `VALIDATION_COLUMN_COUNT`: a CSV record has more or fewer cells than the header.
 * - `VALIDATION_CSV_RECORD`: csv-parse rejected this record (e.g. a quote inside an unquoted
 *   cell).
 * - `VALIDATION_JSON_LINE`: a line of a JSON Lines file is not valid JSON.
 *
 * @category Errors
 */
export type ValidationIssueCode =
  | "VALIDATION_REQUIRED"
  | "VALIDATION_INVALID_TYPE"
  | "VALIDATION_TOO_SMALL"
  | "VALIDATION_TOO_BIG"
  | "VALIDATION_INVALID_FORMAT"
  | "VALIDATION_NOT_MULTIPLE_OF"
  | "VALIDATION_UNRECOGNIZED_KEYS"
  | "VALIDATION_INVALID_UNION"
  | "VALIDATION_INVALID_KEY"
  | "VALIDATION_INVALID_ELEMENT"
  | "VALIDATION_INVALID_VALUE"
  | "VALIDATION_CUSTOM"
  | "VALIDATION_UNREADABLE_ROW"
  | "VALIDATION_COLUMN_COUNT"
  | "VALIDATION_CSV_RECORD"
  | "VALIDATION_JSON_LINE";
