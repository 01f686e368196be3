/**
 * `mahalleh/charts`: Vega-Lite specifications (plain JSON) for the index, uncertainty, contributions, maps, schedules and follow-up, Persian by default.
 *
 * @packageDocumentation
 * @module mahalleh/charts
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ChartsErrorCode } from "./errorCodes";
export type { ChartOptions } from "./ChartOptions";
export type { ChartNote, ChartNoteCode } from "./ChartNote";
export type { VegaLiteSpec } from "./VegaLiteSpec";
export { levelColors } from "./levelColors";
export { CATEGORY_COLORS } from "./CATEGORY_COLORS";
export { rankedIndexChart } from "./rankedIndexChart";
export { rankIntervalChart } from "./rankIntervalChart";
export { contributionsChart } from "./contributionsChart";
export type { ContributionsChartOptions } from "./contributionsChart";
export { dimensionProfileChart } from "./dimensionProfileChart";
export { mapChart } from "./mapChart";
export type { MapChartOptions } from "./mapChart";
export { toGeoJSON } from "./toGeoJSON";
export type { LocatedUnit, ToGeoJSONOptions } from "./toGeoJSON";
export type { ScoreFeature, ScoreFeatureCollection, ScoreFeatureProperties } from "./ScoreFeatureCollection";
export { scheduleChart } from "./scheduleChart";
export type { ScheduleChartOptions } from "./scheduleChart";
export type { ScheduleItem } from "./ScheduleItem";
export { kpiProgressChart } from "./kpiProgressChart";
export type { KpiProgressItem } from "./KpiProgressItem";
export { followUpChart } from "./followUpChart";
export type { FollowUpItem } from "./FollowUpItem";
