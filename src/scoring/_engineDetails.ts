/**
 * Private: the pass behind `computeIndexColumns(…, { details: true })` for the common spec —
 * flat, min-max, arithmetic at both levels, missing values reweighted, no outlier treatment,
 * weights not read from the data, every column a `Float64Array` — in two sweeps over the raw
 * columns instead of a dozen (the general path copies, normalises and reads each column
 * several times, and normalises it twice more for the contributions):
 *
 * 1. each column's range;
 * 2. block by block of units, so that a block's cells stay in the cache between the loops
 *    that read them: each dimension's score, each unit's coverage and weight of present
 *    dimensions, its contributions, its k largest ones, and the index score (the kernel,
 *    `detailsBlocks`, lives in `internal/detailsKernel.ts`, where the CLI's worker thread runs
 *    it on a share of the units).
 *
 * Every number is the one `runPass` + `aggregateInto` + `topContributionsByColumn` give (the
 * same operations in the same order, see the comments), so the columns and drivers are the
 * same to the bit; the property test in `_engineDetails.test.ts` compares them. Anything
 * unusual (an infinite or constant column, an empty one, a range so wide or so narrow that
 * the min-max map would overflow, a range starting at −0, no unit with a value, a weight that
 * cannot be resolved) returns null: the general path then computes the result, and throws
 * the error it throws.
 */
import { accumulate, contribute, currentDetailsSplitter, detailsBlocks, selectTop, type DetailsJob } from "../internal/detailsKernel";
import { inSharedMemory } from "../internal/sharedMemory";
import { resolveWeights } from "./_engine";
import type { Plan } from "./_plan";

/** What the details pass gives (the parts of `PassResult` that details read, and the drivers). */
export interface DetailsPass {
  readonly scores: Float64Array;
  readonly dims: Float64Array[];
  readonly coverage: Float64Array;
  readonly weights: { indicator: Float64Array; dimension: Float64Array; upper: null };
  /** The k largest positive contributions per unit (`topContributions`' layout). */
  readonly top: { index: Int32Array; value: Float64Array };
  /** Each column's min-max map (what {@link detailsDrivers} needs to compute drivers later). */
  readonly maps: { readonly down: Uint8Array; readonly from: Float64Array; readonly scale: Float64Array };
}

/** Whether {@link detailsPass} can take the plan (before looking at the data). */
export function detailsPassApplies(plan: Plan): boolean {
  const { normalization } = plan;
  return (
    plan.hierarchy === null &&
    plan.aggIndicators.kind === 0 &&
    plan.aggDimensions.kind === 0 &&
    normalization.method === "minmax" &&
    // lo = −0: the fused and the general min-max maps differ in the sign of a zero
    !Object.is(normalization.lo, -0) &&
    Math.abs(normalization.lo) < 1e300 &&
    Math.abs(normalization.hi) < 1e300 &&
    plan.missing === "reweight" &&
    plan.minCoverage === 0 &&
    plan.outliers === null &&
    plan.weighting !== "entropy" &&
    plan.weighting !== "critic" &&
    plan.weighting !== "cv" &&
    plan.weighting !== "pca" &&
    plan.n > 0 &&
    plan.indicators.every((ind) => ind.norm === undefined && ind.raw instanceof Float64Array)
  );
}

/**
 * Scores, dimension scores, coverage, weights and each unit's `k` largest contributions, or
 * null when the plan or its data need the general path (see the file's comment).
 */
