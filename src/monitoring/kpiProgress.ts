import type { Kpi, KpiDirection, KpiPeriod } from "../models/index";
import { badOption } from "./_messages";
import { periodEndDay } from "./_periodEnd";

/**
 * Options of {@link kpiProgress}.
 *
 * @category Progress
 */
export interface KpiProgressOptions {
  /**
   * Judge one reporting period (e.g. `"1403-Q4"`): its `actual` against its `target` (the
   * KPI's target when the period has none). Default: the KPI's `actual`, or when it has none
   * the latest period with an actual value.
   */
  readonly period?: string | undefined;
}

/**
 * How far a KPI has moved from its baseline towards its target.
 *
 * @category Progress
 */
export interface KpiProgress {
  /** The direction used: the KPI's, or inferred (`"decrease"` when the target is below the baseline). */
  readonly direction: KpiDirection;
  /** The value judged, or `null` when unmeasured. */
  readonly actual: number | null;
  /** The target judged against. */
  readonly target: number;
  /** The period judged, or `null` for the KPI's overall value. */
  readonly period: string | null;
  /**
   * `"measured"`: `value` is `(actual − baseline) / (target − baseline)`; `"hold"`: the
   * target equals the baseline (keep the level), `value` is 1 when the actual is at least as
   * good as the target (in `direction`), else 0; `"unmeasured"`: no actual value yet.
   */
  readonly kind: "measured" | "hold" | "unmeasured";
  /** The progress, unclamped (below 0: moved away; above 1: beyond the target), or `null` when unmeasured. */
  readonly value: number | null;
  /** `value` clamped to 0–1, or `null` when unmeasured. */
  readonly share: number | null;
  /** Whether the actual is at or beyond the target in `direction`, or `null` when unmeasured. */
  readonly achieved: boolean | null;
}

function periodEnd(period: string): number {
  const end = periodEndDay(period);
  if (end === undefined) throw badOption("kpi.periods[].period", "YYYY, YYYY-Qn or YYYY-MM", period);
  return end;
}

/**
 * The progress of a KPI: `(actual − baseline) / (target − baseline)`, which reads the same
 * for both directions (a distance to a health centre cut from 3.5 km towards 1 km by 1 km is
 * 0.4 of the way, as is a count raised from 0 towards 40 by 16). A target equal to the
 * baseline is a *hold* target (keep the level): 1 if the actual is at least as good, else 0 —
 * not a division by zero. The value is given unclamped and as a 0–1 share; `null` when
 * there is no actual value. Never NaN.
 *
 * @param kpi - a KPI (see `Kpi` in `mahalleh/models`)
 * @param options - `period`
 * @returns the progress
 * @throws MahallehError `MONITORING_INVALID_INPUT` for a KPI without finite numbers, a
 *   target on the worse side of the baseline for its `direction`, or a `period` the KPI
 *   does not report
 * @example
 * ```ts
 * import { kpiProgress } from "mahalleh/monitoring";
 * const distance = { nameFa: "فاصلهٔ ساکنان تا مرکز سلامت", unit: "km" as const, baseline: 3.5, target: 1, actual: 2.5 };
 * kpiProgress(distance).value; // => 0.4
 * kpiProgress(distance).direction; // => "decrease"
 * kpiProgress({ ...distance, actual: 0.5 }).share; // => 1
 * kpiProgress({ ...distance, actual: 4 }).value; // => -0.2
 * kpiProgress({ ...distance, target: 3.5, direction: "decrease" as const }).kind; // => "hold"
 * kpiProgress({ ...distance, actual: undefined }).value; // => null
 * ```
 * @category Progress
 */
export function kpiProgress(kpi: Kpi, options?: KpiProgressOptions | undefined): KpiProgress {
  if (typeof kpi !== "object" || kpi === null || !Number.isFinite(kpi.baseline) || !Number.isFinite(kpi.target)) {
    throw badOption("kpi", "a KPI with finite baseline and target", kpi);
  }
  const direction: KpiDirection = kpi.direction ?? (kpi.target < kpi.baseline ? "decrease" : "increase");
  // A target on the worse side of the baseline contradicts the direction: the ratio would
  // read a deterioration as progress. The schema refuses it; so do we.
  if (direction === "increase" ? kpi.target < kpi.baseline : kpi.target > kpi.baseline) throw badOption("kpi.target", "a target on the direction's side of the baseline", kpi.target);
  let target = kpi.target;
  let actual: number | undefined = kpi.actual;
  let period: string | null = null;
  const periods: readonly KpiPeriod[] = kpi.periods ?? [];
  if (options?.period !== undefined) {
    const found = periods.find((p) => p.period === options.period);
    if (found === undefined) throw badOption("period", periods.map((p) => p.period).join(", ") || "(none)", options.period);
    period = found.period;
    target = found.target ?? kpi.target;
    actual = found.actual;
  } else if (actual === undefined) {
    let latest: KpiPeriod | undefined;
    for (const p of periods) if (p.actual !== undefined && (latest === undefined || periodEnd(p.period) >= periodEnd(latest.period))) latest = p;
    if (latest !== undefined) {
      period = latest.period;
      actual = latest.actual;
    }
  }
  if (actual === undefined || actual === null) {
    return { direction, actual: null, target, period, kind: "unmeasured", value: null, share: null, achieved: null };
  }
  if (!Number.isFinite(actual)) throw badOption("kpi.actual", "a finite number", actual);
  const achieved = direction === "increase" ? actual >= target : actual <= target;
  if (target === kpi.baseline) {
    const value = achieved ? 1 : 0;
    return { direction, actual, target, period, kind: "hold", value, share: value, achieved };
  }
  const value = (actual - kpi.baseline) / (target - kpi.baseline);
  return { direction, actual, target, period, kind: "measured", value, share: Math.min(1, Math.max(0, value)), achieved };
}
