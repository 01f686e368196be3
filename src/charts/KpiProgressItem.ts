/**
 * One row of {@link kpiProgressChart}: how far a KPI has come from its baseline to its
 * target. `share` is `(actual − baseline) / (target − baseline)`: 0 = still at the baseline,
 * 1 = target met, above 1 = exceeded, negative = moved the wrong way. The monitoring
 * module's KPI progress slots in as it is.
 *
 * @category Charts
 */
export interface KpiProgressItem {
  /** Stable id (e.g. `"<interventionId>/<kpi index>"`). */
  readonly id: string;
  /** Row label. Default: `ChartOptions.labels[id]`, else the id. */
  readonly label?: string | undefined;
  /** Share of the way from baseline to target (finite number; 1 = target met). */
  readonly share: number;
}
