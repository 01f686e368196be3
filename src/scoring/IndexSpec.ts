import type { DenominatorSpec } from "./DenominatorSpec";

/**
 * One indicator of a composite index.
 *
 * @category Composite index
 */
export interface IndexIndicatorSpec {
  /** Column id in the {@link IndicatorTable}. */
  readonly id: string;
  /** Dimension (pillar) the indicator belongs to. */
  readonly dimension: string;
  /** `1`: a higher value raises the index (more deprived); `-1`: a higher value lowers it. */
  readonly direction: 1 | -1;
  /** Manual weight within its dimension (relative; normalised to sum 1 in the dimension). Default 1. */
  readonly weight?: number | undefined;
  /** Fixed bounds for `goalposts` normalisation (values outside are clamped). Default: observed min and max. */
  readonly goalposts?:
    | {
        /** The value mapped to the bottom of the range (or the top, for direction −1). */
        readonly min: number;
        /** The value mapped to the top of the range (or the bottom, for direction −1). */
        readonly max: number;
      }
    | undefined;
  /** Target (the "good" level) for `distanceToTarget` normalisation. Required by that method. */
  readonly target?: number | undefined;
  /**
   * Deprivation cutoff for `cutoff` normalisation (Alkire–Foster), in the indicator's own
   * units: a unit is deprived when its value is strictly worse, that is above the cutoff for
   * direction 1 and below it for direction −1. Required by that method.
   */
  readonly cutoff?: number | undefined;
  /**
   * Divide the indicator by another column first (a count becomes a rate per 1,000 residents,
   * per household…); see {@link DenominatorSpec}. Default: the values as given.
   */
  readonly denominator?: DenominatorSpec | undefined;
  /**
   * This indicator's own normalisation, overriding the spec's `normalization` (COINr's
   * `indiv_specs`). Keep the ranges comparable: a mix of scales weighs the indicators unevenly.
   * Default: the spec's.
   */
  readonly normalization?: NormalizationSpec | undefined;
}

/**
 * One dimension (pillar) of a composite index, or — with `parent` — one node of a deeper
 * hierarchy: indicator → sub-dimension → dimension → … → index, as COINr's `iMeta` (each
 * element names its `Parent` one level up). The dimensions that some dimension names as
 * `parent` are *upper* dimensions; the others are *leaf* dimensions and hold the indicators.
 * Levels are numbered as in COINr: 1 = indicators, 2 = leaf dimensions, 3 = their parents, …;
 * every leaf must be at the same depth (pad a short branch with a single-child dimension,
 * which changes no score under arithmetic aggregation). Each dimension's `weight` is
 * relative to its siblings (the children of the same parent, or the top level).
 *
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c"], columns: { jobless: [0, 10, 20], income: [30, 20, 10], literacy: [90, 60, 75] } };
 * const r = computeIndex(table, {
 *   indicators: [
 *     { id: "jobless", dimension: "work", direction: 1 },
 *     { id: "income", dimension: "money", direction: -1 },
 *     { id: "literacy", dimension: "school", direction: -1 },
 *   ],
 *   dimensions: [
 *     { id: "economy", weight: 3 },
 *     { id: "work", parent: "economy" },
 *     { id: "money", parent: "economy" },
 *     { id: "school", parent: "society" },
 *     { id: "society", weight: 1 },
 *   ],
 * });
 * // economy = (work + money)/2, society = school, index = ¾·economy + ¼·society
 * r.units.map((u) => u.dimensions["economy"]); // => [0, 50, 100]
 * r.units.map((u) => u.score); // => [0, 62.5, 87.5]
 * r.units.map((u) => u.dimensionRanks["society"]); // => [3, 1, 2]
 * r.weights.dimensions; // => { work: 0.5, money: 0.5, school: 1, economy: 0.75, society: 0.25 }
 * ```
 *
 * @category Composite index
 */
