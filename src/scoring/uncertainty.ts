import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type { AggregationMethod, AggregationSpec, IndexSpec, LevelsSpec, MissingMethod, NormalizationSpec, OutlierSpec } from "./IndexSpec";
import { aggregateInto, isComplete, normalizeColumn, prepareColumn, rangeAndSum, runPass, screen, type AggBuffers } from "./_engine";
import { affineColumns, minMaxMap, nominalScores as blockedNominal, type RangeOf } from "./_nominalPass";
import { levelAggregations } from "./_hierarchy";
import { computeBreaks, levelOf } from "./_levels";
import { bindReference, checkNormalizationFits, makePlan, resolveAggregation, resolveLevels, resolveNormalization, type Agg, type Levels, type Norm, type Plan, type PlanIndicator } from "./_plan";
import { Random } from "./_random";
import { rankWorkspace, ranksInto } from "./_ranks";
import { sobolIndices } from "./_sobol";
import { sortWorkspace } from "../internal/sort";
import { BlockedMean, type AffineColumns, type Step } from "./_blockedMean";
import { columnLayout } from "./_uncertaintyLayout";
import { Permutation } from "./_permutation";
import { select } from "../internal/select";

/**
 * How weights are perturbed in each Monte Carlo run.
 *
 * @category Composite index
 */
export type WeightVariation =
  | "dirichlet"
  | "noise"
  | {
      /** Always `"dirichlet"`: weights of a level ~ Dirichlet(α), αⱼ = concentration·m·wⱼ (mean = the nominal weight wⱼ, m = number of weights). */
      readonly method: "dirichlet";
      /** Larger = tighter around the nominal weights. Default 10. */
      readonly concentration?: number | undefined;
    }
  | {
      /** Always `"noise"`: wⱼ·(1 + U(−amount, amount)), renormalised. */
      readonly method: "noise";
      /** Relative half-width of the uniform noise. Default 0.25 (±25 %). */
      readonly amount?: number | undefined;
    };

/**
 * Which indicators a Monte Carlo run leaves out (COINr's "exclude" uncertainty): either a
 * list of alternatives drawn uniformly (each a list of indicator ids; put `[]` among them for
 * "leave none out"), or `{ random: m }` to leave out m indicators drawn at random in each run
 * (from `among`, default every indicator), never the last indicator of a dimension. The
 * weights of the indicators left in a dimension are renormalised.
 *
 * @category Composite index
 */
export type ExclusionVariation =
  | readonly (readonly string[])[]
  | {
      /** How many indicators each run leaves out (≥ 1). */
      readonly random: number;
      /** The indicators that may be left out. Default: all. */
      readonly among?: readonly string[] | undefined;
    };

/**
 * What {@link uncertainty} varies.
 *
 * @category Composite index
 */
export interface UncertaintyVary {
  /** Weight perturbation, or `false` to keep the nominal weights. Default `"dirichlet"`. */
  readonly weights?: WeightVariation | false | undefined;
  /**
   * Which weights vary: `"indicators"`, `"dimensions"` (every dimension level of a deeper
   * hierarchy, each node's weight among its siblings) or `"both"` (default).
   */
  readonly weightLevels?: "indicators" | "dimensions" | "both" | undefined;
  /** Normalisations drawn uniformly in each run. Default: only the spec's. */
  readonly normalization?: readonly NormalizationSpec[] | undefined;
  /**
   * Aggregations drawn uniformly in each run: a method for every level, `{ indicators,
   * dimensions }`, or `{ perLevel }` with one method per level as in the spec. Default: only the spec's.
   */
  readonly aggregation?: readonly AggregationSpec[] | undefined;
  /** Missing-data methods drawn uniformly in each run (the spec's `minCoverage` screen is kept). Default: only the spec's. */
  readonly imputation?: readonly MissingMethod[] | undefined;
  /** Outlier treatments drawn uniformly in each run (e.g. `["none", "winsorize"]`). Default: only the spec's. */
  readonly outliers?: readonly OutlierSpec[] | undefined;
  /** Indicators left out of each run. Default: none. */
  readonly exclusion?: ExclusionVariation | undefined;
  /**
   * Level classifications drawn uniformly in each run, all with the spec's number of levels
   * (e.g. quantiles against Jenks). Giving it (even a single one) also tracks each unit's level
   * in every run: `levelNominal` and `levelShares` per unit and the `"levelChange"`
   * sensitivity output. Default: levels are not tracked.
   */
  readonly levels?: readonly LevelsSpec[] | undefined;
}

/**
 * Options of {@link uncertainty}.
 *
 * @category Composite index
 */
