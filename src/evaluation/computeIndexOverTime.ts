import type { IndicatorTable, IndexSpec, LevelLabel, ObservationLike } from "../scoring/index";
import { cellValue } from "./_cell";
import { evaluationError, invalid } from "./_messages";
import { enginePeriod, panelFromObservations, panelPlan, scanPanel, scorePeriod } from "./_panelPass";
import { sortWorkspace, type SortWorkspace } from "../internal/sort";
import { checkDenominator, hasValue, rates } from "./_rates";
import { shrinkRates } from "./shrinkRates";

/**
 * Options of {@link computeIndexOverTime}.
 *
 * @category Indices over time
 */
export interface ComputeIndexOverTimeOptions {
  /** The periods, ascending (e.g. `["1401", "1402", "1403"]`). */
  readonly periods: readonly string[];
  /**
   * Normalisation bounds shared by every period, so that scores compare across periods (the
   * JRC's and Mazziotta–Pareto's AMPI goalposts): `"pooled"` (default) min and max of each
   * indicator over all periods; `"first-period"` those of the first period (later values
   * outside are clamped); `"fixed"` each indicator's own `goalposts` in the spec.
   */
  readonly goalposts?: "pooled" | "first-period" | "fixed" | undefined;
  /**
   * Panel imputation, each imputed cell listed in `imputed`: `interpolate` (default false)
   * fills a gap between two observed periods linearly (by period position); `carryForward`
   * (default 0) carries the latest observed value forward up to that many periods.
   * Interpolation is tried first.
   */
  readonly impute?:
    | {
        /** Fill gaps between two observed periods linearly. Default false. */
        readonly interpolate?: boolean | undefined;
        /** Carry the latest value forward up to this many periods. Default 0. */
        readonly carryForward?: number | undefined;
      }
    | undefined;
  /** Unit id → group (e.g. county), passed to the index (group ranks, group-mean imputation). */
  readonly groupOf?: Readonly<Record<string, string>> | undefined;
  /**
   * Smooth rate indicators with empirical Bayes ({@link shrinkRates}, global) in every period
   * before scoring: the indicators (rates per `per` people, default 100) and each unit's
   * population. Units without a population keep their raw value.
   */
  readonly shrink?:
    | {
        /** Rate indicators to smooth. */
        readonly indicators: readonly string[];
        /** Unit id → population at risk. */
        readonly population: Readonly<Record<string, number>>;
        /** The rates are per this many people. Default 100 (percent). */
        readonly per?: number | undefined;
      }
    | undefined;
}

/**
 * One imputed cell of the panel.
 *
 * @category Indices over time
 */
export interface ImputedCell {
  /** Unit id. */
  readonly id: string;
  /** Indicator id. */
  readonly indicator: string;
  /** The period filled in. */
  readonly period: string;
  /** How. */
  readonly method: "interpolated" | "carried-forward";
  /** The value used. */
  readonly value: number;
}

/**
 * One unit's trend from the first to the last period (`null` where not computable).
 *
 * @category Indices over time
 */
export interface UnitTrend {
  /** Unit id. */
  readonly id: string;
  /** Score in the first period. */
  readonly scoreFirst: number | null;
  /** Score in the last period. */
  readonly scoreLast: number | null;
  /** `scoreLast − scoreFirst` (negative = less deprived). */
  readonly scoreChange: number | null;
  /** Compound annual growth rate of the score, `(last/first)^(1/years) − 1`; `null` for a first score ≤ 0. */
  readonly scoreCagr: number | null;
  /** Rank in the first period. */
  readonly rankFirst: number | null;
  /** Rank in the last period. */
  readonly rankLast: number | null;
  /** `rankFirst − rankLast`: positive = moved towards rank 1 (relatively more deprived). */
  readonly rankChange: number | null;
  /** Level (1 = most deprived) in the first period. */
  readonly levelFirst: number | null;
  /** Level in the last period. */
  readonly levelLast: number | null;
}

/**
 * The index of one period, columnar (`NaN` = not scored).
 *
 * @category Indices over time
 */
