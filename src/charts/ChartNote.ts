/**
 * Codes of the notes a chart (or {@link toGeoJSON}) attaches about its data:
 *
 * - `CHARTS_NO_LOCATION`: the unit has no location (or no neighbourhood record); it is listed, not drawn.
 * - `CHARTS_INVALID_GEOMETRY`: the location is not a valid GeoJSON Point or Polygon (an
 *   unclosed ring, fewer than 4 positions, a non-numeric coordinate).
 * - `CHARTS_SWAPPED_COORDINATES`: the location lies outside the bounds but inside them with
 *   longitude and latitude swapped (`[lat, lon]` instead of GeoJSON's `[lon, lat]`).
 * - `CHARTS_OUTSIDE_BOUNDS`: the location lies outside the bounds (Iran by default).
 * - `CHARTS_LIMITED`: only the first rows were drawn (see `ChartOptions.limit`).
 * - `CHARTS_NOT_SCORED`: the unit has no score, so it is drawn without one.
 *
 * @category Charts
 */
export type ChartNoteCode =
  | "CHARTS_NO_LOCATION"
  | "CHARTS_INVALID_GEOMETRY"
  | "CHARTS_SWAPPED_COORDINATES"
  | "CHARTS_OUTSIDE_BOUNDS"
  | "CHARTS_LIMITED"
  | "CHARTS_NOT_SCORED";

/**
 * A note about a chart's data (a unit left out, a geometry problem), with the unit it names
 * and a Persian and an English text.
 *
 * @category Charts
 */
export interface ChartNote {
  /** What happened. */
  readonly code: ChartNoteCode;
  /** The unit concerned, if one. */
  readonly unitId?: string | undefined;
  /** Persian text. */
  readonly fa: string;
  /** English text. */
  readonly en: string;
}