export interface IndexDimensionSpec {
  /** Dimension id, as named by the indicators (leaf dimensions) or by other dimensions' `parent`. */
  readonly id: string;
  /** Manual weight of the dimension among its siblings (relative; normalised to sum 1). Default 1. */
  readonly weight?: number | undefined;
  /** The dimension one level up (declared in the same list). Default: none, the dimension is aggregated into the index. */
  readonly parent?: string | undefined;
}

/**
 * Names of the normalisation methods:
 * - `minmax`: `lo + (hi − lo)·(x − min)/(max − min)`, oriented so that the most deprived value
 *   maps to `hi`; range `[lo, hi]` default `[0, 100]`.
 * - `zscore`: `direction·(x − mean)/sd`; population SD (divide by n) unless
 *   `deviation: "sample"` (n − 1).
 * - `rank`: oriented rank 1…n among units with a value (ties get the average rank).
 * - `percentile`: `lo + (hi − lo)·(rank − 1)/(n − 1)` from the oriented average rank (0–100 by default).
 * - `goalposts`: min-max between each indicator's fixed `goalposts` (clamped), to `range`.
 * - `distanceToTarget`: shortfall from the indicator's `target` relative to the worst observed
 *   value, `range` scaled, 0 when the target is met.
 * - `cutoff`: the Alkire–Foster deprivation status, `hi` when the value is strictly worse than
 *   the indicator's `cutoff` and `lo` otherwise. With arithmetic aggregation at both levels the
 *   score is the Alkire–Foster deprivation score cᵢ (nested weights) on the range's scale, and
 *   fixed levels at `lo + k·(hi − lo)` identify the poor (cᵢ ≥ k); see `alkireFoster` for
 *   H, A and M0. Not combined with `outliers: "winsorize"`, which would move values across
 *   the cutoff.
 * - `fractionOfMax`: `x / max` (COINr `n_fracmax`) scaled to `range`, for direction 1; for
 *   direction −1 the shortfall from the best value as a share of it, `(max − x) / max`. Ratio
 *   scale kept (0 stays 0); needs values ≥ 0 and a largest value > 0.
 * - `distanceToReference`: distance from the least deprived value relative to a reference —
 *   the mean or median of the scored units (the city average when the table is the city) or a
 *   named unit: `lo + (hi − lo)·(y − y_best)/(y_ref − y_best)` on the oriented values
 *   y = direction·x (COINr `n_dist2ref` on y). The reference scores `hi`, the least deprived
 *   unit `lo`; units more deprived than the reference score above `hi` unless `cap: true`.
 *
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * // Alkire–Foster counting: unemployment above 20 % and literacy below 80 % are deprivations.
 * const r = computeIndex(
 *   { ids: ["a", "b", "c"], columns: { unemployment: [25, 12, 30], literacy: [70, 91, 85] } },
 *   {
 *     indicators: [
 *       { id: "unemployment", dimension: "work", direction: 1, cutoff: 20 },
 *       { id: "literacy", dimension: "education", direction: -1, cutoff: 80 },
 *     ],
 *     normalization: "cutoff",
 *     // k = ½: deprived in at least half of the (weighted) indicators
 *     levels: { method: "fixed", thresholds: [50], labels: [{ fa: "فقیر", en: "poor" }, { fa: "غیرفقیر", en: "not poor" }] },
 *   },
 * );
 * r.units.map((u) => u.score); // => [100, 0, 50]
 * r.units.map((u) => u.level?.en); // => ["poor", "not poor", "poor"]
 * ```
 *
 * @category Composite index
 */
export type NormalizationMethod =
  | "minmax"
  | "zscore"
  | "rank"
  | "percentile"
  | "goalposts"
  | "distanceToTarget"
  | "cutoff"
  | "fractionOfMax"
  | "distanceToReference";

/**
 * Normalisation of a composite index: a method name or an object with options.
 *
 * @category Composite index
 */
