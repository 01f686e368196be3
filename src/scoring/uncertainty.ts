import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type { AggregationMethod, AggregationSpec, IndexSpec, NormalizationSpec } from "./IndexSpec";
import { aggregateInto, isComplete, normalizeColumn, prepareColumn, rankAll, runPass, screen, type AggBuffers } from "./_engine";
import { refuseHierarchy } from "./_hierarchy";
import { checkNormalizationFits, makePlan, resolveAggregation, resolveNormalization, type Agg, type Norm, type PlanIndicator } from "./_plan";
import { Random } from "./_random";
import { sobolIndices } from "./_sobol";
import { argsortFinite, ranksFromOrder, sortWorkspace } from "./_sort";

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
 * What {@link uncertainty} varies.
 *
 * @category Composite index
 */
export interface UncertaintyVary {
  /** Weight perturbation, or `false` to keep the nominal weights. Default `"dirichlet"`. */
  readonly weights?: WeightVariation | false | undefined;
  /** Which weights vary: `"indicators"`, `"dimensions"` or `"both"` (default). */
  readonly weightLevels?: "indicators" | "dimensions" | "both" | undefined;
  /** Normalisations drawn uniformly in each run. Default: only the spec's. */
  readonly normalization?: readonly NormalizationSpec[] | undefined;
  /** Aggregations drawn uniformly in each run. Default: only the spec's. */
  readonly aggregation?: readonly AggregationSpec[] | undefined;
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
}

/**
 * Sensitivity of the ranking to one varied factor.
 *
 * @category Composite index
 */
export interface FactorSensitivity {
  /** The factor. */
  readonly factor: "weights" | "normalization" | "aggregation";
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
  readonly block: "A" | "B" | "weights" | "normalization" | "aggregation";
  /** Index into `vary.normalization` (0 when it does not vary). */
  readonly normalization: number;
  /** Index into `vary.aggregation` (0 when it does not vary). */
  readonly aggregation: number;
  /** Indicator weights within their dimensions, in spec order. */
  readonly indicatorWeights: readonly number[];
  /** Dimension weights, in the order the dimensions are first named. */
  readonly dimensionWeights: readonly number[];
  /** Mean absolute rank shift from the nominal ranking (the output Y). */
  readonly meanRankShift: number;
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
   * from the nominal ranking; empty when sensitivity is off or nothing varies.
   */
  readonly sensitivity: FactorSensitivity[];
  /** Model evaluations done. */
  readonly runs: number;
  /** Variance of Y over the base samples (0 means the ranking never moved). */
  readonly outputVariance: number;
  /** Every run's parameters and ranks, in evaluation order; empty unless `keepRuns: true`. */
  readonly samples: readonly UncertaintyRun[];
}

type Factor = "weights" | "normalization" | "aggregation";

/** Largest units × runs kept in memory (Float32 ranks: 400 MB). */
const MAX_STORED_RANKS = 100_000_000;

const bad = (fa: string, en: string): Error => fail("INDEX_INVALID_OPTIONS", fa, en);

function resolveAggPair(spec: AggregationSpec): { ind: Agg; dim: Agg } {
  if (typeof spec === "object" && spec !== null && !("method" in spec)) {
    if (spec.perLevel !== undefined) throw bad("گزینه‌های تجمیع در uncertainty فقط indicators و dimensions می‌پذیرند", "uncertainty's aggregation alternatives take indicators and dimensions, not perLevel");
    return { ind: resolveAggregation(spec.indicators), dim: resolveAggregation(spec.dimensions) };
  }
  const a = resolveAggregation(spec as AggregationMethod);
  return { ind: a, dim: a };
}