export interface PeriodIndex {
  /** The period. */
  readonly period: string;
  /** Scores on the shared goalposts. */
  readonly scores: Float64Array;
  /** Ranks, 1 = most deprived. */
  readonly ranks: Float64Array;
  /** Levels, 1 = most deprived. */
  readonly levels: Float64Array;
}

/**
 * The result of {@link computeIndexOverTime}.
 *
 * @category Indices over time
 */
export interface IndexOverTimeResult {
  /** The periods. */
  readonly periods: readonly string[];
  /** Unit ids (first-seen order), the order of every column. */
  readonly ids: readonly string[];
  /** The bounds used for each indicator. */
  readonly goalposts: Readonly<
    Record<
      string,
      {
        /** Lower bound. */
        readonly min: number;
        /** Upper bound. */
        readonly max: number;
      }
    >
  >;
  /** One index per period. */
  readonly byPeriod: readonly PeriodIndex[];
  /** Level labels, level 1 first. */
  readonly levels: readonly LevelLabel[];
  /**
   * Per-unit trends, in `ids` order. Built on first read (a getter, then kept): a national run
   * that reads only the columns never builds one object per unit.
   */
  readonly units: readonly UnitTrend[];
  /** Per-indicator change and CAGR first → last period, columnar in `ids` order (`NaN` = not computable); built on first read (from the input columns: do not modify them before). */
  readonly indicators: Readonly<
    Record<
      string,
      {
        /** Last − first value. */
        readonly change: Float64Array;
        /** (last/first)^(1/years) − 1. */
        readonly cagr: Float64Array;
      }
    >
  >;
  /** `transitions[a][b]`: units in level a + 1 in the first period and level b + 1 in the last. */
  readonly transitions: readonly (readonly number[])[];
  /** Imputed cells. */
  readonly imputed: readonly ImputedCell[];
  /** Years (or periods) between the first and the last period, the CAGR exponent's denominator. */
  readonly years: number;
}

const isYear = (p: string): boolean => /^\d{4}$/.test(p);

/**
 * Composite index over several periods on shared goalposts, with per-unit trends (change and
 * CAGR of the score and of each indicator), rank changes and level transitions. The spec's
 * normalisation is replaced by `goalposts` normalisation (its `range` kept) with bounds from
 * `options.goalposts`, so that a score of 60 means the same in 1401 and 1403 (COINr's panel
 * goalposts; Mazziotta & Pareto's adjusted MPI). Levels follow `spec.levels` in each period:
 * use `fixed` thresholds for levels that compare across periods (quantile levels are
 * relative to each period). CAGR uses the years between periods when periods are Jalali years
 * (`"1401"`), the number of periods otherwise.
 *
 * Input: long observations (read in two passes for every period), or one
 * {@link IndicatorTable} per period (keyed by period). The common index — arithmetic means,
 * manual, equal or AHP weights, missing values reweighted, no outlier treatment, a flat set of
 * dimensions — is scored by one columnar pass per period that resolves the spec once and
 * gives `computeIndexColumns`' and `classifyLevels`' values exactly; any other spec, or a
 * period the engine would refuse, runs `computeIndexColumns` itself.
 *
 * Denominators (`denominator` on an indicator) are applied period by period: each period's
 * value over that period's denominator column (a table column, or the observations of that
 * indicator id), × `per`. The goalposts, imputation, smoothing and the `indicators` trends are
 * then those of the rates.
 *
 * @param input - observations, or a record period → indicator table
 * @param spec - the index specification (its `normalization` method is replaced, see above)
 * @param options - periods, goalposts, imputation, groups, rate smoothing
 * @returns per-period scores, ranks and levels, trends, transitions and the imputed cells
 * @throws MahallehError `EVALUATION_PERIOD_ORDER` for periods not ascending,
 *   `EVALUATION_UNKNOWN_PERIOD` for a period without data, `EVALUATION_UNKNOWN_COLUMN` for an
 *   indicator or a denominator column a period lacks, `EVALUATION_MISSING_GOALPOSTS`,
 *   `EVALUATION_INVALID_INPUT` (also for a cell that is not a number, `null` or `NaN` — a
 *   numeric string, `undefined` — naming the unit, indicator and period: no value is read as
 *   missing unless it is missing), or an `INDEX_*` code from the index itself (among them
 *   `INDEX_INVALID_TABLE` for ±Infinity in a table or a panel,
 *   `INDEX_BAD_DENOMINATOR` for a zero, negative or missing denominator)
 * @example
 * ```ts
 * import { computeIndexOverTime } from "mahalleh/evaluation";
 * const obs = (id: string, period: string, value: number | null) => ({ neighbourhoodId: id, indicatorId: "unemployment", period, value });
 * const r = computeIndexOverTime(
 *   [obs("a", "1401", 20), obs("b", "1401", 10), obs("a", "1402", null), obs("b", "1402", 12), obs("a", "1403", 16), obs("b", "1403", 14)],
 *   { indicators: [{ id: "unemployment", dimension: "work", direction: 1 }], levels: { method: "fixed", thresholds: [50] } },
 *   { periods: ["1401", "1402", "1403"], impute: { interpolate: true } },
 * );
 * r.goalposts; // => { unemployment: { min: 10, max: 20 } }
 * Array.from(r.byPeriod[2]?.scores ?? []); // => [60, 40]
 * r.units[0]?.scoreChange; // => -40
 * r.imputed; // => [{ id: "a", indicator: "unemployment", period: "1402", method: "interpolated", value: 18 }]
 * r.transitions; // => [[1, 0], [0, 1]]
 * ```
 *
 * @category Indices over time
 */
