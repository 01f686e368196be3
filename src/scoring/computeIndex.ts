import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec, LevelLabel } from "./IndexSpec";
import { rankAll, runPass, type PassResult } from "./_engine";
import { detailsDrivers, detailsPass, type DetailsPass } from "./_engineDetails";
import { byColumn, contributionReader, topContributions, topContributionsByColumn } from "./_contributions";
import { computeBreaks, levelOf, sortedFromOrder } from "./_levels";
import { lazyFields, recordLayout, type RecordLayout } from "./_lazyRecord";
import { makePlan, type Plan } from "./_plan";

/**
 * A level with its labels.
 *
 * @category Composite index
 */
export interface IndexLevel extends LevelLabel {
  /** Level number, 1 = most deprived. */
  readonly level: number;
}

/**
 * One unit's result.
 *
 * @category Composite index
 */
export interface IndexUnitResult {
  /** Unit id. */
  readonly id: string;
  /** The unit's group (`table.groups`), if any. */
  readonly group: string | undefined;
  /** Composite score (higher = more deprived); `null` when the unit is not scored. */
  readonly score: number | null;
  /** Rank, 1 = highest score; `null` when not scored. */
  readonly rank: number | null;
  /** Rank within the unit's group; `null` without groups or when not scored. */
  readonly groupRank: number | null;
  /** Level (1 = most deprived) with labels; `null` when not scored. */
  readonly level: IndexLevel | null;
  /**
   * Score of each dimension (`null` when the unit has no value in it): with a deeper
   * hierarchy (dimensions with a `parent`), every level — the leaf dimensions first, then
   * each level above.
   */
  readonly dimensions: Readonly<Record<string, number | null>>;
  /**
   * Rank of the unit on each dimension's score (same keys as `dimensions`; 1 = most deprived,
   * ties by the spec's `ranking`; `null` when the unit has no value in it). Each dimension is
   * ranked on first read.
   */
  readonly dimensionRanks: Readonly<Record<string, number | null>>;
  /**
   * Contribution of each indicator to the score. With arithmetic aggregation at both levels
   * they are `W_d·w_j·x_ij` (weights renormalised over the values present) and sum to the
   * score exactly; otherwise the score is shared out in proportion to `W_d·w_j·x_ij`
   * (an attribution, still summing to the score). Missing indicators contribute 0.
   */
  readonly contributions: Readonly<Record<string, number>>;
  /** Normalised value of each indicator (oriented: higher = more deprived; `null` = missing). */
  readonly normalized: Readonly<Record<string, number | null>>;
  /** Share (0–1) of the indicators present for this unit. */
  readonly coverage: number;
}

/**
 * The result of {@link computeIndex}.
 *
 * @category Composite index
 */
export interface IndexResult {
  /** One result per unit, in input order. */
  readonly units: IndexUnitResult[];
  /**
   * Effective weights: each indicator within its dimension, each dimension within its parent
   * or the index (siblings sum to 1). For the final weight of each indicator in the index,
   * see `effectiveWeights`.
   */
  readonly weights: {
    /** Indicator id → its weight within its dimension. */
    readonly indicators: Readonly<Record<string, number>>;
    /** Dimension id → its weight in the index, or within its parent dimension (every level of a deeper hierarchy). */
    readonly dimensions: Readonly<Record<string, number>>;
  };
  /** Ascending level breaks. */
  readonly breaks: number[];
  /** Level labels, level 1 (most deprived) first. */
  readonly levels: readonly LevelLabel[];
  /** Ids of the units not scored (data-availability screen or no data). */
  readonly excluded: string[];
  /** Number of winsorised values per indicator (only indicators with at least one). */
  readonly winsorized: Readonly<Record<string, number>>;
}

/**
 * The columnar result of {@link computeIndexColumns}: typed arrays in input order, no
 * per-unit objects — for national block-level runs.
 *
 * @category Composite index
 */
export interface IndexColumns {
  /** Unit ids (the table's). */
  readonly ids: readonly string[];
  /** Scores (`NaN` = not scored). */
  readonly scores: Float64Array;
  /** Ranks, 1 = highest score (`NaN` = not scored). */
  readonly ranks: Float64Array;
  /** Dimension id → dimension scores (every level of a deeper hierarchy, leaf dimensions first). */
  readonly dimensions: Readonly<Record<string, Float64Array>>;
  /** Dimension id → ranks on that dimension's score (`NaN` = no score); only with `dimensionRanks: true`. */
  readonly dimensionRanks?: Readonly<Record<string, Float64Array>> | undefined;
  /** With `details`: what {@link computeIndex} gives per unit, as columns. */
  readonly details?: IndexColumnDetails | undefined;
}

