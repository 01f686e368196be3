import type { LocalizedMessage } from "../errors/MahallehError";
import type { IndexResult } from "../scoring/index";
import type { Rials } from "../text/index";
import { parseMoney } from "../text/index";
import { readCandidates, type Candidate } from "./_candidates";
import type { MoneyInput } from "./MoneyInput";
import { computeBenefits } from "./_benefit";
import { activity, buildElements, holds, violations, type Element } from "./_constraints";
import { solveBinary, type BinarySolution } from "./_highs";
import { conflictMessage, constraintNames, planningError, reasonMessage } from "./_messages";
import { toProgram } from "./_program";
import { INTERVENTION_DIMENSIONS } from "./INTERVENTION_DIMENSIONS";

/**
 * A proposed intervention to choose or leave out. An `Intervention` from `mahalleh/models`
 * fits as it is (its `budget` lines, `plannedBeneficiaries`, `type`, `neighbourhoodIds`,
 * `targetGroups`); a plain object may give `cost` and `source` instead of budget lines.
 *
 * @category Portfolio
 */
export interface PlanningCandidate {
  /** Stable id. */
  readonly id: string;
  /** Persian title, for printing. */
  readonly titleFa?: string | undefined;
  /** Intervention type (see `InterventionType`), for the fit factor and caps per type. */
  readonly type?: string | undefined;
  /** Neighbourhoods it serves (its beneficiaries are split evenly among them). */
  readonly neighbourhoodIds?: readonly string[] | undefined;
  /** Its county; default: from `options.countyOf` of its neighbourhoods (cost split evenly). */
  readonly countyId?: string | undefined;
  /** Groups of residents it aims at; all its beneficiaries count for each. */
  readonly targetGroups?: readonly string[] | undefined;
  /** Cost in rials (numbers and unit-less text are rials; «۱۲ میلیارد ریال», «۳ میلیون تومان» are read). */
  readonly cost?: MoneyInput | undefined;
  /** Funding source of `cost`. Default `"unspecified"`. */
  readonly source?: string | undefined;
  /** Budget lines by funding source (wins over `cost`). */
  readonly budget?:
    | readonly {
        /** Funding source. */
        readonly source: string;
        /** Amount in rials. */
        readonly amountRials: MoneyInput;
      }[]
    | undefined;
  /** Residents it will reach. */
  readonly beneficiaries?: number | undefined;
  /** Same as `beneficiaries` (the `Intervention` field); used when `beneficiaries` is absent. */
  readonly plannedBeneficiaries?: number | undefined;
  /** Beneficiaries per target group, when not all of them belong to each group. */
  readonly beneficiariesByGroup?: Readonly<Record<string, number>> | undefined;
  /** Its benefit in the objective, given directly (replaces the need-weighted benefit). */
  readonly benefit?: number | undefined;
}

/**
 * The constraints a portfolio must satisfy. Every amount is in rials (exact); every share is
 * a number in 0–1 with at most 6 decimals, compared exactly.
 *
 * @category Portfolio
 */
export interface PortfolioConstraints {
  /** Total budget: the chosen costs add up to at most this. */
  readonly budget: MoneyInput;
  /** Limit per funding source (the candidates' budget lines from that source add up to at most this). */
  readonly sources?: Readonly<Record<string, MoneyInput>> | undefined;
  /** Minimum and maximum share of the money spent that goes to each county. */
  readonly counties?: Readonly<Record<string, {
    /** Least share (0–1). */
    readonly min?: number | undefined;
    /** Most share (0–1). */
    readonly max?: number | undefined;
  }>> | undefined;
  /** Caps per intervention type: how many, and how much money. */
  readonly types?: Readonly<
    Record<
      string,
      {
        /** Most candidates of the type. */
        readonly maxCount?: number | undefined;
        /** Most money on the type. */
        readonly maxSpend?: MoneyInput | undefined;
      }
    >
  > | undefined;
  /** Minimum share of the chosen beneficiaries who belong to a target group, e.g. `{ women: 0.4 }`. */
  readonly targetGroups?: Readonly<Record<string, number>> | undefined;
  /** Ids that must be chosen. */
  readonly mustFund?: readonly string[] | undefined;
  /** Ids that must not be chosen. */
  readonly mustNotFund?: readonly string[] | undefined;
  /** Pairs of ids of which at most one may be chosen. */
  readonly exclusive?: readonly (readonly [string, string])[] | undefined;
  /** "`id` only with `requires`": choosing `id` needs `requires` chosen too. */
  readonly prerequisites?:
    | readonly {
        /** The candidate that needs another. */
        readonly id: string;
        /** The candidate it needs. */
        readonly requires: string;
      }[]
    | undefined;
}