/**
 * Uncertainty and sensitivity analysis of a composite index by Monte Carlo (OECD/JRC
 * handbook step 7): each run perturbs the weights (Dirichlet around the nominal weights, or
 * ± uniform noise) and draws a normalisation and an aggregation from the given alternatives,
 * recomputes the index and ranks it. Returns each unit's median rank and its 5–95 % rank
 * interval, and first-order / total sensitivity indices of each varied factor.
 *
 * Sampling follows Saltelli et al. (2010): two base samples A and B of N rows and, for each
 * factor i, the matrix A_B⁽ⁱ⁾ (A with factor i taken from B); N = ⌊runs / (d + 2)⌋. The
 * output is Y = mean absolute rank shift from the nominal ranking. Sᵢ = mean(f(B)·(f(A_B⁽ⁱ⁾) −
 * f(A)))/V (Saltelli 2010, with f(B) centred on the sample mean to cut its variance), Sₜᵢ = mean((f(A) − f(A_B⁽ⁱ⁾))²)/(2V) (Jansen 1999), V the variance
 * of Y over A ∪ B. Every evaluation also counts towards the rank intervals. With
 * `sensitivity: false` the runs are plain independent draws. Each index comes with a
 * percentile-bootstrap confidence interval (the N Saltelli rows resampled `bootstrap` times,
 * from a separate random stream), and `keepRuns: true` returns every run's sampled weights,
 * normalisation, aggregation and ranks in `samples`, so a user can see which choice moved a
 * unit. The cost is linear in units × runs.
 *
 * Reproducible: the same `seed` gives the same result on every platform.
 *
 * @param table - the indicator table
 * @param spec - the nominal index specification
 * @param options - runs, seed, what varies, progress callback
 * @returns rank intervals per unit and sensitivity indices
 * @throws MahallehError `INDEX_INVALID_OPTIONS` for bad options, `INDEX_TOO_LARGE` when units ×
 *   runs exceeds 100 million (the ranks of every run are kept: 4 bytes each),
 *   `INDEX_HIERARCHY_UNSUPPORTED` for a spec deeper than indicator → dimension → index
 *   (dimensions with a `parent`), and every error of {@link computeIndex}
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
 * ```
 *
 * @category Composite index
 */
