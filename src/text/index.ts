/**
 * `mahalleh/text`.
 *
 * @packageDocumentation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeResult } from "../errors/index";
export type { TextErrorCode } from "./errorCodes";