export interface UncertaintyOptions {
  /** Total number of model evaluations. Default 1000. */
  readonly runs?: number | undefined;
  /** Seed of the PRNG (xoshiro128**); the same seed gives the same result. Default 1. */
  readonly seed?: number | undefined;
  /** What varies. Default: Dirichlet weights at both levels. */
  readonly vary?: UncertaintyVary | undefined;
  /**
   * Compute variance-based sensitivity indices (Saltelli sampling: the runs are split into
   * N(d + 2) evaluations for d varied factors). Default true.
   */
  readonly sensitivity?: boolean | undefined;
  /**
   * Bootstrap resamples of the Saltelli rows for confidence intervals of the sensitivity
   * indices (0 = none). Default 200.
   */
  readonly bootstrap?: number | undefined;
  /** Confidence level of those intervals (percentile bootstrap). Default 0.95. */
  readonly confidence?: number | undefined;
  /**
   * Return every run's sampled parameters and ranks in `samples` (memory: units × runs
   * numbers). Default false.
   */
  readonly keepRuns?: boolean | undefined;
  /** Called as runs complete (at most about 100 times), with runs done and the total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * One unit's rank distribution over the Monte Carlo runs.
 *
 * @category Composite index
 */
export interface UnitRankInterval {
  /** Unit id. */
  readonly id: string;
  /** Rank with the nominal spec; `null` when the unit is not scored. */
  readonly rankNominal: number | null;
  /** Median rank over the runs (type-7 quantile). */
  readonly rankMedian: number | null;
  /** 5th percentile of the rank (the best plausible rank). */
  readonly rankP05: number | null;
  /** 95th percentile of the rank (the worst plausible rank). */
  readonly rankP95: number | null;
  /** Mean rank over the runs. */
  readonly rankMean: number | null;
  /** Level with the nominal spec (1 = most deprived); only when `vary.levels` is given; `null` when not scored. */
  readonly levelNominal?: number | null;
  /** Share of the runs (0–1) in each level, level 1 first; only when `vary.levels` is given; `null` when not scored. */
  readonly levelShares?: readonly number[] | null;
}

/**
 * A factor {@link uncertainty} can vary.
 *
 * @category Composite index
 */
export type UncertaintyFactor = "weights" | "normalization" | "aggregation" | "imputation" | "outliers" | "exclusion" | "levels";

/**
 * Sensitivity of the ranking (or of the levels) to one varied factor.
 *
 * @category Composite index
 */
export interface FactorSensitivity {
  /** The factor. */
  readonly factor: UncertaintyFactor;
  /**
   * The output Y: `"rankShift"`, the mean absolute rank shift from the nominal ranking, or
   * `"levelChange"` (when `vary.levels` is given), the share of scored units whose level differs
   * from their nominal level.
   */
  readonly output: "rankShift" | "levelChange";
  /** First-order index Sᵢ (Saltelli et al. 2010 estimator). */
  readonly firstOrder: number;
  /** Total-effect index Sₜᵢ (Jansen 1999 estimator). */
  readonly total: number;
  /** Percentile-bootstrap confidence interval of Sᵢ (`null` with `bootstrap: 0`). */
  readonly firstOrderInterval: readonly [number, number] | null;
  /** Percentile-bootstrap confidence interval of Sₜᵢ (`null` with `bootstrap: 0`). */
  readonly totalInterval: readonly [number, number] | null;
}

/**
 * One Monte Carlo run's sampled parameters and outcome (with `keepRuns: true`).
 *
 * @category Composite index
 */
export interface UncertaintyRun {
  /** The Saltelli block: base sample `"A"` or `"B"`, or the factor taken from B; `"A"` without sensitivity analysis. */
  readonly block: "A" | "B" | UncertaintyFactor;
  /** Index into `vary.normalization` (0 when it does not vary). */
  readonly normalization: number;
  /** Index into `vary.aggregation` (0 when it does not vary). */
  readonly aggregation: number;
  /** Index into `vary.imputation` (0 when it does not vary). */
  readonly imputation: number;
  /** Index into `vary.outliers` (0 when it does not vary). */
  readonly outliers: number;
  /** Index into `vary.levels` (0 when it does not vary). */
  readonly levels: number;
  /** Ids of the indicators this run left out (`vary.exclusion`), in spec order. */
  readonly excluded: readonly string[];
  /** Indicator weights within their dimensions, in spec order (0 for an indicator left out). */
  readonly indicatorWeights: readonly number[];
  /** Dimension weights (each within its parent in a deeper hierarchy), in the order the (leaf) dimensions are first named. */
  readonly dimensionWeights: readonly number[];
  /**
   * A deeper hierarchy's upper dimensions (those with child dimensions): each one's weight
   * within its parent, bottom up (level by level) and in declared order within a level; empty
   * for indicator → dimension → index.
   */
  readonly upperWeights: readonly number[];
  /** Mean absolute rank shift from the nominal ranking (the output Y). */
  readonly meanRankShift: number;
  /** Share of scored units whose level differs from the nominal one (`NaN` unless `vary.levels` is given). */
  readonly levelChange: number;
  /** Every unit's rank in this run, input order (`NaN` = not scored). */
  readonly ranks: Float32Array;
}

/**
 * The result of {@link uncertainty}.
 *
 * @category Composite index
 */
export interface UncertaintyResult {
  /** Per unit, in input order. */
  readonly units: UnitRankInterval[];
  /**
   * Sensitivity indices of each varied factor for the output Y = mean absolute rank shift
   * from the nominal ranking (`output: "rankShift"`), then, when `vary.levels` is given, for
   * the share of units changing level (`output: "levelChange"`); empty when sensitivity is off
   * or nothing varies.
   */
  readonly sensitivity: FactorSensitivity[];
  /** Model evaluations done. */
  readonly runs: number;
  /** Variance of Y over the base samples (0 means the ranking never moved). */
  readonly outputVariance: number;
  /** Every run's parameters and ranks, in evaluation order; empty unless `keepRuns: true`. */
  readonly samples: readonly UncertaintyRun[];
}

/** Largest units × runs kept in memory (Float32 ranks: 400 MB). */
const MAX_STORED_RANKS = 100_000_000;

/** Cached normalised column sets beyond this many bytes evict the least recently used. */
const COLUMN_CACHE_BYTES = 512 * 2 ** 20;

const bad = (fa: string, en: string, details?: Record<string, unknown>): Error => fail("INDEX_INVALID_OPTIONS", fa, en, details);

/** A sampled row: [weight seed, normalisation, aggregation, imputation, outliers, exclusion, levels]. */
type Row = [number, number, number, number, number, number, number];
/** Position of each factor's value in a row. */
const SLOT: Readonly<Record<UncertaintyFactor, number>> = { weights: 0, normalization: 1, aggregation: 2, imputation: 3, outliers: 4, exclusion: 5, levels: 6 };

/** An aggregation alternative: indicators → leaf dimensions, then one method per dimension level, bottom up (the last: top dimensions → index). */
type AggAlt = { ind: Agg; levels: Agg[] };

function resolveAggAlt(spec: AggregationSpec, depth: number): AggAlt {
  if (typeof spec === "object" && spec !== null && !("method" in spec)) {
    if (spec.perLevel !== undefined && (spec.indicators !== undefined || spec.dimensions !== undefined)) {
      throw bad("aggregation.perLevel با indicators یا dimensions با هم نمی‌آید", "aggregation.perLevel does not go with indicators or dimensions");
    }
    const dim = resolveAggregation(spec.dimensions);
    const { indicators, levels } = levelAggregations(depth, dim, spec.perLevel, resolveAggregation);
    return { ind: indicators ?? resolveAggregation(spec.indicators), levels };
  }
  const a = resolveAggregation(spec as AggregationMethod);
  return { ind: a, levels: Array.from({ length: depth }, () => a) };
}

const list = <T>(v: readonly T[] | undefined, name: string): readonly T[] | undefined => {
  if (v !== undefined && !Array.isArray(v)) throw bad(`vary.${name} باید آرایه باشد`, `vary.${name} must be an array`);
  if (v !== undefined && v.length === 0) throw bad("فهرست گزینه‌ها خالی است", "An alternatives list is empty", { option: name });
  return v;
};

/**
 * Uncertainty and sensitivity analysis of a composite index by Monte Carlo (OECD/JRC
 * handbook step 7): each run perturbs the weights (Dirichlet around the nominal weights, or
 * ± uniform noise) and draws a normalisation, an aggregation, a missing-data method, an
 * outlier treatment, the indicators to leave out and a level classification from the given
 * alternatives, recomputes the index and ranks it. Returns each unit's median rank and its
 * 5–95 % rank interval (and, with `vary.levels`, the share of runs it spends in each level),
 * and first-order / total sensitivity indices of each varied factor.
 *
 * Sampling follows Saltelli et al. (2010): two base samples A and B of N rows and, for each
 * factor i, the matrix A_B⁽ⁱ⁾ (A with factor i taken from B); N = ⌊runs / (d + 2)⌋. The
 * output is Y = mean absolute rank shift from the nominal ranking. Sᵢ = mean(f(B)·(f(A_B⁽ⁱ⁾) −
 * f(A)))/V (Saltelli 2010, with f(B) centred on the sample mean to cut its variance), Sₜᵢ = mean((f(A) − f(A_B⁽ⁱ⁾))²)/(2V) (Jansen 1999), V the variance
 * of Y over A ∪ B. Every evaluation also counts towards the rank intervals. With
 * `sensitivity: false` the runs are plain independent draws. Each index comes with a
 * percentile-bootstrap confidence interval (the N Saltelli rows resampled `bootstrap` times,
 * from a separate random stream), and `keepRuns: true` returns every run's sampled weights,
 * normalisation, aggregation, imputation, outlier treatment, left-out indicators, level
 * method and ranks in `samples`, so a user can see which choice moved a unit. A level method
 * never moves a rank (its rank-shift indices are 0); with `vary.levels` every factor also gets
 * indices for the share of units changing level.
 *
 * Deeper hierarchies (dimensions with a `parent`) are perturbed at every level: the indicator
 * weights within each leaf dimension, then the weights of each group of sibling dimensions
 * within their parent (bottom up) and of the top dimensions within the index; an aggregation
 * alternative applies per level as the spec's `aggregation` does (`perLevel`). Each run's
 * upper-level weights are in `samples[r].upperWeights`.
 *
 * The cost is linear in units × runs: the columns are prepared once per distinct
 * (imputation, outliers, normalisation) choice and kept (least recently used ones are dropped
 * beyond 512 MB), so that each run is a weighted sum of those columns (block by block through
 * every level when all means are arithmetic and the columns have no gaps, by a WebAssembly
 * SIMD kernel where available, with the same roundings as without) and a bucket sort of
 * scores laid out in the order of the nominal ranking (nearly sorted). With fewer runs than
 * columns, min-max columns of finite values are never written out: each block is made from
 * the raw column when a run reads it.
 *
 * Reproducible: the same `seed` gives the same result on every platform.
 *
 * @param table - the indicator table
 * @param spec - the nominal index specification
 * @param options - runs, seed, what varies, progress callback
 * @returns rank intervals per unit and sensitivity indices
 * @throws MahallehError `INDEX_INVALID_OPTIONS` for bad options, `INDEX_TOO_LARGE` when units ×
 *   runs exceeds 100 million (the ranks of every run are kept: 4 bytes each),
 *   `INDEX_HIERARCHY_MISMATCH` for a `perLevel` aggregation alternative with the wrong number
 *   of methods, and every error of {@link computeIndex}
 * @example
 * ```ts
 * import { uncertainty } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c", "d"], columns: { x: [1, 5, 9, 6], y: [2, 5, 7, 1] } };
 * const spec = { indicators: [{ id: "x", dimension: "d", direction: 1 as const }, { id: "y", dimension: "d", direction: 1 as const }] };
 * const r = uncertainty(table, spec, { runs: 200, seed: 7 });
 * r.units.map((u) => u.rankNominal); // => [4, 2, 1, 3]
 * r.units[2]?.rankP95; // => 1
 * r.units[3]!.rankP05! <= r.units[3]!.rankP95!; // => true
 * uncertainty(table, spec, { runs: 200, seed: 7 }).units; // => r.units
 * // leave one indicator out at random: the runs say which
 * const out = uncertainty(table, spec, { runs: 20, seed: 7, vary: { weights: false, exclusion: { random: 1 } }, keepRuns: true, sensitivity: false });
 * out.samples.every((run) => run.excluded.length === 1); // => true
 * out.sensitivity; // => []
 * ```
 *
 * @category Composite index
 */
export function uncertainty(table: IndicatorTable, spec: IndexSpec, options?: UncertaintyOptions | undefined): UncertaintyResult {
  const plan = makePlan(table, spec);
  const runs = options?.runs ?? 1000;
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) {
    throw bad("تعداد اجرا (runs) باید عدد صحیحی از ۱ تا ۱٬۰۰۰٬۰۰۰ باشد", "runs must be an integer from 1 to 1,000,000");
  }
  const seed = options?.seed ?? 1;
  if (typeof seed !== "number" || !Number.isFinite(seed)) throw bad("بذر (seed) باید عدد باشد", "seed must be a finite number");
  const onProgress = options?.onProgress;
  if (onProgress !== undefined && typeof onProgress !== "function") throw bad("onProgress باید تابع باشد", "onProgress must be a function");
  const bootstrap = options?.bootstrap ?? 200;
  if (!Number.isInteger(bootstrap) || bootstrap < 0 || bootstrap > 100_000) throw bad("bootstrap باید عدد صحیحی از ۰ تا ۱۰۰٬۰۰۰ باشد", "bootstrap must be an integer from 0 to 100,000");
  const confidence = options?.confidence ?? 0.95;
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) throw bad("confidence باید بین ۰ و ۱ باشد", "confidence must be between 0 and 1");
  const keepRuns = options?.keepRuns ?? false;
  const vary = options?.vary ?? {};
  const weightVar = vary.weights === undefined ? "dirichlet" : vary.weights;
  let wMethod: "dirichlet" | "noise" | null = null;
  let wParam = 0;
  if (weightVar === "dirichlet" || weightVar === "noise") {
    wMethod = weightVar;
    wParam = weightVar === "dirichlet" ? 10 : 0.25;
  } else if (typeof weightVar === "object" && weightVar !== null && (weightVar.method === "dirichlet" || weightVar.method === "noise")) {
    wMethod = weightVar.method;
    wParam = weightVar.method === "dirichlet" ? (weightVar.concentration ?? 10) : (weightVar.amount ?? 0.25);
    if (!(wParam > 0) || (wMethod === "noise" && wParam >= 1)) {
      throw bad("پارامتر تغییر وزن باید مثبت (و نویز کمتر از ۱) باشد", "The weight variation parameter must be positive (and noise below 1)");
    }
  } else if (weightVar !== false) throw bad("روش تغییر وزن باید dirichlet، noise یا false باشد", 'vary.weights must be "dirichlet", "noise" or false');
  const levels = vary.weightLevels ?? "both";
  if (levels !== "both" && levels !== "indicators" && levels !== "dimensions") {
    throw bad("weightLevels باید indicators، dimensions یا both باشد", 'weightLevels must be "indicators", "dimensions" or "both"');
  }
  const { n, indicators, byDim, dims } = plan;
  const k = indicators.length;
  const normList = list(vary.normalization, "normalization");
  const aggList = list(vary.aggregation, "aggregation");
  const norms: Norm[] = normList === undefined ? [plan.normalization] : normList.map((s) => bindReference(resolveNormalization(s), plan.ids));
  const h = plan.hierarchy;
  const depth = h === null ? 1 : h.depth;
  const aggs: AggAlt[] = aggList === undefined ? [{ ind: plan.aggIndicators, levels: h === null ? [plan.aggDimensions] : [...h.aggs] }] : aggList.map((a) => resolveAggAlt(a, depth));
  // imputation × outlier variants: each is the spec's plan with that choice, resolved by makePlan
  const impList = list(vary.imputation, "imputation");
  const outList = list(vary.outliers, "outliers");
  const imps: (MissingMethod | undefined)[] = impList === undefined ? [undefined] : [...impList];
  const outs: (OutlierSpec | undefined)[] = outList === undefined ? [undefined] : [...outList];
  const variants: Plan[] = [];
  for (const imp of imps) {
    for (const out of outs) {
      if (imp === undefined && out === undefined) {
        variants.push(plan);
        continue;
      }
      const changed: IndexSpec = {
        ...spec,
        ...(imp === undefined ? {} : { missing: { method: imp, minCoverage: plan.minCoverage } }),
        ...(out === undefined ? {} : { outliers: out }),
      };
      variants.push(makePlan(table, changed, false));
    }
  }
  for (const nm of norms) for (const v of variants) checkNormalizationFits(nm, v.indicators, v.outliers);
  // indicators left out
  const exclusion = resolveExclusion(vary.exclusion, plan);
  // level classifications (tracked only when given)
  const levelList = list(vary.levels, "levels");
  const levelAlts: Levels[] | null = levelList === undefined ? null : levelList.map((l) => resolveLevels(l));
  if (levelAlts !== null) {
    for (const l of levelAlts) {
      if (l.count !== plan.levels.count) {
        throw bad(`همهٔ سطح‌بندی‌ها باید ${plan.levels.count} سطح داشته باشند (مانند مشخصات شاخص)`, `Every level classification must have ${plan.levels.count} levels, as the spec`, { count: l.count });
      }
    }
  }
  const counts: Readonly<Record<UncertaintyFactor, number>> = {
    weights: wMethod === null ? 1 : 2,
    normalization: norms.length,
    aggregation: aggs.length,
    imputation: imps.length,
    outliers: outs.length,
    exclusion: exclusion === null ? 1 : exclusion.kind === "random" ? 2 : exclusion.alternatives.length,
    levels: levelAlts === null ? 1 : levelAlts.length,
  };
  const factors = (Object.keys(SLOT) as UncertaintyFactor[]).filter((f) => counts[f] > 1);
  const d = factors.length;
  const withSensitivity = (options?.sensitivity ?? true) && d > 0;
  const N = withSensitivity ? Math.floor(runs / (d + 2)) : runs;
  if (withSensitivity && N < 2) {
    throw bad(`برای تحلیل حساسیت دست‌کم ${2 * (d + 2)} اجرا لازم است`, `Sensitivity analysis needs at least ${2 * (d + 2)} runs`);
  }
  const total = withSensitivity ? N * (d + 2) : N;
  // every run's rank of every unit is kept (4 bytes each) for the percentiles
  if (n * total > MAX_STORED_RANKS) {
    throw fail(
      "INDEX_TOO_LARGE",
      `${n} واحد × ${total} اجرا بیش از ۴۰۰ مگابایت رتبه نگه می‌دارد؛ تعداد اجراها را کم کنید (حداکثر ${Math.floor(MAX_STORED_RANKS / n)})`,
      `${n} units × ${total} runs would keep more than 400 MB of ranks; use at most ${Math.floor(MAX_STORED_RANKS / n)} runs`,
      { units: n, runs: total },
    );
  }

  // range and sum of each raw Float64Array column, read once: every column finite means every
  // unit has every value, what the coverage screen would find, and min-max needs the ranges
  const ranges = new Map<Float64Array, Float64Array>();
  const rangeOf = (raw: Float64Array): Float64Array => {
    let r = ranges.get(raw);
    if (r === undefined) {
      // [min, max, sum]
      r = new Float64Array(3);
      rangeAndSum(raw, n, r, 0);
      ranges.set(raw, r);
    }
    return r;
  };
  /** A raw Float64Array column of finite values (its sum is finite). */
  const gapFree = (ind: PlanIndicator): boolean => {
    if (!(ind.raw instanceof Float64Array)) return false;
    const sum = rangeOf(ind.raw)[2] as number;
    return sum - sum === 0;
  };
  const complete = indicators.every(gapFree);
  // dimension nodes: the leaf dimensions (plan.dims), then the upper ones of a deeper hierarchy
  const L = dims.length;
  const U = h === null ? 0 : h.ids.length;
  const nodeNames = [...dims, ...(h?.ids ?? [])];
  // sibling groups whose weights are drawn together, in draw order: the children of each upper
  // node (bottom up), then the nodes aggregated into the index (every dimension when flat)
  const groups: (readonly number[])[] = h === null ? [dims.map((_, d) => d)] : [...h.children, h.roots];
  // aggregation level of each group (index into an alternative's `levels`)
  const groupLevel = h === null ? [0] : [...h.level.map((l) => l - 3), depth - 1];
  // the group's output: an upper node's buffer, or the index (−1)
  const groupOut = h === null ? [-1] : [...h.ids.map((_, q) => L + q), -1];
  const blocked = new BlockedMean(nodeNames.length);

  // nominal run (also resolves data-driven weights); only the scores and weights are kept (the
  // dimension scores can go: 8 bytes × units each). The common case (gap-free min-max columns,
  // arithmetic means, weights that need no data) goes block by block as the runs do, from the
  // raw columns (the engine's fused pass gives the same sums); everything else through the engine.
  const nominalAffine = complete ? affineColumns(plan, plan.normalization, rangeOf) : null;
  const nominal = blockedNominal(plan, nominalAffine, blocked);
  const { scores: nominalScores, weights: baseW } = nominal ?? runPass(plan, false, false);
  const screened = complete ? { included: new Uint8Array(n).fill(1), excluded: 0 } : screen(plan);
  const included = screened.included;
  // units in the order of the nominal ranking (unscored last): each run's scores are then
  // nearly sorted, which keeps the bucket sort's scatter and look-ups local in memory. The
  // bucket sort of the runs gives both the nominal ranks and that order (its units by bucket,
  // highest first; the order within a bucket does not matter for the layout).
  const rankWs = rankWorkspace(n);
  const perm = new Uint32Array(n);
  const nominalRanks = new Float64Array(n);
  {
    const m = ranksInto(nominalScores, n, plan.ranking, nominalRanks, rankWs);
    perm.set(rankWs.index.subarray(0, m));
    let p = m;
    for (let i = 0; i < n; i++) if (nominalScores[i] !== nominalScores[i]) perm[p++] = i;
  }
  let sortWs: ReturnType<typeof sortWorkspace> | undefined;
  // every column is gathered into that order in two streaming passes (a plain gather of a
  // column larger than the cache misses it on nearly every value)
  const permutation = new Permutation(perm);
  const nomP = new Float64Array(n);
  permutation.gather(nominalRanks, nomP);
  const scratch = new Float64Array(n);
  const work = new Float64Array(n);
  // Two layouts of the normalised columns. With fewer runs than columns (per column set), the
  // columns stay in input order, min-max ones not even written (made block by block from the
  // raw columns), and each run's scores are put into the nominal order (one gather per run
  // instead of one per column); otherwise the columns are put into the nominal order once.
  const inputOrder = columnLayout.mode === "auto" ? total < k * variants.length * norms.length : columnLayout.mode === "input";
  // normalised column sets per (variant, normalisation), with their gap flags
  type ColumnSet = { cols: Float64Array[] | null; affine: AffineColumns | null; complete: boolean[]; inputOrder: boolean };
  const cache = new Map<number, ColumnSet>();
  let cachedBytes = 0;
  const columnsFor = (variant: number, a: number): ColumnSet => {
    const key = variant * norms.length + a;
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const vplan = variants[variant] as Plan;
    const norm = norms[a] as Norm;
    const affine = inputOrder && screened.excluded === 0 ? (variant === 0 && a === 0 && norm === plan.normalization && nominalAffine !== null ? nominalAffine : affineColumns(vplan, norm, rangeOf)) : null;
    if (affine !== null) {
      // nothing written (unless an aggregation other than the blocked mean needs them)
      const set = { cols: null, affine, complete: vplan.indicators.map(gapFree), inputOrder: true };
      cache.set(key, set);
      return set;
    }
    const bytes = n * k * 8;
    while (cache.size > 0 && cachedBytes + bytes > COLUMN_CACHE_BYTES) {
      const oldest = cache.keys().next().value as number;
      const gone = cache.get(oldest) as ColumnSet;
      cache.delete(oldest);
      if (gone.cols !== null) cachedBytes -= bytes;
    }
    // min-max columns read straight from raw ones of finite values have no gap
    const whole = vplan.indicators.map(() => false);
    const cols = vplan.indicators.map((ind: PlanIndicator, j) => {
      if (!inputOrder) {
        const direct = screened.excluded === 0 ? minMaxPermuted(vplan, ind, norm, permutation, rangeOf) : null;
        whole[j] = direct !== null && gapFree(ind);
        if (direct !== null) return direct;
      }
      // prepared and normalised in input order (the same sums as computeIndex), then permuted
      const col = inputOrder ? new Float64Array(n) : work;
      prepareColumn(vplan, ind, included, col, scratch);
      normalizeColumn(ind, norm, col, (sortWs ??= sortWorkspace(n)), scratch);
      if (inputOrder) return col;
      const out = new Float64Array(n);
      permutation.gather(col, out);
      return out;
    });
    const set = { cols, affine: null, complete: cols.map((c, j) => whole[j] === true || isComplete(c)), inputOrder };
    cache.set(key, set);
    cachedBytes += bytes;
    return set;
  };
  /** A set's columns written out (the aggregations other than the blocked arithmetic mean read them whole). */
  const written = (set: ColumnSet): Float64Array[] => {
    if (set.cols === null) {
      // within the cache's budget, as columnsFor keeps it (other written sets go first)
      const bytes = n * k * 8;
      for (const [key, other] of cache) {
        if (cachedBytes + bytes <= COLUMN_CACHE_BYTES) break;
        if (other === set || other.cols === null) continue;
        cache.delete(key);
        cachedBytes -= bytes;
      }
      const affine = set.affine as AffineColumns;
      set.cols = indicators.map((_, j) => affine.column(j, n));
      cachedBytes += bytes;
    }
    return set.cols;
  };

  const master = new Random(seed);
  const drawRow = (): Row => {
    // the first three draws are those of earlier versions: the same seed gives the same runs
    const row: Row = [master.uint32(), Math.floor(master.next() * norms.length), Math.floor(master.next() * aggs.length), 0, 0, 0, 0];
    if (imps.length > 1) row[3] = Math.floor(master.next() * imps.length);
    if (outs.length > 1) row[4] = Math.floor(master.next() * outs.length);
    if (exclusion !== null) row[5] = exclusion.kind === "random" ? master.uint32() : Math.floor(master.next() * exclusion.alternatives.length);
    if (levelAlts !== null && levelAlts.length > 1) row[6] = Math.floor(master.next() * levelAlts.length);
    return row;
  };
  const A: Row[] = [];
  const B: Row[] = [];
  for (let r = 0; r < N; r++) A.push(drawRow());
  if (withSensitivity) for (let r = 0; r < N; r++) B.push(drawRow());

  const store = new Float32Array(n * total);
  const Y = new Float64Array(total);
  const trackLevels = levelAlts !== null;
  const levelStore = trackLevels ? new Uint8Array(n * total) : null;
  const Y2 = trackLevels ? new Float64Array(total) : null;
  const nomLevelP = new Uint8Array(n);
  // the nominal levels in input order (for the result), then in the nominal order
  const levelNominal = trackLevels ? new Float64Array(n) : null;
  if (levelNominal !== null) {
    const breaks = computeBreaks(plan.levels, nominalScores);
    const inclusive = plan.levels.method === "fixed";
    for (let i = 0; i < n; i++) {
      const s = nominalScores[i] as number;
      levelNominal[i] = s === s ? levelOf(s, breaks, plan.levels.count, inclusive) : 0;
    }
    permutation.gather(levelNominal, scratch);
    nomLevelP.set(scratch);
  }
  const baseNode = [...baseW.dimension, ...(baseW.upper ?? [])];
  const groupBase = groups.map((g) => g.map((c) => baseNode[c] as number));
  const groupW = groups.map((g) => new Float64Array(g.length));
  const wNode = new Float64Array(L + U);
  const nodeBufs: Float64Array[] = [];
  const nodeComplete = new Uint8Array(L + U);
  const memberRunW = byDim.map((members) => new Float64Array(members.length));
  const rankBuf = new Float64Array(n);
  const aggBuf: AggBuffers = { acc: new Float64Array(n), ws: new Float64Array(n) };
  const tmp = new Float64Array(Math.max(k, L + U));
  const perturb = (rng: Random, nominalW: ArrayLike<number>, out: Float64Array, offset: number, count: number): void => {
    if (count === 1) {
      out[offset] = 1;
      return;
    }
    if (wMethod === "dirichlet") {
      const alpha = new Float64Array(count);
      for (let q = 0; q < count; q++) alpha[q] = wParam * count * (nominalW[q] as number);
      rng.dirichlet(alpha, tmp);
      for (let q = 0; q < count; q++) out[offset + q] = tmp[q] as number;
      return;
    }
    let s = 0;
    for (let q = 0; q < count; q++) {
      const v = (nominalW[q] as number) * (1 + wParam * (2 * rng.next() - 1));
      tmp[q] = v;
      s += v;
    }
    for (let q = 0; q < count; q++) out[offset + q] = (tmp[q] as number) / s;
  };
  const memberW = byDim.map((members) => members.map((j) => baseW.indicator[j] as number));
  let scored = 0;
  for (let p = 0; p < n; p++) if (nomP[p] === nomP[p]) scored++;
  const step = Math.max(1, Math.floor(total / 100));

  const samples: UncertaintyRun[] = [];
  let laidOut: Float64Array | undefined;
  const indicatorW = new Float64Array(k);
  const left = new Uint8Array(k);
  // Runs are evaluated in batches: the weights of up to BATCH runs are drawn and their sums
  // computed together (block by block when every mean is arithmetic over gap-free columns, so
  // the columns are read once per batch), then each is ranked and recorded in order.
  const BATCH = Math.max(1, Math.min(8, Math.floor(2 ** 22 / Math.max(1, n))));
  const batchScores: Float64Array[] = [];
  type Job = { row: Row; slot: number; block: UncertaintyRun["block"]; steps: readonly Step[] | null; scores: Float64Array; affine: AffineColumns | null; inputOrder: boolean; excluded: string[]; indicatorWeights: number[]; dimensionWeights: number[]; upperWeights: number[] };
  const queue: Job[] = [];
  const flush = (): void => {
    const runs = queue.flatMap((job) => (job.steps === null ? [] : [{ steps: job.steps, scores: job.scores, affine: job.affine }]));
    if (runs.length > 0) blocked.run(n, runs);
    for (const job of queue) finish(job);
    queue.length = 0;
  };
  const evaluate = (row: Row, slot: number, block: UncertaintyRun["block"]): void => {
    if (queue.length === BATCH) flush();
    const scoreBuf = (batchScores[queue.length] ??= new Float64Array(n));
    const set = columnsFor(row[3] * outs.length + row[4], row[1]);
    const { complete, affine } = set;
    const agg = aggs[row[2]] as AggAlt;
    const norm = norms[row[1]] as Norm;
    if (exclusion !== null) exclusion.draw(row[5], left);
    const rng = new Random(row[0]);
    // the weights first (the draws of earlier versions, in the same order), then the sums
    byDim.forEach((members, dd) => {
      const w = memberW[dd] as number[];
      const wInd = memberRunW[dd] as Float64Array;
      if (wMethod !== null && levels !== "dimensions") {
        perturb(rng, w, tmp, 0, members.length);
        for (let q = 0; q < members.length; q++) wInd[q] = tmp[q] as number;
      } else for (let q = 0; q < members.length; q++) wInd[q] = w[q] as number;
      if (exclusion !== null) {
        // weights of the indicators left in, renormalised within the dimension
        let s = 0;
        for (let q = 0; q < members.length; q++) if (left[members[q] as number] === 1) wInd[q] = 0;
        for (let q = 0; q < members.length; q++) s += wInd[q] as number;
        if (s > 0) for (let q = 0; q < members.length; q++) wInd[q] = (wInd[q] as number) / s;
      }
      if (keepRuns) members.forEach((j, q) => (indicatorW[j] = wInd[q] as number));
      let whole = 1;
      for (const j of members) if (complete[j] !== true) whole = 0;
      nodeComplete[dd] = whole;
    });
    groups.forEach((g, gi) => {
      const gw = groupW[gi] as Float64Array;
      if (wMethod !== null && levels !== "indicators") perturb(rng, groupBase[gi] as number[], gw, 0, g.length);
      else gw.set(groupBase[gi] as number[]);
      for (let q = 0; q < g.length; q++) wNode[g[q] as number] = gw[q] as number;
    });
    let steps: readonly Step[] | null = null;
    let arithmetic = agg.ind.kind === 0;
    for (const a of agg.levels) if (a.kind !== 0) arithmetic = false;
    if (arithmetic && nodeComplete.subarray(0, L).every((c) => c === 1)) {
      // every sum is a plain weighted mean of gap-free columns: done with the batch, blocked
      blocked.start();
      if (affine !== null) byDim.forEach((members, dd) => blocked.add(members.map((j) => affine.bufs[j] as Float64Array), null, memberRunW[dd] as Float64Array, dd, true));
      else byDim.forEach((members, dd) => blocked.add(members.map((j) => (set.cols as Float64Array[])[j] as Float64Array), null, memberRunW[dd] as Float64Array, dd));
      groups.forEach((g, gi) => blocked.add(null, g, groupW[gi] as Float64Array, groupOut[gi] as number));
      steps = blocked.take();
    } else {
      const cols = written(set);
      byDim.forEach((members, dd) => {
        const out = (nodeBufs[dd] ??= new Float64Array(n));
        aggregateInto(n, members.length, (q) => cols[members[q] as number] as Float64Array, memberRunW[dd] as Float64Array, agg.ind, norm, out, aggBuf, (q) => (indicators[members[q] as number] as PlanIndicator).id, nodeComplete[dd] === 1);
      });
      // children before parents (upper nodes are ordered bottom up); excluded units are NaN in
      // every dimension: the complete-column loop would still give NaN for them
      groups.forEach((g, gi) => {
        const at = groupOut[gi] as number;
        const out = at < 0 ? scoreBuf : (nodeBufs[at] ??= new Float64Array(n));
        let whole = 1;
        for (const c of g) if (nodeComplete[c] !== 1) whole = 0;
        if (at >= 0) nodeComplete[at] = whole;
        const a = agg.levels[groupLevel[gi] as number] as Agg;
        aggregateInto(n, g.length, (q) => nodeBufs[g[q] as number] as Float64Array, groupW[gi] as Float64Array, a, norm, out, aggBuf, (q) => nodeNames[g[q] as number] as string, whole === 1);
      });
    }
    queue.push({
      row,
      slot,
      block,
      steps,
      scores: scoreBuf,
      affine,
      inputOrder: set.inputOrder,
      excluded: exclusion === null || !keepRuns ? [] : indicators.filter((_, j) => left[j] === 1).map((ind) => ind.id),
      indicatorWeights: keepRuns ? Array.from(indicatorW) : [],
      dimensionWeights: keepRuns ? Array.from(wNode.subarray(0, L)) : [],
      upperWeights: keepRuns ? Array.from(wNode.subarray(L)) : [],
    });
  };
  const finish = (job: Job): void => {
    const { row, slot, block } = job;
    // scores in input order go into the nominal order first
    let scoreBuf = job.scores;
    if (job.inputOrder) {
      laidOut ??= new Float64Array(n);
      permutation.gather(scoreBuf, laidOut);
      scoreBuf = laidOut;
    }
    const m = ranksInto(scoreBuf, n, plan.ranking, rankBuf, rankWs);
    let shift = 0;
    // run-major: this run's ranks are one contiguous stretch (the per-unit pass transposes in tiles)
    const base = slot * n;
    for (let p = 0; p < n; p++) {
      const r = rankBuf[p] as number;
      store[base + p] = r;
      const nom = nomP[p] as number;
      if (r === r && nom === nom) shift += Math.abs(r - nom);
    }
    Y[slot] = shift / Math.max(1, scored);
    let change = Number.NaN;
    if (levelAlts !== null) {
      const lv = levelAlts[row[6]] as Levels;
      const breaks = computeBreaks(lv, rankWs.sorted.subarray(0, m));
      const inclusive = lv.method === "fixed";
      let moved = 0;
      for (let p = 0; p < n; p++) {
        const s = scoreBuf[p] as number;
        const level = s === s ? levelOf(s, breaks, lv.count, inclusive) : 0;
        (levelStore as Uint8Array)[base + p] = level;
        if (level !== 0 && nomLevelP[p] !== 0 && level !== nomLevelP[p]) moved++;
      }
      change = moved / Math.max(1, scored);
      (Y2 as Float64Array)[slot] = change;
    }
    if (keepRuns) {
      const ranks = new Float32Array(n);
      for (let p = 0; p < n; p++) ranks[perm[p] as number] = rankBuf[p] as number;
      samples.push({
        block,
        normalization: row[1],
        aggregation: row[2],
        imputation: row[3],
        outliers: row[4],
        levels: row[6],
        excluded: job.excluded,
        indicatorWeights: job.indicatorWeights,
        dimensionWeights: job.dimensionWeights,
        upperWeights: job.upperWeights,
        meanRankShift: Y[slot] as number,
        levelChange: change,
        ranks,
      });
    }
    if (onProgress !== undefined && ((slot + 1) % step === 0 || slot + 1 === total)) onProgress(slot + 1, total);
  };

  let slot = 0;
  for (const row of A) evaluate(row, slot++, "A");
  if (!withSensitivity) flush();
  const sensitivity: FactorSensitivity[] = [];
  let outputVariance = 0;
  if (withSensitivity) {
    for (const row of B) evaluate(row, slot++, "B");
    const starts: number[] = [];
    for (const factor of factors) {
      starts.push(slot);
      const at = SLOT[factor];
      for (let r = 0; r < N; r++) {
        const row = [...(A[r] as Row)] as Row;
        row[at] = (B[r] as Row)[at] as number;
        evaluate(row, slot++, factor);
      }
    }
    flush();
    const outputs: ["rankShift" | "levelChange", Float64Array][] = [["rankShift", Y]];
    if (Y2 !== null) outputs.push(["levelChange", Y2]);
    for (const [output, y] of outputs) {
      const indices = sobolIndices(
        y.subarray(0, N),
        y.subarray(N, 2 * N),
        starts.map((start) => y.subarray(start, start + N)),
      );
      if (output === "rankShift") outputVariance = indices.variance;
      const intervals = bootstrapIntervals(y, N, starts, bootstrap, confidence, seed);
      factors.forEach((factor, f) =>
        sensitivity.push({
          factor,
          output,
          firstOrder: indices.first[f] as number,
          total: indices.total[f] as number,
          firstOrderInterval: intervals === null ? null : (intervals.first[f] as [number, number]),
          totalInterval: intervals === null ? null : (intervals.total[f] as [number, number]),
        }),
      );
    }
  } else {
    let mean = 0;
    for (let r = 0; r < total; r++) mean += Y[r] as number;
    mean /= total;
    for (let r = 0; r < total; r++) outputVariance += ((Y[r] as number) - mean) ** 2;
    outputVariance /= total;
  }

  // each unit's ranks are sorted (or its order statistics selected) on their own: the cost is
  // linear in units × runs. The run-major store is read in tiles of TILE units × every run; the
  // summaries go to columns in the nominal order (NaN: no run scored the unit), which are
  // scattered back to input order in two streaming passes, so that the result objects are made
  // in input order (each unit's object placed at a random index cost twice as much).
  // the prepared columns are not read again
  cache.clear();
  const TILE = 64;
  const tile = new Float64Array(TILE * total);
  const levelCount = plan.levels.count;
  const tally = new Float64Array(TILE * (levelCount + 1));
  const q = new Float64Array(3);
  // the run buffers are free now: they hold the summaries
  const medianP = rankBuf;
  const p05P = aggBuf.acc;
  const p95P = aggBuf.ws;
  const meanP = work;
  const sharesP = trackLevels ? Array.from({ length: levelCount }, () => new Float64Array(n)) : [];
  for (let p0 = 0; p0 < n; p0 += TILE) {
    const width = Math.min(TILE, n - p0);
    for (let r = 0; r < total; r++) {
      const from = r * n + p0;
      for (let b = 0; b < width; b++) tile[b * total + r] = store[from + b] as number;
    }
    if (levelStore !== null) {
      tally.fill(0);
      for (let r = 0; r < total; r++) {
        const from = r * n + p0;
        for (let b = 0; b < width; b++) tally[b * (levelCount + 1) + (levelStore[from + b] as number)]!++;
      }
      for (let b = 0; b < width; b++) for (let l = 1; l <= levelCount; l++) (sharesP[l - 1] as Float64Array)[p0 + b] = (tally[b * (levelCount + 1) + l] as number) / total;
    }
    for (let b = 0; b < width; b++) {
      const p = p0 + b;
      // a run that left out every indicator a unit has does not score it: those runs are
      // skipped. The unit's ranks are tile[o…o + total) (no view per unit: a million of them
      // were a million small objects for the garbage collector)
      const o = b * total;
      let sum = 0;
      let m = 0;
      for (let r = 0; r < total; r++) {
        const v = tile[o + r] as number;
        if (v !== v) continue;
        sum += v;
        tile[o + m++] = v;
      }
      if (m === 0) {
        medianP[p] = p05P[p] = p95P[p] = meanP[p] = Number.NaN;
        continue;
      }
      quantiles7(tile, o, m, q);
      p05P[p] = q[0] as number;
      medianP[p] = q[1] as number;
      p95P[p] = q[2] as number;
      meanP[p] = sum / m;
    }
  }
  // back to input order, each into the buffer the previous one freed
  const inverse = permutation.inverse();
  const median = scratch;
  inverse.gather(medianP, median);
  const p05 = medianP;
  inverse.gather(p05P, p05);
  const p95 = p05P;
  inverse.gather(p95P, p95);
  const mean = p95P;
  inverse.gather(meanP, mean);
  const shares = sharesP.map((col) => {
    const out = new Float64Array(n);
    inverse.gather(col, out);
    return out;
  });
  // filled in order (a pushed array would leave its outgrown copies to the garbage collector)
  const units: UnitRankInterval[] = new Array<UnitRankInterval>(n);
  const ids = plan.ids;
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const nom = nominalRanks[i] as number;
    if (nom !== nom) {
      units[i] = trackLevels
        ? { id, rankNominal: null, rankMedian: null, rankP05: null, rankP95: null, rankMean: null, levelNominal: null, levelShares: null }
        : { id, rankNominal: null, rankMedian: null, rankP05: null, rankP95: null, rankMean: null };
      continue;
    }
    const med = median[i] as number;
    const some = med === med;
    const rankMedian = some ? med : null;
    const rankP05 = some ? (p05[i] as number) : null;
    const rankP95 = some ? (p95[i] as number) : null;
    const rankMean = some ? (mean[i] as number) : null;
    if (levelNominal === null) {
      units[i] = { id, rankNominal: nom, rankMedian, rankP05, rankP95, rankMean };
      continue;
    }
    const levelShares: number[] = [];
    for (let l = 0; l < levelCount; l++) levelShares.push((shares[l] as Float64Array)[i] as number);
    units[i] = { id, rankNominal: nom, rankMedian, rankP05, rankP95, rankMean, levelNominal: levelNominal[i] as number, levelShares };
  }
  return { units, sensitivity, runs: total, outputVariance, samples };
}

