/**
 * Test helper (imported by the prioritizeInterventions tests only; no entry point reaches it):
 * random planning instances with every constraint kind, their brute-force optimum, and the
 * call that poses them to prioritizeInterventions.
 */
import fc from "fast-check";
import type { PlanningCandidate, PrioritizeOptions } from "./prioritizeInterventions";

export const MILLION: number = 1_000_000;
export const COUNTIES: string[] = ["karaj", "fardis", "nazarabad"];
export const SOURCES: string[] = ["provincial", "national"];
export const TYPES: string[] = ["health-centre", "vocational-skills", "educational-space"];

export interface Plain {
  id: string;
  cost: number; // millions of rials
  source: string;
  countyId: string;
  type: string;
  beneficiaries: number;
  targetGroups: string[];
  benefit: number;
}

export interface Instance {
  cands: Plain[];
  budget: number; // millions
  sources?: Record<string, number>;
  counties?: Record<string, { min?: number; max?: number }>; // percent integers
  types?: Record<string, { maxCount?: number; maxSpend?: number }>;
  targetGroups?: Record<string, number>; // percent integers
  mustFund?: string[];
  mustNotFund?: string[];
  exclusive?: [string, string][];
  prerequisites?: { id: string; requires: string }[];
}

/** Feasibility of a subset, written independently of the library (integers only, no allocation). */
export function feasible(inst: Instance, mask: number): boolean {
  const n = inst.cands.length;
  let total = 0;
  let people = 0;
  const source: Record<string, number> = {};
  const county: Record<string, number> = {};
  const typeCount: Record<string, number> = {};
  const typeSpend: Record<string, number> = {};
  const group: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    if (((mask >> i) & 1) === 0) continue;
    const c = inst.cands[i] as Plain;
    total += c.cost;
    people += c.beneficiaries;
    source[c.source] = (source[c.source] ?? 0) + c.cost;
    county[c.countyId] = (county[c.countyId] ?? 0) + c.cost;
    typeCount[c.type] = (typeCount[c.type] ?? 0) + 1;
    typeSpend[c.type] = (typeSpend[c.type] ?? 0) + c.cost;
    for (const g of c.targetGroups) group[g] = (group[g] ?? 0) + c.beneficiaries;
  }
  const has = (id: string): boolean => ((mask >> Number(id.slice(1))) & 1) === 1;
  if (total > inst.budget) return false;
  for (const [s, limit] of Object.entries(inst.sources ?? {})) if ((source[s] ?? 0) > limit) return false;
  for (const [k, { min, max }] of Object.entries(inst.counties ?? {})) {
    const spend = county[k] ?? 0;
    if (min !== undefined && 100 * spend < min * total) return false;
    if (max !== undefined && 100 * spend > max * total) return false;
  }
  for (const [t, { maxCount, maxSpend }] of Object.entries(inst.types ?? {})) {
    if (maxCount !== undefined && (typeCount[t] ?? 0) > maxCount) return false;
    if (maxSpend !== undefined && (typeSpend[t] ?? 0) > maxSpend) return false;
  }
  for (const [g, pct] of Object.entries(inst.targetGroups ?? {})) if (100 * (group[g] ?? 0) < pct * people) return false;
  if ((inst.mustFund ?? []).some((id) => !has(id))) return false;
  if ((inst.mustNotFund ?? []).some((id) => has(id))) return false;
  if ((inst.exclusive ?? []).some(([a, b]) => has(a) && has(b))) return false;
  if ((inst.prerequisites ?? []).some(({ id, requires }) => has(id) && !has(requires))) return false;
  return true;
}

export function bruteForce(inst: Instance): number | null {
  let best: number | null = null;
  const n = inst.cands.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (!feasible(inst, mask)) continue;
    let value = 0;
    for (let i = 0; i < n; i++) if ((mask >> i) & 1) value += (inst.cands[i] as Plain).benefit;
    if (best === null || value > best) best = value;
  }
  return best;
}

