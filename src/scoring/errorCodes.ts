/**
 * Error codes raised by `mahalleh/scoring`.
 *
 * @category Errors
 */
export type ScoringErrorCode =
  | "SCORING_INVALID_INPUT"
  // Composite index (issue 7)
  | IndexErrorCode
  // Planners' methods (issue 5)
  | MethodsErrorCode;

/**
 * Error codes of the planners' methods (`alkireFoster`, `topsis`, `vikor`, `ahp`,
 * `entropyWeights`, `criticWeights`, `cvWeights`, `morrisIndex`, `numericalTaxonomy`,
 * `scalogram`, `imdTransform`, `classifyWornOutFabric`, `classifySlumHousehold`).
 *
 * - `SCORING_BAD_MATRIX`: the matrix is not a non-empty rectangular `number[][]`.
 * - `SCORING_NON_FINITE`: an entry or argument is NaN, ±Infinity or not a number, or the
 *   values are so extreme that a result would not be finite.
 * - `SCORING_TOO_FEW_ROWS`: the method needs more alternatives (rows) than were given.
 * - `SCORING_NEGATIVE_VALUE`: a method defined on non-negative data (entropy weights,
 *   Alkire–Foster achievements) met a negative value.
 * - `SCORING_NON_POSITIVE`: a value that must be strictly positive is not (an AHP judgement,
 *   an Alkire–Foster cutoff, a column mean for coefficient-of-variation weights, a column sum
 *   for vector normalisation).
 * - `SCORING_NOT_SQUARE`: an AHP pairwise matrix is not square.
 * - `SCORING_NOT_RECIPROCAL`: an AHP pairwise matrix has a diagonal entry other than 1 or
 *   aᵢⱼ·aⱼᵢ ≠ 1.
 * - `SCORING_UNSUPPORTED_SIZE`: an AHP matrix is larger than Saaty's random-index table
 *   (n > 15).
 * - `SCORING_BAD_WEIGHTS`: weights are not finite, negative, sum to zero, or (Alkire–Foster)
 *   do not sum to 1.
 * - `SCORING_BAD_TYPES`: `types` holds something other than `"benefit"` / `"cost"`.
 * - `SCORING_LENGTH_MISMATCH`: weights, types, cutoffs, groups or bounds do not match the
 *   number of columns or rows.
 * - `SCORING_CONSTANT_COLUMN`: a column is constant, so its range or deviation is zero and
 *   the method cannot scale it (or every alternative is identical).
 * - `SCORING_BAD_K`: the Alkire–Foster poverty cutoff `k` is not in (0, 1].
 * - `SCORING_OUT_OF_RANGE`: a value is outside its domain (`R` of the IMD transform not in
 *   (0, 1], a share not in [0, 1], VIKOR's `v` not in [0, 1], a presence value not 0/1).
 * - `SCORING_BAD_OPTION`: an options bag or one of its fields has the wrong type.
 *
 * @category Errors
 */
export type MethodsErrorCode =
  | "SCORING_BAD_MATRIX"
  | "SCORING_NON_FINITE"
  | "SCORING_TOO_FEW_ROWS"
  | "SCORING_NEGATIVE_VALUE"
  | "SCORING_NON_POSITIVE"
  | "SCORING_NOT_SQUARE"
  | "SCORING_NOT_RECIPROCAL"
  | "SCORING_UNSUPPORTED_SIZE"
  | "SCORING_BAD_WEIGHTS"
  | "SCORING_BAD_TYPES"
  | "SCORING_LENGTH_MISMATCH"
  | "SCORING_CONSTANT_COLUMN"
  | "SCORING_BAD_K"
  | "SCORING_OUT_OF_RANGE"
  | "SCORING_BAD_OPTION";

