/**
 * Error codes raised by `mahalleh/evaluation`.
 *
 * - `EVALUATION_INVALID_INPUT`: an argument is not of the documented shape (not an array, a
 *   missing option, a value that is not a finite number where one is required).
 * - `EVALUATION_PERIOD_ORDER`: periods are not in ascending order, repeat, or a "before"
 *   period does not precede every "after" period.
 * - `EVALUATION_UNKNOWN_PERIOD`: a period asked for has no observation.
 * - `EVALUATION_UNKNOWN_COLUMN`: a covariate, outcome or indicator named in the options is
 *   not in the data.
 * - `EVALUATION_EMPTY_GROUP`: after the units without data are set aside, the treated or the
 *   comparison group is empty, so no contrast can be estimated.
 * - `EVALUATION_DUPLICATE_UNIT`: a unit id appears twice where ids must be unique.
 * - `EVALUATION_ZERO_POPULATION`: a population at risk (or a weight) is zero, negative or
 *   missing.
 * - `EVALUATION_MISSING_GOALPOSTS`: `goalposts: "fixed"` was asked for but an indicator has
 *   no `goalposts` in the index specification.
 *
 * @category Errors
 */
export type EvaluationErrorCode =
  | "EVALUATION_INVALID_INPUT"
  | "EVALUATION_PERIOD_ORDER"
  | "EVALUATION_UNKNOWN_PERIOD"
  | "EVALUATION_UNKNOWN_COLUMN"
  | "EVALUATION_EMPTY_GROUP"
  | "EVALUATION_DUPLICATE_UNIT"
  | "EVALUATION_ZERO_POPULATION"
  | "EVALUATION_MISSING_GOALPOSTS";
