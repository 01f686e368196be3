import { fail } from "../internal/safe";
import { isMahallehError } from "../errors/MahallehError";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { denominate } from "./_denominate";
import { makePlan } from "./_plan";
import { averageRanks, correlationPValue, pairwise, readColumns } from "./_statistics";

/**
 * Options of {@link denominatorCorrelations}.
 *
 * @category Index audit
 */
export interface DenominatorCorrelationsOptions {
  /**
   * Size columns to check every indicator against, besides the denominators the spec names
   * (e.g. `["population", "households"]`, to find counts that were left undenominated).
   * Default: only the spec's denominators.
   */
  readonly denominators?: readonly string[] | undefined;
  /** `"pearson"` (default) or `"spearman"`. */
  readonly method?: "pearson" | "spearman" | undefined;
  /** Flag a pair when |r| ≥ this. Default 0.5. */
  readonly threshold?: number | undefined;
}

/**
 * One indicator against one denominator (size) column.
 *
 * @category Index audit
 */
export interface DenominatorCorrelation {
  /** Indicator id. */
  readonly indicator: string;
  /** The size column. */
  readonly denominator: string;
  /** Whether the spec divides this indicator by this column. */
  readonly denominated: boolean;
  /** Correlation of the indicator as the index uses it (the rate when denominated) with the column; `null` without spread or pairs. */
  readonly correlation: number | null;
  /** Two-sided p-value of the correlation (Student t, n − 2 df); `null` below 3 pairs. */
  readonly pValue: number | null;
  /** Units where both have a value. */
  readonly pairs: number;
  /**
   * |correlation| ≥ threshold: the indicator still follows the size of the units — for a
   * rate, the denominator did not remove the size effect (or the rate truly rises with size);
   * for an undenominated indicator, a count that probably wants a denominator.
   */
  readonly flagged: boolean;
  /** Units whose denominator was zero, negative or missing (left missing by `invalid: "missing"`). */
  readonly invalid: readonly string[];
}

/**
 * The denomination audit: the correlation of each indicator with each denominator (size)
 * column — the spec's `denominator` columns and any named in `options.denominators` — with
 * p-values and a flag at |r| ≥ `threshold`. COINr's denomination vignette advises this check:
 * a rate that still correlates with population was not made size-free, and a raw count that
 * does is measuring size. Values are the indicator's own (not oriented by direction), so the
 * sign reads "rises with size".
 *
 * @param table - the indicator table (with the denominator columns)
 * @param spec - the index specification
 * @param options - see {@link DenominatorCorrelationsOptions}
 * @returns one record per indicator × size column (spec order, then column order)
 * @throws MahallehError `INDEX_BAD_DENOMINATOR` for a denominator that cannot divide,
 *   `INDEX_UNKNOWN_INDICATOR` for a size column not in the table, `INDEX_INVALID_OPTIONS` for
 *   bad options, other `INDEX_*` codes for a bad table or spec
 * @example
 * ```ts
 * import { denominatorCorrelations } from "mahalleh/scoring";
 * const table = {
 *   ids: ["a", "b", "c", "d"],
 *   columns: { unemployed: [100, 210, 290, 420], population: [1000, 2000, 3000, 4000] },
 * };
 * const spec = { indicators: [{ id: "unemployed", dimension: "work", direction: 1 as const }] };
 * // the raw count follows population: flagged
 * const [raw] = denominatorCorrelations(table, spec, { denominators: ["population"] });
 * raw?.flagged; // => true
 * // as a rate per 1,000 residents (100, 105, 96.7, 105) it no longer does
 * const rated = { indicators: [{ ...spec.indicators[0]!, denominator: { column: "population", per: 1000 } }] };
 * denominatorCorrelations(table, rated)[0]?.flagged; // => false
 * ```
 * @category Index audit
 */
export function denominatorCorrelations(table: IndicatorTable, spec: IndexSpec, options?: DenominatorCorrelationsOptions): DenominatorCorrelation[] {
  const bad = (fa: string, en: string): Error => fail("INDEX_INVALID_OPTIONS", fa, en);
  const threshold = options?.threshold ?? 0.5;
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) throw bad("threshold باید بین ۰ و ۱ باشد", "threshold must be between 0 and 1");
  const method = options?.method ?? "pearson";
  if (method !== "pearson" && method !== "spearman") throw bad('method باید "pearson" یا "spearman" باشد', 'method must be "pearson" or "spearman"');
  const extra = options?.denominators ?? [];
  if (!Array.isArray(extra) || !extra.every((c) => typeof c === "string")) throw bad("denominators باید آرایه‌ای از نام ستون‌ها باشد", "denominators must be an array of column names");
  const plan = makePlan(table, spec);
  const specDenominators = spec.indicators.map((ind) => ind.denominator);
  const columns: string[] = [];
  for (const d of specDenominators) if (d !== undefined && !columns.includes(d.column)) columns.push(d.column);
  for (const c of extra) if (!columns.includes(c)) columns.push(c);
  const sizes = readColumns(
    table,
    columns.map((id) => ({ id, direction: 1 as const })),
  ).columns;
  const out: DenominatorCorrelation[] = [];
  plan.indicators.forEach((ind, j) => {
    const values = Float64Array.from({ length: plan.n }, (_, i) => {
      const v = ind.raw[i] as number | null;
      return v !== null && v - v === 0 ? v : Number.NaN;
    });
    const d = specDenominators[j];
    const invalid = d === undefined ? [] : denominate(table, ind.id, table.columns[ind.id] as ArrayLike<number | null>, d).invalid.map((i) => plan.ids[i] as string);
    columns.forEach((column, c) => {
      const size = sizes[c] as Float64Array;
      let x: Float64Array = values;
      let y: Float64Array = size;
      if (method === "spearman") {
        // ranks over the units where both have a value
        const both = (i: number): boolean => values[i] === values[i] && size[i] === size[i];
        x = averageRanks(values.map((v, i) => (both(i) ? v : Number.NaN)));
        y = averageRanks(size.map((v, i) => (both(i) ? v : Number.NaN)));
      }
      let correlation: number | null = null;
      let pairs = 0;
      try {
        const r = pairwise(x, y, ind.id, column);
        correlation = r.value;
        pairs = r.pairs;
      } catch (error) {
        if (!isMahallehError(error)) throw error;
        for (let i = 0; i < plan.n; i++) if (x[i] === x[i] && y[i] === y[i]) pairs++;
      }
      const p = correlation === null ? Number.NaN : correlationPValue(correlation, pairs);
      out.push({
        indicator: ind.id,
        denominator: column,
        denominated: d?.column === column,
        correlation,
        pValue: p === p ? p : null,
        pairs,
        flagged: correlation !== null && Math.abs(correlation) >= threshold,
        invalid: d?.column === column ? invalid : [],
      });
    });
  });
  return out;
}