/**
 * Error codes of the composite index (`computeIndex`, `uncertainty`, `tableFrom*`,
 * `classifyLevels`, `compareIndices`).
 *
 * - `INDEX_INVALID_TABLE`: the indicator table is malformed (ids not unique strings, a column
 *   of the wrong length, a value that is not a number).
 * - `INDEX_INVALID_SPEC`: the index specification is malformed (wrong type, bad option).
 * - `INDEX_UNKNOWN_INDICATOR`: the spec names an indicator that the table does not have.
 * - `INDEX_UNKNOWN_DIMENSION`: an indicator names a dimension the spec does not declare, or an
 *   AHP weighting has a matrix keyed by a dimension without such a group (`weighting.children`
 *   for a dimension with no child dimensions, `weighting.indicators` for one without
 *   indicators); `details.dimension` names it.
 * - `INDEX_ZERO_WEIGHTS`: weights are negative, not finite, or sum to zero at some level.
 * - `INDEX_CONSTANT_INDICATOR`: an indicator has the same value for every unit, so the chosen
 *   normalisation cannot scale it.
 * - `INDEX_EMPTY_INDICATOR`: an indicator has no value at all.
 * - `INDEX_NONPOSITIVE_VALUE`: a geometric, harmonic or negative-power mean met a value ≤ 0
 *   (use a min-max range such as 1–100), or `fractionOfMax` normalisation met a negative value
 *   or a largest value ≤ 0.
 * - `INDEX_NO_UNITS`: no unit is left to score (empty table, or the data-availability screen
 *   excluded every unit).
 * - `INDEX_INVALID_OPTIONS`: options of `uncertainty`, `classifyLevels`, `compareIndices`,
 *   `ahpConsistency` (or a spec without AHP weighting) or `tableFrom*` are invalid.
 * - `INDEX_PERIOD_NOT_FOUND`: `tableFromObservations` found no observation for the period.
 * - `INDEX_TOO_FEW_UNITS`: the audit needs more units than it got: fewer complete units than
 *   indicators for `principalComponents` or `cronbachAlpha` (the matrix would be singular),
 *   or fewer than two units in common for a correlation; the details name the indicators.
 * - `INDEX_TOO_LARGE`: the input is too large for the requested method (Jenks breaks beyond
 *   10,000 units, Monte Carlo keeping more than 100 million ranks).
 * - `INDEX_UNREADABLE_FILE`: a Parquet (or other binary) input is not a complete, readable file
 *   (truncated, corrupt); `details` give the byte range.
 * - `INDEX_MISSING_PACKAGE`: an optional peer dependency needed by this reader (e.g.
 *   `hyparquet` for Parquet) is not installed.
 * - `INDEX_BAD_DENOMINATOR`: an indicator's `denominator` cannot divide it: the column is not
 *   in the table, or a unit with a value has a zero, negative or missing denominator (with
 *   `invalid: "error"`, the default); the details name the indicator, the column and the unit.
 * - `INDEX_BAD_REFERENCE`: `distanceToReference` cannot place the units: the reference unit is
 *   not in the table or has no value for the indicator, or the reference is the least deprived
 *   value (a zero distance to scale by); the details name the indicator and the unit.
 * - `INDEX_EMPTY_DIMENSION`: a declared dimension has no indicator (and no child dimension);
 *   `details.dimension` names it.
 * - `INDEX_HIERARCHY_CYCLE`: the dimensions' `parent` links form a cycle; `details.cycle`
 *   lists it and `details.dimension` names the dimension that closes it.
 * - `INDEX_HIERARCHY_MISMATCH`: the levels do not line up: an indicator is attached to a
 *   dimension that has child dimensions (`details.indicator`, `details.dimension`), the leaf
 *   dimensions are not all at the same depth (`details.dimension`, `depth`, `expected`), or
 *   `aggregation.perLevel` does not have one method per aggregation step.
 * - `INDEX_HIERARCHY_UNSUPPORTED`: the function handles only indicator → dimension → index
 *   and the spec is deeper. No function throws it since `uncertainty` and AHP weighting take
 *   hierarchies of any depth; the code stays so that code which handles it still compiles.
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
  | "INDEX_TOO_FEW_UNITS"
  | "INDEX_TOO_LARGE"
  | "INDEX_UNREADABLE_FILE"
  | "INDEX_MISSING_PACKAGE"
  | "INDEX_BAD_DENOMINATOR"
  | "INDEX_BAD_REFERENCE"
  | "INDEX_EMPTY_DIMENSION"
  | "INDEX_HIERARCHY_CYCLE"
  | "INDEX_HIERARCHY_MISMATCH"
  | "INDEX_HIERARCHY_UNSUPPORTED";
