import type { IndexResult, IndicatorTable } from "../scoring/index";
import { evaluationError, invalid } from "./_messages";

/**
 * What {@link compareGroups} needs to know about a unit (the `models` neighbourhood record
 * has these fields).
 *
 * @category Evaluation
 */
export interface GroupedUnit {
  /** Unit id, as in the index result. */
  readonly id: string;
  /** Province code, e.g. `"IR-30"` (for `by: "province"`). */
  readonly provinceCode?: string | undefined;
  /** County id (for `by: "county"`). */
  readonly countyId?: string | undefined;
  /** Residents (for `weights: "population"`). */
  readonly population?: number | undefined;
}

/**
 * Options of {@link compareGroups}.
 *
 * @category Evaluation
 */
export interface CompareGroupsOptions {
  /** Grouping: by province (pilot vs other provinces), county, or treated vs comparison. */
  readonly by: "province" | "county" | "treated";
  /** The units with their province, county and population. */
  readonly units: readonly GroupedUnit[];
  /** Treated ids, required for `by: "treated"`. */
  readonly treated?: readonly string[] | undefined;
  /** `"population"` (default): population-weighted means; `"equal"`: plain means. */
  readonly weights?: "population" | "equal" | undefined;
  /** Raw indicator values to roll up as well (the table the index was computed from). */
  readonly table?: IndicatorTable | undefined;
}

/**
 * One group's roll-up.
 *
 * @category Evaluation
 */
export interface GroupSummary {
  /** The group: a province code, a county id, `"treated"` or `"comparison"`. */
  readonly group: string;
  /** Units in the group. */
  readonly n: number;
  /** Units of the group with a score (the means use these). */
  readonly scored: number;
  /** Total population of the group's units. */
  readonly population: number;
  /** Weighted mean score; `null` when no unit is scored. */
  readonly score: number | null;
  /** Weighted mean of each dimension score. */
  readonly dimensions: Readonly<Record<string, number | null>>;
  /** Weighted mean of each raw indicator (when a table is given). */
  readonly indicators: Readonly<Record<string, number | null>>;
}

/**
 * Population-weighted roll-ups of an index result for pilot-vs-others tables: one row per
 * province, county, or treated/comparison group, with each group's n, population, mean score,
 * dimension scores and (given the table) raw indicators. Units without a score count in `n`
 * but not in the means; a mean over no unit is `null`, never `NaN`.
 *
 * @param results - a `computeIndex` result
 * @param options - grouping, units and weights
 * @returns one summary per group, in order of first appearance
 * @throws MahallehError `EVALUATION_ZERO_POPULATION` for a unit without a positive population
 *   under population weights, `EVALUATION_INVALID_INPUT` for a unit the units list lacks or a
 *   missing `treated` list
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * import { compareGroups } from "mahalleh/evaluation";
 * const table = { ids: ["a", "b", "c"], columns: { unemployment: [20, 10, 14] } };
 * const r = computeIndex(table, { indicators: [{ id: "unemployment", dimension: "work", direction: 1 }] });
 * const g = compareGroups(r, {
 *   by: "province",
 *   units: [
 *     { id: "a", provinceCode: "IR-30", population: 3000 },
 *     { id: "b", provinceCode: "IR-30", population: 1000 },
 *     { id: "c", provinceCode: "IR-07", population: 2000 },
 *   ],
 *   table,
 * });
 * g.map((x) => [x.group, x.n, x.indicators["unemployment"]]); // => [["IR-30", 2, 17.5], ["IR-07", 1, 14]]
 * ```
 *
 * @category Evaluation
 */
export function compareGroups(results: IndexResult, options: CompareGroupsOptions): GroupSummary[] {
  if (typeof results !== "object" || results === null || !Array.isArray(results.units)) throw invalid("ورودی باید نتیجهٔ computeIndex باشد", "results must come from computeIndex");
  if (typeof options !== "object" || options === null || !Array.isArray(options.units)) throw invalid("فهرست واحدها لازم است", "options.units is required");
  const { by } = options;
  const weighting = options.weights ?? "population";
  if (by === "treated" && !Array.isArray(options.treated)) throw invalid("برای گروه‌بندی هدف/مقایسه فهرست treated لازم است", "by: \"treated\" needs options.treated");
  const treated = new Set(options.treated ?? []);
  const info = new Map(options.units.map((u) => [u.id, u]));
  const tableRow = new Map((options.table?.ids ?? []).map((id, i) => [id, i]));
  const indicatorNames = options.table === undefined ? [] : Object.keys(options.table.columns);
  const dimensionNames = Object.keys(results.weights.dimensions);
  interface Acc {
    n: number;
    scored: number;
    population: number;
    sw: number;
    score: number;
    dims: Map<string, [number, number]>;
    inds: Map<string, [number, number]>;
  }
  const groups = new Map<string, Acc>();
  const add = (m: Map<string, [number, number]>, key: string, w: number, v: number | null | undefined): void => {
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    const cur = m.get(key) ?? [0, 0];
    m.set(key, [cur[0] + w * v, cur[1] + w]);
  };
  for (const u of results.units) {
    const meta = info.get(u.id);
    if (meta === undefined) throw invalid(`واحد «${u.id}» در فهرست واحدها نیست`, `unit "${u.id}" is not in options.units`);
    const key = by === "province" ? meta.provinceCode : by === "county" ? meta.countyId : treated.has(u.id) ? "treated" : "comparison";
    if (typeof key !== "string") throw invalid(`گروه واحد «${u.id}» معلوم نیست`, `unit "${u.id}" has no ${by}`);
    const pop = meta.population;
    if (weighting === "population" && (typeof pop !== "number" || !(pop > 0))) throw evaluationError("EVALUATION_ZERO_POPULATION", { id: u.id });
    const w = weighting === "population" ? (pop as number) : 1;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { n: 0, scored: 0, population: 0, sw: 0, score: 0, dims: new Map(), inds: new Map() }));
    g.n++;
    g.population += typeof pop === "number" && pop > 0 ? pop : 0;
    if (u.score !== null) {
      g.scored++;
      g.sw += w;
      g.score += w * u.score;
    }
    for (const d of dimensionNames) add(g.dims, d, w, u.dimensions[d]);
    const row = tableRow.get(u.id);
    if (row !== undefined && options.table !== undefined) for (const name of indicatorNames) add(g.inds, name, w, options.table.columns[name]?.[row]);
  }
  const mean = (m: Map<string, [number, number]>, names: readonly string[]): Record<string, number | null> => {
    const out: Record<string, number | null> = {};
    for (const name of names) {
      const v = m.get(name);
      Object.defineProperty(out, name, { value: v === undefined || v[1] === 0 ? null : v[0] / v[1], enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return [...groups].map(([group, g]) => ({
    group,
    n: g.n,
    scored: g.scored,
    population: g.population,
    score: g.sw === 0 ? null : g.score / g.sw,
    dimensions: mean(g.dims, dimensionNames),
    indicators: mean(g.inds, indicatorNames),
  }));
}
