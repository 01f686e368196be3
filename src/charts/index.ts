/**
 * `mahalleh/charts`: Vega-Lite specifications (plain JSON) for the index, its uncertainty,
 * what drives it and one unit's dimension profile, Persian by default; the colour schemes
 * and the types every chart shares. Maps and `toGeoJSON` are in `mahalleh/charts/map`, the
 * schedule, KPI and follow-up charts in `mahalleh/charts/monitoring` (each import stays small).
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
