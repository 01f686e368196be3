import type { JalaliDate } from "../jalali/index";

/**
 * One row of {@link scheduleChart}: planned and (optionally) actual Jalali dates. An
 * `Intervention` from `mahalleh/models` fits as it is (give `label: titleFa`); monitoring
 * results with the same fields slot in.
 *
 * @category Charts
 */
export interface ScheduleItem {
  /** Stable id. */
  readonly id: string;
  /** Row label. Default: `ChartOptions.labels[id]`, else the id. */
  readonly label?: string | undefined;
  /** Planned first day. */
  readonly plannedStart: JalaliDate;
  /** Planned last day (inclusive). */
  readonly plannedEnd: JalaliDate;
  /** Actual first day, once work started. */
  readonly actualStart?: JalaliDate | undefined;
  /** Actual last day (inclusive), once work finished. */
  readonly actualEnd?: JalaliDate | undefined;
}
