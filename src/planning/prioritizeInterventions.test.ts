import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prioritizeInterventions, type PlanningCandidate, type PrioritizeOptions } from "./prioritizeInterventions";

const MILLION = 1_000_000;
const COUNTIES = ["karaj", "fardis", "nazarabad"];
const SOURCES = ["provincial", "national"];
const TYPES = ["health-centre", "vocational-skills", "educational-space"];

interface Plain {
  id: string;
  cost: number; // millions of rials
  source: string;
  countyId: string;
  type: string;
  beneficiaries: number;
  targetGroups: string[];
  benefit: number;
}

interface Instance {
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
function feasible(inst: Instance, mask: number): boolean {
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

function bruteForce(inst: Instance): number | null {
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

function toCall(inst: Instance): [PlanningCandidate[], PrioritizeOptions] {
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
function instances(count: number, minN: number, maxN: number, seed: number): Instance[] {
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

function chosenMask(inst: Instance, chosen: readonly string[]): number {
  return inst.cands.reduce((mask, c, i) => (chosen.includes(c.id) ? mask | (1 << i) : mask), 0);
}

describe("prioritizeInterventions: optimal against brute force", () => {
  const small = instances(320, 1, 12, 2026);
  const large = instances(6, 16, 18, 1403);
  const kinds = { sources: 0, counties: 0, types: 0, targetGroups: 0, mustFund: 0, mustNotFund: 0, exclusive: 0, prerequisites: 0, infeasible: 0 };

  it(`matches the brute-force optimum on ${small.length + large.length} random instances with every constraint kind`, async () => {
    for (const inst of [...small, ...large]) {
      const best = bruteForce(inst);
      const [cands, options] = toCall(inst);
      const result = await prioritizeInterventions(cands, options);
      for (const k of Object.keys(kinds) as (keyof typeof kinds)[]) if (k !== "infeasible" && inst[k] !== undefined) kinds[k]++;
      if (best === null) {
        kinds.infeasible++;
        expect(result.status).toBe("infeasible");
        expect(result.conflict?.constraints.length).toBeGreaterThan(0);
        continue;
      }
      expect(result.status).toBe("optimal");
      expect(result.objective).toBeCloseTo(best, 6);
      const mask = chosenMask(inst, result.chosen);
      expect(feasible(inst, mask)).toBe(true);
      // exact money: spent + unspent = budget, spent = Σ chosen costs
      const spent = inst.cands.filter((c) => result.chosen.includes(c.id)).reduce((s, c) => s + c.cost, 0);
      expect(result.spent.toString()).toBe(String(BigInt(spent) * BigInt(MILLION)));
      expect(result.spent.plus(result.unspent).toString()).toBe(String(BigInt(inst.budget) * BigInt(MILLION)));
      // the greedy comparison is never better than the optimum, and is checked for feasibility
      const greedy = result.greedy;
      expect(greedy).not.toBeNull();
      if (greedy !== null) {
        expect(feasible(inst, chosenMask(inst, greedy.chosen))).toBe(greedy.feasible);
        if (greedy.feasible) expect(greedy.objective).toBeLessThanOrEqual(best + 1e-9);
      }
      // each left-out candidate has a reason
      for (const c of result.candidates) expect(c.chosen === (c.reason === null)).toBe(true);
    }
    for (const count of Object.values(kinds)) expect(count).toBeGreaterThan(10);
  }, 120_000);
});

describe("prioritizeInterventions: the greedy comparison", () => {
  it("is the benefit-per-rial greedy choice on budget-only instances (checked by hand-written greedy)", async () => {
    for (const inst of instances(60, 3, 10, 7)) {
      const plain: Instance = { cands: inst.cands, budget: inst.budget };
      const [cands, options] = toCall(plain);
      const result = await prioritizeInterventions(cands, options);
      const order = plain.cands.map((_, i) => i).sort((a, b) => plain.cands[b]!.benefit / plain.cands[b]!.cost - plain.cands[a]!.benefit / plain.cands[a]!.cost || a - b);
      let left = plain.budget;
      const expected = new Set<string>();
      for (const i of order) {
        const c = plain.cands[i] as Plain;
        if (c.benefit > 0 && c.cost <= left) {
          expected.add(c.id);
          left -= c.cost;
        }
      }
      const greedyValue = [...expected].reduce((s, id) => s + plain.cands.find((c) => c.id === id)!.benefit, 0);
      expect(new Set(result.greedy?.chosen)).toEqual(expected);
      expect(result.greedy?.objective).toBe(greedyValue);
      expect(result.greedy?.feasible).toBe(true);
      if (greedyValue > 0) expect(result.greedy?.improvement).toBeCloseTo(((result.objective as number) - greedyValue) / greedyValue, 12);
    }
  }, 60_000);
});

describe("prioritizeInterventions: the time limit", () => {
  it("returns the best portfolio found, a bound no lower than the optimum and the gap between them", async () => {
    // a seeded budget-only instance; a time limit of a nanosecond stops HiGHS at once
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const cands = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}`, cost: Math.round(100 + next() * 900) * MILLION, benefit: Math.round(100 + next() * 900) }));
    const budget = cands.reduce((s, c) => s + c.cost, 0) / 4;
    const stopped = await prioritizeInterventions(cands, { budget, timeLimit: 1e-9, relativeGap: 0 });
    const full = await prioritizeInterventions(cands, { budget, relativeGap: 0 });
    expect(stopped.status).toBe("time-limit");
    expect(full.status).toBe("optimal");
    // the best found is the greedy start, feasible and re-summed within the budget
    expect(stopped.chosen).toEqual(stopped.greedy?.chosen);
    expect(stopped.objective).toBe(stopped.greedy?.objective);
    expect(BigInt(stopped.spent.toString())).toBeLessThanOrEqual(BigInt(budget));
    const objective = stopped.objective as number;
    const bound = stopped.bound as number;
    expect(objective).toBeLessThanOrEqual(full.objective as number);
    expect(bound).toBeGreaterThanOrEqual(full.objective as number);
    expect(stopped.gap).toBeCloseTo((bound - objective) / objective, 12);
    expect(stopped.candidates.every((c) => c.chosen || c.reason !== null)).toBe(true);
  }, 120_000);
});

describe("prioritizeInterventions: reasons, conflicts and bad input", () => {
  const base: PlanningCandidate[] = [
    { id: "a", cost: "۴ میلیارد ریال", benefit: 40, type: "health-centre", countyId: "karaj", targetGroups: ["women"], beneficiaries: 100 },
    { id: "b", cost: "۳ میلیارد ریال", benefit: 36, type: "health-centre", countyId: "fardis", beneficiaries: 100 },
    { id: "c", cost: "۳ میلیارد ریال", benefit: 30, type: "vocational-skills", countyId: "karaj", beneficiaries: 50 },
    { id: "d", cost: "۲ میلیارد ریال", benefit: 10, type: "educational-space", countyId: "fardis", beneficiaries: 10 },
  ];
  it("names the constraint that blocks each left-out candidate", async () => {
    const r = await prioritizeInterventions(base, { budget: "۱۰ میلیارد ریال", types: { "health-centre": { maxCount: 1 } }, exclusive: [["c", "d"]], mustNotFund: ["d"] });
    expect(r.chosen).toEqual(["a", "c"]);
    const reasons = Object.fromEntries(r.candidates.map((c) => [c.id, c.reason?.code ?? null]));
    expect(reasons).toEqual({ a: null, b: "constraint", c: null, d: "must-not-fund" });
    expect(r.candidates[1]?.reason?.constraints).toEqual(["type-count:health-centre"]);
    expect(r.candidates[1]?.reason?.message.en).toBe('blocked by: cap on the number of "health-centre"');
    expect(r.spendByCounty["karaj"]?.toString()).toBe("7000000000");
    expect(r.unspent.toString()).toBe("3000000000");
  });
  it("reports a minimal conflict instead of a solver dump", async () => {
    const r = await prioritizeInterventions(base, { budget: "۵ میلیارد ریال", mustFund: ["a", "b"], targetGroups: { women: 0.1 } });
    expect(r.status).toBe("infeasible");
    expect(r.conflict?.constraints).toEqual(["budget", "must-fund:a", "must-fund:b"]);
    expect(r.conflict?.message.en).toBe('These constraints cannot all hold: total budget, must fund "a", must fund "b"');
    expect(r.candidates.every((c) => c.reason?.code === "infeasible")).toBe(true);
  });
  it("finds a conflict between a share and a must-fund item", async () => {
    // karaj ≥ 80 % of the spend, but d (Fardis, 2 bn) must be funded: at most a + c = 7 bn of 9 bn go to Karaj
    const r = await prioritizeInterventions(base, { budget: "۲۰ میلیارد ریال", counties: { karaj: { min: 0.8 }, fardis: { min: 0.1 } }, mustFund: ["d"] });
    expect(r.status).toBe("infeasible");
    expect(r.conflict?.constraints).toEqual(["county-min:karaj", "must-fund:d"]);
    // the empty portfolio meets any shares: without must-fund there is no conflict
    const free = await prioritizeInterventions(base, { budget: "۲۰ میلیارد ریال", counties: { karaj: { min: 0.8 }, fardis: { min: 0.3 } } });
    expect(free.status).toBe("optimal");
  });
  it("refuses negative or unreadable costs, naming the row, and unknown ids", async () => {
    await expect(prioritizeInterventions([{ id: "x", cost: -5 }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_INVALID_COST", details: { row: 0, id: "x" } });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }, { id: "y", cost: "حدود صد" }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_INVALID_COST", details: { row: 1 } });
    await expect(prioritizeInterventions([{ id: "x", cost: 1.5 }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_INVALID_COST" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, mustFund: ["z"] })).rejects.toMatchObject({ code: "PLANNING_UNKNOWN_ID" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }, { id: "x", cost: 2 }], { budget: 10 })).rejects.toMatchObject({ code: "PLANNING_DUPLICATE_ID" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, mustFund: ["x"], mustNotFund: ["x"] })).rejects.toMatchObject({ code: "PLANNING_BAD_OPTION" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, targetGroups: { women: 1.5 } })).rejects.toMatchObject({ code: "PLANNING_BAD_OPTION" });
    await expect(prioritizeInterventions([{ id: "x", cost: 1 }], { budget: 10, exclusive: [["x", "x"]] })).rejects.toMatchObject({ code: "PLANNING_BAD_OPTION" });
  });
  it("a budget below the must-fund items is a named conflict", async () => {
    const r = await prioritizeInterventions(base, { budget: "۳ میلیارد ریال", mustFund: ["a"] });
    expect(r.conflict?.constraints).toEqual(["budget", "must-fund:a"]);
  });
});