export function toCall(inst: Instance): [PlanningCandidate[], PrioritizeOptions] {
  const m = (x: number): bigint => BigInt(x) * BigInt(MILLION);
  const cands = inst.cands.map((c) => ({ ...c, cost: m(c.cost) }));
  const options: PrioritizeOptions = {
    budget: m(inst.budget),
    ...(inst.sources === undefined ? {} : { sources: Object.fromEntries(Object.entries(inst.sources).map(([k, v]) => [k, m(v)])) }),
    ...(inst.counties === undefined
      ? {}
      : { counties: Object.fromEntries(Object.entries(inst.counties).map(([k, v]) => [k, { ...(v.min === undefined ? {} : { min: v.min / 100 }), ...(v.max === undefined ? {} : { max: v.max / 100 }) }])) }),
    ...(inst.types === undefined
      ? {}
      : { types: Object.fromEntries(Object.entries(inst.types).map(([k, v]) => [k, { ...(v.maxCount === undefined ? {} : { maxCount: v.maxCount }), ...(v.maxSpend === undefined ? {} : { maxSpend: m(v.maxSpend) }) }])) }),
    ...(inst.targetGroups === undefined ? {} : { targetGroups: Object.fromEntries(Object.entries(inst.targetGroups).map(([k, v]) => [k, v / 100])) }),
    ...(inst.mustFund === undefined ? {} : { mustFund: inst.mustFund }),
    ...(inst.mustNotFund === undefined ? {} : { mustNotFund: inst.mustNotFund }),
    ...(inst.exclusive === undefined ? {} : { exclusive: inst.exclusive }),
    ...(inst.prerequisites === undefined ? {} : { prerequisites: inst.prerequisites }),
  };
  return [cands, options];
}

/** Random instances with every constraint kind (each kind present in about half of them). */
export function instances(count: number, minN: number, maxN: number, seed: number): Instance[] {
  const cand = fc.record({
    cost: fc.integer({ min: 1, max: 30 }),
    source: fc.constantFrom(...SOURCES),
    countyId: fc.constantFrom(...COUNTIES),
    type: fc.constantFrom(...TYPES),
    beneficiaries: fc.integer({ min: 0, max: 60 }),
    targetGroups: fc.subarray(["women", "youth"]),
    benefit: fc.integer({ min: 0, max: 100 }),
  });
  const arb = fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.record({
      cands: fc.array(cand, { minLength: n, maxLength: n }),
      budgetShare: fc.integer({ min: 10, max: 90 }),
      flags: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      pick: fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 8, maxLength: 8 }),
      pct: fc.array(fc.integer({ min: 5, max: 60 }), { minLength: 6, maxLength: 6 }),
      small: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
    }),
  );
  return fc.sample(arb, { seed, numRuns: count }).map((r) => {
    const cands: Plain[] = r.cands.map((c, i) => ({ ...c, id: `c${i}` }));
    const total = cands.reduce((s, c) => s + c.cost, 0);
    const id = (k: number): string => `c${r.pick[k] as number}`;
    const [fSource, fCounty, fType, fGroup, fMust, fMustNot, fExcl, fPre, fCountyMax] = r.flags;
    const inst: Instance = { cands, budget: Math.floor((total * r.budgetShare) / 100) };
    if (fSource === true) inst.sources = { provincial: Math.floor((total * (r.pct[0] as number)) / 100) };
    if (fCounty === true || fCountyMax === true) {
      inst.counties = {
        ...(fCounty === true ? { karaj: { min: Math.floor((r.pct[1] as number) / 2) } } : {}),
        ...(fCountyMax === true ? { fardis: { max: 30 + (r.pct[2] as number) } } : {}),
      };
    }
    if (fType === true) inst.types = { "health-centre": { maxCount: r.small[0] as number }, "vocational-skills": { maxSpend: Math.floor((total * (r.pct[3] as number)) / 200) } };
    if (fGroup === true) inst.targetGroups = { women: r.pct[4] as number, ...((r.pct[5] as number) < 30 ? { youth: r.pct[5] as number } : {}) };
    if (fMust === true) inst.mustFund = [id(0)];
    if (fMustNot === true && id(1) !== id(0)) inst.mustNotFund = [id(1)];
    if (fExcl === true) inst.exclusive = ([[id(2), id(3)], [id(4), id(5)]] as [string, string][]).filter(([a, b]) => a !== b);
    if (fPre === true && id(6) !== id(7)) inst.prerequisites = [{ id: id(6), requires: id(7) }];
    return inst;
  });
}

export function chosenMask(inst: Instance, chosen: readonly string[]): number {
  return inst.cands.reduce((mask, c, i) => (chosen.includes(c.id) ? mask | (1 << i) : mask), 0);
}

