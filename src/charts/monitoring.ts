/**
 * `mahalleh/charts/monitoring`: Vega-Lite specifications for following interventions — the
 * schedule (planned vs actual on a Jalali axis), KPI progress and the follow-up of
 * resolutions by agency. A subpath of its own so that apps drawing only the index charts
 * (`mahalleh/charts`) do not load them.
 *
 * @packageDocumentation
 * @module mahalleh/charts/monitoring
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ChartsErrorCode } from "./errorCodes";
export type { ChartOptions } from "./ChartOptions";
export type { ChartNote, ChartNoteCode } from "./ChartNote";
export type { VegaLiteSpec } from "./VegaLiteSpec";
export { scheduleChart } from "./scheduleChart";
export type { ScheduleChartOptions } from "./scheduleChart";
export type { ScheduleItem } from "./ScheduleItem";
export { kpiProgressChart } from "./kpiProgressChart";
export type { KpiProgressItem } from "./KpiProgressItem";
export { followUpChart } from "./followUpChart";
export type { FollowUpItem } from "./FollowUpItem";
