/**
 * Error codes raised by `mahalleh/scoring`.
 *
 * @category Errors
 */
export type ScoringErrorCode = "SCORING_INVALID_INPUT";
