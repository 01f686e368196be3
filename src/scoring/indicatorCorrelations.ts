import { fail } from "../internal/safe";
import { computeIndexColumns } from "./computeIndex";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { standardize } from "./_gramJs";
import { averageRanks, correlationPValue, correlationsOf, emptyColumn, pairwise, pearsonMatrix, readColumns, typedColumns } from "./_statistics";

/**
 * Options of {@link indicatorCorrelations}.
 *
 * @category Index audit
 */
export interface IndicatorCorrelationsOptions {
  /** `"pearson"` (default) or `"spearman"` (Pearson on average ranks). */
  readonly method?: "pearson" | "spearman" | undefined;
  /** `"dimension"`: flag collinear pairs only within a dimension (COINr `withparent`-style). Default: every pair. */
  readonly within?: "dimension" | undefined;
  /** A pair with r above this is flagged collinear. Default 0.9 (COINr `get_corr_flags`). */
  readonly collinear?: number | undefined;
  /** A pair in the same dimension with r below this is flagged negative. Default −0.4. */
  readonly negative?: number | undefined;
  /** Also correlate each indicator with its dimension score and the index (statistical coherence). Default true. */
  readonly coherence?: boolean | undefined;
}

/**
 * A flagged pair of indicators.
 *
 * @category Index audit
 */
export interface CorrelatedPair {
  /** First indicator (spec order). */
  readonly a: string;
  /** Second indicator. */
  readonly b: string;
  /** Their correlation. */
  readonly r: number;
  /** Two-sided p-value. */
  readonly p: number | null;
  /** Whether both are in the same dimension. */
  readonly sameDimension: boolean;
}

/**
 * Correlation of one indicator with the aggregates it feeds.
 *
 * @category Index audit
 */
export interface IndicatorCoherence {
  /** Indicator id. */
  readonly indicator: string;
  /** Its dimension. */
  readonly dimension: string;
  /** Correlation with its dimension's score. */
  readonly withDimension: number;
  /** Correlation with the index. */
  readonly withIndex: number;
}

/**
 * The result of {@link indicatorCorrelations}.
 *
 * @category Index audit
 */
export interface IndicatorCorrelationsResult {
  /** The method used. */
  readonly method: "pearson" | "spearman";
  /** Indicator ids, the order of the rows and columns. */
  readonly indicators: readonly string[];
  /** Correlation matrix (oriented values, pairwise-complete observations). */
  readonly r: readonly (readonly number[])[];
  /** Two-sided p-values (Student t, n − 2 df); `null` on the diagonal or with fewer than 3 pairs. */
  readonly p: readonly (readonly (number | null)[])[];
  /** Number of units behind each correlation. */
  readonly n: readonly (readonly number[])[];
  /** Pairs above the collinearity threshold. */
  readonly collinear: readonly CorrelatedPair[];
  /** Pairs in the same dimension below the negative threshold. */
  readonly negative: readonly CorrelatedPair[];
  /** Each indicator with its dimension and the index; empty with `coherence: false`. */
  readonly coherence: readonly IndicatorCoherence[];
}

/**
 * The correlation step of an index audit (JRC ten steps, step 4 "multivariate analysis";
 * COINr `get_corr()`, `get_corr_flags()`): the correlation matrix of the indicators with
 * p-values, collinear pairs (r above 0.9 by default), pairs in the same dimension that pull
 * against each other (r below −0.4), and the correlation of each indicator with its dimension
 * score and with the index (statistical coherence).
 *
 * Values are oriented first (multiplied by the indicator's `direction`), so a positive r means
 * the two indicators push the index the same way. Missing values are left out pair by pair
 * (pairwise-complete observations). Spearman's ρ is Pearson's r of the average ranks (each column ranked over its own values); its
 * p-value uses the same t approximation as scipy's `spearmanr`.
 *
 * @param table - the indicator table
 * @param spec - the index (indicators, their dimensions and directions; the index itself for coherence)
 * @param options - see {@link IndicatorCorrelationsOptions}
 * @returns the matrix, p-values, flags and coherence
 * @throws MahallehError `INDEX_CONSTANT_INDICATOR` or `INDEX_EMPTY_INDICATOR` naming the column,
 *   `INDEX_TOO_FEW_UNITS` naming a pair with fewer than two units in common,
 *   `INDEX_INVALID_OPTIONS`, and the errors of {@link computeIndex} for the coherence
 * @example
 * ```ts
 * import { indicatorCorrelations } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c", "d"], columns: { unemployment: [10, 20, 30, 40], literacy: [95, 90, 80, 70], clinics: [3, 1, 2, 2] } };
 * const r = indicatorCorrelations(table, {
 *   indicators: [
 *     { id: "unemployment", dimension: "economy", direction: 1 },
 *     { id: "literacy", dimension: "economy", direction: -1 },
 *     { id: "clinics", dimension: "health", direction: -1 },
 *   ],
 * });
 * Number(r.r[0]?.[1]?.toFixed(4)); // => 0.9898
 * r.collinear.map((pair) => [pair.a, pair.b]); // => [["unemployment", "literacy"]]
 * ```
 *
 * @category Index audit
 */
