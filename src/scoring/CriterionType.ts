/**
 * The direction of a criterion in the planners' methods (TOPSIS, VIKOR, CRITIC, Morris,
 * numerical taxonomy): `"benefit"` when a larger value is better, `"cost"` when a smaller value
 * is better. For deprivation indicators (unemployment rate, share of worn-out fabric) use
 * `"cost"` if the method should rank the most developed neighbourhood first.
 *
 * @category Planners' methods
 */
export type CriterionType = "benefit" | "cost";
