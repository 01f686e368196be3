import type { Decimal } from "decimal.js";
import type { Intervention, Neighbourhood, TargetGroupId } from "../models/index";
import { D } from "./_decimal";
import { badOption, checkAmount, checkList, failAt } from "./_messages";

/**
 * What {@link portfolioSummary} groups by.
 *
 * @category Portfolio
 */
export type PortfolioDimension = "county" | "type" | "agency" | "source" | "status";

/**
 * Options of {@link portfolioSummary}.
 *
 * @category Portfolio
 */
export interface PortfolioSummaryOptions {
  /** The grouping: county (of the intervention's first neighbourhood), type, lead agency, funding source, status. Required. */
  readonly by: PortfolioDimension;
  /** The neighbourhoods, needed for `by: "county"`. */
  readonly neighbourhoods?: readonly Neighbourhood[] | undefined;
}

/**
 * One group of the portfolio (or the whole).
 *
 * @category Portfolio
 */
export interface PortfolioGroup {
  /** The county id, type, agency id, source or status (`"all"` for the totals). */
  readonly key: string;
  /** Interventions. */
  readonly count: number;
  /** Budget, exact rials (for `by: "source"`, only that source's lines). */
  readonly budgetRials: Decimal;
  /** Planned beneficiaries, summed. */
  readonly plannedBeneficiaries: number;
  /** Beneficiaries reached, summed (unrecorded counts as 0). */
  readonly actualBeneficiaries: number;
  /**
   * For each target group aimed at or reached: how many of the group's interventions aim at
   * it and their share in percent, and the persons of the group reached with their share of
   * the beneficiaries.
   */
  readonly targetGroups: readonly {
    /** The target group. */
    readonly group: TargetGroupId;
    /** Interventions that name it. */
    readonly interventions: number;
    /** Share of this portfolio group's interventions that name it, in percent. */
    readonly sharePercent: number;
    /** Persons of the group reached, summed over the interventions that record it in `beneficiariesByGroup`. */
    readonly reached: number;
    /**
     * `reached` over the beneficiaries (`actualBeneficiaries`) of those same interventions, in
     * percent; `null` when none records the group or they reached nobody.
     */
    readonly reachedSharePercent: number | null;
  }[];
}

/**
 * The result of {@link portfolioSummary}.
 *
 * @category Portfolio
 */
export interface PortfolioSummary {
  /** The grouping used. */
  readonly by: PortfolioDimension;
  /** One entry per key, largest budget first (then key). */
  readonly groups: readonly PortfolioGroup[];
  /** The whole portfolio (each intervention once). */
  readonly total: PortfolioGroup;
}

const DIMENSIONS: readonly PortfolioDimension[] = ["county", "type", "agency", "source", "status"];

/**
 * The programme's portfolio of interventions grouped by county, type, lead agency, funding
 * source or status: counts, exact budgets in rials, beneficiaries, and how often each
 * target group is aimed at and reached (persons of the group and their share of the
 * beneficiaries, from `beneficiariesByGroup`). With `by: "source"` an intervention funded from two sources
 * counts in both groups (its budget is split by line, its counts and beneficiaries are
 * not), so only the budgets add up to the total.
 *
 * @param interventions - parsed interventions
 * @param options - `by` (required), `neighbourhoods` (for counties)
 * @returns groups and the total
 * @throws MahallehError `MONITORING_INVALID_INPUT` (an unknown `by`, counties without
 *   neighbourhoods or with an unknown one), `MONITORING_INVALID_AMOUNT` (a bad budget line)
 * @example
 * ```ts
 * import { portfolioSummary } from "mahalleh/monitoring";
 * import { sampleDataset } from "mahalleh/models";
 * const byStatus = portfolioSummary(sampleDataset.interventions, { by: "status" });
 * byStatus.total.count; // => 33
 * byStatus.groups.reduce((n, g) => n + g.count, 0); // => 33
 * const bySource = portfolioSummary(sampleDataset.interventions, { by: "source" });
 * bySource.groups.reduce((s, g) => s.plus(g.budgetRials), bySource.total.budgetRials.minus(bySource.total.budgetRials)).equals(bySource.total.budgetRials); // => true
 * ```
 * @category Portfolio
 */