export type NormalizationSpec =
  | NormalizationMethod
  | {
      /** The method. */
      readonly method: NormalizationMethod;
      /** Output range of `minmax`, `percentile`, `goalposts`, `distanceToTarget`, `fractionOfMax` and `distanceToReference`. Default `[0, 100]`. */
      readonly range?: readonly [number, number] | undefined;
      /** SD convention of `zscore`: `"population"` (default, divide by n) or `"sample"` (n − 1). */
      readonly deviation?: "population" | "sample" | undefined;
      /**
       * Reference of `distanceToReference` (required by it): `"mean"` or `"median"` of the
       * scored units' values, or `{ unit: id }`, a unit of the table.
       */
      readonly reference?:
        | "mean"
        | "median"
        | {
            /** Id of the reference unit (a row of the table). */
            readonly unit: string;
          }
        | undefined;
      /** `distanceToReference`: cap units more deprived than the reference at `hi`. Default false. */
      readonly cap?: boolean | undefined;
    };

/**
 * An aggregation of the level below: a weighted mean, `arithmetic` Σwx, `geometric` Πx^w,
 * `harmonic` 1/Σ(w/x), or the generalised (power) mean `(Σ w·x^p)^(1/p)` (p = 1 arithmetic,
 * p → 0 geometric, p = −1 harmonic), weights summing to 1; or `topsis`, TOPSIS with min-max
 * normalisation over the units scored: `lo + (hi − lo)·D⁻ᵢ/(D⁻ᵢ + D⁺ᵢ)`, where D⁻ᵢ is the
 * weighted distance to the least deprived profile and D⁺ᵢ to the most deprived one (so the
 * most deprived profile scores `hi`; the score is 1 − the closeness of `topsis` with the same
 * weights, `normalization: "minmax"`, and types `"cost"` for direction 1, `"benefit"` for −1).
 * A unit's missing values are left out of both distances. A string applies to both levels;
 * for one TOPSIS over every indicator (the usual planning-study setup), put the indicators in
 * one dimension and write `{ indicators: "topsis" }`.
 *
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c"], columns: { x: [0, 5, 10], y: [10, 0, 5] } };
 * const r = computeIndex(table, {
 *   indicators: [
 *     { id: "x", dimension: "all", direction: 1 },
 *     { id: "y", dimension: "all", direction: 1 },
 *   ],
 *   aggregation: { indicators: "topsis" },
 * });
 * // b: distances √(¼)/2 to the least and √(5/4)/2 to the most deprived profile → 100/(1 + √5)
 * r.units.map((u) => Number(u.score?.toFixed(2))); // => [50, 30.9, 69.1]
 * r.units.map((u) => u.rank); // => [2, 3, 1]
 * ```
 *
 * @category Composite index
 */
export type AggregationMethod =
  | "arithmetic"
  | "geometric"
  | "harmonic"
  | "topsis"
  | {
      /** Always `"generalized"`. */
      readonly method: "generalized";
      /** The power p (≠ 0 for a true power mean; 0 means geometric). */
      readonly power: number;
    };

/**
 * Aggregation of a composite index: one method for every level; or one for the indicators and
 * one for every level above them; or, as COINr's `f_ag` vector, one per aggregation step
 * (`perLevel`, bottom up: indicators → leaf dimensions, leaf dimensions → their parents, …,
 * top dimensions → index).
 *
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * const table = { ids: ["a", "b"], columns: { x: [1, 4], y: [4, 1], z: [2, 3] } };
 * const spec = {
 *   indicators: [
 *     { id: "x", dimension: "d1", direction: 1 as const },
 *     { id: "y", dimension: "d1", direction: 1 as const },
 *     { id: "z", dimension: "d2", direction: 1 as const },
 *   ],
 *   dimensions: [{ id: "top" }, { id: "d1", parent: "top" }, { id: "d2", parent: "top" }],
 *   normalization: { method: "minmax" as const, range: [1, 100] as const },
 *   aggregation: { perLevel: ["arithmetic", "geometric", "arithmetic"] as const },
 * };
 * // three steps: indicators → d1 and d2 (arithmetic), d1, d2 → top (geometric), top → index
 * // d1 = 50.5 for both, d2 = [1, 100]: top = √(50.5·1) and √(50.5·100)
 * computeIndex(table, spec).units.map((u) => Number(u.score?.toFixed(2))); // => [7.11, 71.06]
 * ```
 *
 * @category Composite index
 */
