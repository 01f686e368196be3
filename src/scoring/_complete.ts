/** Private: listwise-complete data matrix of some indicators, for α and PCA. */
import { fail } from "../internal/safe";
import type { IndicatorRef } from "./IndicatorRef";
import type { IndicatorTable } from "./IndicatorTable";
import { emptyColumn, readColumns, typedColumns } from "./_statistics";
import type { ColumnRef, TypedColumn } from "./_statistics";

/** The indicators as column references (at least two, else a wrong call). */
function columnRefs(indicators: readonly IndicatorRef[], what: string): ColumnRef[] {
  if (!Array.isArray(indicators) || indicators.length < 2) {
    throw fail("INDEX_INVALID_OPTIONS", `${what} دست‌کم دو شاخص لازم دارد`, `${what} needs at least two indicators`);
  }
  return indicators.map((ref) => (typeof ref === "string" ? { id: ref, direction: 1 as const } : { id: ref.id, direction: ref.direction === -1 ? (-1 as const) : (1 as const) }));
}

/**
 * The fast path of {@link completeColumns}: the table's own columns (no copy, see
 * typedColumns) when each is a typed array and there are at least `min` units; null otherwise
 * (call {@link completeColumns}, which reads, subsets and reports). Whether every value is
 * finite is for the caller's sums to tell (then call {@link completeColumns} too).
 */
export function typedCompleteColumns(table: IndicatorTable, indicators: readonly IndicatorRef[], what: string, min: number): { names: string[]; columns: TypedColumn[]; units: number } | null {
  const refs = columnRefs(indicators, what);
  const fast = typedColumns(table, refs);
  if (fast === null || fast.n < min) return null;
  return { names: refs.map((r) => r.id), columns: fast.columns, units: fast.n };
}

/** The oriented columns restricted to the units with every value present (at least `min` of them). */
export function completeColumns(table: IndicatorTable, indicators: readonly IndicatorRef[], what: string, min: number): { names: string[]; columns: Float64Array[]; units: number } {
  const refs = columnRefs(indicators, what);
  const names = refs.map((r) => r.id);
  const { n, columns } = readColumns(table, refs);
  // units with every value present: a mask built column by column
  const ok = new Uint8Array(n).fill(1);
  columns.forEach((c, j) => {
    let any = false;
    for (let i = 0; i < n; i++) {
      if (c[i] === c[i]) any = true;
      else ok[i] = 0;
    }
    if (!any) throw emptyColumn(names[j] as string);
  });
  let m = 0;
  for (let i = 0; i < n; i++) m += ok[i] as number;
  const keep = new Uint32Array(m);
  m = 0;
  for (let i = 0; i < n; i++) if (ok[i] === 1) keep[m++] = i;
  if (keep.length < min) {
    throw fail(
      "INDEX_TOO_FEW_UNITS",
      `${what} برای ${names.length} شاخص دست‌کم ${min} واحد کامل لازم دارد اما ${keep.length} واحد دارد`,
      `${what} of ${names.length} indicators needs at least ${min} complete units, got ${keep.length}`,
      { indicators: names, units: keep.length },
    );
  }
  if (keep.length === n) return { names, columns, units: n };
  const subset = columns.map((c) => {
    const out = new Float64Array(keep.length);
    for (let p = 0; p < keep.length; p++) out[p] = c[keep[p] as number] as number;
    return out;
  });
  return { names, columns: subset, units: keep.length };
}
