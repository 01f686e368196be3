/**
 * Error codes raised by `mahalleh/planning`.
 *
 * - `PLANNING_INVALID_INPUT`: an argument is not of the documented shape.
 *
 * @category Errors
 */
export type PlanningErrorCode = "PLANNING_INVALID_INPUT";
