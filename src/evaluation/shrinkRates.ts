import { evaluationError, invalid } from "./_messages";

/**
 * Options of {@link shrinkRates}.
 *
 * @category Small areas
 */
export interface ShrinkRatesOptions {
  /** Always `"empirical-bayes"` (Marshall 1991, method of moments). Default. */
  readonly method?: "empirical-bayes" | undefined;
  /**
   * `"global"` (default): shrink towards the overall rate. Or the neighbours of each unit
   * (indices into the input, e.g. the other neighbourhoods of its county or its spatial
   * neighbours): Marshall's local estimator, shrinking towards the rate of the unit and its
   * neighbours.
   */
  readonly scope?:
    | "global"
    | {
        /** For each unit, the indices of its neighbours (the unit itself is always included). */
        readonly neighbours: readonly (readonly number[])[];
      }
    | undefined;
}

/**
 * The result of {@link shrinkRates} (rates as events per person; multiply by 1,000 or 100).
 *
 * @category Small areas
 */
export interface ShrunkRates {
  /** Raw rates eᵢ/nᵢ. */
  readonly raw: number[];
  /** Empirical Bayes rates m + Cᵢ·(rᵢ − m). */
  readonly rates: number[];
  /** Weight Cᵢ = a/(a + m/nᵢ) on the raw rate (0: fully shrunk, 1: raw kept). */
  readonly weights: number[];
  /** The prior mean m (global) or each unit's local mean mᵢ. */
  readonly mean: number | number[];
  /** The method-of-moments prior variance a (global) or each unit's aᵢ, floored at 0. */
  readonly variance: number | number[];
}

/** m, a and the estimates over the members of one reference set. */
function moments(events: readonly number[], pops: readonly number[], members: readonly number[]): { m: number; a: number } {
  let se = 0;
  let sn = 0;
  for (const j of members) {
    se += events[j] as number;
    sn += pops[j] as number;
  }
  const m = se / sn;
  let ss = 0;
  for (const j of members) ss += (pops[j] as number) * ((events[j] as number) / (pops[j] as number) - m) ** 2;
  const a = ss / sn - m / (sn / members.length);
  return { m, a: a > 0 ? a : 0 };
}

/**
 * Empirical Bayes smoothing of small-area rates (Marshall 1991, "Mapping disease and
 * mortality rates using empirical Bayes estimators", *Applied Statistics* 40(2), 283–294),
 * so that a neighbourhood of 300 people is not ranked first on noise. With the overall rate
 * m = Σe/Σn, the population-weighted variance s² = Σnᵢ(rᵢ − m)²/Σn and the mean population n̄,
 * the prior variance is a = s² − m/n̄ (0 if negative) and each rate becomes
 * m + (rᵢ − m)·a/(a + m/nᵢ): small populations are pulled most. The local version computes m
 * and a over each unit and its neighbours (Marshall p. 286; Bailey & Gatrell 1995,
 * pp. 303–307). Same numbers as `EBest` / `EBlocal` of the R package spdep.
 *
 * @param events - counts (unemployed, cases…) per unit, ≥ 0
 * @param populations - populations at risk per unit, > 0
 * @param options - see {@link ShrinkRatesOptions}
 * @returns raw and smoothed rates, shrinkage weights and the prior's moments
 * @throws MahallehError `EVALUATION_ZERO_POPULATION` for a population ≤ 0,
 *   `EVALUATION_INVALID_INPUT` for arrays of different lengths, a negative count or a
 *   neighbour index out of range
 * @example
 * ```ts
 * import { shrinkRates } from "mahalleh/evaluation";
 * // 30 of 300 residents vs 100 of 20,000 and 300 of 30,000 (per 1,000)
 * const r = shrinkRates([30, 100, 300], [300, 20000, 30000]);
 * r.raw.map((x) => x * 1000); // => [100, 5, 10]
 * r.rates.map((x) => Number((x * 1000).toFixed(1))); // => [69, 5, 10]
 * r.weights.map((w) => Number(w.toFixed(2))); // => [0.66, 0.99, 0.99]
 * ```
 *
 * @category Small areas
 */
export function shrinkRates(events: readonly number[], populations: readonly number[], options?: ShrinkRatesOptions | undefined): ShrunkRates {
  if (!Array.isArray(events) || !Array.isArray(populations) || events.length !== populations.length || events.length === 0) {
    throw invalid("شمار رخدادها و جمعیت‌ها باید دو آرایهٔ هم‌اندازه باشند", "events and populations must be arrays of the same non-zero length");
  }
  const n = events.length;
  for (let i = 0; i < n; i++) {
    const p = populations[i];
    if (typeof p !== "number" || !(p > 0) || !Number.isFinite(p)) throw evaluationError("EVALUATION_ZERO_POPULATION", { id: String(i) });
    const e = events[i];
    if (typeof e !== "number" || !(e >= 0) || !Number.isFinite(e)) throw invalid(`شمار رخداد ردیف ${i} نامعتبر است`, `the count at ${i} is not a non-negative number`);
  }
  if (options?.method !== undefined && options.method !== "empirical-bayes") throw invalid("روش ناشناخته", `unknown method "${String(options.method)}"`);
  const raw = events.map((e, i) => e / (populations[i] as number));
  const scope = options?.scope ?? "global";
  if (scope === "global") {
    const all = Array.from({ length: n }, (_, i) => i);
    const { m, a } = moments(events, populations, all);
    const weights = populations.map((p) => (a === 0 ? 0 : a / (a + m / p)));
    return { raw, rates: raw.map((r, i) => m + (weights[i] as number) * (r - m)), weights, mean: m, variance: a };
  }
  if (typeof scope !== "object" || scope === null || !Array.isArray(scope.neighbours) || scope.neighbours.length !== n) {
    throw invalid("فهرست همسایه‌ها باید برای هر واحد یک ردیف داشته باشد", "neighbours must have one list per unit");
  }
  const means: number[] = [];
  const variances: number[] = [];
  const weights: number[] = [];
  const rates: number[] = [];
  for (let i = 0; i < n; i++) {
    const list = scope.neighbours[i] as readonly number[];
    const members = new Set<number>([i]);
    for (const j of list) {
      if (!Number.isInteger(j) || j < 0 || j >= n) throw invalid(`همسایهٔ نامعتبر برای ردیف ${i}`, `invalid neighbour index for unit ${i}`);
      members.add(j);
    }
    const { m, a } = moments(events, populations, [...members]);
    const w = a === 0 ? 0 : a / (a + m / (populations[i] as number));
    means.push(m);
    variances.push(a);
    weights.push(w);
    rates.push(m + w * ((raw[i] as number) - m));
  }
  return { raw, rates, weights, mean: means, variance: variances };
}
