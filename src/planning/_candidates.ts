/**
 * Private: reads candidates (interventions or plain objects) into exact integers — costs in
 * rials as bigints per funding source and per county — and checks each row.
 */
import type { Rials } from "../text/index";
import { allocateMoney, parseMoney } from "../text/index";
import { isMahallehError } from "../errors/MahallehError";
import { planningError } from "./_messages";

import type { MoneyInput } from "./MoneyInput";
export type { MoneyInput };

/** A candidate as given (see `PlanningCandidate`). */
export interface CandidateLike {
  readonly id: string;
  readonly type?: string | undefined;
  readonly neighbourhoodIds?: readonly string[] | undefined;
  readonly countyId?: string | undefined;
  readonly targetGroups?: readonly string[] | undefined;
  readonly cost?: MoneyInput | undefined;
  readonly source?: string | undefined;
  readonly budget?: readonly { readonly source: string; readonly amountRials: MoneyInput }[] | undefined;
  readonly beneficiaries?: number | undefined;
  readonly plannedBeneficiaries?: number | undefined;
  readonly beneficiariesByGroup?: Readonly<Record<string, number>> | undefined;
  readonly benefit?: number | undefined;
}

/** A candidate read into exact integers. */
export interface Candidate {
  readonly id: string;
  readonly row: number;
  readonly type: string | undefined;
  readonly neighbourhoods: readonly string[];
  readonly cost: bigint;
  readonly bySource: ReadonlyMap<string, bigint>;
  readonly byCounty: ReadonlyMap<string, bigint>;
  readonly beneficiaries: number;
  readonly byGroup: ReadonlyMap<string, number>;
  readonly benefit: number | undefined;
}

/** Reads an amount of money into whole rials (bigint); `what` names it in errors. */
export function readRials(value: unknown, onError: (why: string) => Error): bigint {
  if (typeof value === "bigint") {
    if (value < 0n) throw onError("negative");
    return value;
  }
  if (typeof value === "number" && Number.isSafeInteger(value)) {
    if (value < 0) throw onError("negative");
    return BigInt(value);
  }
  let amount: Rials;
  try {
    amount = parseMoney(value as MoneyInput, { defaultUnit: "rial" });
  } catch (error) {
    throw onError(isMahallehError(error) ? error.messages.en : String(error));
  }
  if (amount.isNegative()) throw onError("negative");
  return BigInt(amount.toFixed(0));
}

function count(value: unknown, row: number, id: string, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw planningError("PLANNING_INVALID_INPUT", "badCount", { row, id, what });
  return value;
}

/** Reads and checks the candidates; `countyOf` maps neighbourhoods to counties. */
export function readCandidates(input: readonly CandidateLike[], countyOf: Readonly<Record<string, string>> | undefined): Candidate[] {
  if (!Array.isArray(input)) throw planningError("PLANNING_INVALID_INPUT", "notArray", { what: "candidates" });
  const seen = new Set<string>();
  return input.map((c, row) => {
    if (typeof c !== "object" || c === null || typeof c.id !== "string" || c.id === "") throw planningError("PLANNING_INVALID_INPUT", "noId", { row });
    const id = c.id;
    if (seen.has(id)) throw planningError("PLANNING_DUPLICATE_ID", "duplicateId", { id, row });
    seen.add(id);
    const badCost = (why: string): Error => planningError("PLANNING_INVALID_COST", "badCost", { row, id, why });
    const bySource = new Map<string, bigint>();
    if (Array.isArray(c.budget) && c.budget.length > 0) {
      for (const line of c.budget) {
        const amount = readRials(line?.amountRials, badCost);
        const source = typeof line?.source === "string" ? line.source : "other";
        bySource.set(source, (bySource.get(source) ?? 0n) + amount);
      }
    } else if (c.cost !== undefined) {
      bySource.set(c.source ?? "unspecified", readRials(c.cost, badCost));
    } else throw planningError("PLANNING_INVALID_COST", "noCost", { row, id });
    let cost = 0n;
    for (const v of bySource.values()) cost += v;
    const neighbourhoods = Array.isArray(c.neighbourhoodIds) ? (c.neighbourhoodIds as readonly unknown[]).filter((x): x is string => typeof x === "string") : [];
    const byCounty = new Map<string, bigint>();
    if (typeof c.countyId === "string" && c.countyId !== "") byCounty.set(c.countyId, cost);
    else if (countyOf !== undefined && neighbourhoods.length > 0) {
      const counts = new Map<string, number>();
      for (const unit of neighbourhoods) {
        const county = Object.hasOwn(countyOf, unit) ? countyOf[unit] : undefined;
        if (county === undefined) throw planningError("PLANNING_UNKNOWN_ID", "unknownId", { where: `candidates[${row}].neighbourhoodIds`, id: unit });
        counts.set(county, (counts.get(county) ?? 0) + 1);
      }
      const counties = [...counts.keys()];
      const parts = counties.length === 1 || cost === 0n ? counties.map((_, i) => (i === 0 ? cost : 0n)) : allocateMoney(cost, counties.map((k) => counts.get(k) as number)).map((d) => BigInt(d.toFixed(0)));
      counties.forEach((k, i) => byCounty.set(k, parts[i] as bigint));
    }
    const beneficiaries = count(c.beneficiaries ?? c.plannedBeneficiaries ?? 0, row, id, "beneficiaries");
    const byGroup = new Map<string, number>();
    if (c.beneficiariesByGroup !== undefined) {
      for (const [g, v] of Object.entries(c.beneficiariesByGroup)) byGroup.set(g, count(v, row, id, `beneficiariesByGroup.${g}`));
    } else if (Array.isArray(c.targetGroups)) for (const g of c.targetGroups) byGroup.set(g, beneficiaries);
    if (c.benefit !== undefined && (typeof c.benefit !== "number" || !Number.isFinite(c.benefit) || c.benefit < 0)) throw planningError("PLANNING_INVALID_INPUT", "badBenefit", { row, id });
    return { id, row, type: typeof c.type === "string" ? c.type : undefined, neighbourhoods, cost, bySource, byCounty, beneficiaries, byGroup, benefit: c.benefit };
  });
}
