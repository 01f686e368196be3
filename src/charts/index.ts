/**
 * `mahalleh/charts`: Vega-Lite specifications (plain JSON) for the index, uncertainty, contributions, maps, schedules and follow-up, Persian by default.
 *
 * @packageDocumentation
 * @module mahalleh/charts
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ChartsErrorCode } from "./errorCodes";