/**
 * Where HiGHS's WebAssembly (`highs.wasm`, about 2.6 MB) is loaded from, for browser apps
 * whose bundler does not serve it beside the `highs` package's loader. Read on the first
 * solve only (HiGHS is then loaded once for the page). Node needs none of it.
 *
 * @category Portfolio
 */
export interface SolverAssets {
  /** Returns the URL of an asset the loader asks for (`"highs.wasm"`), e.g. `(file) => "/assets/" + file`. */
  readonly locateFile?: ((file: string) => string) | undefined;
  /** The bytes of `highs.wasm`, already fetched (then nothing is fetched). */
  readonly wasmBinary?: ArrayBuffer | Uint8Array | undefined;
}

/**
 * Options of {@link prioritizeInterventions}: the constraints, what the objective weighs,
 * and the solver's limits.
 *
 * @category Portfolio
 */
export interface PrioritizeOptions extends PortfolioConstraints {
  /** Composite-index result giving each neighbourhood's need (and, per dimension, the fit). */
  readonly index?: IndexResult | undefined;
  /** Read need from the index `score` (÷ the highest score; default) or its `level` ((L − level + 1)/L). */
  readonly needFrom?: "score" | "level" | undefined;
  /** Need per neighbourhood given directly (fit is then 1). */
  readonly need?: Readonly<Record<string, number>> | undefined;
  /** Intervention type → dimension it serves. Default {@link INTERVENTION_DIMENSIONS}. */
  readonly typeDimensions?: Readonly<Record<string, string>> | undefined;
  /** Replaces the objective: the benefit of each candidate. */
  readonly objective?: ((candidate: PlanningCandidate, index: number) => number) | undefined;
  /** Neighbourhood id → county id, for county shares and spend by county. */
  readonly countyOf?: Readonly<Record<string, string>> | undefined;
  /** Stop after this many seconds and return the best portfolio found and its gap. Default: none. */
  readonly timeLimit?: number | undefined;
  /** Relative optimality gap at which the solver may stop. Default `1e-9`. */
  readonly relativeGap?: number | undefined;
  /** Where a browser app serves HiGHS's WebAssembly from (see {@link SolverAssets}). */
  readonly solverAssets?: SolverAssets | undefined;
}

/**
 * Why a candidate was left out.
 *
 * @category Portfolio
 */
export interface LeftOutReason {
  /**
   * `over-budget`: it does not fit in the money left (and nothing else stops it);
   * `constraint`: adding it would break the named constraints; `must-not-fund`: listed so;
   * `no-benefit`: it adds nothing to the objective; `not-reached`: the solver stopped at its
   * time limit or gap without choosing it; `infeasible`: no portfolio satisfies the constraints.
   */
  readonly code: "over-budget" | "constraint" | "must-not-fund" | "no-benefit" | "not-reached" | "infeasible";
  /** Labels of the constraints concerned (`budget`, `source:…`, `county-min:…`, `exclusive:a|b`…). */
  readonly constraints: readonly string[];
  /** The reason in Persian and English. */
  readonly message: LocalizedMessage;
}

/**
 * One candidate's outcome.
 *
 * @category Portfolio
 */
export interface CandidateOutcome {
  /** Candidate id. */
  readonly id: string;
  /** Whether it is in the portfolio. */
  readonly chosen: boolean;
  /** Its cost in rials. */
  readonly cost: Rials;
  /** Its benefit in the objective. */
  readonly benefit: number;
  /** Benefit per billion rials (`null` for a free candidate). */
  readonly benefitPerBillionRials: number | null;
  /** Why it was left out (`null` when chosen). */
  readonly reason: LeftOutReason | null;
}

/**
 * The greedy benefit-per-rial selection, for comparison.
 *
 * @category Portfolio
 */