/**
 * The per-unit results of {@link computeIndex} as columns ({@link computeIndexColumns} with
 * `details`): the same numbers, no object per unit.
 *
 * @category Composite index
 */
export interface IndexColumnDetails {
  /** Rank within the unit's group (`NaN` = not scored), or `null` without groups. */
  readonly groupRanks: Float64Array | null;
  /** Level of each unit, 1 = most deprived; 0 = not scored. */
  readonly levels: Uint8Array;
  /**
   * The units' positions in rank order: `order[0]` is the position of the unit ranked first;
   * equal ranks in input order; the units not scored last, in input order. What a ranked
   * listing needs, without sorting again.
   */
  readonly order: Uint32Array;
  /** Share (0–1) of the indicators present for each unit. */
  readonly coverage: Float64Array;
  /** Ascending level breaks (as {@link IndexResult.breaks}). */
  readonly breaks: number[];
  /** Level labels, level 1 first (as {@link IndexResult.levels}). */
  readonly levelLabels: readonly LevelLabel[];
  /** Effective weights (as {@link IndexResult.weights}). */
  readonly weights: IndexResult["weights"];
  /** Number of units not scored. */
  readonly excluded: number;
  /**
   * The `k` largest positive contributions of each unit (`k = topContributions`), unit by
   * unit: `indicator[i·k + r]` is the position in `spec.indicators` order of unit i's r-th
   * driver (−1 = none) and `value[i·k + r]` its contribution, as in
   * {@link IndexUnitResult.contributions}; equal contributions keep the indicators' order.
   */
  readonly drivers: {
    /** Drivers kept per unit. */
    readonly k: number;
    /** The indicator ids, in `spec.indicators` order (what `indicator` points into). */
    readonly indicators: readonly string[];
    /** Position in `indicators` of each unit's r-th driver at `i·k + r` (−1 = none). */
    readonly indicator: Int32Array;
    /** Its contribution to the unit's score. */
    readonly value: Float64Array;
  };
}

/**
 * Options of {@link computeIndexColumns}.
 *
 * @category Composite index
 */
export interface ComputeIndexColumnsOptions {
  /** Also compute ranks. Default true. */
  readonly ranks?: boolean | undefined;
  /** Also rank the units on every dimension at every level (`dimensionRanks`). Default false. */
  readonly dimensionRanks?: boolean | undefined;
  /**
   * Also return {@link IndexColumnDetails}: group ranks, levels, coverage, breaks, weights and
   * each unit's largest contributions. Default false.
   */
  readonly details?: boolean | undefined;
  /** With `details`, how many of each unit's largest contributions to keep (0–64). Default 3. */
  readonly topContributions?: number | undefined;
  /**
   * With `details`, find the largest contributions only for the units ranked at or above the
   * `N`-th unit of the ranking (ties with it included), as a report that shows the top `N`
   * rows needs them; every other unit has none (`indicator` −1, `value` 0). The drivers it
   * gives are the same numbers as without it. Default: every unit.
   */
  readonly topContributionsUpToRank?: number | undefined;
}

