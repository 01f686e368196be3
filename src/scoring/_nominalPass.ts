/**
 * Private: the min-max columns of `uncertainty` as affine maps of the raw columns, and its
 * nominal index computed from them block by block, as the Monte Carlo runs compute theirs.
 *
 * In the common case (raw `Float64Array` columns of finite values, min-max normalisation,
 * nothing imputed or treated, arithmetic means at every level, weights that need no data) the
 * nominal scores are those of the engine's pass (`runPass`) bit for bit: the normalised value
 * is `lo + (x − centre)·slope` in both (the engine's fused min-max pass), each weighted mean
 * adds its terms left to right over the non-zero weights and divides by their sum (see
 * `_blockedMean.ts`). The one difference: the engine starts each dimension's sum from 0, so a
 * sum whose every term is −0 ends +0 there and −0 here (only when a range starts at −0); a
 * rank does not tell them apart. Here no normalised column is written: a block of each is
 * made from the raw column and read while in cache.
 */
import { AffineColumns, BlockedMean } from "./_blockedMean";
import { needsColumns, resolveWeights } from "./_engine";
import type { Norm, Plan, PlanIndicator } from "./_plan";

/** Reads [min, max, sum] of a raw column (cached by the caller). */
export type RangeOf = (raw: Float64Array) => Float64Array;

/**
 * The min-max map of a column in the common case: a raw `Float64Array` column, nothing to
 * impute, no outlier treatment, min-max normalisation; the normalised value is
 * `lo + (x − centre)·slope`, the numbers of `prepareColumn` + `normalizeColumn` (same
 * formulas). Null for everything else (and for the columns those refuse: empty, constant,
 * infinite), which then takes the general path. The caller knows every unit is screened in.
 */
export function minMaxMap(plan: Plan, ind: PlanIndicator, spec: Norm, rangeOf: RangeOf): [number, number, number] | null {
  const norm = ind.norm ?? spec;
  const raw = ind.raw;
  if (norm.method !== "minmax" || plan.missing !== "reweight" || plan.outliers !== null || !(raw instanceof Float64Array)) return null;
  const range = rangeOf(raw);
  const min = range[0] as number;
  const max = range[1] as number;
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  const { lo, hi } = norm;
  const scale = (hi - lo) / (max - min);
  if (!Number.isFinite(scale)) return null;
  // lo + (max − x)·scale is lo + (x − max)·(−scale) exactly: a difference and a product only change sign
  return ind.direction === 1 ? [lo, min, scale] : [lo, max, -scale];
}

/** Every column of a plan by {@link minMaxMap}, never written out whole; null unless every column has one. */
export function affineColumns(plan: Plan, spec: Norm, rangeOf: RangeOf): AffineColumns | null {
  const k = plan.indicators.length;
  const lo = new Float64Array(k);
  const centre = new Float64Array(k);
  const slope = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const map = minMaxMap(plan, plan.indicators[j] as PlanIndicator, spec, rangeOf);
    if (map === null) return null;
    [lo[j], centre[j], slope[j]] = map;
  }
  return new AffineColumns(
    plan.indicators.map((ind) => ind.raw as Float64Array),
    lo,
    centre,
    slope,
  );
}

/** The weights of a pass (as the engine resolves them). */
export type PassWeights = ReturnType<typeof resolveWeights>;

/**
 * The nominal index scores and weights in the common case (see the module comment) from the
 * plan's affine columns (`affine`, from {@link affineColumns} with the plan's normalisation,
 * every raw column finite); null when the case is not the common one (the caller then runs the
 * engine's pass). `blocked` must have a buffer for every dimension node.
 */
export function nominalScores(plan: Plan, affine: AffineColumns | null, blocked: BlockedMean): { scores: Float64Array; weights: PassWeights } | null {
  const h = plan.hierarchy;
  const n = plan.n;
  if (affine === null || n === 0 || needsColumns(plan) || plan.aggIndicators.kind !== 0) return null;
  if (h === null ? plan.aggDimensions.kind !== 0 : h.aggs.some((a) => a.kind !== 0)) return null;
  const weights = resolveWeights(plan, null);
  const L = plan.dims.length;
  const node = [...weights.dimension, ...(weights.upper ?? [])];
  // sibling groups bottom up, then the nodes aggregated into the index (as uncertainty's runs)
  const groups: (readonly number[])[] = h === null ? [plan.dims.map((_, d) => d)] : [...h.children, h.roots];
  const groupOut = h === null ? [-1] : [...h.ids.map((_, q) => L + q), -1];
  const scores = new Float64Array(n);
  blocked.start();
  plan.byDim.forEach((members, d) =>
    blocked.add(
      members.map((j) => affine.bufs[j] as Float64Array),
      null,
      members.map((j) => weights.indicator[j] as number),
      d,
      true,
    ),
  );
  groups.forEach((g, gi) =>
    blocked.add(
      null,
      g,
      g.map((c) => node[c] as number),
      groupOut[gi] as number,
    ),
  );
  blocked.run(n, [{ steps: blocked.take(), scores, affine }]);
  return { scores, weights };
}
