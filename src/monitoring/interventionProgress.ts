import type { Decimal } from "decimal.js";
import type { WorkCalendar } from "../jalali/createWorkCalendar";
import type { JalaliDate } from "../jalali/types";
import type { AgencyId, FundingSource, Intervention, InterventionId, InterventionStatus, Transaction } from "../models/index";
import { D, ratio } from "./_decimal";
import { dayAt, dayOf } from "./_dates";
import { badOption, checkAmount, checkList, failAt } from "./_messages";
import { defaultWorkCalendar, workdayCounter } from "./_workdays";
import { kpiProgress } from "./kpiProgress";
import type { KpiProgress } from "./kpiProgress";

/**
 * Where an intervention stands (see {@link interventionProgress} for the rule).
 *
 * @category Progress
 */
export type InterventionState = "on-track" | "at-risk" | "off-track" | "completed" | "not-started" | "cancelled";

/**
 * Why an intervention is in its state, as data (`params` are numbers: days, shares 0–1).
 * - `"start-late"`: not started though its planned start has passed (`days`);
 * - `"suspended"`: its status is suspended;
 * - `"past-planned-end"`: still running after its planned end (`days`);
 * - `"behind-schedule"`: physical progress below the time elapsed (`expected`, `actual`);
 * - `"unmeasured"`: running, but no KPI is measured;
 * - `"spending-behind"`: spending below the time elapsed by more than `spendingGap`
 *   (`expected`, `spent`) — reported, does not change the state.
 *
 * @category Progress
 */
export interface ProgressReason {
  /** What was found. */
  readonly code: "start-late" | "suspended" | "past-planned-end" | "behind-schedule" | "unmeasured" | "spending-behind";
  /** Its figures. */
  readonly params: Readonly<Record<string, number>>;
}

/**
 * Options of {@link interventionProgress}.
 *
 * @category Progress
 */
export interface InterventionProgressOptions {
  /** The day of the report (Jalali). Records dated after it are ignored. Required. */
  readonly asOf: JalaliDate;
  /** Money movements of the interventions. Default `[]` (no spending known). */
  readonly transactions?: readonly Transaction[] | undefined;
  /** Which days are working days. Default: `createWorkCalendar()`. */
  readonly calendar?: WorkCalendar | undefined;
  /** Progress gap (expected − physical, 0–1) above which a running intervention is at risk. Default `0.1`. */
  readonly atRiskGap?: number | undefined;
  /** Progress gap above which it is off track. Default `0.25`. */
  readonly offTrackGap?: number | undefined;
  /** Calendar days after the planned start that a late start is at risk rather than off track. Default `30`. */
  readonly startGraceDays?: number | undefined;
  /** Spending-share gap (expected − spent/budget) above which `"spending-behind"` is reported. Default `0.25`. */
  readonly spendingGap?: number | undefined;
}

/**
 * Money of one funding source (or of all), exact rials.
 *
 * @category Progress
 */
export interface BudgetExecution {
  /** Budgeted. */
  readonly budgetRials: Decimal;
  /** Committed by `asOf`. */
  readonly committedRials: Decimal;
  /** Disbursed by `asOf`. */
  readonly disbursedRials: Decimal;
  /** Spent by `asOf`. */
  readonly spentRials: Decimal;
  /** `spent / budget`, or `null` for a zero budget. */
  readonly spentShare: number | null;
}

/**
 * The progress of one intervention.
 *
 * @category Progress
 */
