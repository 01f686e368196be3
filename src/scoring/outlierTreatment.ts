import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { prepareColumn, screen } from "./_engine";
import type { ColumnTreatment } from "./_outliers";
import { resolveOutliers } from "./_outliers";
import { makePlan, type Plan } from "./_plan";

/**
 * What the outlier treatment of a spec does to one indicator (COINr's `Dets_Table` and
 * `Treated_Points` in one record).
 *
 * @category Index audit
 */
export interface OutlierTreatment {
  /** Indicator id. */
  readonly indicator: string;
  /**
   * `none`: inside the thresholds, or no treatment in the spec; `winsorized`: values replaced
   * by the next value inwards; `log` / `boxcox`: winsorisation was not enough and the second
   * stage transformed the whole (original) column.
   */
  readonly method: "none" | "winsorized" | "log" | "boxcox";
  /** Units raised to the low cut, in table order. */
  readonly winsorizedLow: readonly string[];
  /** Units lowered to the high cut, in table order. */
  readonly winsorizedHigh: readonly string[];
  /** Every unit whose value the treatment changed: the winsorised ones, or all units with a value after a log / Box-Cox. */
  readonly treated: readonly string[];
  /** Skewness and kurtosis before treatment, by the spec's convention (`null` when undefined). */
  readonly before: {
    /** Skewness (g₁, or COINr's G₁ with `moments: "sample"`). */
    readonly skewness: number | null;
    /** Excess kurtosis (g₂, or COINr's G₂ with `moments: "sample"`). */
    readonly kurtosis: number | null;
  };
  /** … and after treatment. */
  readonly after: {
    /** Skewness (g₁, or COINr's G₁ with `moments: "sample"`). */
    readonly skewness: number | null;
    /** Excess kurtosis (g₂, or COINr's G₂ with `moments: "sample"`). */
    readonly kurtosis: number | null;
  };
  /** Whether the indicator is inside the thresholds after treatment (|skewness| ≤ s or kurtosis ≤ k). */
  readonly passes: boolean;
}

const nullable = (v: number): number | null => (v === v ? v : null);

/**
 * Reports which units the spec's outlier treatment changes, indicator by indicator: the ids
 * winsorised at each end, or the whole column when the log / Box-Cox second stage took over,
 * with skewness and kurtosis before and after (on the values `computeIndex` treats: after
 * denomination and imputation). A spec without `outliers` reports every indicator as `none`,
 * with `passes` judged against the default thresholds (|skewness| 2, kurtosis 3.5).
 *
 * @param table - the indicator table
 * @param spec - the index specification (its `outliers` option is the treatment reported)
 * @returns one record per indicator, in spec order
 * @throws MahallehError with an `INDEX_*` code for a bad table or spec (as {@link computeIndex})
 * @example
 * ```ts
 * import { outlierTreatment } from "mahalleh/scoring";
 * // COINr's winsorise() example: 1…10 with two outliers, 30 and 100
 * const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
 * const ids = x.map((_, i) => `m${i + 1}`);
 * const [t] = outlierTreatment({ ids, columns: { x } }, {
 *   indicators: [{ id: "x", dimension: "d", direction: 1 }],
 *   outliers: { method: "winsorize", moments: "sample" },
 * });
 * t?.method; // => "winsorized"
 * t?.winsorizedHigh; // => ["m12"]
 * t?.passes; // => true
 * ```
 * @category Index audit
 */
export function outlierTreatment(table: IndicatorTable, spec: IndexSpec): OutlierTreatment[] {
  const given = makePlan(table, spec);
  // without a treatment: the default thresholds, nothing winsorised
  const plan: Plan = given.outliers === null ? { ...given, outliers: { ...(resolveOutliers("winsorize") as NonNullable<Plan["outliers"]>), maxPoints: 0 } } : given;
  const { n, ids } = plan;
  const s = screen(plan);
  const included = s.excluded === 0 ? null : s.included;
  const col = new Float64Array(n);
  const scratch = new Float64Array(n);
  return plan.indicators.map((ind) => {
    let t: ColumnTreatment | undefined;
    prepareColumn(plan, ind, included, col, scratch, (treatment) => (t = treatment));
    const r = t as ColumnTreatment;
    const name = (i: number): string => ids[i] as string;
    const winsorizedLow = r.low.map(name);
    const winsorizedHigh = r.high.map(name);
    let treated: string[];
    if (r.method === "log" || r.method === "boxcox") {
      treated = [];
      for (let i = 0; i < n; i++) if (col[i] === col[i]) treated.push(name(i));
    } else treated = [...r.low, ...r.high].sort((a, b) => a - b).map(name);
    return {
      indicator: ind.id,
      method: r.method,
      winsorizedLow,
      winsorizedHigh,
      treated,
      before: { skewness: nullable(r.before.skewness), kurtosis: nullable(r.before.kurtosis) },
      after: { skewness: nullable(r.after.skewness), kurtosis: nullable(r.after.kurtosis) },
      passes: r.passes,
    };
  });
}