/**
 * Computes the composite index column by column, returning typed arrays only (scores, ranks,
 * dimension scores). Memory stays near the input's size: one normalised column is
 * materialised at a time (unless the weighting is data-driven). Same numbers as
 * {@link computeIndex}. The ids are carried through, not checked for uniqueness (results are
 * positional) unless `details` is asked for; {@link computeIndex}, which keys its results by
 * id, rejects duplicates, and so does `details`.
 *
 * @param table - the indicator table
 * @param spec - the index specification
 * @param options - see {@link ComputeIndexColumnsOptions}
 * @returns scores, ranks and dimension scores as `Float64Array`s
 * @throws MahallehError with an `INDEX_*` code for a bad table or spec (see {@link computeIndex})
 * @example
 * ```ts
 * import { computeIndexColumns } from "mahalleh/scoring";
 * const r = computeIndexColumns(
 *   { ids: ["a", "b", "c"], columns: { x: new Float64Array([0, 5, 10]) } },
 *   { indicators: [{ id: "x", dimension: "d", direction: 1 }] },
 * );
 * Array.from(r.scores); // => [0, 50, 100]
 * Array.from(r.ranks); // => [3, 2, 1]
 * const deep = computeIndexColumns(
 *   { ids: ["a", "b", "c"], columns: { x: [0, 5, 10], y: [10, 0, 6] } },
 *   {
 *     indicators: [{ id: "x", dimension: "dx", direction: 1 }, { id: "y", dimension: "dy", direction: 1 }],
 *     dimensions: [{ id: "top" }, { id: "dx", parent: "top" }, { id: "dy", parent: "top" }],
 *   },
 *   { dimensionRanks: true },
 * );
 * Array.from(deep.dimensions["top"] ?? []); // => [50, 25, 80]
 * Array.from(deep.dimensionRanks?.["dy"] ?? []); // => [1, 3, 2]
 * // what computeIndex gives per unit, as columns: levels, coverage, largest contributions
 * const d = computeIndexColumns(
 *   { ids: ["a", "b", "c"], columns: { x: [0, 5, 10], y: [10, 0, 4] } },
 *   { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: -1 }], levels: { method: "equalIntervals", count: 3 } },
 *   { details: true, topContributions: 1 },
 * ).details;
 * Array.from(d?.levels ?? []); // => [3, 1, 1]
 * // the units' positions in rank order: "c" first, then "b", then "a"
 * Array.from(d?.order ?? []); // => [2, 1, 0]
 * // each unit's largest contribution: none for "a" (−1), y for "b", x for "c"
 * Array.from(d?.drivers.indicator ?? []); // => [-1, 1, 0]
 * Array.from(d?.drivers.value ?? []); // => [0, 50, 50]
 * // only the top of the ranking (here the first unit: "c") gets its drivers found
 * const top = computeIndexColumns(
 *   { ids: ["a", "b", "c"], columns: { x: [0, 5, 10], y: [10, 0, 4] } },
 *   { indicators: [{ id: "x", dimension: "d", direction: 1 }, { id: "y", dimension: "d", direction: -1 }] },
 *   { details: true, topContributions: 1, topContributionsUpToRank: 1 },
 * );
 * Array.from(top.ranks); // => [3, 2, 1]
 * Array.from(top.details?.drivers.indicator ?? []); // => [-1, -1, 0]
 * ```
 *
 * @category Composite index
 */