export function computeIndexOverTime(
  input: readonly ObservationLike[] | Readonly<Record<string, IndicatorTable>>,
  spec: IndexSpec,
  options: ComputeIndexOverTimeOptions,
): IndexOverTimeResult {
  if (typeof options !== "object" || options === null || !Array.isArray(options.periods) || options.periods.length === 0) {
    throw invalid("فهرست دوره‌ها لازم است", "options.periods is required");
  }
  if (typeof spec !== "object" || spec === null || !Array.isArray(spec.indicators)) throw invalid("مشخصات شاخص ترکیبی لازم است", "an index spec is required");
  const periods = options.periods;
  for (let s = 1; s < periods.length; s++) {
    if (!((periods[s - 1] as string) < (periods[s] as string))) throw evaluationError("EVALUATION_PERIOD_ORDER", { periods: periods.join(", ") });
  }
  const names = spec.indicators.map((ind) => ind.id);
  const K = names.length;
  const P = periods.length;
  // denominators: checked by the engine, then each period's rates from its own denominator column
  const denominators = spec.indicators.map((ind) => (ind.denominator === undefined ? undefined : checkDenominator(ind)));
  const denNames = [...new Set(denominators.flatMap((d) => (d === undefined ? [] : [d.column])))];
  // 1. aligned columns per period
  let ids: string[];
  const cells: Float64Array[][] = []; // [period][indicator] → column over ids
  const denCells: ArrayLike<unknown>[][] = []; // [period][denominator column] → column over ids
  if (Array.isArray(input)) {
    const observations = input as readonly ObservationLike[];
    const wanted = new Set(periods);
    const seen = new Set<string>();
    const order = new Map<string, number>();
    for (const o of observations) {
      if (typeof o !== "object" || o === null) throw invalid("مشاهدهٔ نادرست", "a malformed observation");
      if (!wanted.has(o.period)) continue;
      seen.add(o.period);
      if (!order.has(o.neighbourhoodId)) order.set(o.neighbourhoodId, order.size);
    }
    for (const p of periods) if (!seen.has(p)) throw evaluationError("EVALUATION_UNKNOWN_PERIOD", { period: p });
    ids = [...order.keys()];
    // one pass over the observations for every period (indicators, then denominator columns)
    const all = [...names, ...denNames.filter((d) => !names.includes(d))];
    const panel = panelFromObservations(observations, periods, all, ids, order);
    for (let s = 0; s < P; s++) {
      const cols = panel[s] as Float64Array[];
      cells.push(cols.slice(0, K));
      denCells.push(denNames.map((d) => cols[all.indexOf(d)] as Float64Array));
    }
  } else {
    const tables = input as Readonly<Record<string, IndicatorTable>>;
    const order = new Map<string, number>();
    for (const p of periods) if (!Object.hasOwn(tables, p) || tables[p] === undefined) throw evaluationError("EVALUATION_UNKNOWN_PERIOD", { period: p });
    // the usual panel: every period lists the same ids in the same order (often the same array)
    const firstIds = (tables[periods[0] as string] as IndicatorTable).ids;
    const sameAsFirst = (t: IndicatorTable): boolean => t.ids === firstIds || (t.ids.length === firstIds.length && t.ids.every((id, i) => firstIds[i] === id));
    const uniform = periods.every((p) => sameAsFirst(tables[p] as IndicatorTable));
    for (const p of uniform ? periods.slice(0, 1) : periods) for (const id of (tables[p] as IndicatorTable).ids) if (!order.has(id)) order.set(id, order.size);
    ids = [...order.keys()];
    const n = ids.length;
    const writes = options.impute?.interpolate === true || (options.impute?.carryForward ?? 0) > 0 || options.shrink !== undefined;
    for (const p of periods) {
      const t = tables[p] as IndicatorTable;
      const same = uniform ? order.size === firstIds.length : t.ids.length === n && t.ids.every((id, i) => ids[i] === id);
      cells.push(
        names.map((name) => {
          const col = Object.hasOwn(t.columns, name) ? t.columns[name] : undefined;
          if (col === undefined) throw evaluationError("EVALUATION_UNKNOWN_COLUMN", { column: `${name} @ ${p}` });
          if (typeof col !== "object" || col === null || typeof (col as { length?: unknown }).length !== "number") throw invalid(`ستون «${name}» در دورهٔ ${p} آرایه نیست`, `column "${name}" in period ${p} is not an array`);
          // a Float64Array in the same order is read in place (NaN = missing; the index refuses
          // ±Infinity with INDEX_INVALID_TABLE), unless imputation or smoothing will write to it
          if (same && col instanceof Float64Array && !writes) return col;
          const out = new Float64Array(n).fill(Number.NaN);
          // a value is a number, NaN or null; anything else is refused, never read as missing;
          // ±Infinity is copied as it is, so that the index refuses it as above
          if (same) for (let i = 0; i < n; i++) out[i] = cellValue(col[i], String(t.ids[i]), name, p, "keep");
          else t.ids.forEach((id, r) => (out[order.get(id) as number] = cellValue(col[r], String(id), name, p, "keep")));
          return out;
        }),
      );
      denCells.push(
        denNames.map((name) => {
          const col = Object.hasOwn(t.columns, name) ? (t.columns as Record<string, ArrayLike<unknown> | undefined>)[name] : undefined;
          if (col === undefined || col === null || typeof col !== "object") throw evaluationError("EVALUATION_UNKNOWN_COLUMN", { column: `${name} @ ${p}` });
          if (same) return col;
          const out = new Array<unknown>(n).fill(Number.NaN);
          t.ids.forEach((id, r) => (out[order.get(id) as number] = col[r]));
          return out;
        }),
      );
    }
  }
  const n = ids.length;
  // 1b. rates: each period's values over its own denominator column (before imputation: the rates are imputed)
  for (let j = 0; j < K; j++) {
    const d = denominators[j];
    if (d === undefined) continue;
    const q = denNames.indexOf(d.column);
    for (let s = 0; s < P; s++) {
      const values = (cells[s] as Float64Array[])[j] as Float64Array;
      const den = (denCells[s] as ArrayLike<unknown>[])[q] as ArrayLike<unknown>;
      if (Array.isArray(input) && !hasValue(den)) throw evaluationError("EVALUATION_UNKNOWN_COLUMN", { column: `${d.column} @ ${periods[s] as string}` });
      (cells[s] as Float64Array[])[j] = rates(ids, spec.indicators[j] as IndexSpec["indicators"][number], values, den, d);
    }
  }
  // 2. imputation over periods
  const imputed: ImputedCell[] = [];
  const interpolate = options.impute?.interpolate === true;
  const carry = options.impute?.carryForward ?? 0;
  if (!Number.isInteger(carry) || carry < 0) throw invalid("carryForward باید عدد صحیح نامنفی باشد", "carryForward must be a non-negative integer");
  if (interpolate || carry > 0) {
    for (let j = 0; j < names.length; j++) {
      for (let i = 0; i < n; i++) {
        let last = -1;
        for (let s = 0; s < P; s++) {
          const v = (cells[s] as Float64Array[])[j]?.[i] as number;
          if (v === v) {
            last = s;
            continue;
          }
          let value = Number.NaN;
          let method: ImputedCell["method"] = "interpolated";
          if (interpolate && last >= 0) {
            let next = s + 1;
            while (next < P && ((cells[next] as Float64Array[])[j]?.[i] as number) !== ((cells[next] as Float64Array[])[j]?.[i] as number)) next++;
            if (next < P) {
              const a = (cells[last] as Float64Array[])[j]?.[i] as number;
              const b = (cells[next] as Float64Array[])[j]?.[i] as number;
              value = a + ((b - a) * (s - last)) / (next - last);
            }
          }
          if (value !== value && carry > 0 && last >= 0 && s - last <= carry) {
            value = (cells[last] as Float64Array[])[j]?.[i] as number;
            method = "carried-forward";
          }
          if (value === value) {
            ((cells[s] as Float64Array[])[j] as Float64Array)[i] = value;
            imputed.push({ id: ids[i] as string, indicator: names[j] as string, period: periods[s] as string, method, value });
          }
        }
      }
    }
  }
  // 3. empirical Bayes smoothing of rate indicators
  if (options.shrink !== undefined) {
    const per = options.shrink.per ?? 100;
    const pop = options.shrink.population;
    for (const name of options.shrink.indicators) {
      const j = names.indexOf(name);
      if (j < 0) throw evaluationError("EVALUATION_UNKNOWN_COLUMN", { column: name });
      for (let s = 0; s < P; s++) {
        const col = (cells[s] as Float64Array[])[j] as Float64Array;
        const rows: number[] = [];
        for (let i = 0; i < n; i++) if (col[i] === col[i] && Object.hasOwn(pop, ids[i] as string)) rows.push(i);
        if (rows.length < 2) continue;
        const populations = rows.map((i) => pop[ids[i] as string] as number);
        const events = rows.map((i, r) => ((col[i] as number) / per) * (populations[r] as number));
        const shrunk = shrinkRates(events, populations);
        rows.forEach((i, r) => (col[i] = (shrunk.rates[r] as number) * per));
      }
    }
  }
  // 4. shared goalposts
  const mode = options.goalposts ?? "pooled";
  const goalposts: Record<string, { min: number; max: number }> = {};
  // one look at every column: the bounds, and which columns are complete (the pass's fast loop)
  const scan = scanPanel(cells, K, n, mode === "first-period" ? 1 : mode === "fixed" ? 0 : P);
  for (let j = 0; j < K; j++) {
    const ind = spec.indicators[j] as IndexSpec["indicators"][number];
    let min = scan.min[j] as number;
    let max = scan.max[j] as number;
    if (mode === "fixed") {
      if (ind.goalposts === undefined) throw evaluationError("EVALUATION_MISSING_GOALPOSTS", { indicator: ind.id });
      ({ min, max } = ind.goalposts);
    }
    Object.defineProperty(goalposts, ind.id, { value: { min, max }, enumerable: true, writable: true, configurable: true });
  }
  const norm = spec.normalization;
  const range = typeof norm === "object" && norm !== null && norm.range !== undefined ? norm.range : undefined;
  const shared: IndexSpec = {
    ...spec,
    // shared goalposts for every indicator: an indicator's own normalisation is replaced too
    // and denominators are applied already (each period's rates)
    indicators: spec.indicators.map((ind) => ({ ...ind, normalization: undefined, denominator: undefined, goalposts: goalposts[ind.id] as { min: number; max: number } })),
    normalization: range === undefined ? "goalposts" : { method: "goalposts", range },
  };
  // 5. one columnar pass per period: the common index by the panel pass (spec, weights and
  // labels resolved once), anything else — or a period the engine would refuse — by the engine
  const plan = panelPlan(shared);
  const byPeriod: PeriodIndex[] = [];
  let labels: readonly LevelLabel[] = plan?.levels.labels ?? [];
  const acc = plan === null ? null : new Float64Array(n);
  const ws = plan === null ? null : new Float64Array(n);
  const sort = plan === null ? null : sortWorkspace(n);
  let groups: string[] | undefined;
  for (let s = 0; s < P; s++) {
    const columns = cells[s] as Float64Array[];
    const fast = plan === null ? null : scorePeriod(plan, columns, n, scan.state, s, acc as Float64Array, ws as Float64Array, sort as SortWorkspace);
    if (fast !== null) {
      byPeriod.push({ period: periods[s] as string, ...fast });
      continue;
    }
    const groupOf = options.groupOf;
    if (groupOf !== undefined) groups ??= ids.map((id) => (Object.hasOwn(groupOf, id) ? (groupOf[id] as string) : ""));
    const r = enginePeriod(ids, names, columns, groups, shared, spec.levels);
    labels = r.labels;
    byPeriod.push({ period: periods[s] as string, scores: r.scores, ranks: r.ranks, levels: r.levels });
  }
  // 6. trends
  const first = byPeriod[0] as PeriodIndex;
  const lastP = byPeriod[P - 1] as PeriodIndex;
  const years = isYear(periods[0] as string) && isYear(periods[P - 1] as string) ? Number(periods[P - 1]) - Number(periods[0]) : P - 1;
  const val = (v: number): number | null => (v === v ? v : null);
  const cagr = (a: number, b: number): number => (years > 0 && a > 0 && b >= 0 ? (b / a) ** (1 / years) - 1 : Number.NaN);
  const count = labels.length;
  const transitions: number[][] = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  for (let i = 0; i < n; i++) {
    const l0 = first.levels[i] as number;
    const l1 = lastP.levels[i] as number;
    if (l0 === l0 && l1 === l1) (transitions[l0 - 1] as number[])[l1 - 1] = ((transitions[l0 - 1] as number[])[l1 - 1] as number) + 1;
  }
  // one record per unit only when someone reads `units` (a national run need not build 100,000 objects)
  let units: UnitTrend[] | undefined;
  const unitTrends = (): UnitTrend[] => {
    if (units !== undefined) return units;
    units = new Array<UnitTrend>(n);
    for (let i = 0; i < n; i++) {
      const s0 = first.scores[i] as number;
      const s1 = lastP.scores[i] as number;
      const r0 = first.ranks[i] as number;
      const r1 = lastP.ranks[i] as number;
      units[i] = {
        id: ids[i] as string,
        scoreFirst: val(s0),
        scoreLast: val(s1),
        scoreChange: val(s1 - s0),
        scoreCagr: val(cagr(s0, s1)),
        rankFirst: val(r0),
        rankLast: val(r1),
        rankChange: val(r0 - r1),
        levelFirst: val(first.levels[i] as number),
        levelLast: val(lastP.levels[i] as number),
      };
    }
    return units;
  };
  // per-indicator change and CAGR (4,000,000 powers at 100,000 × 40): also built on first read
  let indicators: Record<string, { change: Float64Array; cagr: Float64Array }> | undefined;
  const indicatorTrends = (): Record<string, { change: Float64Array; cagr: Float64Array }> => {
    if (indicators !== undefined) return indicators;
    indicators = {};
    for (let j = 0; j < names.length; j++) {
      const a = (cells[0] as Float64Array[])[j] as Float64Array;
      const b = (cells[P - 1] as Float64Array[])[j] as Float64Array;
      const change = new Float64Array(n);
      const growth = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        change[i] = (b[i] as number) - (a[i] as number);
        growth[i] = cagr(a[i] as number, b[i] as number);
      }
      Object.defineProperty(indicators, names[j] as string, { value: { change, cagr: growth }, enumerable: true, writable: true, configurable: true });
    }
    return indicators;
  };
  const result = { periods: [...periods], ids, goalposts, byPeriod, levels: labels, transitions, imputed, years } as Omit<IndexOverTimeResult, "units" | "indicators">;
  Object.defineProperty(result, "units", { get: unitTrends, enumerable: true, configurable: true });
  Object.defineProperty(result, "indicators", { get: indicatorTrends, enumerable: true, configurable: true });
  return result as IndexOverTimeResult;
}
