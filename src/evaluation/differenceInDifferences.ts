import type { ObservationLike } from "../scoring/index";
import { cellValue } from "./_cell";
import { evaluationError, invalid } from "./_messages";
import { seededRandom } from "./_random";
import { quantileSorted } from "./_stats";
import { fitTwfe, inference, type Panel } from "./_twfe";
import type { MatchResult } from "./matchComparison";

/**
 * Options of {@link differenceInDifferences}.
 *
 * @category Evaluation
 */
export interface DifferenceInDifferencesOptions {
  /** The outcome: an indicator id of the observations, e.g. `"unemployment-rate"`. */
  readonly outcome: string;
  /** Ids of the treated (target) units; every other unit of the panel is a comparison unit. */
  readonly treated: readonly string[];
  /** The period(s) before the programme, ascending, e.g. `"1401"` or `["1400", "1401"]`. */
  readonly before: string | readonly string[];
  /** The period(s) after, ascending and later than every `before` period. */
  readonly after: string | readonly string[];
  /**
   * A {@link matchComparison} result: only the matched treated units and their matched
   * comparison units enter, comparison units weighted by how often they were matched
   * (Σ 1/kᵢ). Default: every unit, weight 1.
   */
  readonly matched?: MatchResult | undefined;
  /**
   * Clusters of the standard error: `"unit"` (default; each neighbourhood) or a map from
   * unit id to its cluster (e.g. its county id).
   */
  readonly cluster?: "unit" | Readonly<Record<string, string>> | undefined;
  /** Confidence level of the intervals. Default 0.95. */
  readonly level?: number | undefined;
  /**
   * Cluster bootstrap: `replications` (default 999) resamples of whole clusters with
   * replacement, drawn from `seed` (default 1); `false` to skip.
   */
  readonly bootstrap?:
    | {
        /** Resamples. Default 999. */
        readonly replications?: number | undefined;
        /** Seed of the resampling. Default 1. */
        readonly seed?: number | undefined;
      }
    | false
    | undefined;
}

/**
 * Plain means of one group, for a planner's table.
 *
 * @category Evaluation
 */
export interface DidGroupMeans {
  /** Number of units. */
  readonly n: number;
  /** (Weighted) mean of the outcome over the before periods. */
  readonly before: number;
  /** (Weighted) mean over the after periods. */
  readonly after: number;
  /** `after − before`. */
  readonly change: number;
}

/**
 * A pre-trend (placebo) check: the same estimator with the last before period treated as if
 * it were after.
 *
 * @category Evaluation
 */
export interface PreTrendCheck {
  /** The periods used; the last one plays "after". */
  readonly periods: readonly string[];
  /** The placebo estimate (near 0 under parallel pre-trends). */
  readonly estimate: number;
  /** Its cluster-robust standard error, `null` with fewer than 2 clusters. */
  readonly se: number | null;
  /** Two-sided p-value, `null` without a standard error. */
  readonly pValue: number | null;
}

/**
 * A unit left out of the estimate, with the reason.
 *
 * @category Evaluation
 */
export interface DidExcludedUnit {
  /** Unit id. */
  readonly id: string;
  /** `"missing-period"`: no outcome value in at least one period used; `"not-matched"`: not in the matched sample; `"no-data"`: a treated id with no observation at all. */
  readonly reason: "missing-period" | "not-matched" | "no-data";
}

/**
 * The result of {@link differenceInDifferences}. Every figure is in the outcome's own unit
 * (percentage points for a rate) unless named `relative…`.
 *
 * @category Evaluation
 */
