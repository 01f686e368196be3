/**
 * Error codes raised by `mahalleh/planning` (wrong calls). Outcomes — an infeasible set of
 * constraints, a rejected ballot, a time limit reached — are data in the result, not errors.
 *
 * - `PLANNING_INVALID_INPUT`: an argument is not of the documented shape (not an array, a
 *   candidate without an id, a beneficiary count that is not a non-negative integer…).
 * - `PLANNING_INVALID_COST`: a cost, budget or limit is negative, not a whole number of rials,
 *   or cannot be read as money; `details.row` names the candidate's index.
 * - `PLANNING_DUPLICATE_ID`: two candidates or projects share an id.
 * - `PLANNING_UNKNOWN_ID`: a constraint (must-fund, exclusive pair, prerequisite…) names a
 *   candidate that is not in the list, or a candidate names a neighbourhood that the index
 *   result does not score.
 * - `PLANNING_BAD_OPTION`: an option is out of range (a share outside 0–1, α outside 0–1, an
 *   unknown method or rule, a time limit that is not positive, a candidate both must-fund and
 *   must-not-fund).
 * - `PLANNING_BAD_WEIGHTS`: weights are negative, not finite, or do not sum to a positive
 *   number.
 * - `PLANNING_INFEASIBLE`: `allocateBudget`'s floors add up to more than the total, or its
 *   caps to less (the conflict is in the call itself).
 * - `PLANNING_TOO_LARGE`: amounts whose exact integer form would exceed what the solver
 *   represents exactly (2⁵³ after scaling by the common divisor of the costs).
 * - `PLANNING_SOLVER_FAILED`: HiGHS could not load or reported an error; or a solution failed
 *   the exact re-check in decimal rials (a bug — please report it).
 *
 * @category Errors
 */
export type PlanningErrorCode =
  | "PLANNING_INVALID_INPUT"
  | "PLANNING_INVALID_COST"
  | "PLANNING_DUPLICATE_ID"
  | "PLANNING_UNKNOWN_ID"
  | "PLANNING_BAD_OPTION"
  | "PLANNING_BAD_WEIGHTS"
  | "PLANNING_INFEASIBLE"
  | "PLANNING_TOO_LARGE"
  | "PLANNING_SOLVER_FAILED";
