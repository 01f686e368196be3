import type { Rials } from "../text/index";
import { allocateMoney, parseMoney } from "../text/index";
import { readRials } from "./_candidates";
import type { MoneyInput } from "./MoneyInput";
import { planningError } from "./_messages";

/**
 * A county or neighbourhood to give money to.
 *
 * @category Budgets
 */
export interface BudgetUnit {
  /** Id of the unit. */
  readonly id: string;
  /** Residents (for the `population` term of the formula). */
  readonly population?: number | undefined;
  /** Need, e.g. the composite index score (for the `need` term). */
  readonly need?: number | undefined;
  /** A weight given directly (used when the formula is `"weight"`). */
  readonly weight?: number | undefined;
}

/**
 * The allocation formula: a unit's weight is population^`population` × need^`need`
 * (so `{ population: 1, need: 0.5 }` is population × √need, `{ population: 1, need: 0 }` is
 * per head), or `"weight"` for the units' own weights.
 *
 * @category Budgets
 */
export type BudgetFormula =
  | {
      /** Exponent of the population. Default 0. */
      readonly population?: number | undefined;
      /** Exponent of the need (α). Default 0. */
      readonly need?: number | undefined;
    }
  | "weight";

/**
 * Options of {@link allocateBudget}.
 *
 * @category Budgets
 */
export interface AllocateBudgetOptions {
  /** The formula. */
  readonly formula: BudgetFormula;
  /** Least each unit gets: one amount for all, or per unit id. Default 0. */
  readonly floor?: MoneyInput | Readonly<Record<string, MoneyInput>> | undefined;
  /** Most each unit gets: one amount for all, or per unit id. Default none. */
  readonly cap?: MoneyInput | Readonly<Record<string, MoneyInput>> | undefined;
}

/**
 * One unit's share.
 *
 * @category Budgets
 */
export interface BudgetAllocation {
  /** Unit id. */
  readonly id: string;
  /** Its weight under the formula. */
  readonly weight: number;
  /** Rials given. */
  readonly amount: Rials;
  /** Whether it was held at its floor or cap (`null` when it got its proportional share). */
  readonly bound: "floor" | "cap" | null;
}

/**
 * The result of {@link allocateBudget}.
 *
 * @category Budgets
 */
export interface BudgetSplit {
  /** The total, exactly the sum of the amounts. */
  readonly total: Rials;
  /** One allocation per unit, in input order. */
  readonly allocations: readonly BudgetAllocation[];
  /** The formula used, echoed: its exponents (or `"weight"`) and its text. */
  readonly formula: {
    /** Exponent of the population (`null` for `"weight"`). */
    readonly population: number | null;
    /** Exponent of the need (`null` for `"weight"`). */
    readonly need: number | null;
    /** The formula written out. */
    readonly text: string;
  };
}

const nonNegative = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/**
 * Splits a budget across counties or neighbourhoods in proportion to a formula such as
 * population × need^α, honouring floors and caps: units whose share falls below their floor
 * are raised to it and units above their cap held at it, and what this frees or takes is
 * shared among the others in proportion to their weights again (repeated until every unit
 * is within its bounds). The amounts are whole rials that add up to the total exactly (the
 * largest-remainder rule of `allocateMoney`).
 *
 * @param total - the budget in rials (numbers and unit-less text are rials)
 * @param units - the units with population, need or weight
 * @param options - formula, floors and caps; see {@link AllocateBudgetOptions}
 * @returns the amounts, the bounds that held, and the formula echoed
 * @throws MahallehError `PLANNING_INVALID_COST` for a negative or unreadable total, floor or
 *   cap; `PLANNING_BAD_WEIGHTS` for a missing or negative population, need or weight, or
 *   weights that sum to zero; `PLANNING_INFEASIBLE` when the floors exceed the total, a
 *   floor its cap, or the caps fall short of it; `PLANNING_DUPLICATE_ID`
 * @example
 * ```ts
 * import { allocateBudget } from "mahalleh/planning";
 * const split = allocateBudget(
 *   "۱۰۰ میلیارد ریال",
 *   [
 *     { id: "karaj", population: 400_000, need: 1 },
 *     { id: "fardis", population: 100_000, need: 4 },
 *     { id: "taleqan", population: 10_000, need: 9 },
 *   ],
 *   { formula: { population: 1, need: 0.5 }, cap: { karaj: "۵۰ میلیارد ریال" } },
 * );
 * split.allocations.map((a) => a.amount.toString()); // => ["50000000000", "43478260870", "6521739130"]
 * split.allocations.map((a) => a.bound); // => ["cap", null, null]
 * split.formula.text; // => "population^1 × need^0.5"
 * ```
 *
 * @category Budgets
 */
