import type { Rials } from "../text/index";
import { parseMoney } from "../text/index";
import type { Ballot, RejectedBallot } from "./Ballot";
import { readRials } from "./_candidates";
import type { MoneyInput } from "./MoneyInput";
import { equalShares } from "./_equalShares";
import { planningError } from "./_messages";
import { projectIndex, readBallots } from "./_readBallots";

/**
 * A project on a participatory-budget ballot.
 *
 * @category Participatory budgeting
 */
export interface BudgetProject {
  /** Project id, as ballots name it. */
  readonly id: string;
  /** Its cost in rials. */
  readonly cost: MoneyInput;
}

/**
 * Rules for turning approval ballots into funded projects:
 * - `greedy` — **Consul Democracy** (the participatory-budget platform of Madrid and many
 *   cities): projects in order of votes, each funded if it fits in what is left of the
 *   budget, otherwise skipped and the next one tried.
 * - `decidim` — **Decidim** (Barcelona's platform), whose budgets component can require a
 *   voter to fill at least a minimum percentage of the budget ("minimum budget rule"): each
 *   ballot is a basket of projects that must cost at least `minShare` × budget and at most
 *   the budget, else it is rejected; the counted votes are then ranked as in `greedy`.
 * - `equal-shares` — the **method of equal shares** (Peters, Pierczyński & Skowron 2021;
 *   equalshares.net): the budget is split equally among voters and a project is funded only
 *   if its supporters can pay for it from their shares, cheapest per supporter first; the
 *   money left is then used by raising every voter's share step by step while the outcome
 *   still fits (`completion: "increment"`) and finally greedily by votes.
 *
 * @category Participatory budgeting
 */
export type BudgetRule = "greedy" | "decidim" | "equal-shares";

/**
 * Options of {@link participatoryBudget}.
 *
 * @category Participatory budgeting
 */
export interface ParticipatoryBudgetOptions {
  /** The budget in rials. */
  readonly budget: MoneyInput;
  /** The rule. */
  readonly rule: BudgetRule;
  /** `decidim`: the least share (0–1) of the budget a ballot must allocate. Default 0. */
  readonly minShare?: number | undefined;
  /**
   * `equal-shares`: how to use money the method leaves: `"increment"` (default; raise each
   * voter's share by 1 % of the initial share at a time while the outcome costs at most the
   * budget, then fill greedily by votes), `"greedy"` (fill greedily by votes) or `"none"`.
   */
  readonly completion?: "increment" | "greedy" | "none" | undefined;
}

/**
 * One project's outcome.
 *
 * @category Participatory budgeting
 */
export interface BudgetProjectOutcome {
  /** Project id. */
  readonly id: string;
  /** Its cost. */
  readonly cost: Rials;
  /** Approvals it received on counted ballots. */
  readonly votes: number;
  /** Whether it is funded. */
  readonly funded: boolean;
  /** Order of funding (1 = first), `null` when not funded. */
  readonly order: number | null;
}

/**
 * The result of {@link participatoryBudget}.
 *
 * @category Participatory budgeting
 */
export interface ParticipatoryBudgetResult {
  /** The rule used. */
  readonly rule: BudgetRule;
  /** Funded project ids, in the order they were funded. */
  readonly winners: readonly string[];
  /** Every project, in input order. */
  readonly projects: readonly BudgetProjectOutcome[];
  /** The budget, the money spent and the money left (exact rials). */
  readonly budget: Rials;
  /** Money spent. */
  readonly spent: Rials;
  /** Money left. */
  readonly unspent: Rials;
  /** Ballots cast and counted. */
  readonly turnout: {
    /** Ballots given. */
    readonly cast: number;
    /** Ballots counted. */
    readonly accepted: number;
  };
  /** Ballots not counted, with reasons. */
  readonly rejected: readonly RejectedBallot[];
}

/**
 * Decides a participatory budget from residents' approval ballots by the rule of Consul
 * Democracy (`greedy`), of Decidim (`decidim`, with its minimum-share rule), or by the method
 * of equal shares (`equal-shares`). Costs and totals are exact rials; the funded set never
 * costs more than the budget. Ballots naming unknown projects, repeated voters or empty
 * ballots are rejected with reasons, as in {@link tallyBallots}.
 *
 * @param projects - the projects with their costs
 * @param ballots - approval ballots (`approvals`: the projects a voter supports, or a Decidim basket)
 * @param options - budget, rule and its settings; see {@link ParticipatoryBudgetOptions}
 * @returns the funded projects in order, spend, and rejected ballots
 * @throws MahallehError `PLANNING_INVALID_COST` for a negative or unreadable cost or budget;
 *   `PLANNING_DUPLICATE_ID`; `PLANNING_BAD_OPTION` for an unknown rule or a bad `minShare`
 * @example
 * ```ts
 * import { participatoryBudget } from "mahalleh/planning";
 * // 51 voters back the red projects, 49 the blue ones; ten fit in the budget (equalshares.net)
 * const projects = ["r", "b"].flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ id: `${c}${i}`, cost: 1_000_000 })));
 * const ballots = Array.from({ length: 100 }, (_, v) => ({
 *   voterId: `v${v}`,
 *   approvals: projects.filter((p) => p.id.startsWith(v < 51 ? "r" : "b")).map((p) => p.id),
 * }));
 * const greedy = participatoryBudget(projects, ballots, { budget: 10_000_000, rule: "greedy" });
 * greedy.winners.filter((id) => id.startsWith("r")).length; // => 10
 * const fair = participatoryBudget(projects, ballots, { budget: 10_000_000, rule: "equal-shares" });
 * fair.winners.filter((id) => id.startsWith("r")).length; // => 5
 * fair.winners.filter((id) => id.startsWith("b")).length; // => 5
 * ```
 *
 * @category Participatory budgeting
 */