export function detailsPass(plan: Plan, k: number): DetailsPass | null {
  if (!detailsPassApplies(plan)) return null;
  const { n, indicators, dims, byDim } = plan;
  const { lo, hi } = plan.normalization;
  const K = indicators.length;
  let weights: ReturnType<typeof resolveWeights>;
  try {
    weights = resolveWeights(plan, null);
  } catch {
    // the general path throws it, after the checks it makes first
    return null;
  }
  const wi = weights.indicator;
  const wd = weights.dimension;
  const raws = indicators.map((ind) => ind.raw as Float64Array);

  // sweep 1: each column's range (and whether it has a value at all)
  const min = new Float64Array(K);
  const max = new Float64Array(K);
  const scale = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    // ±Infinity: the general path names it
    if (!rangeOf(raws[j] as Float64Array, n, j, min, max)) return null;
    const a = min[j] as number;
    const z = max[j] as number;
    // empty (no value: a range of +∞ … −∞) or constant: an error the general path raises; a
    // range or a scale that is not finite: normalised values that can overflow or are divided
    // instead. Otherwise the min-max map is lo + (x − min)·scale, or lo + (max − x)·scale for
    // direction −1, finite for every finite x.
    if (!(z > a) || !Number.isFinite(z - a)) return null;
    const s = (hi - lo) / (z - a);
    if (!Number.isFinite(s)) return null;
    scale[j] = s;
  }

  // sweep 2, block by block of units (`detailsBlocks`): with a splitter set (the CLI) and every
  // column in shared memory, the outputs are shared too and the splitter may share the units
  // out between threads
  const split = currentDetailsSplitter();
  const shared = split !== undefined && raws.every(inSharedMemory);
  const f64 = (length: number): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length));
  const down = Uint8Array.from(indicators, (ind) => (ind.direction === 1 ? 0 : 1));
  const job: DetailsJob = {
    n,
    k,
    lo,
    raws,
    down,
    wi,
    wd,
    from: Float64Array.from(down, (dn, j) => (dn === 1 ? (max[j] as number) : (min[j] as number))),
    scale,
    weighted: byDim.map((list) => list.filter((j) => (wi[j] as number) !== 0)),
    unweighted: byDim.flatMap((list) => list.filter((j) => (wi[j] as number) === 0)),
    scores: f64(n),
    dims: dims.map(() => f64(n)),
    coverage: f64(n),
    topIndex: (shared ? new Int32Array(new SharedArrayBuffer(4 * n * k)) : new Int32Array(n * k)).fill(-1),
    topValue: f64(n * k),
  };
  const scored = (shared ? (split as NonNullable<typeof split>)(job) : undefined) ?? detailsBlocks(job, 0, n);
  // no unit to score: an error the general path raises
  if (!scored) return null;
  return { scores: job.scores, dims: job.dims as Float64Array[], coverage: job.coverage, weights: { indicator: wi, dimension: wd, upper: null }, top: { index: job.topIndex, value: job.topValue }, maps: { down, from: job.from, scale } };
}

/**
 * The `k` largest contributions of the units at `units` only (positions), from a
 * {@link detailsPass} run with k = 0: the same numbers, to the bit, as the pass with `k` gives
 * those units (the same operations in the same order, unit by unit instead of block by
 * block); every other unit has none (index −1, value 0). For a report that shows the top of
 * a national ranking, this is the work of the rows shown instead of a million.
 */
export function detailsDrivers(plan: Plan, pass: DetailsPass, units: ArrayLike<number>, k: number): { index: Int32Array; value: Float64Array } {
  const { n, indicators, byDim } = plan;
  const { lo } = plan.normalization;
  const K = indicators.length;
  const { down, from, scale } = pass.maps;
  const wi = pass.weights.indicator;
  const wd = pass.weights.dimension;
  const raws = indicators.map((ind) => ind.raw as Float64Array);
  const weighted = byDim.map((list) => list.filter((j) => (wi[j] as number) !== 0));
  const index = new Int32Array(n * k).fill(-1);
  const value = new Float64Array(n * k);
  // the block pass's loops, each over a block of one unit: the same operations in the same order
  const row = new Float64Array(K);
  const acc = new Float64Array(1);
  const count = new Float64Array(1);
  const share = new Float64Array(1);
  const ws = byDim.map(() => new Float64Array(1));
  // in input order: the units' cells are read in one forward sweep of each column's memory
  const sorted = Uint32Array.from(units).sort();
  for (let u = 0; u < sorted.length; u++) {
    const i = sorted[u] as number;
    let t = 0; // the unit's weight of present dimensions
    weighted.forEach((members, d) => {
      const p = ws[d] as Float64Array;
      acc[0] = 0;
      p[0] = 0;
      for (const j of members) {
        accumulate(raws[j] as Float64Array, i, i + 1, down[j] === 1, wi[j] as number, lo, from[j] as number, scale[j] as number, acc, p, count);
      }
      if ((p[0] as number) > 0) t = t + (wd[d] as number);
    });
    row.fill(0);
    weighted.forEach((members, d) => {
      const p = ws[d] as Float64Array;
      share[0] = t > 0 && (p[0] as number) !== 0 ? (wd[d] as number) / t : Number.NaN;
      for (const j of members) {
        contribute(raws[j] as Float64Array, i, i + 1, j, K, down[j] === 1, wi[j] as number, lo, from[j] as number, scale[j] as number, share, p, row);
      }
    });
    selectTop(row, 1, K, k, value, index, i * k);
  }
  return { index, value };
}

/**
 * The range of a raw column's finite values into `min[j]`, `max[j]` (+∞ and −∞ when it has
 * none); false at an infinite value.
 */
function rangeOf(raw: Float64Array, n: number, j: number, min: Float64Array, max: Float64Array): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = raw[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  min[j] = lo;
  max[j] = hi;
  // an infinite value is the range's end
  return lo !== -Infinity && hi !== Infinity;
}
