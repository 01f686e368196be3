/**
 * The monitoring part of the SYNTHETIC Alborz sample: completions, follow-ups, one deadline
 * extension and the links of the resolutions of sessions 68–73; KPI directions, indicator
 * links and quarterly KPI periods; beneficiaries by target group; eligible residents by group;
 * and the transactions (commitments, disbursements, expenditures) of the interventions. All
 * invented, consistent with the rest of the sample as of the 73rd session (1403/12/27 =
 * 2025-03-17). Kept apart from `_sampleData.ts` and drawn from its own seed, so the rest of
 * the sample is unchanged.
 */
import Decimal from "decimal.js";
import { fromDayNumber } from "../jalali/fromDayNumber";
import { toDayNumber } from "../jalali/toDayNumber";
import { compareDates } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import { createPrng } from "./_prng";
import type { GroupCounts } from "./GroupCounts";
import type { IndicatorId, InterventionId, ResolutionId, TransactionId } from "./ids";
import type { Intervention, InterventionType, Kpi, KpiPeriod } from "./InterventionSchema";
import type { JalaliPeriod } from "./JalaliPeriod";
import type { Neighbourhood } from "./NeighbourhoodSchema";
import type { Resolution } from "./ResolutionSchema";
import type { Transaction } from "./TransactionSchema";

/** The records the monitoring additions touch (mutated in place) and the transactions made. */
export interface MonitoringParts {
  readonly neighbourhoods: Neighbourhood[];
  readonly interventions: Intervention[];
  readonly resolutions: Resolution[];
}

const AS_OF: JalaliDate = { year: 1403, month: 12, day: 27 };
const day = (d: JalaliDate): number => toDayNumber(d);

/** Shares of a neighbourhood's residents in each group (rounded national census shape; synthetic). */
const POPULATION_SHARES: Readonly<Record<"youth" | "women" | "children" | "elderly", number>> = {
  youth: 0.24,
  women: 0.495,
  children: 0.24,
  elderly: 0.1,
};

/** Share of an intervention's beneficiaries in each target group (groups overlap). */
const REACH_SHARES: Readonly<Record<string, number>> = {
  women: 0.55,
  youth: 0.45,
  children: 0.6,
  elderly: 0.1,
  disabled: 0.05,
  "female-headed-households": 0.2,
  "all-residents": 1,
};

/** The programme indicator each intervention type's KPI moves, if any. */
const KPI_INDICATOR: Partial<Record<InterventionType, string>> = {
  "health-centre": "health-centre-distance",
  "home-business-support": "home-business-density",
  "production-workshop": "unemployment-rate",
  "vocational-skills": "youth-neet-rate",
  "job-counselling-centre": "unemployment-rate",
  "infrastructure": "worn-out-area-share",
  "public-culture-programme": "resident-participation-rate",
};

/** [resolution id, completedOn?, extra follow-ups, deadline change?, intervention types it concerns]. */
interface ResolutionPlan {
  readonly completedOn?: JalaliDate;
  readonly followUps?: Resolution["followUps"];
  readonly change?: NonNullable<Resolution["deadlineChanges"]>[number];
  readonly types?: readonly InterventionType[];
}

const RESOLUTION_PLANS: Readonly<Record<string, ResolutionPlan>> = {
  "alb-sh-68-r1": { completedOn: { year: 1403, month: 9, day: 19 } },
  "alb-sh-68-r2": {
    followUps: [{ date: { year: 1403, month: 12, day: 10 }, note: "دفاتر نُه محله فعال شد؛ سه دفتر در فردیس هنوز مکان ندارد", progressPercent: 60 }],
  },
  "alb-sh-69-r1": { types: ["vocational-skills"] },
  "alb-sh-69-r2": { followUps: [{ date: { year: 1403, month: 10, day: 24 }, note: "طرح در ۱۸ مدرسه آغاز شد", progressPercent: 25 }] },
  "alb-sh-70-r2": { completedOn: { year: 1403, month: 12, day: 18 }, types: ["health-centre"] },
  "alb-sh-71-r1": {
    followUps: [{ date: { year: 1403, month: 12, day: 27 }, note: "۶۲۰ خانوار بیمه شدند؛ بقیه در انتظار تأمین اعتبار", progressPercent: 55 }],
    change: { date: { year: 1403, month: 12, day: 27 }, newDeadline: { year: 1404, month: 2, day: 31 }, reasonFa: "تأخیر در تخصیص اعتبار حق بیمه" },
  },
  "alb-sh-72-r1": {
    completedOn: { year: 1403, month: 12, day: 26 },
    followUps: [{ date: { year: 1403, month: 12, day: 26 }, note: "گزارش پیشرفت همهٔ دستگاه‌ها به دبیرخانه رسید", progressPercent: 100 }],
  },
  "alb-sh-72-r2": { types: ["home-business-support"] },
  "alb-sh-73-r1": { types: ["ai-education"] },
  "alb-sh-73-r2": { types: ["school-startups"] },
  "alb-sh-73-r3": { types: ["job-counselling-centre"] },
  "alb-sh-73-r4": { types: ["home-business-support", "production-workshop"] },
};

function roundLike(kpi: Kpi, value: number): number {
  return kpi.unit === "count" ? Math.round(value) : Math.round(value * 10) / 10;
}

/** Share (0–1) of the span [start, end] elapsed by `at`. */
function share(start: JalaliDate, end: JalaliDate, at: JalaliDate): number {
  const span = day(end) - day(start);
  return span <= 0 ? 1 : Math.min(1, Math.max(0, (day(at) - day(start)) / span));
}