export type AggregationSpec =
  | AggregationMethod
  | {
      /** Indicators → dimension score. Default `"arithmetic"`. */
      readonly indicators?: AggregationMethod | undefined;
      /** Dimensions → their parent, at every level, and the top dimensions → index. Default `"arithmetic"`. */
      readonly dimensions?: AggregationMethod | undefined;
      /**
       * One method per aggregation step, bottom up (COINr's `f_ag` vector): the first
       * aggregates indicators into the leaf dimensions, the last the top dimensions into the
       * index; as many as there are levels above the indicators. Not combined with
       * `indicators` or `dimensions`.
       */
      readonly perLevel?: readonly AggregationMethod[] | undefined;
    };

/**
 * Names of the missing-data policies:
 * - `reweight` (default): a unit's dimension score uses the indicators it has, their weights
 *   renormalised; a dimension with no value is left out of the index the same way.
 * - `mean` / `median`: impute the indicator's mean / median over the scored units.
 * - `groupMean`: impute the mean of the unit's group (`table.groups`), falling back to the
 *   overall mean for a group without values (and everywhere when the table has no groups).
 *
 * A unit with no value at all is never imputed: it is not scored.
 *
 * @category Composite index
 */
export type MissingMethod = "reweight" | "mean" | "median" | "groupMean";

/**
 * Missing-data policy: a method name, or an object with a data-availability screen.
 *
 * @category Composite index
 */
export type MissingSpec =
  | MissingMethod
  | {
      /** The policy. Default `"reweight"`. */
      readonly method?: MissingMethod | undefined;
      /**
       * Data-availability screen: a unit with less than this share (0–1) of its indicators
       * present is not scored (score, rank and level `null`). Default 0 (no screen).
       */
      readonly minCoverage?: number | undefined;
    };

/**
 * Outlier treatment: `"none"` (default) or JRC winsorisation. While an indicator's
 * |skewness| > `skewness` **and** its kurtosis > `kurtosis`, the most extreme value on the side
 * of the skew is replaced by the next value, up to `maxPoints` values. Skewness is the moment
 * coefficient g₁ = m₃/m₂^1.5 and kurtosis the **excess** kurtosis g₂ = m₄/m₂² − 3 (population
 * moments) by default; `moments: "sample"` uses COINr's `skew()`/`kurt()` (the bias-corrected
 * G₁, G₂ of e1071 type 2 and Excel), as `indicatorStats` does.
 *
 * With `then`, COINr's second stage: when winsorising `maxPoints` values does not bring the
 * indicator inside the thresholds, the winsorisation is dropped and the **original** column is
 * transformed instead (COINr `Treat()` with `combine_treat = FALSE`): `"log"` is COINr's
 * `log_CT`, ln(x − min + a) with a = 0.01·(max − min), or for a negatively skewed column its
 * mirror −ln(max + a − x) (`log_CT_plus`), so the skew shrinks either way;
 * `{ method: "boxcox", lambda }` is COINr's `boxcox()` on x − min + 1: ((·)^λ − 1)/λ, or ln
 * for λ = 0. Both keep the order of the values. `outlierTreatment` reports which units were
 * treated and how.
 *
 * @category Composite index
 */