export function computeIndexColumns(table: IndicatorTable, spec: IndexSpec, options?: ComputeIndexColumnsOptions | undefined): IndexColumns {
  const details = options?.details === true;
  const k = options?.topContributions ?? 3;
  if (details && (!Number.isInteger(k) || k < 0 || k > 64)) {
    throw fail("INDEX_INVALID_SPEC", "topContributions باید عدد صحیحی از ۰ تا ۶۴ باشد", "topContributions must be an integer from 0 to 64", { topContributions: k });
  }
  const upTo = options?.topContributionsUpToRank;
  if (details && upTo !== undefined && !(Number.isInteger(upTo) && upTo >= 0)) {
    throw fail("INDEX_INVALID_SPEC", "topContributionsUpToRank باید عدد صحیح نامنفی باشد", "topContributionsUpToRank must be a non-negative integer", { topContributionsUpToRank: upTo });
  }
  // details are per unit, as computeIndex's results: ids must be unique then
  const plan = makePlan(table, spec, details);
  // drivers for only some units: after the ranks, from the pass's min-max maps
  const some = details && k > 0 && upTo !== undefined && upTo < plan.n;
  // the common spec's details in two sweeps over the columns (null: the general path)
  const quick = details ? detailsPass(plan, some ? 0 : k) : null;
  // the column-by-column contributions normalise each column again rather than keep all of them
  const full = quick === null ? runPass(plan, details && k > 0 && !byColumn(plan), details) : null;
  const pass = full ?? { ...(quick as DetailsPass), upper: [] as Float64Array[] };
  const ranked = options?.ranks === false && !details ? null : rankAll(plan, pass.scores);
  const ranks = ranked === null ? new Float64Array(plan.n).fill(Number.NaN) : ranked.ranks;
  const dimensions: Record<string, Float64Array> = {};
  plan.dims.forEach((d, q) => (dimensions[d] = pass.dims[q] as Float64Array));
  plan.hierarchy?.ids.forEach((d, q) => (dimensions[d] = pass.upper[q] as Float64Array));
  let dimensionRanks: Record<string, Float64Array> | undefined;
  if (options?.dimensionRanks === true) {
    dimensionRanks = {};
    for (const [d, col] of Object.entries(dimensions)) dimensionRanks[d] = rankAll(plan, col).ranks;
  }
  const base = { ids: plan.ids, scores: pass.scores, ranks, dimensions, ...(dimensionRanks === undefined ? {} : { dimensionRanks }) };
  if (!details) return base;
  const n = plan.n;
  const scores = pass.scores;
  const breaks = computeBreaks(plan.levels, scores, ranked === null || plan.levels.method === "fixed" ? undefined : sortedFromOrder(scores, ranked.order));
  const inclusive = plan.levels.method === "fixed";
  const levels = new Uint8Array(n);
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    if (s === s) levels[i] = levelOf(s, breaks, plan.levels.count, inclusive);
    else excluded++;
  }
  const byRank = (ranked as { order: Uint32Array }).order;
  const shown = some ? topOfRanking(ranks, byRank, upTo as number) : null;
  let top: { index: Int32Array; value: Float64Array };
  if (quick !== null) top = shown === null ? quick.top : detailsDrivers(plan, quick, shown, k);
  else if (full !== null && k > 0) {
    top = topContributionsByColumn(plan, full, k) ?? topContributions(n, k, contributionReader(plan, full));
    if (shown !== null) top = keepOnly(top, shown, k);
  } else top = { index: new Int32Array(0), value: new Float64Array(0) };
  return {
    ...base,
    details: {
      groupRanks: ranked?.groupRanks ?? null,
      levels,
      order: withUnscored(byRank, scores),
      coverage: pass.coverage as Float64Array,
      breaks,
      levelLabels: plan.levels.labels,
      weights: weightsOf(plan, pass),
      excluded,
      drivers: { k, indicators: plan.indicators.map((ind) => ind.id), indicator: top.index, value: top.value },
    },
  };
}

/**
 * The positions of the units ranked at or above the `upTo`-th of the descending `order`
 * (ties with it included): a prefix of the order, whose ranks do not decrease along it.
 */
function topOfRanking(ranks: Float64Array, order: Uint32Array, upTo: number): Uint32Array {
  if (upTo === 0 || order.length === 0) return new Uint32Array(0);
  const last = ranks[order[Math.min(upTo, order.length) - 1] as number] as number;
  let p = Math.min(upTo, order.length);
  while (p < order.length && (ranks[order[p] as number] as number) <= last) p++;
  return order.subarray(0, p);
}

/** The rank order of the scored units (`byRank`), then the units without a score, in input order. */
function withUnscored(byRank: Uint32Array, scores: Float64Array): Uint32Array {
  const n = scores.length;
  if (byRank.length === n) return byRank;
  const order = new Uint32Array(n);
  order.set(byRank);
  for (let i = 0, at = byRank.length; i < n; i++) if (scores[i] !== scores[i]) order[at++] = i;
  return order;
}

/** `top` with the drivers of the units at `units` kept and every other unit's cleared. */
function keepOnly(top: { index: Int32Array; value: Float64Array }, units: Uint32Array, k: number): { index: Int32Array; value: Float64Array } {
  const index = new Int32Array(top.index.length).fill(-1);
  const value = new Float64Array(top.value.length);
  for (const i of units) {
    index.set(top.index.subarray(i * k, i * k + k), i * k);
    value.set(top.value.subarray(i * k, i * k + k), i * k);
  }
  return { index, value };
}

/** Effective weights by id: each indicator within its dimension, each dimension within its parent. */
function weightsOf(plan: Plan, pass: Pick<PassResult, "weights">): IndexResult["weights"] {
  return {
    indicators: Object.fromEntries(plan.indicators.map((ind, j) => [ind.id, pass.weights.indicator[j] as number])),
    dimensions: Object.fromEntries([
      ...plan.dims.map((d, q) => [d, pass.weights.dimension[q] as number]),
      ...(plan.hierarchy?.ids ?? []).map((d, q) => [d, (pass.weights.upper as Float64Array)[q] as number]),
    ]),
  };
}

const nullable = (v: number): number | null => (v === v ? v : null);

