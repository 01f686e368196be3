/**
 * Error codes raised by `mahalleh/charts`.
 *
 * - `CHARTS_INVALID_INPUT`: an argument is not of the documented shape.
 *
 * @category Errors
 */
export type ChartsErrorCode = "CHARTS_INVALID_INPUT";
