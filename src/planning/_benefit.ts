/**
 * Private: the default objective of `prioritizeInterventions` — each candidate's
 * need-weighted benefit Σ over its neighbourhoods of (beneficiaries / k) × need × fit.
 */
import type { IndexResult } from "../scoring/index";
import { planningError } from "./_messages";

/** What the benefit needs to know about a candidate. */
export interface BenefitInput {
  readonly id: string;
  readonly row: number;
  readonly type: string | undefined;
  readonly neighbourhoods: readonly string[];
  readonly beneficiaries: number;
  readonly benefit: number | undefined;
}

/** Options that shape the default objective. */
export interface BenefitOptions {
  readonly index?: IndexResult | undefined;
  readonly needFrom?: "score" | "level" | undefined;
  readonly need?: Readonly<Record<string, number>> | undefined;
  readonly typeDimensions: Readonly<Record<string, string>>;
}

/** Need and fit look-ups built once from the index result. */
function lookups(options: BenefitOptions): { need: (unit: string, c: BenefitInput) => number; fit: (type: string | undefined, unit: string) => number } | undefined {
  const { index, need } = options;
  if (need !== undefined) {
    return {
      need: (unit, c) => {
        const v = need[unit];
        if (!Object.hasOwn(need, unit) || typeof v !== "number" || !Number.isFinite(v) || v < 0) throw planningError("PLANNING_UNKNOWN_ID", "unscored", { row: c.row, id: c.id, unit });
        return v;
      },
      fit: () => 1,
    };
  }
  if (index === undefined) return undefined;
  const units = new Map(index.units.map((u) => [u.id, u]));
  let maxScore = 0;
  for (const u of index.units) {
    if (u.score === null) continue;
    if (u.score < 0 && options.needFrom !== "level") throw planningError("PLANNING_BAD_OPTION", "negativeScore", { unit: u.id });
    maxScore = Math.max(maxScore, u.score);
  }
  const levels = index.levels.length;
  const dimMax = new Map<string, number>();
  for (const u of index.units) {
    for (const [d, v] of Object.entries(u.dimensions)) if (v !== null && v > (dimMax.get(d) ?? 0)) dimMax.set(d, v);
  }
  return {
    need(unit, c) {
      const u = units.get(unit);
      if (u === undefined || u.score === null) throw planningError("PLANNING_UNKNOWN_ID", "unscored", { row: c.row, id: c.id, unit });
      if (options.needFrom === "level") return u.level === null || levels === 0 ? 1 : (levels - u.level.level + 1) / levels;
      return maxScore > 0 ? u.score / maxScore : 1;
    },
    fit(type, unit) {
      const dimension = type === undefined ? undefined : options.typeDimensions[type];
      if (dimension === undefined) return 1;
      const max = dimMax.get(dimension);
      const value = units.get(unit)?.dimensions[dimension];
      if (max === undefined || max <= 0 || value === null || value === undefined) return 1;
      return Math.max(0, value) / max;
    },
  };
}

/** The benefit of every candidate (a given `benefit` wins; else need × fit × beneficiaries). */
export function computeBenefits(candidates: readonly BenefitInput[], options: BenefitOptions): Float64Array {
  const look = candidates.some((c) => c.benefit === undefined) ? lookups(options) : undefined;
  return Float64Array.from(candidates, (c) => {
    if (c.benefit !== undefined) return c.benefit;
    if (look === undefined) return c.beneficiaries;
    if (c.neighbourhoods.length === 0) throw planningError("PLANNING_INVALID_INPUT", "noNeighbourhood", { row: c.row, id: c.id });
    const share = c.beneficiaries / c.neighbourhoods.length;
    let total = 0;
    for (const unit of c.neighbourhoods) total += share * look.need(unit, c) * look.fit(c.type, unit);
    return total;
  });
}
