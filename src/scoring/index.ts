/**
 * `mahalleh/scoring`.
 *
 * @packageDocumentation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeResult } from "../errors/index";
export type { ScoringErrorCode } from "./errorCodes";
