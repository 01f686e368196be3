import type { IndicatorTable } from "./IndicatorTable";
import type { IndicatorRef } from "./IndicatorRef";
import { completeColumns } from "./_complete";
import { constantColumn } from "./_statistics";

/**
 * Cronbach's α of a group of indicators (internal consistency, JRC ten steps step 4; COINr
 * `get_cronbach()`): α = k/(k − 1)·(1 − Σ s²ⱼ / s²_T), with s²ⱼ the variance of indicator j
 * and s²_T the variance of their sum, over the units with every value present (listwise).
 * Values ≥ 0.7 are usually read as a coherent group. Orient the indicators first: pass
 * `{ id, direction }` (for example an entry of `spec.indicators`) to multiply a column by −1.
 *
 * @param table - the indicator table
 * @param indicators - at least two ids or `{ id, direction }` objects
 * @returns α (at most 1; negative when the indicators pull against each other)
 * @throws MahallehError `INDEX_UNKNOWN_INDICATOR`, `INDEX_EMPTY_INDICATOR`,
 *   `INDEX_CONSTANT_INDICATOR` naming the column, `INDEX_TOO_FEW_UNITS` (fewer complete units
 *   than indicators, or fewer than 2), `INDEX_INVALID_OPTIONS` (fewer than two indicators)
 * @example
 * ```ts
 * import { cronbachAlpha } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c", "d"], columns: { x: [1, 2, 3, 4], y: [2, 3, 3, 5], z: [1, 3, 2, 4] } };
 * Number(cronbachAlpha(table, ["x", "y", "z"]).toFixed(4)); // => 0.9571
 * ```
 *
 * @category Index audit
 */
export function cronbachAlpha(table: IndicatorTable, indicators: readonly IndicatorRef[]): number {
  const { names, columns, units } = completeColumns(table, indicators, "Cronbach's alpha", Math.max(2, Array.isArray(indicators) ? indicators.length : 0));
  const k = columns.length;
  const total = new Float64Array(units);
  let sumVar = 0;
  columns.forEach((c, j) => {
    const v = variance(c);
    if (!(v > 0)) throw constantColumn(names[j] as string);
    sumVar += v;
    for (let i = 0; i < units; i++) total[i] = (total[i] as number) + (c[i] as number);
  });
  return (k / (k - 1)) * (1 - sumVar / variance(total));
}

function variance(c: Float64Array): number {
  let s = 0;
  for (let i = 0; i < c.length; i++) s += c[i] as number;
  const m = s / c.length;
  let ss = 0;
  for (let i = 0; i < c.length; i++) ss += ((c[i] as number) - m) ** 2;
  return ss / (c.length - 1);
}