export type OutlierSpec =
  | "none"
  | "winsorize"
  | {
      /** Always `"winsorize"`. */
      readonly method: "winsorize";
      /** |skewness| threshold. Default 2. */
      readonly skewness?: number | undefined;
      /** Excess-kurtosis threshold. Default 3.5. */
      readonly kurtosis?: number | undefined;
      /** Most values winsorised per indicator. Default 5. */
      readonly maxPoints?: number | undefined;
      /** Moments of the thresholds: `"population"` (default, g₁ and g₂) or `"sample"` (COINr's G₁ and G₂). */
      readonly moments?: "population" | "sample" | undefined;
      /** Second stage when winsorisation is not enough: `"none"` (default), `"log"` or `{ method: "boxcox", lambda }`. */
      readonly then?:
        | "none"
        | "log"
        | {
            /** Always `"boxcox"`. */
            readonly method: "boxcox";
            /** The Box-Cox λ (0 = log). */
            readonly lambda: number;
          }
        | undefined;
    };

/**
 * Weighting of indicators within their dimension (dimension weights stay manual/equal unless
 * AHP judgements are given for them):
 * - `manual` (default): the `weight` of each indicator and dimension (default 1);
 * - `equal`: ignore given weights;
 * - `entropy`, `critic`, `cv`: objective weights from the normalised data of each dimension
 *   (Shannon entropy, CRITIC, coefficient of variation; missing values filled with the mean);
 * - `pca`: the squared coefficients of the first principal component of each dimension's
 *   correlation matrix (normalised data, gaps filled with the mean; see `principalComponents`);
 * - `{ method: "ahp", dimensions, children, indicators }`: principal-eigenvector weights from
 *   Saaty pairwise-comparison matrices, one matrix per group of siblings: `dimensions` for the
 *   dimensions aggregated into the index, `children` for the child dimensions of each upper
 *   dimension of a deeper hierarchy, `indicators` for the indicators of each leaf dimension.
 *   Rows follow the declared order (`spec.dimensions`, `spec.indicators`). A group without a
 *   matrix keeps its manual weights; an indicator's final weight is the product of the
 *   weights down its path (see `effectiveWeights`). The consistency ratio of every matrix is
 *   reported by `ahpConsistency` (an inconsistent matrix is used as given, not refused).
 *
 * @example
 * ```ts
 * import { ahpConsistency, computeIndex, effectiveWeights } from "mahalleh/scoring";
 * const table = { ids: ["a", "b"], columns: { jobless: [10, 20], income: [5, 3], literacy: [90, 80] } };
 * const spec = {
 *   indicators: [
 *     { id: "jobless", dimension: "work", direction: 1 as const },
 *     { id: "income", dimension: "work", direction: -1 as const },
 *     { id: "literacy", dimension: "school", direction: -1 as const },
 *   ],
 *   dimensions: [{ id: "living" }, { id: "work", parent: "living" }, { id: "school", parent: "living" }],
 *   weighting: {
 *     method: "ahp" as const,
 *     // work matters 3 times as much as school within "living"
 *     children: { living: [[1, 3], [1 / 3, 1]] },
 *     // jobless matters 3 times as much as income within "work"
 *     indicators: { work: [[1, 3], [1 / 3, 1]] },
 *   },
 * };
 * computeIndex(table, spec).weights.dimensions; // => { work: 0.75, school: 0.25, living: 1 }
 * effectiveWeights(table, spec).map((row) => row.weight); // => [0.5625, 0.1875, 0.25]
 * ahpConsistency(table, spec).map((g) => [g.parent, g.cr]); // => [["living", 0], ["work", 0]]
 * ```
 *
 * @category Composite index
 */
export type WeightingSpec =
  | "manual"
  | "equal"
  | "entropy"
  | "critic"
  | "cv"
  | "pca"
  | {
      /** Always `"ahp"`. */
      readonly method: "ahp";
      /**
       * Pairwise comparisons of the dimensions aggregated into the index (the top level; every
       * dimension of a flat spec), in the order of `spec.dimensions`.
       */
      readonly dimensions?: readonly (readonly number[])[] | undefined;
      /**
       * Upper dimension id → pairwise comparisons of its child dimensions (in the order of
       * `spec.dimensions`), for a deeper hierarchy.
       */
      readonly children?: Readonly<Record<string, readonly (readonly number[])[]>> | undefined;
      /** Dimension id → pairwise comparisons of its indicators (in spec order). */
      readonly indicators?: Readonly<Record<string, readonly (readonly number[])[]>> | undefined;
    };