/** What a unit's lazy records are built from: the layouts of one result. */
interface RecordContext {
  readonly ids: readonly string[];
  readonly dimensions: RecordLayout<number | null>;
  readonly dimensionRanks: RecordLayout<number | null>;
  readonly contributions: RecordLayout<number>;
  readonly normalized: RecordLayout<number | null>;
}

/** The row of a unit whose records are read, refused when its id was changed since. */
function rowOf(context: RecordContext, row: number, unit: object): number {
  const id = (unit as { readonly id: unknown }).id;
  if (context.ids[row] !== id) {
    throw fail("INDEX_INVALID_TABLE", `شناسهٔ واحد «${String(id)}» پس از محاسبه تغییر کرده است؛ رکوردهایش خوانده نمی‌شوند`, `Unit id "${String(id)}" was changed after computeIndex; its records cannot be read`, { id: String(id) });
  }
  return row;
}

// made once: every unit of every result shares these accessors (see _lazyRecord.ts)
const attachRecords = /* @__PURE__ */ lazyFields<RecordContext>({
  dimensions: (c, row, unit) => c.dimensions.record(rowOf(c, row, unit)),
  dimensionRanks: (c, row, unit) => c.dimensionRanks.record(rowOf(c, row, unit)),
  contributions: (c, row, unit) => c.contributions.record(rowOf(c, row, unit)),
  normalized: (c, row, unit) => c.normalized.record(rowOf(c, row, unit)),
});

/**
 * Computes a composite deprivation index the OECD/JRC way: data-availability screen →
 * imputation (or reweighting) → optional winsorisation → normalisation (oriented so that a
 * higher value is more deprived) → weights → aggregation indicators → dimensions → index →
 * ranks (1 = most deprived), levels and each unit's contributions.
 *
 * Results are in input order. A unit left out by the data-availability screen, or with no
 * value at all, gets `null` score, rank and level — never `NaN`.
 *
 * @param table - the indicator table (columns as arrays or typed arrays, `NaN` = missing)
 * @param spec - the index specification
 * @returns per-unit results, effective weights, level breaks and labels
 * @throws MahallehError `INDEX_INVALID_TABLE`, `INDEX_INVALID_SPEC`, `INDEX_UNKNOWN_INDICATOR`,
 *   `INDEX_UNKNOWN_DIMENSION`, `INDEX_ZERO_WEIGHTS`, `INDEX_CONSTANT_INDICATOR`,
 *   `INDEX_EMPTY_INDICATOR`, `INDEX_NONPOSITIVE_VALUE`, `INDEX_NO_UNITS`, `INDEX_TOO_LARGE`,
 *   `INDEX_EMPTY_DIMENSION`, `INDEX_HIERARCHY_CYCLE`, `INDEX_HIERARCHY_MISMATCH`
 *   (see `IndexDimensionSpec` for deeper hierarchies), `INDEX_BAD_DENOMINATOR` (a `denominator` that cannot divide), `INDEX_BAD_REFERENCE`
 *   (`distanceToReference`), or a
 *   `SCORING_*` code from the AHP / objective-weight functions
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * const table = {
 *   ids: ["golshahr", "mehrshahr", "hesarak"],
 *   columns: { unemployment: [20, 8, 14], literacy: [70, 95, 80] },
 * };
 * const result = computeIndex(table, {
 *   indicators: [
 *     { id: "unemployment", dimension: "economy", direction: 1 },
 *     { id: "literacy", dimension: "education", direction: -1 },
 *   ],
 *   levels: { method: "equalIntervals", count: 3 },
 * });
 * result.units.map((u) => u.score); // => [100, 0, 55]
 * result.units.map((u) => u.rank); // => [1, 3, 2]
 * result.units[0]?.level?.fa; // => "محروم"
 * result.units[2]?.contributions; // => { unemployment: 25, literacy: 30 }
 * computeIndex(table, { indicators: [{ id: "income", dimension: "economy", direction: -1 }] }); // throws INDEX_UNKNOWN_INDICATOR
 * ```
 *
 * @category Composite index
 */
export function computeIndex(table: IndicatorTable, spec: IndexSpec): IndexResult {
  const plan = makePlan(table, spec);
  return buildResult(plan);
}

/**
 * Builds the full result of a plan. The numeric pass is columnar; each unit's `dimensions`,
 * `contributions` and `normalized` records are plain objects built from the typed arrays on
 * first read (see `_lazyRecord.ts`), so a national run does not pay for 3 × k boxed numbers
 * per unit that nobody reads, and the result is still plain data (`structuredClone`, JSON).
 */
