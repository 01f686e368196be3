/**
 * The input of the composite index: one row per unit (a neighbourhood, a block, a county),
 * one numeric column per indicator. `NaN` (or any non-finite number) marks a missing value.
 *
 * Columns may be plain arrays or typed arrays; the engine reads them into `Float64Array`s
 * and never creates an object per value.
 *
 * @example
 * ```ts
 * import { computeIndex, type IndicatorTable } from "mahalleh/scoring";
 * const table: IndicatorTable = {
 *   ids: ["a", "b", "c"],
 *   groups: ["karaj", "karaj", "fardis"],
 *   columns: { unemployment: [12, 20, 16], literacy: [95, 80, NaN] },
 * };
 * const result = computeIndex(table, {
 *   indicators: [
 *     { id: "unemployment", dimension: "economy", direction: 1 },
 *     { id: "literacy", dimension: "education", direction: -1 },
 *   ],
 * });
 * result.units.map((u) => u.rank); // => [3, 1, 2]
 * ```
 *
 * @category Composite index
 */
export interface IndicatorTable {
  /** Unit identifiers, unique, in the order results are returned. */
  readonly ids: readonly string[];
  /** Optional group of each unit (e.g. its county), used for group ranks and group-mean imputation. */
  readonly groups?: readonly string[] | undefined;
  /** Indicator id → one value per unit (same length as `ids`); `NaN` = missing. */
  readonly columns: Readonly<Record<string, ArrayLike<number>>>;
}