/**
 * A level label in both languages.
 *
 * @category Composite index
 */
export interface LevelLabel {
  /** Persian label, e.g. «بسیار محروم». */
  readonly fa: string;
  /** English label, e.g. "very deprived". */
  readonly en: string;
}

/**
 * How scores are cut into levels (level 1 = most deprived):
 * `quantiles` (default, `count` 5), `equalIntervals`, `jenks` (Fisher–Jenks natural breaks,
 * exact, up to 10,000 units), or `fixed` ascending `thresholds` (a score ≥ a threshold is in
 * the more deprived level).
 *
 * @category Composite index
 */
export type LevelsSpec =
  | {
      /** The method. */
      readonly method: "quantiles" | "equalIntervals" | "jenks";
      /** Number of levels, 2–20. Default 5. */
      readonly count?: number | undefined;
      /** Labels from the most deprived level down; default labels for 3–5 levels. */
      readonly labels?: readonly LevelLabel[] | undefined;
    }
  | {
      /** Always `"fixed"`. */
      readonly method: "fixed";
      /** Ascending score thresholds (count − 1 of them). */
      readonly thresholds: readonly number[];
      /** Labels from the most deprived level down; default labels for 3–5 levels. */
      readonly labels?: readonly LevelLabel[] | undefined;
    };

/**
 * Tie handling of ranks (rank 1 = highest index = most deprived): `min` (default,
 * 1, 2, 2, 4), `dense` (1, 2, 2, 3) or `fractional` (1, 2.5, 2.5, 4).
 *
 * @category Composite index
 */
export type RankingMethod = "min" | "dense" | "fractional";

/**
 * The specification of a composite deprivation index (the JRC "framework"): indicators with
 * their dimension and direction, and the method of each step. Every field but `indicators`
 * is optional.
 *
 * @example
 * ```ts
 * import type { IndexSpec } from "mahalleh/scoring";
 * const spec: IndexSpec = {
 *   indicators: [
 *     { id: "unemployment", dimension: "economy", direction: 1, weight: 2 },
 *     { id: "income", dimension: "economy", direction: -1 },
 *     { id: "literacy", dimension: "education", direction: -1 },
 *   ],
 *   dimensions: [{ id: "economy", weight: 0.6 }, { id: "education", weight: 0.4 }],
 *   normalization: { method: "minmax", range: [1, 100] },
 *   aggregation: { indicators: "arithmetic", dimensions: "geometric" },
 *   missing: { method: "reweight", minCoverage: 0.5 },
 *   levels: { method: "quantiles", count: 5 },
 * };
 * spec.indicators.length; // => 3
 * ```
 *
 * @category Composite index
 */
export interface IndexSpec {
  /** The indicators (at least one). */
  readonly indicators: readonly IndexIndicatorSpec[];
  /**
   * The dimensions with their weights (and `parent`s for a deeper hierarchy); default: every
   * dimension named by an indicator, weight 1.
   */
  readonly dimensions?: readonly IndexDimensionSpec[] | undefined;
  /** Normalisation. Default `"minmax"` to 0–100. */
  readonly normalization?: NormalizationSpec | undefined;
  /** Aggregation. Default `"arithmetic"` at both levels. */
  readonly aggregation?: AggregationSpec | undefined;
  /** Missing data. Default `"reweight"`. */
  readonly missing?: MissingSpec | undefined;
  /** Outliers. Default `"none"`. */
  readonly outliers?: OutlierSpec | undefined;
  /** Weighting. Default `"manual"` (given weights, 1 when absent). */
  readonly weighting?: WeightingSpec | undefined;
  /** Levels. Default quintiles. */
  readonly levels?: LevelsSpec | undefined;
  /** Ranking ties. Default `"min"`. */
  readonly ranking?: RankingMethod | undefined;
}