export interface GreedyComparison {
  /** Ids chosen (input order). */
  readonly chosen: readonly string[];
  /** Its objective. */
  readonly objective: number;
  /** Money it spends. */
  readonly spent: Rials;
  /** Whether it satisfies every constraint (the greedy rule cannot aim at minimum shares). */
  readonly feasible: boolean;
  /** (optimum − greedy) ÷ greedy: how much better the optimum is; `null` when greedy is 0 or infeasible. */
  readonly improvement: number | null;
}

/**
 * Constraints that cannot hold together.
 *
 * @category Portfolio
 */
export interface PortfolioConflict {
  /** Always `"PLANNING_INFEASIBLE"`. */
  readonly code: "PLANNING_INFEASIBLE";
  /** A minimal set of constraint labels that conflict (dropping any one of them removes the conflict). */
  readonly constraints: readonly string[];
  /** The conflict in Persian and English. */
  readonly message: LocalizedMessage;
}

/**
 * The result of {@link prioritizeInterventions}.
 *
 * @category Portfolio
 */
export interface PortfolioResult {
  /** `optimal` (within `relativeGap`), `time-limit` (best found when time ran out) or `infeasible`. */
  readonly status: "optimal" | "time-limit" | "infeasible";
  /** Ids chosen, in input order. */
  readonly chosen: readonly string[];
  /** Every candidate's outcome, in input order. */
  readonly candidates: readonly CandidateOutcome[];
  /** The budget. */
  readonly budget: Rials;
  /** Money spent (re-summed exactly in rials). */
  readonly spent: Rials;
  /** Budget left. */
  readonly unspent: Rials;
  /** Money spent per funding source. */
  readonly spendBySource: Readonly<Record<string, Rials>>;
  /** Money spent per county (candidates without a county are left out of this). */
  readonly spendByCounty: Readonly<Record<string, Rials>>;
  /** The objective of the portfolio (`null` when none was found). */
  readonly objective: number | null;
  /** The solver's bound on the optimum. */
  readonly bound: number | null;
  /** Relative gap between objective and bound (0 when proven optimal). */
  readonly gap: number | null;
  /** The greedy benefit-per-rial comparison (`null` when infeasible). */
  readonly greedy: GreedyComparison | null;
  /** The conflicting constraints, when infeasible. */
  readonly conflict: PortfolioConflict | null;
}

const rials = (v: bigint): Rials => parseMoney(v, { defaultUnit: "rial" });

/** A minimal conflicting set of constraint labels by deletion filtering (by kind, then one by one). */
async function diagnose(n: number, elements: readonly Element[], timeLimit: number | undefined, assets: SolverAssets | undefined): Promise<string[]> {
  const zero = new Float64Array(n);
  const infeasible = async (labels: readonly string[]): Promise<boolean> =>
    (await solveBinary(toProgram(n, zero, elements, new Set(labels)), { relativeGap: 1, timeLimit, assets })).status === "infeasible";
  const kinds = [...new Set(elements.map((e) => e.kind))];
  const labelsOf = (ks: readonly string[]): string[] => elements.filter((e) => ks.includes(e.kind)).map((e) => e.label);
  let keep = kinds;
  for (const kind of kinds) {
    const trial = keep.filter((k) => k !== kind);
    if (await infeasible(labelsOf(trial))) keep = trial;
  }
  let labels = labelsOf(keep);
  if (labels.length <= 200) {
    for (const label of [...labels]) {
      const trial = labels.filter((l) => l !== label);
      if (await infeasible(trial)) labels = trial;
    }
  }
  return labels;
}

/** The greedy benefit-per-rial portfolio under the constraints it can follow step by step. */
function greedy(cands: readonly Candidate[], benefit: Float64Array, elements: readonly Element[]): { x: Uint8Array; objective: number } {
  const n = cands.length;
  const x = new Uint8Array(n);
  const banned = new Uint8Array(n);
  for (const e of elements) if (e.fix !== undefined) (e.fix.value === 1 ? x : banned)[e.fix.index] = 1;
  const steps = elements.filter((e) => e.monotone || e.kind === "prerequisite");
  const act = steps.map((e) => activity(e, x));
  const ratio = (i: number): number => {
    const c = (cands[i] as Candidate).cost;
    return c === 0n ? Number.POSITIVE_INFINITY : (benefit[i] as number) / Number(c);
  };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ratio(b) - ratio(a) || a - b);
  for (const i of order) {
    if (x[i] === 1 || banned[i] === 1 || (benefit[i] as number) <= 0) continue;
    x[i] = 1;
    const next = steps.map((e, k) => (act[k] as bigint) + (e.coef.get(i) ?? 0n));
    if (steps.every((e, k) => holds(e, next[k] as bigint, x))) next.forEach((v, k) => (act[k] = v));
    else x[i] = 0;
  }
  let objective = 0;
  for (let i = 0; i < n; i++) if (x[i] === 1) objective += benefit[i] as number;
  return { x, objective };
}