export interface DifferenceInDifferencesResult {
  /** The outcome. */
  readonly outcome: string;
  /** Before periods used. */
  readonly before: readonly string[];
  /** After periods used. */
  readonly after: readonly string[];
  /** The DiD estimate (Δ treated − Δ comparison); negative = the outcome fell more in treated units. */
  readonly estimate: number;
  /** The treated group's before mean, the baseline of the relative figures. */
  readonly baseline: number;
  /** `estimate / baseline`, `null` when the baseline is 0. */
  readonly relative: number | null;
  /** Cluster-robust standard error; `null` with fewer than 2 clusters (see `note`). */
  readonly se: number | null;
  /** Degrees of freedom of the t intervals (clusters − 1), `null` without a standard error. */
  readonly df: number | null;
  /** Two-sided p-value of estimate = 0, `null` without a standard error. */
  readonly pValue: number | null;
  /** `level` confidence interval from the cluster-robust SE (t with G − 1 df); `null` without one. */
  readonly ci: readonly [number, number] | null;
  /** `ci` divided by the baseline; `null` without a CI or with a zero baseline. */
  readonly relativeCi: readonly [number, number] | null;
  /** The confidence level. */
  readonly level: number;
  /** How the standard error was clustered and how many clusters it used. */
  readonly clusters: {
    /** `"unit"` (each neighbourhood) or `"custom"` (the map given, e.g. counties). */
    readonly by: "unit" | "custom";
    /** Number of clusters G used. */
    readonly count: number;
  };
  /** Percentile interval of the cluster bootstrap, with its seed; `null` when skipped or with fewer than 2 clusters. */
  readonly bootstrap: {
    /** Resamples drawn. */
    readonly replications: number;
    /** The seed. */
    readonly seed: number;
    /** Percentile interval at `level`. */
    readonly ci: readonly [number, number];
    /** Resamples without a treated or a comparison unit (not counted in the interval). */
    readonly skipped: number;
  } | null;
  /** Plain group means. */
  readonly means: {
    /** Treated (target) units. */
    readonly treated: DidGroupMeans;
    /** Comparison units. */
    readonly comparison: DidGroupMeans;
  };
  /** The pre-trend check, when at least two before periods were given; otherwise `null`. */
  readonly preTrend: PreTrendCheck | null;
  /** Units left out, with reasons. */
  readonly excluded: readonly DidExcludedUnit[];
  /** `"too-few-clusters"` when no standard error could be computed; otherwise `null`. */
  readonly note: "too-few-clusters" | null;
}

const asList = (p: string | readonly string[]): readonly string[] => (typeof p === "string" ? [p] : p);

/**
 * Difference-in-differences: did the outcome of the treated (target) neighbourhoods change
 * more than that of the comparison neighbourhoods? The estimate is the two-way fixed-effects
 * regression coefficient of treated × after (unit and period effects) on the balanced panel
 * of the periods given, which equals (Ȳ_T,after − Ȳ_T,before) − (Ȳ_C,after − Ȳ_C,before) of
 * the unit means (Gertler et al., *Impact Evaluation in Practice*, ch. 7). The standard
 * error is cluster-robust (by unit, or by the clusters given) with the small-sample factor of
 * Stata's `xtreg, fe vce(cluster)`, G/(G − 1)·(N − 1)/(N − K), N = units × periods and
 * K = periods + 1, and t intervals with G − 1 degrees of freedom; the bootstrap resamples whole
 * clusters from a seed, so it is reproducible. A unit without a value in one of the periods is
 * left out and listed, never imputed.
 *
 * @param panel - long observations (`neighbourhoodId`, `indicatorId`, `period`, `value`)
 * @param options - outcome, treated ids, before/after periods, matching and clustering
 * @returns the estimate in the outcome's unit and relative to the baseline, its SE, intervals, group means and pre-trend check
 * @throws MahallehError `EVALUATION_INVALID_INPUT` for a malformed panel or options (an
 *   outcome value that is not a number, `null` or `NaN`, e.g. ±Infinity or a string),
 *   `EVALUATION_PERIOD_ORDER` when the periods are not ascending or overlap,
 *   `EVALUATION_UNKNOWN_PERIOD` / `EVALUATION_UNKNOWN_COLUMN` when a period or the outcome has
 *   no observation, `EVALUATION_EMPTY_GROUP` when no treated or no comparison unit remains
 * @example
 * ```ts
 * import { differenceInDifferences } from "mahalleh/evaluation";
 * const obs = (id: string, period: string, value: number) => ({ neighbourhoodId: id, indicatorId: "unemployment-rate", period, value });
 * const panel = [
 *   obs("a", "1401", 20), obs("a", "1403", 15), // treated: −5
 *   obs("b", "1401", 22), obs("b", "1403", 18), // treated: −4
 *   obs("c", "1401", 18), obs("c", "1403", 17), // comparison: −1
 *   obs("d", "1401", 16), obs("d", "1403", 16), // comparison: 0
 * ];
 * const r = differenceInDifferences(panel, { outcome: "unemployment-rate", treated: ["a", "b"], before: "1401", after: "1403" });
 * r.estimate; // => -4
 * r.means.treated.before; // => 21
 * Number(r.relative?.toFixed(3)); // => -0.19
 * r.clusters.count; // => 4
 * ```
 *
 * @category Evaluation
 */