/** {@link minMaxMap} read straight from the raw column into the nominal order (one gather), or null. */
function minMaxPermuted(plan: Plan, ind: PlanIndicator, spec: Norm, permutation: Permutation, rangeOf: RangeOf): Float64Array | null {
  const map = minMaxMap(plan, ind, spec, rangeOf);
  if (map === null) return null;
  const col = new Float64Array(plan.n);
  permutation.gatherAffine(ind.raw as Float64Array, col, map[0], map[1], map[2]);
  return col;
}

/** A resolved exclusion variation: `draw(value, out)` marks the indicators a run leaves out. */
type Exclusion = { kind: "random" | "list"; alternatives: readonly Uint8Array[]; draw: (value: number, out: Uint8Array) => void };

function resolveExclusion(spec: ExclusionVariation | undefined, plan: Plan): Exclusion | null {
  if (spec === undefined) return null;
  const k = plan.indicators.length;
  const index = new Map(plan.indicators.map((ind, j) => [ind.id, j]));
  const lookup = (id: unknown): number => {
    const j = typeof id === "string" ? index.get(id) : undefined;
    if (j === undefined) throw bad(`شاخص «${String(id)}» در مشخصات شاخص نیست`, `Indicator "${String(id)}" is not in the spec`, { indicator: String(id) });
    return j;
  };
  const sizes = plan.byDim.map((members) => members.length);
  if (Array.isArray(spec)) {
    if (spec.length === 0) throw bad("فهرست گزینه‌ها خالی است", "An alternatives list is empty", { option: "exclusion" });
    const alternatives = (spec as readonly (readonly string[])[]).map((ids) => {
      if (!Array.isArray(ids)) throw bad("هر گزینهٔ حذف باید آرایه‌ای از شناسهٔ شاخص‌ها باشد", "Every exclusion alternative must be an array of indicator ids");
      const mask = new Uint8Array(k);
      for (const id of ids) mask[lookup(id)] = 1;
      plan.byDim.forEach((members, dd) => {
        if (members.every((j) => mask[j] === 1)) {
          throw bad(`حذف ${ids.join("، ")} بعد «${plan.dims[dd]}» را خالی می‌کند`, `Leaving out ${ids.join(", ")} empties dimension "${plan.dims[dd]}"`, { dimension: plan.dims[dd] });
        }
      });
      return mask;
    });
    return { kind: "list", alternatives, draw: (value, out) => out.set(alternatives[value] as Uint8Array) };
  }
  if (typeof spec !== "object" || spec === null) throw bad("vary.exclusion باید آرایه یا { random } باشد", "vary.exclusion must be an array of alternatives or { random }");
  const { random: count, among: amongIds } = spec as { readonly random: number; readonly among?: readonly string[] | undefined };
  if (amongIds !== undefined && !Array.isArray(amongIds)) throw bad("vary.exclusion.among باید آرایه باشد", "vary.exclusion.among must be an array");
  const among = amongIds === undefined ? plan.indicators.map((_, j) => j) : [...new Set(amongIds.map(lookup))].sort((a, b) => a - b);
  // at most what leaves every dimension one indicator
  let room = 0;
  plan.byDim.forEach((members) => {
    const candidates = members.filter((j) => among.includes(j)).length;
    room += Math.min(candidates, members.length - 1);
  });
  if (!Number.isInteger(count) || count < 1 || count > room) {
    throw bad(`vary.exclusion.random باید عدد صحیحی از ۱ تا ${room} باشد`, `vary.exclusion.random must be an integer from 1 to ${room} (every dimension keeps an indicator)`, { random: count, max: room });
  }
  const dimOf = plan.indicators.map((ind) => ind.dim);
  const leftIn = new Int32Array(sizes.length);
  const pool = new Int32Array(among.length);
  return {
    kind: "random",
    alternatives: [],
    draw: (value, out) => {
      // `count` draws without replacement among the candidates whose dimension keeps another indicator
      out.fill(0);
      leftIn.set(sizes);
      const rng = new Random(value);
      for (let t = 0; t < count; t++) {
        let m = 0;
        for (const j of among) if (out[j] === 0 && (leftIn[dimOf[j] as number] as number) > 1) pool[m++] = j;
        const j = pool[Math.floor(rng.next() * m)] as number;
        out[j] = 1;
        leftIn[dimOf[j] as number]!--;
      }
    },
  };
}

