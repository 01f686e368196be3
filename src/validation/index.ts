/**
 * `mahalleh/validation`.
 *
 * @packageDocumentation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeResult } from "../errors/index";
export type { ValidationErrorCode } from "./errorCodes";
