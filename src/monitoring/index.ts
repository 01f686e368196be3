/**
 * `mahalleh/monitoring`: following up what was promised: resolutions overdue in working days, agency scorecards, intervention and KPI progress, spending and target-group coverage.
 *
 * @packageDocumentation
 * @module mahalleh/monitoring
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { MonitoringErrorCode } from "./errorCodes";