/**
 * An upper bound on the optimum when the solver stopped before it had one: the budget row
 * alone with fractions allowed (Dantzig's bound — every other constraint dropped, must-fund
 * candidates in, must-not-fund out, the rest by benefit per rial with the last one split).
 */
function budgetBound(cands: readonly Candidate[], benefit: Float64Array, elements: readonly Element[], budget: bigint): number {
  const n = cands.length;
  const fixed = new Int8Array(n).fill(-1);
  for (const e of elements) if (e.fix !== undefined) fixed[e.fix.index] = e.fix.value;
  let left = Number(budget);
  let bound = 0;
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = benefit[i] as number;
    const c = Number((cands[i] as Candidate).cost);
    if (fixed[i] === 1) {
      bound += b;
      left -= c;
    } else if (fixed[i] === -1 && b > 0) {
      if (c === 0) bound += b;
      else open.push(i);
    }
  }
  const ratio = (i: number): number => (benefit[i] as number) / Number((cands[i] as Candidate).cost);
  open.sort((a, b) => ratio(b) - ratio(a));
  for (const i of open) {
    if (left <= 0) break;
    const c = Number((cands[i] as Candidate).cost);
    const part = Math.min(1, left / c);
    bound += part * (benefit[i] as number);
    left -= part * c;
  }
  return bound;
}

/**
 * Chooses which interventions to fund: the portfolio that maximises the objective within the
 * budget and every constraint, solved **exactly** as a 0/1 integer programme by HiGHS (the
 * open-source solver of the University of Edinburgh, compiled to WebAssembly and loaded on
 * the first call — hence `async`).
 *
 * **Objective** (stated, and replaceable): by default the need-weighted benefit
 * Σ beneficiaries × need(neighbourhood) × fit(type, neighbourhood), the beneficiaries split
 * evenly over a candidate's neighbourhoods, where need = the neighbourhood's index score ÷
 * the highest score (or, `needFrom: "level"`, (L − level + 1)/L with level 1 the most
 * deprived of L), and fit = the neighbourhood's score in the dimension the type serves
 * ({@link INTERVENTION_DIMENSIONS}, replaceable) ÷ the highest score in that dimension (1 for
 * a type without a dimension). A candidate's own `benefit` replaces it; `options.objective`
 * replaces it for all; without an index or need, the benefit is the beneficiaries.
 *
 * **Money stays exact**: amounts are whole rials (bigint); each constraint row goes to the
 * solver divided by the common divisor of its amounts (costs in millions become whole
 * millions); the chosen set is re-summed in rials and re-checked exactly against every
 * constraint. Shares (county, target group) are compared as exact fractions.
 *
 * For each candidate left out the result says why (over budget at its benefit per rial, or
 * which constraint blocks it); an infeasible set of constraints returns status `infeasible`
 * with a minimal set of conflicting constraints (found by dropping constraint groups, then
 * single constraints, and re-solving). The greedy benefit-per-rial choice is reported beside
 * the optimum.
 *
 * @param candidates - the proposed interventions (see {@link PlanningCandidate})
 * @param options - budget and constraints, objective inputs and solver limits; see {@link PrioritizeOptions}
 * @returns the portfolio, spend by source and county, objective and gap, the greedy comparison and reasons
 * @throws MahallehError `PLANNING_INVALID_COST` for a negative or unreadable cost or limit
 *   (naming the row); `PLANNING_DUPLICATE_ID`; `PLANNING_UNKNOWN_ID` for a constraint naming
 *   no candidate or a neighbourhood the index does not score; `PLANNING_BAD_OPTION` for a bad
 *   share, time limit or gap; `PLANNING_TOO_LARGE`; `PLANNING_SOLVER_FAILED`
 * @example
 * ```ts
 * import { prioritizeInterventions } from "mahalleh/planning";
 * const result = await prioritizeInterventions(
 *   [
 *     { id: "clinic", cost: "۶ میلیارد ریال", benefit: 60 },
 *     { id: "school", cost: "۵ میلیارد ریال", benefit: 45 },
 *     { id: "workshop", cost: "۵ میلیارد ریال", benefit: 45 },
 *   ],
 *   { budget: "۱۰ میلیارد ریال" },
 * );
 * result.status; // => "optimal"
 * result.chosen; // => ["school", "workshop"]
 * result.objective; // => 90
 * result.unspent.toString(); // => "0"
 * result.greedy?.chosen; // => ["clinic"]
 * result.greedy?.improvement; // => 0.5
 * result.candidates[0]?.reason?.code; // => "over-budget"
 * ```
 *
 * @category Portfolio
 */
