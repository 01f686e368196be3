/**
 * Private: the constraints of `prioritizeInterventions` as exact integer rows over the 0/1
 * choice of each candidate — one {@link Element} per named constraint — with the exact
 * (bigint) check of any selection, used to re-check the solver's answer, to run the greedy
 * comparison and to say why a candidate was left out.
 */
import type { Candidate } from "./_candidates";
import { readRials, type MoneyInput } from "./_candidates";
import { planningError } from "./_messages";

/** The constraint options (see `PortfolioConstraints`). */
export interface ConstraintOptions {
  readonly budget: MoneyInput;
  readonly sources?: Readonly<Record<string, MoneyInput>> | undefined;
  readonly counties?: Readonly<Record<string, { readonly min?: number | undefined; readonly max?: number | undefined }>> | undefined;
  readonly types?: Readonly<Record<string, { readonly maxCount?: number | undefined; readonly maxSpend?: MoneyInput | undefined }>> | undefined;
  readonly targetGroups?: Readonly<Record<string, number>> | undefined;
  readonly mustFund?: readonly string[] | undefined;
  readonly mustNotFund?: readonly string[] | undefined;
  readonly exclusive?: readonly (readonly [string, string])[] | undefined;
  readonly prerequisites?: readonly { readonly id: string; readonly requires: string }[] | undefined;
}

/** One named constraint: lower ≤ Σ coef·x ≤ upper over integers, or a fixed variable. */
export interface Element {
  /** `kind:key`, e.g. `budget`, `source:provincial`, `exclusive:a|b`. */
  readonly label: string;
  readonly kind: string;
  /** Coefficient of each candidate that appears (exact). */
  readonly coef: ReadonlyMap<number, bigint>;
  readonly lower: bigint | null;
  readonly upper: bigint | null;
  /** Whether the coefficients are rials (scaled for the solver). */
  readonly money: boolean;
  /** A fixed variable (must-fund 1, must-not-fund 0) instead of a row. */
  readonly fix?: { readonly index: number; readonly value: 0 | 1 } | undefined;
  /** Only an upper limit on non-negative coefficients: adding a candidate can only break it. */
  readonly monotone: boolean;
}

/** A share in 0–1 with at most 6 decimals as the exact fraction p/q. */
function share(value: unknown, what: string): { p: bigint; q: bigint } {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : "";
  const match = /^(0|1)(?:\.(\d{1,6}))?$/.exec(text);
  if (match === null || value as number > 1) throw planningError("PLANNING_BAD_OPTION", "badShare", { what });
  const decimals = match[2] ?? "";
  const q = 10n ** BigInt(decimals.length);
  return { p: BigInt(`${match[1]}${decimals}`), q };
}