export function differenceInDifferences(panel: readonly ObservationLike[], options: DifferenceInDifferencesOptions): DifferenceInDifferencesResult {
  if (!Array.isArray(panel)) throw invalid("پنل باید آرایه‌ای از مشاهده‌ها باشد", "the panel must be an array of observations");
  if (typeof options !== "object" || options === null || typeof options.outcome !== "string" || !Array.isArray(options.treated)) {
    throw invalid("گزینه‌های outcome و treated لازم‌اند", "options outcome and treated are required");
  }
  const before = asList(options.before);
  const after = asList(options.after);
  const periods = [...before, ...after];
  if (before.length === 0 || after.length === 0 || periods.some((p) => typeof p !== "string")) {
    throw invalid("دوره‌های پیش و پس لازم‌اند", "before and after periods are required");
  }
  for (let s = 1; s < periods.length; s++) {
    if (!((periods[s - 1] as string) < (periods[s] as string))) throw evaluationError("EVALUATION_PERIOD_ORDER", { periods: periods.join(", ") });
  }
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw invalid("سطح اطمینان باید میان ۰ و ۱ باشد", "level must be between 0 and 1");
  const { outcome } = options;
  // collect the outcome per unit and period
  const periodIndex = new Map(periods.map((p, s) => [p, s]));
  const units = new Map<string, Float64Array>();
  const seenPeriods = new Set<string>();
  let outcomeSeen = false;
  for (const o of panel) {
    if (typeof o !== "object" || o === null || typeof o.neighbourhoodId !== "string") throw invalid("مشاهدهٔ نادرست در پنل", "a malformed observation in the panel");
    if (o.indicatorId !== outcome) continue;
    outcomeSeen = true;
    const s = periodIndex.get(o.period);
    if (s === undefined) continue;
    seenPeriods.add(o.period);
    let row = units.get(o.neighbourhoodId);
    if (row === undefined) units.set(o.neighbourhoodId, (row = new Float64Array(periods.length).fill(Number.NaN)));
    const v = o.value;
    const x = cellValue(v, o.neighbourhoodId, outcome, String(o.period));
    if (row[s] === row[s] && v !== null) throw evaluationError("EVALUATION_DUPLICATE_UNIT", { id: `${o.neighbourhoodId} @ ${o.period}` });
    row[s] = x;
  }
  if (!outcomeSeen) throw evaluationError("EVALUATION_UNKNOWN_COLUMN", { column: outcome });
  for (const p of periods) if (!seenPeriods.has(p)) throw evaluationError("EVALUATION_UNKNOWN_PERIOD", { period: p });
  const treatedSet = new Set(options.treated);
  const weights = options.matched?.weights;
  const excluded: DidExcludedUnit[] = [];
  for (const id of options.treated) if (!units.has(id)) excluded.push({ id, reason: "no-data" });
  const kept: { id: string; row: Float64Array; treated: boolean; w: number }[] = [];
  for (const [id, row] of units) {
    if (row.some((v) => v !== v)) {
      excluded.push({ id, reason: "missing-period" });
      continue;
    }
    let w = 1;
    if (weights !== undefined) {
      const mw = Object.hasOwn(weights, id) ? weights[id] : undefined;
      if (mw === undefined || !(mw > 0)) {
        excluded.push({ id, reason: "not-matched" });
        continue;
      }
      w = mw;
    }
    kept.push({ id, row, treated: treatedSet.has(id), w });
  }
  const nT = kept.filter((u) => u.treated).length;
  if (nT === 0) throw evaluationError("EVALUATION_EMPTY_GROUP", { group: "treated" });
  if (nT === kept.length) throw evaluationError("EVALUATION_EMPTY_GROUP", { group: "comparison" });
  // clusters
  const clusterOption = options.cluster ?? "unit";
  const clusterIds = new Map<string, number>();
  const cluster = new Int32Array(kept.length);
  kept.forEach((u, i) => {
    let key = u.id;
    if (clusterOption !== "unit") {
      const c = Object.hasOwn(clusterOption, u.id) ? clusterOption[u.id] : undefined;
      if (typeof c !== "string") throw invalid(`خوشهٔ واحد «${u.id}» داده نشده است`, `no cluster given for unit "${u.id}"`);
      key = c;
    }
    let g = clusterIds.get(key);
    if (g === undefined) clusterIds.set(key, (g = clusterIds.size));
    cluster[i] = g;
  });
  const G = clusterIds.size;
  const build = (cols: readonly number[], postFrom: number): Panel => {
    const t = cols.length;
    const y = new Float64Array(kept.length * t);
    kept.forEach((u, i) => cols.forEach((c, s) => (y[i * t + s] = u.row[c] as number)));
    return {
      n: kept.length,
      t,
      y,
      post: Float64Array.from(cols, (_, s) => (s >= postFrom ? 1 : 0)),
      treated: Uint8Array.from(kept, (u) => (u.treated ? 1 : 0)),
      w: Float64Array.from(kept, (u) => u.w),
      cluster,
      clusters: G,
    };
  };
  const main = build(periods.map((_, s) => s), before.length);
  const fit = fitTwfe(main);
  const { pValue, ci } = inference(fit.estimate, fit.se, fit.df, level);
  // group means
  const groupMeans = (treated: boolean): DidGroupMeans => {
    let w = 0;
    let b = 0;
    let a = 0;
    let n = 0;
    for (const u of kept) {
      if (u.treated !== treated) continue;
      n++;
      w += u.w;
      let sb = 0;
      let sa = 0;
      for (let s = 0; s < periods.length; s++) {
        if (s < before.length) sb += u.row[s] as number;
        else sa += u.row[s] as number;
      }
      b += (u.w * sb) / before.length;
      a += (u.w * sa) / after.length;
    }
    return { n, before: b / w, after: a / w, change: a / w - b / w };
  };
  const means = { treated: groupMeans(true), comparison: groupMeans(false) };
  const baseline = means.treated.before;
  const relative = baseline === 0 ? null : fit.estimate / baseline;
  const relativeCi: readonly [number, number] | null =
    ci === null || baseline === 0 ? null : ([ci[0] / baseline, ci[1] / baseline].sort((x, y) => x - y) as unknown as readonly [number, number]);
  // pre-trend
  let preTrend: PreTrendCheck | null = null;
  if (before.length >= 2) {
    const pre = fitTwfe(build(before.map((_, s) => s), before.length - 1));
    preTrend = { periods: [...before], estimate: pre.estimate, se: pre.se, pValue: inference(pre.estimate, pre.se, pre.df, level).pValue };
  }
  // cluster bootstrap on Δᵢ (β = weighted mean Δ treated − weighted mean Δ comparison)
  let bootstrap: DifferenceInDifferencesResult["bootstrap"] = null;
  if (options.bootstrap !== false && G >= 2) {
    const replications = options.bootstrap?.replications ?? 999;
    const seed = options.bootstrap?.seed ?? 1;
    if (!Number.isInteger(replications) || replications < 1) throw invalid("شمار تکرارهای بوت‌استرپ باید عدد صحیح مثبت باشد", "bootstrap replications must be a positive integer");
    const sT = new Float64Array(G);
    const wT = new Float64Array(G);
    const sC = new Float64Array(G);
    const wC = new Float64Array(G);
    kept.forEach((u, i) => {
      const g = cluster[i] as number;
      const d = (fit.delta[i] as number) * u.w;
      if (u.treated) {
        sT[g] = (sT[g] as number) + d;
        wT[g] = (wT[g] as number) + u.w;
      } else {
        sC[g] = (sC[g] as number) + d;
        wC[g] = (wC[g] as number) + u.w;
      }
    });
    const random = seededRandom(seed);
    const draws = new Float64Array(replications);
    let m = 0;
    let skipped = 0;
    for (let r = 0; r < replications; r++) {
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      for (let k = 0; k < G; k++) {
        const g = Math.floor(random() * G);
        a += sT[g] as number;
        b += wT[g] as number;
        c += sC[g] as number;
        d += wC[g] as number;
      }
      if (b === 0 || d === 0) skipped++;
      else draws[m++] = a / b - c / d;
    }
    const sorted = draws.subarray(0, m).sort();
    const alpha = (1 - level) / 2;
    if (m > 0) bootstrap = { replications, seed, ci: [quantileSorted(sorted, alpha), quantileSorted(sorted, 1 - alpha)], skipped };
  }
  return {
    outcome,
    before: [...before],
    after: [...after],
    estimate: fit.estimate,
    baseline,
    relative,
    se: fit.se,
    df: fit.df,
    pValue,
    ci,
    relativeCi,
    level,
    clusters: { by: clusterOption === "unit" ? "unit" : "custom", count: G },
    bootstrap,
    means,
    preTrend,
    excluded,
    note: fit.se === null ? "too-few-clusters" : null,
  };
}