export async function prioritizeInterventions(candidates: readonly PlanningCandidate[], options: PrioritizeOptions): Promise<PortfolioResult> {
  if (typeof options !== "object" || options === null) throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "options", why: "an object is required", fa: "شیء لازم است" });
  const { timeLimit } = options;
  if (timeLimit !== undefined && !(typeof timeLimit === "number" && timeLimit > 0)) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "timeLimit", why: "a positive number of seconds is required", fa: "شمار مثبت ثانیه لازم است" });
  }
  const relativeGap = options.relativeGap ?? 1e-9;
  if (typeof relativeGap !== "number" || !(relativeGap >= 0 && relativeGap < 1)) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "relativeGap", why: "a number in [0, 1) is required", fa: "عددی در [0, 1) لازم است" });
  }
  const cands = readCandidates(candidates, options.countyOf);
  const n = cands.length;
  let benefit: Float64Array;
  if (options.objective !== undefined) {
    const f = options.objective;
    benefit = Float64Array.from(candidates, (c, i) => {
      const v = f(c, i);
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw planningError("PLANNING_INVALID_INPUT", "badBenefit", { row: i, id: c.id });
      return v;
    });
  } else {
    benefit = computeBenefits(cands, {
      index: options.index,
      needFrom: options.needFrom,
      need: options.need,
      typeDimensions: options.typeDimensions ?? INTERVENTION_DIMENSIONS,
    });
  }
  const elements = buildElements(cands, options);
  const budgetElement = elements[0] as Element;
  const budget = budgetElement.upper as bigint;

  const g = greedy(cands, benefit, elements);
  const greedyFeasible = violations(elements, g.x).length === 0;
  const solution: BinarySolution =
    n === 0
      ? { status: "optimal", x: new Uint8Array(0), objective: 0, bound: 0, gap: 0 }
      : await solveBinary(toProgram(n, benefit, elements), { relativeGap, timeLimit, start: greedyFeasible ? g.x : undefined, assets: options.solverAssets });
  const perBillion = (i: number): number | null => {
    const c = (cands[i] as Candidate).cost;
    return c === 0n ? null : ((benefit[i] as number) / Number(c)) * 1e9;
  };

  if (solution.status === "infeasible" || (n === 0 && violations(elements, new Uint8Array(0)).length > 0)) {
    const labels = await diagnose(n, elements, timeLimit, options.solverAssets);
    const message = conflictMessage(labels);
    return {
      status: "infeasible",
      chosen: [],
      candidates: cands.map((c, i) => ({
        id: c.id,
        chosen: false,
        cost: rials(c.cost),
        benefit: benefit[i] as number,
        benefitPerBillionRials: perBillion(i),
        reason: { code: "infeasible", constraints: labels, message: reasonMessage("infeasible") },
      })),
      budget: rials(budget),
      spent: rials(0n),
      unspent: rials(budget),
      spendBySource: {},
      spendByCounty: {},
      objective: null,
      bound: null,
      gap: null,
      greedy: null,
      conflict: { code: "PLANNING_INFEASIBLE", constraints: labels, message },
    };
  }

  const x = solution.x ?? new Uint8Array(n);
  if (solution.x !== null) {
    const broken = violations(elements, x);
    if (broken.length > 0) throw planningError("PLANNING_SOLVER_FAILED", "recheck", { label: broken[0] as string });
  }
  let spent = 0n;
  const bySource = new Map<string, bigint>();
  const byCounty = new Map<string, bigint>();
  let objective = 0;
  for (let i = 0; i < n; i++) {
    if (x[i] !== 1) continue;
    const c = cands[i] as Candidate;
    spent += c.cost;
    objective += benefit[i] as number;
    for (const [s, v] of c.bySource) bySource.set(s, (bySource.get(s) ?? 0n) + v);
    for (const [k, v] of c.byCounty) byCounty.set(k, (byCounty.get(k) ?? 0n) + v);
  }

  // reasons: what adding each left-out candidate alone would break
  const act = elements.map((e) => activity(e, x));
  const ranked = Array.from({ length: n }, (_, i) => i).sort((a, b) => (perBillion(b) ?? Number.POSITIVE_INFINITY) - (perBillion(a) ?? Number.POSITIVE_INFINITY) || a - b);
  const rankOf = new Int32Array(n);
  ranked.forEach((i, r) => (rankOf[i] = r + 1));
  const reasonFor = (i: number): LeftOutReason => {
    const c = cands[i] as Candidate;
    if (elements.some((e) => e.fix?.value === 0 && e.fix.index === i)) return { code: "must-not-fund", constraints: [`must-not-fund:${c.id}`], message: reasonMessage("must-not-fund") };
    x[i] = 1;
    const broken = elements.filter((e, k) => e.fix === undefined && !holds(e, (act[k] as bigint) + (e.coef.get(i) ?? 0n), x)).map((e) => e.label);
    x[i] = 0;
    if (broken.length === 1 && broken[0] === "budget") {
      const pb = perBillion(i);
      return {
        code: "over-budget",
        constraints: broken,
        message: reasonMessage("over-budget", { cost: c.cost.toString(), left: (budget - spent).toString(), perBillion: pb === null ? "∞" : pb.toPrecision(4), rank: rankOf[i] as number, of: n }),
      };
    }
    if (broken.length > 0) {
      const names = constraintNames(broken);
      return { code: "constraint", constraints: broken, message: reasonMessage("constraint", { fa: names.fa, en: names.en }) };
    }
    if ((benefit[i] as number) <= 0) return { code: "no-benefit", constraints: [], message: reasonMessage("no-benefit") };
    return { code: "not-reached", constraints: [], message: reasonMessage("not-reached") };
  };
  const outcomes: CandidateOutcome[] = cands.map((c, i) => ({
    id: c.id,
    chosen: x[i] === 1,
    cost: rials(c.cost),
    benefit: benefit[i] as number,
    benefitPerBillionRials: perBillion(i),
    reason: x[i] === 1 ? null : reasonFor(i),
  }));

  let greedySpent = 0n;
  for (let i = 0; i < n; i++) if (g.x[i] === 1) greedySpent += (cands[i] as Candidate).cost;
  const found = solution.x !== null;
  // stopped by the time limit before HiGHS had a bound of its own: Dantzig's bound stands in
  const bound = solution.bound ?? (found ? Math.max(objective, budgetBound(cands, benefit, elements, budget)) : null);
  const gap = solution.gap ?? (found && bound !== null ? (bound - objective) / Math.max(1, Math.abs(objective)) : null);
  const record = (m: Map<string, bigint>): Record<string, Rials> => Object.fromEntries([...m].map(([k, v]) => [k, rials(v)]));
  return {
    status: solution.status,
    chosen: cands.filter((_, i) => x[i] === 1).map((c) => c.id),
    candidates: outcomes,
    budget: rials(budget),
    spent: rials(spent),
    unspent: rials(budget - spent),
    spendBySource: record(bySource),
    spendByCounty: record(byCounty),
    objective: found ? objective : null,
    bound,
    gap,
    greedy: {
      chosen: cands.filter((_, i) => g.x[i] === 1).map((c) => c.id),
      objective: g.objective,
      spent: rials(greedySpent),
      feasible: greedyFeasible,
      improvement: found && greedyFeasible && g.objective > 0 ? (objective - g.objective) / g.objective : null,
    },
    conflict: null,
  };
}
