/**
 * `mahalleh/evaluation`: did it work: indices over time, target vs comparison neighbourhoods (matching, difference-in-differences), pilot vs other provinces, designation and graduation.
 *
 * @packageDocumentation
 * @module mahalleh/evaluation
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { EvaluationErrorCode } from "./errorCodes";
