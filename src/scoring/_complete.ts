/** Private: listwise-complete data matrix of some indicators, for α and PCA. */
import { fail } from "../internal/safe";
import type { IndicatorRef } from "./IndicatorRef";
import type { IndicatorTable } from "./IndicatorTable";
import { emptyColumn, readColumns } from "./_statistics";


/** The oriented columns restricted to the units with every value present (at least `min` of them). */
export function completeColumns(table: IndicatorTable, indicators: readonly IndicatorRef[], what: string, min: number): { names: string[]; columns: Float64Array[]; units: number } {
  if (!Array.isArray(indicators) || indicators.length < 2) {
    throw fail("INDEX_INVALID_OPTIONS", `${what} دست‌کم دو شاخص لازم دارد`, `${what} needs at least two indicators`);
  }
  const refs = indicators.map((ref) => (typeof ref === "string" ? { id: ref, direction: 1 as const } : { id: ref.id, direction: ref.direction === -1 ? (-1 as const) : (1 as const) }));
  const names = refs.map((r) => r.id);
  const { n, columns } = readColumns(table, refs);
  columns.forEach((c, j) => {
    if (!c.some((v) => v === v)) throw emptyColumn(names[j] as string);
  });
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (columns.every((c) => c[i] === c[i])) keep.push(i);
  if (keep.length < min) {
    throw fail(
      "INDEX_TOO_FEW_UNITS",
      `${what} برای ${names.length} شاخص دست‌کم ${min} واحد کامل لازم دارد اما ${keep.length} واحد دارد`,
      `${what} of ${names.length} indicators needs at least ${min} complete units, got ${keep.length}`,
      { indicators: names, units: keep.length },
    );
  }
  return { names, columns: columns.map((c) => Float64Array.from(keep, (i) => c[i] as number)), units: keep.length };
}