/** Builds the elements from the options; ids are checked against the candidates. */
export function buildElements(candidates: readonly Candidate[], options: ConstraintOptions): Element[] {
  const n = candidates.length;
  const byId = new Map(candidates.map((c, i) => [c.id, i]));
  const at = (id: unknown, where: string): number => {
    const i = typeof id === "string" ? byId.get(id) : undefined;
    if (i === undefined) throw planningError("PLANNING_UNKNOWN_ID", "unknownId", { where, id: String(id) });
    return i;
  };
  const money = (value: unknown, what: string): bigint => readRials(value, () => planningError("PLANNING_INVALID_COST", "badMoney", { what }));
  const elements: Element[] = [];
  const all = (f: (c: Candidate) => bigint): Map<number, bigint> => {
    const m = new Map<number, bigint>();
    for (let i = 0; i < n; i++) {
      const v = f(candidates[i] as Candidate);
      if (v !== 0n) m.set(i, v);
    }
    return m;
  };
  const budget = money(options.budget, "budget");
  elements.push({ label: "budget", kind: "budget", coef: all((c) => c.cost), lower: null, upper: budget, money: true, monotone: true });
  for (const [source, limit] of Object.entries(options.sources ?? {})) {
    elements.push({ label: `source:${source}`, kind: "source", coef: all((c) => c.bySource.get(source) ?? 0n), lower: null, upper: money(limit, `sources.${source}`), money: true, monotone: true });
  }
  for (const [county, range] of Object.entries(options.counties ?? {})) {
    for (const side of ["min", "max"] as const) {
      const value = range?.[side];
      if (value === undefined) continue;
      const { p, q } = share(value, `counties.${county}.${side}`);
      // q·spend(county) − p·total ≥ 0 (min) or ≤ 0 (max)
      const coef = all((c) => q * (c.byCounty.get(county) ?? 0n) - p * c.cost);
      elements.push({ label: `county-${side}:${county}`, kind: `county-${side}`, coef, lower: side === "min" ? 0n : null, upper: side === "max" ? 0n : null, money: true, monotone: false });
    }
  }
  for (const [type, cap] of Object.entries(options.types ?? {})) {
    if (cap?.maxCount !== undefined) {
      if (!Number.isInteger(cap.maxCount) || cap.maxCount < 0) throw planningError("PLANNING_BAD_OPTION", "badOption", { what: `types.${type}.maxCount`, why: "a non-negative integer is required", fa: "عدد صحیح نامنفی لازم است" });
      elements.push({ label: `type-count:${type}`, kind: "type-count", coef: all((c) => (c.type === type ? 1n : 0n)), lower: null, upper: BigInt(cap.maxCount), money: false, monotone: true });
    }
    if (cap?.maxSpend !== undefined) {
      elements.push({ label: `type-spend:${type}`, kind: "type-spend", coef: all((c) => (c.type === type ? c.cost : 0n)), lower: null, upper: money(cap.maxSpend, `types.${type}.maxSpend`), money: true, monotone: true });
    }
  }
  for (const [group, minimum] of Object.entries(options.targetGroups ?? {})) {
    const { p, q } = share(minimum, `targetGroups.${group}`);
    const coef = all((c) => q * BigInt(c.byGroup.get(group) ?? 0) - p * BigInt(c.beneficiaries));
    elements.push({ label: `target-group:${group}`, kind: "target-group", coef, lower: 0n, upper: null, money: false, monotone: false });
  }
  const mustFund = new Set((options.mustFund ?? []).map((id) => at(id, "mustFund")));
  const mustNot = new Set((options.mustNotFund ?? []).map((id) => at(id, "mustNotFund")));
  for (const i of mustFund) {
    const id = (candidates[i] as Candidate).id;
    if (mustNot.has(i)) throw planningError("PLANNING_BAD_OPTION", "bothFundLists", { id });
    elements.push({ label: `must-fund:${id}`, kind: "must-fund", coef: new Map(), lower: null, upper: null, money: false, fix: { index: i, value: 1 }, monotone: false });
  }
  for (const i of mustNot) {
    const id = (candidates[i] as Candidate).id;
    elements.push({ label: `must-not-fund:${id}`, kind: "must-not-fund", coef: new Map([[i, 1n]]), lower: null, upper: 0n, money: false, fix: { index: i, value: 0 }, monotone: true });
  }
  for (const pair of options.exclusive ?? []) {
    const a = at(pair?.[0], "exclusive");
    const b = at(pair?.[1], "exclusive");
    if (a === b) throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "exclusive", why: `"${pair[0]}" is paired with itself`, fa: `«${pair[0]}» با خودش جفت شده است` });
    elements.push({ label: `exclusive:${pair[0]}|${pair[1]}`, kind: "exclusive", coef: new Map([[a, 1n], [b, 1n]]), lower: null, upper: 1n, money: false, monotone: true });
  }
  for (const rule of options.prerequisites ?? []) {
    const b = at(rule?.id, "prerequisites.id");
    const a = at(rule?.requires, "prerequisites.requires");
    if (a === b) throw planningError("PLANNING_BAD_OPTION", "badOption", { what: "prerequisites", why: `"${rule.id}" requires itself`, fa: `«${rule.id}» پیش‌نیاز خودش است` });
    // x_b − x_a ≤ 0
    elements.push({ label: `prerequisite:${rule.id}>${rule.requires}`, kind: "prerequisite", coef: new Map([[b, 1n], [a, -1n]]), lower: null, upper: 0n, money: false, monotone: false });
  }
  return elements;
}

/** Σ coef·x of an element over a selection. */
export function activity(element: Element, x: Uint8Array): bigint {
  let sum = 0n;
  for (const [i, v] of element.coef) if (x[i] === 1) sum += v;
  return sum;
}

/** Whether an element holds at an activity (fixed variables are checked on x). */
export function holds(element: Element, value: bigint, x: Uint8Array): boolean {
  if (element.fix !== undefined && element.fix.value === 1) return x[element.fix.index] === 1;
  return (element.lower === null || value >= element.lower) && (element.upper === null || value <= element.upper);
}

/** Labels of the elements a selection breaks (exact). */
export function violations(elements: readonly Element[], x: Uint8Array): string[] {
  return elements.filter((e) => !holds(e, activity(e, x), x)).map((e) => e.label);
}