export function portfolioSummary(interventions: readonly Intervention[], options: PortfolioSummaryOptions): PortfolioSummary {
  checkList(interventions, "interventions");
  const by = options?.by;
  if (!DIMENSIONS.includes(by)) throw badOption("by", DIMENSIONS.join(" | "), by);
  let countyOf: Map<string, string> | undefined;
  if (by === "county") {
    if (options.neighbourhoods === undefined) throw badOption("neighbourhoods", "the neighbourhoods (needed for by: county)", undefined);
    checkList(options.neighbourhoods, "neighbourhoods");
    countyOf = new Map(options.neighbourhoods.map((n) => [n.id, n.countyId]));
  }
  interface Acc {
    count: number;
    budget: Decimal;
    planned: number;
    actual: number;
    groups: Map<TargetGroupId, number>;
    /** group → [persons of the group reached, beneficiaries of the interventions recording it]. */
    reached: Map<TargetGroupId, [number, number]>;
  }
  const zero = new D(0);
  const make = (): Acc => ({ count: 0, budget: zero, planned: 0, actual: 0, groups: new Map(), reached: new Map() });
  const accs = new Map<string, Acc>();
  const total = make();
  const addTo = (acc: Acc, i: Intervention, budget: Decimal): void => {
    acc.count++;
    acc.budget = acc.budget.plus(budget);
    acc.planned += i.plannedBeneficiaries;
    acc.actual += i.actualBeneficiaries ?? 0;
    for (const g of i.targetGroups) acc.groups.set(g, (acc.groups.get(g) ?? 0) + 1);
    for (const [g, persons] of Object.entries(i.beneficiariesByGroup ?? {}) as [TargetGroupId, number][]) {
      const r = acc.reached.get(g) ?? [0, 0];
      acc.reached.set(g, [r[0] + persons, r[1] + (i.actualBeneficiaries ?? 0)]);
    }
  };
  interventions.forEach((i, index) => {
    let sum = zero;
    const bySource = new Map<string, Decimal>();
    i.budget.forEach((line, k) => {
      const amount = checkAmount(line.amountRials, { list: "interventions", index, id: String(i.id), field: `budget.${k}.amountRials` });
      sum = sum.plus(amount);
      bySource.set(line.source, (bySource.get(line.source) ?? zero).plus(amount));
    });
    addTo(total, i, sum);
    const keyed: [string, Decimal][] = [];
    if (by === "source") keyed.push(...bySource.entries());
    else if (by === "county") {
      const county = countyOf!.get(i.neighbourhoodIds[0]!);
      if (county === undefined) throw failAt("MONITORING_INVALID_INPUT", "unknownNeighbourhood", { list: "interventions", index, id: String(i.id), field: "neighbourhoodIds.0" }, String(i.neighbourhoodIds[0]));
      keyed.push([county, sum]);
    } else keyed.push([by === "type" ? i.type : by === "agency" ? i.leadAgencyId : i.status, sum]);
    for (const [key, amount] of keyed) {
      let acc = accs.get(key);
      if (acc === undefined) accs.set(key, (acc = make()));
      addTo(acc, i, amount);
    }
  });
  const out = (key: string, acc: Acc): PortfolioGroup => ({
    key,
    count: acc.count,
    budgetRials: acc.budget,
    plannedBeneficiaries: acc.planned,
    actualBeneficiaries: acc.actual,
    targetGroups: [...new Set([...acc.groups.keys(), ...acc.reached.keys()])].map((group) => {
      const n = acc.groups.get(group) ?? 0;
      const [reached, base] = acc.reached.get(group) ?? [0, 0];
      return { group, interventions: n, sharePercent: (100 * n) / acc.count, reached, reachedSharePercent: base === 0 ? null : (100 * reached) / base };
    }),
  });
  const groups = [...accs.entries()].map(([key, acc]) => out(key, acc)).sort((a, b) => b.budgetRials.comparedTo(a.budgetRials) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { by, groups, total: out("all", total) };
}
