import type { BallotTally } from "./tallyBallots";
import { planningError } from "./_messages";

/**
 * Options of {@link blendWeights}.
 *
 * @category Ballots
 */
export interface BlendWeightsOptions {
  /** Weight of the experts' side, in [0, 1]; residents get 1 − α. */
  readonly alpha: number;
}

function normalise(weights: Readonly<Record<string, number>>, what: string): Map<string, number> {
  if (typeof weights !== "object" || weights === null) throw planningError("PLANNING_BAD_WEIGHTS", "badWeights", { what, why: "not an object", fa: "شیء نیست" });
  let sum = 0;
  const out = new Map<string, number>();
  for (const [id, w] of Object.entries(weights)) {
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) throw planningError("PLANNING_BAD_WEIGHTS", "badWeights", { what, why: `"${id}" is negative or not finite`, fa: `«${id}» منفی یا نامتناهی است` });
    out.set(id, w);
    sum += w;
  }
  if (!(sum > 0)) throw planningError("PLANNING_BAD_WEIGHTS", "badWeights", { what, why: "they do not sum to a positive number", fa: "جمعشان مثبت نیست" });
  for (const [id, w] of out) out.set(id, w / sum);
  return out;
}

/**
 * Blends experts' weights with residents' priorities: α·expert + (1 − α)·residents, each
 * side first normalised to sum 1, the result renormalised (so it sums to 1). Residents'
 * priorities are weights, or a {@link BallotTally} whose project scores are read as weights
 * of the dimensions or indicators of the same ids (vote on dimensions, then blend). Ids
 * missing on one side count 0 there. The result, in the experts' order then new ids, fits
 * `computeIndex`'s spec: `dimensions: Object.entries(w).map(([id, weight]) => ({ id, weight }))`.
 *
 * @param expert - experts' weights by id (non-negative, summing to a positive number)
 * @param residents - residents' weights by id, or a ballot tally over the same ids
 * @param options - `alpha`, the experts' share; see {@link BlendWeightsOptions}
 * @returns the blended weights by id, summing to 1
 * @throws MahallehError `PLANNING_BAD_WEIGHTS` for negative or non-finite weights or a side
 *   that sums to zero; `PLANNING_BAD_OPTION` for α outside [0, 1]
 * @example
 * ```ts
 * import { blendWeights } from "mahalleh/planning";
 * const w = blendWeights({ employment: 2, education: 1, health: 1 }, { employment: 10, education: 30, health: 60 }, { alpha: 0.5 });
 * w; // => { employment: 0.3, education: 0.275, health: 0.425 }
 * ```
 *
 * @category Ballots
 */
export function blendWeights(expert: Readonly<Record<string, number>>, residents: Readonly<Record<string, number>> | BallotTally, options: BlendWeightsOptions): Record<string, number> {
  const alpha = options?.alpha;
  if (typeof alpha !== "number" || !(alpha >= 0 && alpha <= 1)) throw planningError("PLANNING_BAD_OPTION", "badShare", { what: "alpha" });
  const e = normalise(expert, "expert");
  const fromTally = typeof residents === "object" && residents !== null && Array.isArray((residents as BallotTally).projects) && "method" in residents;
  const r = normalise(fromTally ? Object.fromEntries((residents as BallotTally).projects.map((p) => [p.project, Math.max(0, p.score)])) : (residents as Readonly<Record<string, number>>), "residents");
  const ids = [...new Set([...e.keys(), ...r.keys()])];
  const raw = ids.map((id) => alpha * (e.get(id) ?? 0) + (1 - alpha) * (r.get(id) ?? 0));
  const sum = raw.reduce((s, v) => s + v, 0);
  const out: Record<string, number> = {};
  ids.forEach((id, i) => Object.defineProperty(out, id, { value: (raw[i] as number) / sum, enumerable: true, writable: true, configurable: true }));
  return out;
}
