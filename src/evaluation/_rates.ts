/**
 * Private: denominators in computeIndexOverTime (an indicator divided by another column of the
 * same period, × `per`: counts → rates). The spec and every refusal are the engine's own: a
 * denominator spec is checked by `computeIndexColumns` on a two-unit table, and a period with
 * a bad denominator is handed to it, which throws `INDEX_BAD_DENOMINATOR` naming the unit.
 */
import { computeIndexColumns } from "../scoring/index";
import type { IndexSpec } from "../scoring/index";
import { invalid } from "./_messages";

type IndicatorSpec = IndexSpec["indicators"][number];

/** A checked denominator. */
export interface Denominator {
  readonly column: string;
  readonly per: number;
  readonly invalid: "error" | "missing";
}

const oneIndicator = (ind: IndicatorSpec): IndexSpec => ({ indicators: [{ id: ind.id, dimension: "d", direction: 1, denominator: ind.denominator }] });

/** Checks an indicator's `denominator` with the engine (its codes and messages) and resolves its defaults. */
export function checkDenominator(ind: IndicatorSpec): Denominator {
  const d = ind.denominator as { column?: unknown; per?: unknown; invalid?: unknown };
  const column = typeof d === "object" && d !== null && typeof d.column === "string" ? d.column : "";
  const columns: Record<string, Float64Array> = {};
  Object.defineProperty(columns, ind.id, { value: Float64Array.of(1, 2), enumerable: true, writable: true, configurable: true });
  Object.defineProperty(columns, column, { value: Float64Array.of(1, 1), enumerable: true, writable: true, configurable: true });
  computeIndexColumns({ ids: ["a", "b"], columns }, oneIndicator(ind));
  return { column, per: (d.per as number | undefined) ?? 1, invalid: (d.invalid as "error" | "missing" | undefined) ?? "error" };
}

/** Whether a column holds at least one finite number (a denominator column the period has). */
export function hasValue(col: ArrayLike<unknown>): boolean {
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (typeof v === "number" && v - v === 0) return true;
  }
  return false;
}

/**
 * value / denominator × per (NaN where the value is missing), the engine's arithmetic. A
 * value over a zero, negative, missing or non-numeric denominator is missing with
 * `invalid: "missing"`; otherwise the engine is run on the period and throws its error.
 */
export function rates(ids: readonly string[], ind: IndicatorSpec, values: Float64Array, den: ArrayLike<unknown>, d: Denominator): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) {
      out[i] = Number.NaN;
      continue;
    }
    const q = den[i];
    if (typeof q === "number" && q - q === 0 && q > 0) {
      out[i] = (v / q) * d.per;
      continue;
    }
    if (d.invalid === "missing" && (q === null || typeof q === "number")) {
      out[i] = Number.NaN;
      continue;
    }
    const columns: Record<string, ArrayLike<unknown>> = {};
    Object.defineProperty(columns, ind.id, { value: values, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(columns, d.column, { value: den, enumerable: true, writable: true, configurable: true });
    computeIndexColumns({ ids, columns: columns as Record<string, Float64Array> }, oneIndicator(ind));
    throw invalid(`مخرج شاخص «${ind.id}» برای «${ids[i] ?? i}» معتبر نیست`, `The denominator of "${ind.id}" for "${ids[i] ?? i}" is not valid`);
  }
  return out;
}
