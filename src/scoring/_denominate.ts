/** Private: denomination — an indicator divided by another column of the table (counts → rates). */
import { fail } from "../internal/safe";
import type { DenominatorSpec } from "./DenominatorSpec";
import type { IndicatorTable } from "./IndicatorTable";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A resolved denominator. */
export interface Denominator {
  readonly column: string;
  readonly per: number;
  readonly invalid: "error" | "missing";
}

/** Checks an indicator's `denominator` spec. */
export function resolveDenominator(indicator: string, spec: unknown): Denominator {
  const bad = (fa: string, en: string): Error => fail("INDEX_INVALID_SPEC", `مخرج شاخص «${indicator}»: ${fa}`, `Denominator of "${indicator}": ${en}`, { indicator });
  if (!isObject(spec)) throw bad("باید شیء { column, per } باشد", "must be an object { column, per }");
  for (const key of Object.keys(spec)) {
    if (key !== "column" && key !== "per" && key !== "invalid") throw bad(`کلید ناشناختهٔ «${key}»`, `unknown key "${key}"`);
  }
  const { column, per = 1, invalid = "error" } = spec as { column?: unknown; per?: unknown; invalid?: unknown };
  if (typeof column !== "string" || column.length === 0) throw bad("ستون (column) لازم است", "a column is required");
  if (typeof per !== "number" || !Number.isFinite(per) || !(per > 0)) throw bad("per باید عددی مثبت باشد", "per must be a positive number");
  if (invalid !== "error" && invalid !== "missing") throw bad('invalid باید "error" یا "missing" باشد', 'invalid must be "error" or "missing"');
  if (column === indicator) throw bad("شاخص بر خودش تقسیم نمی‌شود", "an indicator cannot be divided by itself");
  return { column, per, invalid };
}

/**
 * Rates value / denominator × per of one indicator (NaN where the value is missing). A unit
 * with a value and a zero, negative, missing or non-finite denominator throws
 * `INDEX_BAD_DENOMINATOR` naming it, or (with `invalid: "missing"`) gets NaN and is listed in
 * `invalid` (row indices).
 */
export function denominate(
  table: IndicatorTable,
  indicator: string,
  values: ArrayLike<number | null>,
  spec: DenominatorSpec,
): { rates: Float64Array; denominator: Denominator; invalid: number[] } {
  const d = resolveDenominator(indicator, spec);
  const n = values.length;
  const raw = Object.hasOwn(table.columns, d.column) ? (table.columns as Record<string, unknown>)[d.column] : undefined;
  if (raw === undefined) {
    throw fail(
      "INDEX_BAD_DENOMINATOR",
      `ستون مخرج «${d.column}» برای شاخص «${indicator}» در جدول نیست`,
      `The denominator column "${d.column}" of indicator "${indicator}" is not in the table`,
      { indicator, column: d.column },
    );
  }
  const den = raw as ArrayLike<unknown>;
  if (raw === null || typeof raw !== "object" || typeof den.length !== "number" || den.length !== n) {
    throw fail("INDEX_BAD_DENOMINATOR", `ستون مخرج «${d.column}» آرایه‌ای به طول ${n} نیست`, `The denominator column "${d.column}" is not an array of ${n} values`, {
      indicator,
      column: d.column,
    });
  }
  const rates = new Float64Array(n);
  const invalid: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined || v !== v) {
      rates[i] = Number.NaN;
      continue;
    }
    const q = den[i];
    if (typeof q === "number" && q - q === 0 && q > 0) {
      rates[i] = (v / q) * d.per;
      continue;
    }
    if (q !== null && typeof q !== "number") {
      throw fail("INDEX_INVALID_TABLE", `مقدار ردیف ${i} ستون «${d.column}» عدد نیست`, `Value at ${i} of column "${d.column}" is not a number`, { indicator: d.column, index: i });
    }
    if (d.invalid === "missing") {
      rates[i] = Number.NaN;
      invalid.push(i);
      continue;
    }
    const unit = table.ids[i] ?? String(i);
    const shown = q === null || q !== q ? "—" : String(q);
    throw fail(
      "INDEX_BAD_DENOMINATOR",
      `مخرج «${d.column}» برای «${unit}» در شاخص «${indicator}» ${q === null || q !== q ? "خالی است" : `${shown} است`}؛ نرخ بدون مخرج مثبت ساخته نمی‌شود (یا invalid: "missing" بگذارید)`,
      `The denominator "${d.column}" of "${unit}" for indicator "${indicator}" is ${q === null || q !== q ? "missing" : shown}; a rate needs a positive denominator (or set invalid: "missing")`,
      { indicator, column: d.column, unit, index: i, value: q === null || q !== q ? null : q },
    );
  }
  return { rates, denominator: d, invalid };
}
