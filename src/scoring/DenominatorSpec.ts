/**
 * Denomination of an indicator (COINr's `Denominate()` step, written on the indicator): before
 * anything else, the indicator's value is divided by another column of the table and
 * multiplied by `per`, so a count becomes a rate — `{ column: "population", per: 1000 }` turns
 * "households on welfare" into "per 1,000 residents", `{ column: "households", per: 100 }`
 * into "per 100 households".
 *
 * The rate is what the index uses everywhere (statistics, outliers, normalisation, the
 * `normalized` values). A unit whose indicator value is missing stays missing. A unit with a
 * value whose denominator is zero, negative or missing is an error
 * (`INDEX_BAD_DENOMINATOR`, naming the unit and the indicator) unless `invalid: "missing"`,
 * which leaves its rate missing; `denominatorCorrelations` lists those units.
 *
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * const table = {
 *   ids: ["a", "b", "c"],
 *   columns: { unemployed: [120, 40, 300], population: [2000, 4000, 6000] },
 * };
 * const r = computeIndex(table, {
 *   indicators: [{ id: "unemployed", dimension: "work", direction: 1, denominator: { column: "population", per: 1000 } }],
 *   normalization: "fractionOfMax",
 * });
 * // rates per 1,000 residents: 60, 10, 50 → x / max
 * r.units.map((u) => Math.round(u.score ?? 0)); // => [100, 17, 83]
 * ```
 *
 * @category Composite index
 */
export interface DenominatorSpec {
  /** The table column to divide by (e.g. `"population"`, `"households"`, `"area"`); it need not be an indicator. */
  readonly column: string;
  /** The multiplier: value / denominator × `per`. Default 1 (a plain ratio); 1000 for "per 1,000". */
  readonly per?: number | undefined;
  /**
   * What a zero, negative or missing denominator does for a unit that has a value:
   * `"error"` (default) throws `INDEX_BAD_DENOMINATOR`; `"missing"` leaves the unit's rate
   * missing (then the missing-data policy applies) and `denominatorCorrelations` lists it.
   */
  readonly invalid?: "error" | "missing" | undefined;
}
