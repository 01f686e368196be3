/**
 * `mahalleh/validation/node`: the parts of the validation module that need Node — reading
 * files by path and the streaming CSV readers (built on csv-parse's Node stream). Everything
 * else is in `mahalleh/validation`, which bundles for browsers.
 *
 * @packageDocumentation
 * @module mahalleh/validation/node
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export { readCsvStream } from "./readCsvStream";
export { validateCsvStream } from "./validateCsvStream";
export type { CsvValidationOptions } from "./validateCsvStream";
export { validatePath } from "./validatePath";
export type { ValidatePathOptions } from "./validatePath";
