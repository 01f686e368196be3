/**
 * Error codes raised by `mahalleh/scoring`.
 *
 * @category Errors
 */
export type ScoringErrorCode =
  | "SCORING_INVALID_INPUT"
  // Composite index (issue 7)
  | IndexErrorCode;

/**
 * Error codes of the composite index (`computeIndex`, `uncertainty`, `tableFrom*`,
 * `classifyLevels`, `compareIndices`).
 *
 * - `INDEX_INVALID_TABLE`: the indicator table is malformed (ids not unique strings, a column
 *   of the wrong length, a value that is not a number).
 * - `INDEX_INVALID_SPEC`: the index specification is malformed (wrong type, bad option).
 * - `INDEX_UNKNOWN_INDICATOR`: the spec names an indicator that the table does not have.
 * - `INDEX_UNKNOWN_DIMENSION`: an indicator names a dimension the spec does not declare.
 * - `INDEX_ZERO_WEIGHTS`: weights are negative, not finite, or sum to zero at some level.
 * - `INDEX_CONSTANT_INDICATOR`: an indicator has the same value for every unit, so the chosen
 *   normalisation cannot scale it.
 * - `INDEX_EMPTY_INDICATOR`: an indicator has no value at all.
 * - `INDEX_NONPOSITIVE_VALUE`: a geometric, harmonic or negative-power mean met a value ≤ 0
 *   (use a min-max range such as 1–100).
 * - `INDEX_NO_UNITS`: no unit is left to score (empty table, or the data-availability screen
 *   excluded every unit).
 * - `INDEX_INVALID_OPTIONS`: options of `uncertainty`, `classifyLevels`, `compareIndices` or
 *   `tableFrom*` are invalid.
 * - `INDEX_PERIOD_NOT_FOUND`: `tableFromObservations` found no observation for the period.
 * - `INDEX_TOO_LARGE`: the input is too large for the requested method (Jenks breaks).
 *
 * @category Errors
 */
export type IndexErrorCode =
  | "INDEX_INVALID_TABLE"
  | "INDEX_INVALID_SPEC"
  | "INDEX_UNKNOWN_INDICATOR"
  | "INDEX_UNKNOWN_DIMENSION"
  | "INDEX_ZERO_WEIGHTS"
  | "INDEX_CONSTANT_INDICATOR"
  | "INDEX_EMPTY_INDICATOR"
  | "INDEX_NONPOSITIVE_VALUE"
  | "INDEX_NO_UNITS"
  | "INDEX_INVALID_OPTIONS"
  | "INDEX_PERIOD_NOT_FOUND"
  | "INDEX_TOO_LARGE";