export function allocateBudget(total: MoneyInput, units: readonly BudgetUnit[], options: AllocateBudgetOptions): BudgetSplit {
  const amount = readRials(total, () => planningError("PLANNING_INVALID_COST", "badMoney", { what: "total" }));
  if (!Array.isArray(units) || units.length === 0) throw planningError("PLANNING_INVALID_INPUT", "notArray", { what: "units" });
  if (typeof options !== "object" || options === null) throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "options", why: "an object is required", fa: "شیء لازم است" });
  const formula = options.formula;
  const byWeight = formula === "weight";
  const pe = byWeight ? null : (formula?.population ?? 0);
  const ne = byWeight ? null : (formula?.need ?? 0);
  if (!byWeight && (typeof formula !== "object" || formula === null || !Number.isFinite(pe) || !Number.isFinite(ne))) {
    throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "formula", why: '{ population, need } exponents or "weight"', fa: 'توان‌های { population, need } یا "weight"' });
  }
  const seen = new Set<string>();
  const badWeight = (why: string, fa: string): Error => planningError("PLANNING_BAD_WEIGHTS", "badWeights", { what: "allocateBudget", why, fa });
  const weights = units.map((u, row) => {
    if (typeof u?.id !== "string" || u.id === "") throw planningError("PLANNING_INVALID_INPUT", "noId", { row });
    if (seen.has(u.id)) throw planningError("PLANNING_DUPLICATE_ID", "duplicateId", { id: u.id, row });
    seen.add(u.id);
    if (byWeight) {
      if (!nonNegative(u.weight)) throw badWeight(`the weight of "${u.id}" is missing or negative`, `وزن «${u.id}» نیست یا منفی است`);
      return u.weight;
    }
    const p = pe === 0 ? 1 : u.population;
    const d = ne === 0 ? 1 : u.need;
    if (!nonNegative(p)) throw badWeight(`the population of "${u.id}" is missing or negative`, `جمعیت «${u.id}» نیست یا منفی است`);
    if (!nonNegative(d)) throw badWeight(`the need of "${u.id}" is missing or negative`, `نیاز «${u.id}» نیست یا منفی است`);
    const w = p ** (pe as number) * d ** (ne as number);
    if (!Number.isFinite(w)) throw badWeight(`the weight of "${u.id}" is not finite`, `وزن «${u.id}» متناهی نیست`);
    return w;
  });
  const bound = (spec: AllocateBudgetOptions["floor"], id: string, what: string): bigint | null => {
    if (spec === undefined) return null;
    const isRecord = typeof spec === "object" && spec !== null && !("toFixed" in spec);
    const value = isRecord ? (spec as Readonly<Record<string, MoneyInput>>)[id] : spec;
    if (value === undefined) return null;
    return readRials(value, () => planningError("PLANNING_INVALID_COST", "badMoney", { what: `${what}.${id}` }));
  };
  const n = units.length;
  const floors = units.map((u) => bound(options.floor, u.id, "floor") ?? 0n);
  const caps = units.map((u) => bound(options.cap, u.id, "cap"));
  let floorSum = 0n;
  let capSum: bigint | null = 0n;
  units.forEach((u, i) => {
    const cap = caps[i] as bigint | null;
    if (cap !== null && cap < (floors[i] as bigint)) throw planningError("PLANNING_INFEASIBLE", "floorAboveCap", { id: u.id });
    floorSum += floors[i] as bigint;
    capSum = cap === null || capSum === null ? null : capSum + cap;
  });
  if (floorSum > amount) throw planningError("PLANNING_INFEASIBLE", "floorsExceed", {}, { floors: floorSum.toString(), total: amount.toString() });
  if (capSum !== null && capSum < amount) throw planningError("PLANNING_INFEASIBLE", "capsShort", {}, { caps: (capSum as bigint).toString(), total: amount.toString() });

  const fixed: ("floor" | "cap" | null)[] = new Array<"floor" | "cap" | null>(n).fill(null);
  const result: bigint[] = new Array<bigint>(n).fill(0n);
  for (let round = 0; round <= 2 * n + 2; round++) {
    let rest = amount;
    const free: number[] = [];
    for (let i = 0; i < n; i++) {
      if (fixed[i] === "floor") rest -= floors[i] as bigint;
      else if (fixed[i] === "cap") rest -= caps[i] as bigint;
      else free.push(i);
    }
    if (free.length === 0) break;
    const wsum = free.reduce((s, i) => s + (weights[i] as number), 0);
    if (wsum <= 0) {
      if (rest === 0n) {
        for (const i of free) result[i] = 0n;
        break;
      }
      throw badWeight("the weights sum to zero", "جمع وزن‌ها صفر است");
    }
    const ideal = free.map((i) => (Number(rest) * (weights[i] as number)) / wsum);
    let excess = 0;
    let deficit = 0;
    const over: number[] = [];
    const under: number[] = [];
    free.forEach((i, k) => {
      const s = ideal[k] as number;
      const cap = caps[i] as bigint | null;
      if (cap !== null && s > Number(cap)) {
        over.push(i);
        excess += s - Number(cap);
      } else if (s < Number(floors[i] as bigint)) {
        under.push(i);
        deficit += Number(floors[i] as bigint) - s;
      }
    });
    if (over.length > 0 || under.length > 0) {
      if (excess >= deficit) for (const i of over) fixed[i] = "cap";
      else for (const i of under) fixed[i] = "floor";
      continue;
    }
    const parts = allocateMoney(rest, free.map((i) => weights[i] as number)).map((d) => BigInt(d.toFixed(0)));
    let moved = false;
    free.forEach((i, k) => {
      const v = parts[k] as bigint;
      const cap = caps[i] as bigint | null;
      if (cap !== null && v > cap) {
        fixed[i] = "cap";
        moved = true;
      } else if (v < (floors[i] as bigint)) {
        fixed[i] = "floor";
        moved = true;
      }
      result[i] = v;
    });
    if (!moved) break;
  }
  for (let i = 0; i < n; i++) {
    if (fixed[i] === "floor") result[i] = floors[i] as bigint;
    else if (fixed[i] === "cap") result[i] = caps[i] as bigint;
  }
  const text = byWeight ? "weight" : `population^${pe} × need^${ne}`;
  return {
    total: parseMoney(amount, { defaultUnit: "rial" }),
    allocations: units.map((u, i) => ({ id: u.id, weight: weights[i] as number, amount: parseMoney(result[i] as bigint, { defaultUnit: "rial" }), bound: fixed[i] ?? null })),
    formula: { population: pe, need: ne, text },
  };
}