export function uncertainty(table: IndicatorTable, spec: IndexSpec, options?: UncertaintyOptions | undefined): UncertaintyResult {
  const plan = makePlan(table, spec);
  refuseHierarchy(plan, "uncertainty");
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
  const norms: Norm[] = vary.normalization === undefined ? [plan.normalization] : vary.normalization.map(resolveNormalization);
  const aggs = vary.aggregation === undefined ? [{ ind: plan.aggIndicators, dim: plan.aggDimensions }] : vary.aggregation.map(resolveAggPair);
  if (norms.length === 0 || aggs.length === 0) throw bad("فهرست گزینه‌ها خالی است", "An alternatives list is empty");
  for (const nm of norms) checkNormalizationFits(nm, plan.indicators, plan.outliers);
  const factors: Factor[] = [];
  if (wMethod !== null) factors.push("weights");
  if (norms.length > 1) factors.push("normalization");
  if (aggs.length > 1) factors.push("aggregation");
  const d = factors.length;
  const withSensitivity = (options?.sensitivity ?? true) && d > 0;
  const N = withSensitivity ? Math.floor(runs / (d + 2)) : runs;
  if (withSensitivity && N < 2) {
    throw bad(`برای تحلیل حساسیت دست‌کم ${2 * (d + 2)} اجرا لازم است`, `Sensitivity analysis needs at least ${2 * (d + 2)} runs`);
  }
  const total = withSensitivity ? N * (d + 2) : N;

  // nominal run (also resolves data-driven weights)
  const { n, indicators, byDim, dims } = plan;
  const nominal = runPass(plan, false, false);
  const nominalRanks = rankAll(plan, nominal.scores).ranks;
  const baseW = nominal.weights;
  const included = screen(plan).included;
  const scratch = new Float64Array(n);
  const prepared = indicators.map((ind: PlanIndicator) => {
    const col = new Float64Array(n);
    prepareColumn(plan, ind, included, col, scratch);
    return col;
  });
  const ws = sortWorkspace(n);
  const normalized: (Float64Array[] | undefined)[] = norms.map(() => undefined);
  const columnsFor = (a: number): Float64Array[] => {
    let cols = normalized[a];
    if (cols === undefined) {
      const norm = norms[a] as Norm;
      cols = prepared.map((c, j) => {
        // one normalisation: normalise the prepared column in place (half the memory)
        const out = norms.length === 1 ? c : Float64Array.from(c);
        normalizeColumn(indicators[j] as PlanIndicator, norm, out, ws, scratch);
        return out;
      });
      normalized[a] = cols;
      completeCols[a] = cols.map(isComplete);
    }
    return cols;
  };
  const completeCols: (boolean[] | undefined)[] = norms.map(() => undefined);

  // rows: [weight seed, normalisation index, aggregation index]
  const master = new Random(seed);
  const drawRow = (): [number, number, number] => [master.uint32(), Math.floor(master.next() * norms.length), Math.floor(master.next() * aggs.length)];
  const A: [number, number, number][] = [];
  const B: [number, number, number][] = [];
  for (let r = 0; r < N; r++) A.push(drawRow());
  if (withSensitivity) for (let r = 0; r < N; r++) B.push(drawRow());

  // every run's rank of every unit is kept (4 bytes each) for the percentiles
  if (n * total > MAX_STORED_RANKS) {
    throw fail(
      "INDEX_TOO_LARGE",
      `${n} واحد × ${total} اجرا بیش از ۴۰۰ مگابایت رتبه نگه می‌دارد؛ تعداد اجراها را کم کنید (حداکثر ${Math.floor(MAX_STORED_RANKS / n)})`,
      `${n} units × ${total} runs would keep more than 400 MB of ranks; use at most ${Math.floor(MAX_STORED_RANKS / n)} runs`,
      { units: n, runs: total },
    );
  }
  const store = new Float32Array(n * total);
  const Y = new Float64Array(total);
  const dimBufs = dims.map(() => new Float64Array(n));
  const scoreBuf = new Float64Array(n);
  const rankBuf = new Float64Array(n);
  const aggBuf: AggBuffers = { acc: new Float64Array(n), ws: new Float64Array(n) };
  const wInd = new Float64Array(indicators.length);
  const wDim = new Float64Array(dims.length);
  const dimComplete = new Uint8Array(dims.length);
  const tmp = new Float64Array(Math.max(indicators.length, dims.length));
  const perturb = (rng: Random, nominalW: ArrayLike<number>, out: Float64Array, offset: number, count: number): void => {
    if (count === 1) {
      out[offset] = 1;
      return;
    }
    if (wMethod === "dirichlet") {
      const alpha = new Float64Array(count);
      for (let k = 0; k < count; k++) alpha[k] = wParam * count * (nominalW[k] as number);
      rng.dirichlet(alpha, tmp);
      for (let k = 0; k < count; k++) out[offset + k] = tmp[k] as number;
      return;
    }
    let s = 0;
    for (let k = 0; k < count; k++) {
      const v = (nominalW[k] as number) * (1 + wParam * (2 * rng.next() - 1));
      tmp[k] = v;
      s += v;
    }
    for (let k = 0; k < count; k++) out[offset + k] = (tmp[k] as number) / s;
  };
  const memberW = byDim.map((members) => members.map((j) => baseW.indicator[j] as number));
  let scored = 0;
  for (let i = 0; i < n; i++) if (nominalRanks[i] === nominalRanks[i]) scored++;
  const step = Math.max(1, Math.floor(total / 100));

  const samples: UncertaintyRun[] = [];
  const indicatorW = new Float64Array(indicators.length);
  const evaluate = (row: readonly [number, number, number], slot: number, block: UncertaintyRun["block"]): void => {
    const cols = columnsFor(row[1]);
    const agg = aggs[row[2]] as { ind: Agg; dim: Agg };
    const norm = norms[row[1]] as Norm;
    const rng = new Random(row[0]);
    byDim.forEach((members, dd) => {
      const w = memberW[dd] as number[];
      if (wMethod !== null && levels !== "dimensions") {
        perturb(rng, w, tmp, 0, members.length);
        for (let k = 0; k < members.length; k++) wInd[k] = tmp[k] as number;
      } else for (let k = 0; k < members.length; k++) wInd[k] = w[k] as number;
      if (keepRuns) members.forEach((j, k) => (indicatorW[j] = wInd[k] as number));
      const flags = completeCols[row[1]] as boolean[];
      const complete = members.every((j) => flags[j] === true);
      dimComplete[dd] = complete ? 1 : 0;
      aggregateInto(n, members.length, (k) => cols[members[k] as number] as Float64Array, wInd, agg.ind, norm, dimBufs[dd] as Float64Array, aggBuf, (k) => (indicators[members[k] as number] as PlanIndicator).id, complete);
    });
    if (wMethod !== null && levels !== "indicators") perturb(rng, baseW.dimension, wDim, 0, dims.length);
    else wDim.set(baseW.dimension);
    // excluded units are NaN in every dimension: the fast loop would still give NaN for them
    aggregateInto(n, dims.length, (k) => dimBufs[k] as Float64Array, wDim, agg.dim, norm, scoreBuf, aggBuf, (k) => dims[k] as string, dimComplete.every((c) => c === 1));
    rankBuf.fill(Number.NaN);
    const order = argsortFinite(scoreBuf, n, true, ws);
    ranksFromOrder(scoreBuf, order, order.length, plan.ranking, rankBuf);
    let shift = 0;
    for (let i = 0; i < n; i++) {
      const r = rankBuf[i] as number;
      store[i * total + slot] = r;
      const nom = nominalRanks[i] as number;
      if (r === r && nom === nom) shift += Math.abs(r - nom);
    }
    Y[slot] = shift / Math.max(1, scored);
    if (keepRuns) {
      const ranks = new Float32Array(n);
      for (let i = 0; i < n; i++) ranks[i] = rankBuf[i] as number;
      samples.push({ block, normalization: row[1], aggregation: row[2], indicatorWeights: Array.from(indicatorW), dimensionWeights: Array.from(wDim), meanRankShift: Y[slot] as number, ranks });
    }
    if (onProgress !== undefined && ((slot + 1) % step === 0 || slot + 1 === total)) onProgress(slot + 1, total);
  };

  let slot = 0;
  for (const row of A) evaluate(row, slot++, "A");
  const sensitivity: FactorSensitivity[] = [];
  let outputVariance = 0;
  if (withSensitivity) {
    for (const row of B) evaluate(row, slot++, "B");
    const starts: number[] = [];
    for (const factor of factors) {
      starts.push(slot);
      const k = factor === "weights" ? 0 : factor === "normalization" ? 1 : 2;
      for (let r = 0; r < N; r++) {
        const row: [number, number, number] = [...(A[r] as [number, number, number])];
        row[k] = (B[r] as [number, number, number])[k];
        evaluate(row, slot++, factor);
      }
    }
    const indices = sobolIndices(
      Y.subarray(0, N),
      Y.subarray(N, 2 * N),
      starts.map((start) => Y.subarray(start, start + N)),
    );
    outputVariance = indices.variance;
    const intervals = bootstrapIntervals(Y, N, starts, bootstrap, confidence, seed);
    factors.forEach((factor, f) =>
      sensitivity.push({
        factor,
        firstOrder: indices.first[f] as number,
        total: indices.total[f] as number,
        firstOrderInterval: intervals === null ? null : (intervals.first[f] as [number, number]),
        totalInterval: intervals === null ? null : (intervals.total[f] as [number, number]),
      }),
    );
  } else {
    let mean = 0;
    for (let r = 0; r < total; r++) mean += Y[r] as number;
    mean /= total;
    for (let r = 0; r < total; r++) outputVariance += ((Y[r] as number) - mean) ** 2;
    outputVariance /= total;
  }

  const units: UnitRankInterval[] = new Array<UnitRankInterval>(n);
  // each unit's ranks are sorted on their own (O(runs·log runs) per unit): the cost is linear
  // in units × runs (a histogram over the n possible ranks would cost n per unit, n² in all)
  const sorted = new Float64Array(total);
  for (let i = 0; i < n; i++) {
    const id = plan.ids[i] as string;
    const nom = nominalRanks[i] as number;
    if (nom !== nom) {
      units[i] = { id, rankNominal: null, rankMedian: null, rankP05: null, rankP95: null, rankMean: null };
      continue;
    }
    let sum = 0;
    const base = i * total;
    for (let r = 0; r < total; r++) {
      const v = store[base + r] as number;
      sum += v;
      sorted[r] = v;
    }
    sortSmall(sorted, total);
    units[i] = { id, rankNominal: nom, rankMedian: q7(sorted, 0.5), rankP05: q7(sorted, 0.05), rankP95: q7(sorted, 0.95), rankMean: sum / total };
  }
  return { units, sensitivity, runs: total, outputVariance, samples };
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

/** Sorts the first `m` values ascending in place (insertion sort for short runs, else the typed-array sort). */
function sortSmall(a: Float64Array, m: number): void {
  if (m > 48) {
    a.subarray(0, m).sort();
    return;
  }
  for (let p = 1; p < m; p++) {
    const v = a[p] as number;
    let q = p - 1;
    while (q >= 0 && (a[q] as number) > v) {
      a[q + 1] = a[q] as number;
      q--;
    }
    a[q + 1] = v;
  }
}

/** Type-7 quantile of sorted values. */
function q7(s: Float64Array, p: number): number {
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  const b = s[Math.min(lo + 1, s.length - 1)] as number;
  return a + (h - lo) * (b - a);
}