/**
 * Percentile-bootstrap intervals of the Sobol indices: the N Saltelli rows (A, B and every
 * A_B⁽ⁱ⁾ row r together) are resampled with replacement `count` times and the indices
 * recomputed; the interval is the (1 ± confidence)/2 type-7 quantiles. Its own PRNG stream,
 * so the Monte Carlo draws do not change.
 */
function bootstrapIntervals(Y: Float64Array, N: number, starts: readonly number[], count: number, confidence: number, seed: number): { first: [number, number][]; total: [number, number][] } | null {
  if (count === 0) return null;
  const rng = new Random(seed + 0x9e3779b9);
  const d = starts.length;
  const fA = new Float64Array(N);
  const fB = new Float64Array(N);
  const fAB = starts.map(() => new Float64Array(N));
  const first = starts.map(() => new Float64Array(count));
  const total = starts.map(() => new Float64Array(count));
  for (let b = 0; b < count; b++) {
    for (let r = 0; r < N; r++) {
      const pick = Math.floor(rng.next() * N);
      fA[r] = Y[pick] as number;
      fB[r] = Y[N + pick] as number;
      for (let f = 0; f < d; f++) (fAB[f] as Float64Array)[r] = Y[(starts[f] as number) + pick] as number;
    }
    const est = sobolIndices(fA, fB, fAB);
    for (let f = 0; f < d; f++) {
      (first[f] as Float64Array)[b] = est.first[f] as number;
      (total[f] as Float64Array)[b] = est.total[f] as number;
    }
  }
  const lo = (1 - confidence) / 2;
  const interval = (v: Float64Array): [number, number] => {
    v.sort();
    return [q7(v, lo), q7(v, 1 - lo)];
  };
  return { first: first.map(interval), total: total.map(interval) };
}

