/**
 * `mahalleh/charts/map`: the map of neighbourhoods (a Vega-Lite choropleth or point map) and
 * `toGeoJSON`, which joins index results to locations. A subpath of its own so that apps
 * drawing only the index charts (`mahalleh/charts`) do not load the geometry checks.
 *
 * @packageDocumentation
 * @module mahalleh/charts/map
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { ChartsErrorCode } from "./errorCodes";
export type { ChartOptions } from "./ChartOptions";
export type { ChartNote, ChartNoteCode } from "./ChartNote";
export type { VegaLiteSpec } from "./VegaLiteSpec";
export { mapChart } from "./mapChart";
export type { MapChartOptions } from "./mapChart";
export { toGeoJSON } from "./toGeoJSON";
export type { LocatedUnit, ToGeoJSONOptions } from "./toGeoJSON";
export type { ScoreFeature, ScoreFeatureCollection, ScoreFeatureProperties } from "./ScoreFeatureCollection";