export interface InterventionProgress {
  /** The intervention. */
  readonly id: InterventionId;
  /** Its Persian title. */
  readonly titleFa: string;
  /** Its lead agency. */
  readonly leadAgencyId: AgencyId;
  /** Its recorded status. */
  readonly status: InterventionStatus;
  /** Where it stands. */
  readonly state: InterventionState;
  /** Why (empty when on track, completed, not started or cancelled). */
  readonly reasons: readonly ProgressReason[];
  /** Planned against actual dates. */
  readonly schedule: {
    /** Actual start − planned start in calendar days (negative: early); if not started by `asOf` and the planned start has passed, the delay so far; else `null`. */
    readonly startDelayDays: number | null;
    /** The same in working days (`workingDaysBetween(plannedStart, actualStart or asOf)`), or `null`. */
    readonly startDelayWorkingDays: number | null;
    /** Actual end − planned end in calendar days; if not finished by `asOf` and the planned end has passed, the overrun so far; else `null`. */
    readonly endDelayDays: number | null;
    /** The same in working days, or `null`. */
    readonly endDelayWorkingDays: number | null;
    /** Share of the planned duration elapsed by `asOf` (both ends counted), 0–1. */
    readonly expectedProgress: number;
    /** 1 when completed, else the mean 0–1 share of its measured KPIs; `null` if none is measured. */
    readonly physicalProgress: number | null;
  };
  /** Each KPI's progress (see {@link kpiProgress}), in order. */
  readonly kpis: readonly KpiProgress[];
  /** Money in total. */
  readonly budget: BudgetExecution;
  /** Money by funding source: the budget's sources in order, then sources only seen in transactions. */
  readonly bySource: readonly (BudgetExecution & {
    /** The funding source of this part of the budget. */
    readonly source: FundingSource;
  })[];
  /** Earned value (PMI): planned value = budget × expected progress, earned value = budget × physical progress, actual cost = spent. */
  readonly earnedValue: {
    /** Planned value, rials. */
    readonly plannedValueRials: Decimal;
    /** Earned value, rials, or `null` when progress is unmeasured or there is no budget. */
    readonly earnedValueRials: Decimal | null;
    /** Actual cost (spent), rials. */
    readonly actualCostRials: Decimal;
    /** Schedule performance index EV / PV, or `null` (nothing planned yet, or unmeasured). */
    readonly spi: number | null;
    /** Cost performance index EV / AC, or `null` (nothing spent, no budget, or unmeasured). */
    readonly cpi: number | null;
  };
}

interface Money {
  budget: Decimal;
  commitment: Decimal;
  disbursement: Decimal;
  expenditure: Decimal;
}

function execution(m: Money): BudgetExecution {
  return { budgetRials: m.budget, committedRials: m.commitment, disbursedRials: m.disbursement, spentRials: m.expenditure, spentShare: ratio(m.expenditure, m.budget) };
}

function fraction(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!(v >= 0 && v <= 1)) throw badOption(name, "a number within 0–1", v);
  return v;
}

/**
 * The progress of each intervention as of a day: schedule (planned against actual start and
 * end, in calendar and working days; expected progress by elapsed time), each KPI's progress,
 * budget execution by funding source in exact rials, earned-value SPI and CPI, and a state.
 *
 * **State rule**, in order:
 * 1. status `"cancelled"` → `"cancelled"`; completed by `asOf` (status `"completed"`, actual
 *    end on or before `asOf`) → `"completed"`;
 * 2. not started by `asOf`: `"not-started"` while the planned start has not passed; then
 *    `"at-risk"` for `startGraceDays` calendar days, `"off-track"` after (reason `start-late`);
 * 3. running: `"off-track"` if suspended, or past its planned end; else by the gap between
 *    expected and physical progress: above `offTrackGap` → `"off-track"`, above `atRiskGap`
 *    → `"at-risk"` (reason `behind-schedule`), else `"on-track"`; with no measured KPI,
 *    `"at-risk"` (reason `unmeasured`).
 *
 * Spending below the elapsed time by more than `spendingGap` adds the reason
 * `spending-behind` without changing the state. Ratios without a denominator are `null`,
 * never NaN. Transactions dated after `asOf` are ignored.
 *
 * @param interventions - parsed interventions
 * @param options - `asOf` (required), `transactions`, `calendar`, thresholds
 * @returns one progress per intervention, in input order
 * @throws MahallehError `MONITORING_UNKNOWN_INTERVENTION` (a transaction for an intervention
 *   not in the list), `MONITORING_INVALID_AMOUNT` (a negative or non-Decimal amount, a
 *   currency other than rials), `MONITORING_INVALID_DATE`, `MONITORING_INVALID_INPUT` — each
 *   naming the record and field in `details`
 * @example
 * ```ts
 * import { interventionProgress } from "mahalleh/monitoring";
 * import { sampleDataset } from "mahalleh/models";
 * const progress = interventionProgress(sampleDataset.interventions, {
 *   asOf: sampleDataset.asOf, transactions: sampleDataset.transactions,
 * });
 * progress.length; // => sampleDataset.interventions.length
 * const health = progress.find((p) => p.id === "alb-int-002");
 * health?.state; // => "on-track"
 * health?.kpis[0]?.value; // => (2.9 - 3.5) / (1 - 3.5)
 * health?.budget.committedRials.equals(health.budget.budgetRials); // => true
 * ```
 * @category Progress
 */