export function participatoryBudget(projects: readonly BudgetProject[], ballots: readonly Ballot[], options: ParticipatoryBudgetOptions): ParticipatoryBudgetResult {
  if (typeof options !== "object" || options === null || !["greedy", "decidim", "equal-shares"].includes(options.rule)) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "rule", why: '"greedy", "decidim" or "equal-shares"', fa: '"greedy"، "decidim" یا "equal-shares"' });
  }
  if (!Array.isArray(projects)) throw planningError("PLANNING_INVALID_INPUT", "notArray", { what: "projects" });
  const index = projectIndex(projects.map((p) => (typeof p === "object" && p !== null ? p.id : (undefined as unknown as string))));
  const costs = projects.map((p, row) => readRials(p.cost, (why) => planningError("PLANNING_INVALID_COST", "badCost", { row, id: p.id, why })));
  const budget = readRials(options.budget, () => planningError("PLANNING_INVALID_COST", "badMoney", { what: "budget" }));
  const minShare = options.minShare ?? 0;
  if (typeof minShare !== "number" || !(minShare >= 0 && minShare <= 1)) throw planningError("PLANNING_BAD_OPTION", "badShare", { what: "minShare" });
  const completion = options.completion ?? "increment";
  const n = projects.length;
  const votes = new Int32Array(n);
  const lists: number[][] = Array.from({ length: n }, () => []);
  let voter = 0;
  const minimum = options.rule === "decidim" ? (budget * BigInt(Math.round(minShare * 1e6))) / 1_000_000n : 0n;
  const check =
    options.rule === "decidim"
      ? (choices: Int32Array, k: number) => {
          let total = 0n;
          for (let i = 0; i < k; i++) total += costs[choices[i] as number] as bigint;
          if (total > budget) return { code: "over-budget" as const };
          if (total < minimum) return { code: "under-minimum" as const, params: { percent: Math.round(minShare * 1000) / 10 } };
          return undefined;
        }
      : undefined;
  const read = readBallots(ballots, index, "approvals", { check }, (choices, k) => {
    for (let i = 0; i < k; i++) {
      const j = choices[i] as number;
      votes[j] = (votes[j] as number) + 1;
      (lists[j] as number[]).push(voter);
    }
    voter++;
  });
  const byVotes = Array.from({ length: n }, (_, j) => j).sort((a, b) => (votes[b] as number) - (votes[a] as number) || a - b);
  const fill = (start: readonly number[]): number[] => {
    const chosen = [...start];
    const taken = new Set(chosen);
    let left = budget - chosen.reduce((s, j) => s + (costs[j] as bigint), 0n);
    for (const j of byVotes) {
      if (taken.has(j) || (votes[j] as number) === 0) continue;
      if ((costs[j] as bigint) <= left) {
        chosen.push(j);
        taken.add(j);
        left -= costs[j] as bigint;
      }
    }
    return chosen;
  };
  let winners: number[];
  if (options.rule !== "equal-shares") winners = fill([]);
  else {
    const supporters = lists.map((l) => Int32Array.from(l));
    const costNumbers = costs.map((c) => Number(c));
    const share = voter === 0 ? 0 : Number(budget) / voter;
    const total = (set: readonly number[]): bigint => set.reduce((s, j) => s + (costs[j] as bigint), 0n);
    winners = voter === 0 ? [] : equalShares(costNumbers, supporters, voter, share);
    if (completion === "increment" && voter > 0) {
      for (let step = 1; step <= 10_000; step++) {
        const next = equalShares(costNumbers, supporters, voter, share * (1 + step / 100));
        if (total(next) > budget) break;
        winners = next;
        if (next.length === n) break;
      }
    }
    if (completion !== "none") winners = fill(winners);
  }
  const order = new Map(winners.map((j, k) => [j, k + 1]));
  const spent = winners.reduce((s, j) => s + (costs[j] as bigint), 0n);
  const rials = (v: bigint): Rials => parseMoney(v, { defaultUnit: "rial" });
  return {
    rule: options.rule,
    winners: winners.map((j) => (projects[j] as BudgetProject).id),
    projects: projects.map((p, j) => ({ id: p.id, cost: rials(costs[j] as bigint), votes: votes[j] as number, funded: order.has(j), order: order.get(j) ?? null })),
    budget: rials(budget),
    spent: rials(spent),
    unspent: rials(budget - spent),
    turnout: { cast: read.cast, accepted: read.accepted },
    rejected: read.rejected,
  };
}