/**
 * Type-7 5th, 50th and 95th percentiles of the `m` values a[o…o + m) (reordered in place) into
 * `out`: the six order statistics they need are selected
 * (quickselect), the median pair first and then each outer pair inside its half, so the cost
 * per unit is linear in the runs and each selection sees only the part it needs.
 */
function quantiles7(a: Float64Array, o: number, m: number, out: Float64Array): void {
  // positions and fractions of the type-7 quantiles, written out (no closure or tuple per unit)
  const x05 = (m - 1) * 0.05;
  const l05 = Math.floor(x05);
  const h05 = Math.min(l05 + 1, m - 1);
  const f05 = x05 - l05;
  const x50 = (m - 1) * 0.5;
  const l50 = Math.floor(x50);
  const h50 = Math.min(l50 + 1, m - 1);
  const f50 = x50 - l50;
  const x95 = (m - 1) * 0.95;
  const l95 = Math.floor(x95);
  const h95 = Math.min(l95 + 1, m - 1);
  const f95 = x95 - l95;
  // each target is selected between the nearest positions already in place (fewer than 16
  // values are simply sorted by the first selection)
  // (the upper one of a pair, h = l + 1, is the smallest value above l: a scan, not a selection)
  select(a, o, o + m - 1, o + l50);
  if (h50 > l50) smallestFirst(a, o + l50 + 1, o + m - 1);
  if (l05 < l50) select(a, o, o + l50 - 1, o + l05);
  if (h05 > l05 && h05 < l50) smallestFirst(a, o + l05 + 1, o + l50 - 1);
  if (l95 > h50) select(a, o + h50 + 1, o + m - 1, o + l95);
  if (h95 > l95 && h95 > h50) smallestFirst(a, o + Math.max(l95, h50) + 1, o + m - 1);
  out[0] = (a[o + l05] as number) + f05 * ((a[o + h05] as number) - (a[o + l05] as number));
  out[1] = (a[o + l50] as number) + f50 * ((a[o + h50] as number) - (a[o + l50] as number));
  out[2] = (a[o + l95] as number) + f95 * ((a[o + h95] as number) - (a[o + l95] as number));
}

/** Moves the smallest of a[left…right] to position left (swapped with what was there). */
function smallestFirst(a: Float64Array, left: number, right: number): void {
  let at = left;
  let min = a[left] as number;
  for (let p = left + 1; p <= right; p++) {
    const v = a[p] as number;
    if (v < min) {
      min = v;
      at = p;
    }
  }
  a[at] = a[left] as number;
  a[left] = min;
}

/** Type-7 quantile of sorted values. */
function q7(s: Float64Array, p: number): number {
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  const b = s[Math.min(lo + 1, s.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