export function interventionProgress(interventions: readonly Intervention[], options: InterventionProgressOptions): InterventionProgress[] {
  checkList(interventions, "interventions");
  if (typeof options !== "object" || options === null) throw badOption("options", "{ asOf, transactions?, calendar? }", options);
  const asOf = dayOf(options.asOf, { list: "options", field: "asOf" });
  const transactions = options.transactions ?? [];
  checkList(transactions, "transactions");
  const atRisk = fraction("atRiskGap", options.atRiskGap, 0.1);
  const offTrack = fraction("offTrackGap", options.offTrackGap, 0.25);
  const spendingGap = fraction("spendingGap", options.spendingGap, 0.25);
  const grace = options.startGraceDays ?? 30;
  if (!Number.isInteger(grace) || grace < 0) throw badOption("startGraceDays", "an integer ≥ 0", grace);
  const wd = workdayCounter(options.calendar ?? defaultWorkCalendar());

  // Money per intervention and source.
  const money = new Map<string, Map<FundingSource, Money>>();
  const zero = new D(0);
  const slot = (id: string, source: FundingSource): Money => {
    let bySource = money.get(id);
    if (bySource === undefined) money.set(id, (bySource = new Map()));
    let m = bySource.get(source);
    if (m === undefined) bySource.set(source, (m = { budget: zero, commitment: zero, disbursement: zero, expenditure: zero }));
    return m;
  };
  interventions.forEach((intervention, i) => {
    intervention.budget.forEach((line, k) => {
      const amount = checkAmount(line.amountRials, { list: "interventions", index: i, id: String(intervention.id), field: `budget.${k}.amountRials` });
      const m = slot(intervention.id, line.source);
      m.budget = m.budget.plus(amount);
    });
  });
  const known = new Set<string>(interventions.map((intervention) => intervention.id));
  transactions.forEach((t, i) => {
    const where = (field: string): { list: string; index: number; id: string; field: string } => ({ list: "transactions", index: i, id: String(t.id), field });
    if (!known.has(t.interventionId)) throw failAt("MONITORING_UNKNOWN_INTERVENTION", "unknownIntervention", where("interventionId"), String(t.interventionId));
    const amount = checkAmount(t.amountRials, where("amountRials"));
    if (t.currency !== undefined && t.currency !== "IRR") throw failAt("MONITORING_INVALID_AMOUNT", "badAmount", where("currency"));
    if (t.type !== "commitment" && t.type !== "disbursement" && t.type !== "expenditure") throw badOption(`transactions[${i}].type`, "commitment | disbursement | expenditure", t.type);
    if (dayOf(t.date, where("date")) > asOf) return;
    const m = slot(t.interventionId, t.source);
    m[t.type] = m[t.type].plus(amount);
  });

  return interventions.map((intervention, i) => {
    const day = (field: "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd"): number | undefined =>
      intervention[field] === undefined ? undefined : dayAt(intervention[field], "interventions", i, intervention.id, field);
    const ps = day("plannedStart")!;
    const pe = day("plannedEnd")!;
    const as = day("actualStart");
    const ae = day("actualEnd");
    const started = as !== undefined && as <= asOf;
    const finished = ae !== undefined && ae <= asOf;
    const completed = intervention.status === "completed" && finished;
    const kpis = intervention.kpis.map((k) => kpiProgress(k));
    const shares = kpis.flatMap((k) => (k.share === null ? [] : [k.share]));
    const physical = completed ? 1 : shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
    const expected = asOf < ps ? 0 : Math.min(1, (asOf - ps + 1) / (pe - ps + 1));

    const startTo = started ? as : asOf > ps ? asOf : undefined;
    const endTo = finished ? ae : asOf > pe ? asOf : undefined;

    const sources = [...(money.get(intervention.id) ?? new Map<FundingSource, Money>()).entries()];
    const total: Money = { budget: zero, commitment: zero, disbursement: zero, expenditure: zero };
    for (const [, m] of sources) {
      total.budget = total.budget.plus(m.budget);
      total.commitment = total.commitment.plus(m.commitment);
      total.disbursement = total.disbursement.plus(m.disbursement);
      total.expenditure = total.expenditure.plus(m.expenditure);
    }
    const pv = total.budget.times(expected);
    // Earned value is a share of the budget: with no budget there is none to earn (not 0).
    const ev = physical === null || total.budget.isZero() ? null : total.budget.times(physical);

    const reasons: ProgressReason[] = [];
    let state: InterventionState;
    if (intervention.status === "cancelled") state = "cancelled";
    else if (completed) state = "completed";
    else if (!started) {
      if (asOf <= ps) state = "not-started";
      else {
        reasons.push({ code: "start-late", params: { days: asOf - ps } });
        state = asOf - ps <= grace ? "at-risk" : "off-track";
      }
    } else if (intervention.status === "suspended") {
      reasons.push({ code: "suspended", params: {} });
      state = "off-track";
    } else if (asOf > pe) {
      reasons.push({ code: "past-planned-end", params: { days: asOf - pe } });
      state = "off-track";
    } else if (physical === null) {
      reasons.push({ code: "unmeasured", params: {} });
      state = "at-risk";
    } else {
      const gap = expected - physical;
      if (gap > atRisk) reasons.push({ code: "behind-schedule", params: { expected, actual: physical } });
      state = gap > offTrack ? "off-track" : gap > atRisk ? "at-risk" : "on-track";
    }
    const spentShare = ratio(total.expenditure, total.budget);
    if (state !== "cancelled" && state !== "completed" && spentShare !== null && expected - spentShare > spendingGap) {
      reasons.push({ code: "spending-behind", params: { expected, spent: spentShare } });
    }

    return {
      id: intervention.id,
      titleFa: intervention.titleFa,
      leadAgencyId: intervention.leadAgencyId,
      status: intervention.status,
      state,
      reasons,
      schedule: {
        startDelayDays: startTo === undefined ? null : startTo - ps,
        startDelayWorkingDays: startTo === undefined ? null : wd.between(ps, startTo),
        endDelayDays: endTo === undefined ? null : endTo - pe,
        endDelayWorkingDays: endTo === undefined ? null : wd.between(pe, endTo),
        expectedProgress: expected,
        physicalProgress: physical,
      },
      kpis,
      budget: execution(total),
      bySource: sources.map(([source, m]) => ({ source, ...execution(m) })),
      earnedValue: {
        plannedValueRials: pv,
        earnedValueRials: ev,
        actualCostRials: total.expenditure,
        spi: ev === null ? null : ratio(ev, pv),
        cpi: ev === null ? null : ratio(ev, total.expenditure),
      },
    };
  });
}
