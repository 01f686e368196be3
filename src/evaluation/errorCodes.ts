/**
 * Error codes raised by `mahalleh/evaluation`.
 *
 * - `EVALUATION_INVALID_INPUT`: an argument is not of the documented shape.
 *
 * @category Errors
 */
export type EvaluationErrorCode = "EVALUATION_INVALID_INPUT";