const QUARTER_ENDS: readonly (readonly [JalaliPeriod, JalaliDate])[] = [
  ["1403-Q1", { year: 1403, month: 3, day: 31 }],
  ["1403-Q2", { year: 1403, month: 6, day: 31 }],
  ["1403-Q3", { year: 1403, month: 9, day: 30 }],
  ["1403-Q4", { year: 1403, month: 12, day: 30 }],
];

function kpiPeriods(intervention: Intervention, kpi: Kpi): KpiPeriod[] {
  const start = intervention.actualStart;
  if (start === undefined || kpi.actual === undefined) return [];
  const until = intervention.actualEnd ?? AS_OF;
  const reached = share(start, until, until) > 0 ? kpi.actual : kpi.baseline;
  return QUARTER_ENDS.filter(([, end]) => compareDates(end, start) >= 0 && day(end) - 89 <= day(AS_OF)).map(([period, end]) => {
    const measured = compareDates(end, until) >= 0 ? until : end;
    const plannedShare = share(intervention.plannedStart, intervention.plannedEnd, end);
    const doneShare = share(start, until, measured);
    return {
      period,
      target: roundLike(kpi, kpi.baseline + (kpi.target - kpi.baseline) * plannedShare),
      actual: roundLike(kpi, kpi.baseline + (reached - kpi.baseline) * doneShare),
    };
  });
}

function millions(amount: Decimal, fraction: number): Decimal {
  // Whole millions of rials, as budget offices record them.
  return amount.times(Math.max(0, Math.min(1, fraction))).dividedBy(1e6).floor().times(1e6);
}

/**
 * Adds the monitoring records to the sample (in place) and returns its transactions.
 *
 * @param parts - the sample's neighbourhoods, interventions and resolutions
 * @returns the transactions, grouped by intervention, in date order within each
 */
export function addMonitoring(parts: MonitoringParts): Transaction[] {
  const prng = createPrng(1404_01_20);
  for (const n of parts.neighbourhoods) {
    const byGroup: GroupCounts = {};
    for (const [group, s] of Object.entries(POPULATION_SHARES)) byGroup[group as keyof typeof POPULATION_SHARES] = Math.round(n.population * s * prng.between(0.92, 1.08));
    n.populationByGroup = byGroup;
  }

  const transactions: Transaction[] = [];
  for (const intervention of parts.interventions) {
    for (const kpi of intervention.kpis) {
      kpi.direction = kpi.target < kpi.baseline ? "decrease" : "increase";
      const indicator = KPI_INDICATOR[intervention.type];
      if (indicator !== undefined) kpi.indicatorId = indicator as IndicatorId;
      const periods = kpiPeriods(intervention, kpi);
      if (periods.length > 0) kpi.periods = periods;
    }
    const reached = intervention.actualBeneficiaries;
    if (reached !== undefined && reached > 0) {
      const byGroup: GroupCounts = {};
      for (const group of intervention.targetGroups) byGroup[group] = Math.min(reached, Math.round(reached * (REACH_SHARES[group] ?? 0.3) * prng.between(0.85, 1.1)));
      intervention.beneficiariesByGroup = byGroup;
    }

    const start = intervention.actualStart;
    if (start === undefined) continue;
    const end = intervention.actualEnd ?? AS_OF;
    const elapsed = intervention.status === "completed" ? 1 : share(intervention.plannedStart, intervention.plannedEnd, AS_OF);
    const mid = fromDayNumber(Math.round((day(start) + day(end)) / 2));
    let k = 0;
    const add = (type: Transaction["type"], date: JalaliDate, line: Intervention["budget"][number], amount: Decimal): void => {
      if (amount.isZero()) return;
      transactions.push({
        id: `${intervention.id}-t${++k}` as TransactionId,
        interventionId: intervention.id as InterventionId,
        type,
        date,
        amountRials: amount,
        source: line.source,
        agencyId: intervention.leadAgencyId,
      });
    };
    for (const line of intervention.budget) add("commitment", start, line, line.amountRials);
    for (const line of intervention.budget) {
      // Suspended work stalls its payments; completed work is paid in full.
      const paid = intervention.status === "completed" ? 1 : elapsed * prng.between(intervention.status === "suspended" ? 0.3 : 0.6, 1.05);
      add("disbursement", mid, line, millions(line.amountRials, paid));
      const spent = intervention.status === "completed" ? prng.between(0.92, 1) : paid * prng.between(0.6, 0.95);
      add("expenditure", end, line, millions(line.amountRials, spent));
    }
  }

  const byType = (types: readonly InterventionType[]): InterventionId[] =>
    parts.interventions.filter((i) => types.includes(i.type) && i.status !== "cancelled").map((i) => i.id).slice(0, 4);
  for (const resolution of parts.resolutions) {
    const plan = RESOLUTION_PLANS[resolution.id as ResolutionId];
    if (plan === undefined) continue;
    if (plan.completedOn !== undefined) resolution.completedOn = plan.completedOn;
    if (plan.followUps !== undefined) resolution.followUps = [...resolution.followUps, ...plan.followUps.map((f) => ({ ...f }))];
    if (plan.change !== undefined) resolution.deadlineChanges = [{ ...plan.change }];
    if (plan.types !== undefined) {
      const ids = byType(plan.types);
      if (ids.length > 0) {
        resolution.interventionIds = ids;
        const hoods = new Set(parts.interventions.filter((i) => ids.includes(i.id)).flatMap((i) => i.neighbourhoodIds));
        resolution.neighbourhoodIds = [...hoods];
      }
    }
  }
  return transactions;
}
