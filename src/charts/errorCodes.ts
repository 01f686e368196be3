/**
 * Error codes raised by `mahalleh/charts`.
 *
 * - `CHARTS_INVALID_INPUT`: an argument is not of the documented shape (not an index result,
 *   a schedule item without dates, a KPI share that is not a finite number…).
 * - `CHARTS_UNKNOWN_UNIT`: the unit asked for (e.g. the dimension profile's unit) is not in
 *   the result.
 * - `CHARTS_INVALID_GEOMETRY`: with `strict: true`, a neighbourhood's location is not valid
 *   GeoJSON inside the allowed bounds (unclosed ring, swapped longitude/latitude, outside
 *   Iran); without `strict` the same problems are warnings naming the unit.
 *
 * @category Errors
 */
export type ChartsErrorCode = "CHARTS_INVALID_INPUT" | "CHARTS_UNKNOWN_UNIT" | "CHARTS_INVALID_GEOMETRY";