function buildResult(plan: Plan): IndexResult {
  const pass = runPass(plan, true, true);
  const { n, indicators, dims, byDim } = plan;
  const { ranks, groupRanks, order } = rankAll(plan, pass.scores);
  // the sorted scores for the breaks are read along the rank order: no second sort
  const breaks = computeBreaks(plan.levels, pass.scores, plan.levels.method === "fixed" ? undefined : sortedFromOrder(pass.scores, order));
  const inclusive = plan.levels.method === "fixed";
  const value = pass.value;
  const dimCols = pass.dims;
  const hierarchy = plan.hierarchy;
  const units: IndexUnitResult[] = new Array<IndexUnitResult>(n);
  const excluded: string[] = [];
  const wi = pass.weights.indicator;
  const wd = pass.weights.dimension;
  const indicatorIds = indicators.map((ind) => ind.id);
  const scores = pass.scores;
  const contributionsRow = contributionReader(plan, pass);
  // every level: the leaf dimensions, then the levels above
  const allDims = [...dims, ...(hierarchy?.ids ?? [])];
  const allCols = [...dimCols, ...pass.upper];
  const dimRanks: (Float64Array | undefined)[] = allDims.map(() => undefined);
  const dimensionsLayout = recordLayout<number | null>(allDims, (i, d) => nullable((allCols[d] as Float64Array)[i] as number));
  const dimensionRanksLayout = recordLayout<number | null>(allDims, (i, d) => nullable((dimRanks[d] ??= rankAll(plan, allCols[d] as Float64Array).ranks)[i] as number));
  const normalizedLayout = recordLayout<number | null>(indicatorIds, (i, j) => nullable(value(j, i)));
  const contributionsLayout = recordLayout<number>(indicatorIds, (i, j) => contributionsRow(i)[j] as number);
  const context: RecordContext = { ids: plan.ids, dimensions: dimensionsLayout, dimensionRanks: dimensionRanksLayout, contributions: contributionsLayout, normalized: normalizedLayout };
  const coverage = pass.coverage as Float64Array;
  const labels = plan.levels.labels;
  // one level object per level, shared by its units (read-only data)
  const levelObjects: (IndexLevel | null)[] = [null, ...labels.map((l, q) => ({ level: q + 1, fa: l.fa, en: l.en }))];
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    const id = plan.ids[i] as string;
    if (score !== score) excluded.push(id);
    const level = score === score ? levelOf(score, breaks, plan.levels.count, inclusive) : 0;
    // an object literal, not a constructor: V8 tracks a literal's allocation site and, seeing
    // the units survive, allocates them straight in the old generation (measured: a
    // constructor's units cost 3–6× more garbage-collection time, copied by every scavenge)
    const unit = {
      id,
      group: plan.groups?.[i],
      score: nullable(score),
      rank: nullable(ranks[i] as number),
      groupRank: groupRanks === null ? null : nullable(groupRanks[i] as number),
      level: levelObjects[level] ?? null,
    } as { -readonly [K in keyof IndexUnitResult]: IndexUnitResult[K] };
    // dimensions, dimensionRanks, contributions and normalized: plain objects built on first read
    attachRecords(unit, context, i);
    unit.coverage = coverage[i] as number;
    units[i] = unit;
  }
  const weights = weightsOf(plan, pass);
  const winsorized: Record<string, number> = {};
  indicators.forEach((ind, j) => {
    if ((pass.winsorized[j] as number) > 0) winsorized[ind.id] = pass.winsorized[j] as number;
  });
  return { units, weights, breaks, levels: plan.levels.labels, excluded, winsorized };
}

/**
 * {@link computeIndex} returning a {@link SafeResult} instead of throwing.
 *
 * @param table - the indicator table
 * @param spec - the index specification
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeComputeIndex } from "mahalleh/scoring";
 * const r = safeComputeIndex({ ids: ["a", "b"], columns: { x: [1, 1] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] });
 * r.success; // => false
 * (r.success ? "" : r.error.code); // => "INDEX_CONSTANT_INDICATOR"
 * ```
 *
 * @category Composite index
 */
export function safeComputeIndex(table: IndicatorTable, spec: IndexSpec): SafeResult<IndexResult> {
  return toSafe(() => computeIndex(table, spec));
}