export function indicatorCorrelations(table: IndicatorTable, spec: IndexSpec, options?: IndicatorCorrelationsOptions | undefined): IndicatorCorrelationsResult {
  const method = options?.method ?? "pearson";
  if (method !== "pearson" && method !== "spearman") throw bad(`روش همبستگی «${String(method)}» شناخته نیست`, `Unknown correlation method "${String(method)}"`);
  const within = options?.within;
  if (within !== undefined && within !== "dimension") throw bad("within فقط می‌تواند dimension باشد", 'within must be "dimension"');
  const hi = options?.collinear ?? 0.9;
  const lo = options?.negative ?? -0.4;
  if (!Number.isFinite(hi) || !Number.isFinite(lo)) throw bad("آستانه‌ها باید عدد باشند", "Thresholds must be finite numbers");
  if (spec === null || typeof spec !== "object" || !Array.isArray(spec.indicators)) throw fail("INDEX_INVALID_SPEC", "مشخصات شاخص باید شیء باشد", "The index spec must be an object");
  const inds = spec.indicators;
  const names = inds.map((ind) => ind.id);
  const refs = inds.map((ind) => ({ id: ind.id, direction: ind.direction === -1 ? (-1 as const) : (1 as const) }));
  // Pearson on typed columns without a gap: the table's own columns, centred cross-products in one pass
  const typed = method === "pearson" ? typedColumns(table, refs) : null;
  const fast =
    typed === null
      ? null
      : correlationsOf(
          typed.columns.map((c) => c.values),
          typed.columns.map((c) => c.direction),
          typed.n,
          names,
        );
  let read: Float64Array[] | undefined;
  /** The oriented columns (NaN = missing), read once when needed. */
  let columnsOf = (): Float64Array[] => (read ??= readColumns(table, refs).columns);
  const k = names.length;
  let r: Float64Array;
  let count: Float64Array;
  if (fast !== null && typed !== null) {
    const { n } = typed;
    r = fast.r;
    count = new Float64Array(k * k).fill(n);
    // the coherence below reads the standardised columns (as the general path leaves them)
    columnsOf = (): Float64Array[] => (read ??= fast.columns.map((c) => standardize(c, n, new Float64Array(n))));
  } else {
    columnsOf().forEach((c, j) => {
      let i = 0;
      while (i < c.length && c[i] !== c[i]) i++;
      if (i === c.length) throw emptyColumn(names[j] as string);
    });
    // in place: the columns are left standardised when complete (the coherence below reads them)
    ({ r, count } = pearsonMatrix(method === "spearman" ? (read = columnsOf().map(averageRanks)) : columnsOf(), names, true));
  }
  const rows = (f: (a: number, b: number) => number): number[][] => Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => f(a, b)));
  const R = rows((a, b) => r[a * k + b] as number);
  const N = rows((a, b) => count[a * k + b] as number);
  const P = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => {
      if (a === b) return null;
      const p = correlationPValue(r[a * k + b] as number, count[a * k + b] as number);
      return p === p ? p : null;
    }),
  );
  const collinear: CorrelatedPair[] = [];
  const negative: CorrelatedPair[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const same = inds[a]?.dimension === inds[b]?.dimension;
      const v = r[a * k + b] as number;
      const pair = { a: names[a] as string, b: names[b] as string, r: v, p: P[a]?.[b] ?? null, sameDimension: same };
      if (v > hi && (within === undefined || same)) collinear.push(pair);
      if (same && v < lo) negative.push(pair);
    }
  }
  const coherence: IndicatorCoherence[] = [];
  if (options?.coherence ?? true) {
    const index = computeIndexColumns(table, spec, { ranks: false });
    const rank = method === "spearman" ? averageRanks : (c: Float64Array): Float64Array => c;
    const score = rank(index.scores);
    inds.forEach((ind, j) => {
      const dim = rank(index.dimensions[ind.dimension] as Float64Array);
      const col = columnsOf()[j] as Float64Array;
      coherence.push({
        indicator: ind.id,
        dimension: ind.dimension,
        withDimension: pairwise(col, dim, ind.id, ind.dimension).value,
        withIndex: pairwise(col, score, ind.id, "index").value,
      });
    });
  }
  return { method, indicators: names, r: R, p: P, n: N, collinear, negative, coherence };
}

const bad = (fa: string, en: string): Error => fail("INDEX_INVALID_OPTIONS", fa, en);
