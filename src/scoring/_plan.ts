/** Private: validates an IndicatorTable + IndexSpec and resolves every default. */
import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type {
  AggregationMethod,
  IndexSpec,
  LevelLabel,
  MissingMethod,
  NormalizationMethod,
  NormalizationSpec,
  RankingMethod,
  WeightingSpec,
} from "./IndexSpec";
import type { DenominatorSpec } from "./DenominatorSpec";
import { denominate } from "./_denominate";
import { IdSet } from "../internal/idSet";
import { allUniqueIds } from "./_uniqueIds";
import { resolveOutliers, type OutlierPlan } from "./_outliers";
import { buildHierarchy, indicatorOnUpper, isHierarchical, levelAggregations, readParent, withAggregations, type DeclaredDimension, type Hierarchy } from "./_hierarchy";

/** A resolved aggregation: kind 0 arithmetic, 1 geometric, 2 harmonic, 3 power mean, 4 TOPSIS. */
export interface Agg {
  readonly kind: 0 | 1 | 2 | 3 | 4;
  readonly p: number;
  readonly name: string;
}

export interface Norm {
  readonly method: NormalizationMethod;
  readonly lo: number;
  readonly hi: number;
  readonly sample: boolean;
  /** `distanceToReference`: the reference (a unit's index is −1 until bound to a table by `bindReference`). */
  readonly reference?: { readonly kind: "mean" | "median" } | { readonly kind: "unit"; readonly id: string; readonly index: number } | undefined;
  /** `distanceToReference`: cap at `hi`. */
  readonly cap?: boolean | undefined;
}

export interface PlanIndicator {
  readonly id: string;
  readonly dim: number;
  readonly direction: 1 | -1;
  readonly weight: number;
  readonly raw: ArrayLike<number>;
  readonly goalposts: { readonly min: number; readonly max: number } | undefined;
  readonly target: number | undefined;
  readonly cutoff: number | undefined;
  /** The indicator's own normalisation (overrides the plan's), if any. */
  readonly norm?: Norm | undefined;
}

export interface Levels {
  readonly method: "quantiles" | "equalIntervals" | "jenks" | "fixed";
  readonly count: number;
  readonly thresholds: readonly number[];
  readonly labels: readonly LevelLabel[];
}

export interface Plan {
  readonly n: number;
  readonly ids: readonly string[];
  readonly groups: readonly string[] | undefined;
  /** group index per unit, or undefined */
  readonly groupOf: Int32Array | undefined;
  readonly groupNames: readonly string[];
  readonly indicators: readonly PlanIndicator[];
  readonly dims: readonly string[];
  readonly dimWeights: readonly number[];
  /** indicator indices per dimension */
  readonly byDim: readonly (readonly number[])[];
  readonly normalization: Norm;
  readonly aggIndicators: Agg;
  readonly aggDimensions: Agg;
  readonly missing: MissingMethod;
  readonly minCoverage: number;
  readonly outliers: OutlierPlan | null;
  readonly weighting: WeightingSpec;
  readonly levels: Levels;
  readonly ranking: RankingMethod;
  /** Levels above the leaf dimensions (`dims`), or null for indicator → dimension → index. */
  readonly hierarchy: Hierarchy | null;
}

const specError = (fa: string, en: string, details?: Record<string, unknown>): Error =>
  fail("INDEX_INVALID_SPEC", fa, en, details);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const SPEC_KEYS = ["indicators", "dimensions", "normalization", "aggregation", "missing", "outliers", "weighting", "levels", "ranking"];
// the descriptive fields of a models Indicator are accepted, so `sampleDataset.indicators` can be passed as is
const INDICATOR_KEYS = ["id", "dimension", "direction", "weight", "goalposts", "target", "cutoff", "denominator", "normalization", "nameFa", "nameEn", "unit", "source"];
const SPELLING: Readonly<Record<string, string>> = { normalisation: "normalization", aggregate: "aggregation", weights: "weighting", level: "levels", rank: "ranking", dim: "dimension", weigth: "weight" };

/** Rejects unknown keys (a misspelt option would otherwise be silently ignored). */
function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], en: string, fa: string): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const hint = SPELLING[key];
    throw specError(
      `کلید ناشناختهٔ «${key}» در ${fa}${hint === undefined ? "" : ` (منظور «${hint}» است؟)`}`,
      `Unknown key "${key}" in ${en}${hint === undefined ? "" : ` (did you mean "${hint}"?)`}`,
      { key, ...(hint === undefined ? {} : { suggestion: hint }) },
    );
  }
}

/** Default level labels (most deprived first) for 3, 4 and 5 levels. */
export function defaultLabels(count: number): LevelLabel[] {
  if (count === 5) {
    return [
      { fa: "بسیار محروم", en: "very deprived" },
      { fa: "محروم", en: "deprived" },
      { fa: "نیمه‌محروم", en: "moderately deprived" },
      { fa: "نیمه‌برخوردار", en: "fairly well-off" },
      { fa: "برخوردار", en: "well-off" },
    ];
  }
  if (count === 4) {
    return [
      { fa: "بسیار محروم", en: "very deprived" },
      { fa: "محروم", en: "deprived" },
      { fa: "نیمه‌برخوردار", en: "fairly well-off" },
      { fa: "برخوردار", en: "well-off" },
    ];
  }
  if (count === 3) {
    return [
      { fa: "محروم", en: "deprived" },
      { fa: "نیمه‌برخوردار", en: "fairly well-off" },
      { fa: "برخوردار", en: "well-off" },
    ];
  }
  return Array.from({ length: count }, (_, i) => ({ fa: `سطح ${i + 1}`, en: `level ${i + 1}` }));
}

const NORMS: readonly NormalizationMethod[] = ["minmax", "zscore", "rank", "percentile", "goalposts", "distanceToTarget", "cutoff", "fractionOfMax", "distanceToReference"];
const MISSING: readonly MissingMethod[] = ["reweight", "mean", "median", "groupMean"];

/** Resolves a normalisation spec. */
export function resolveNormalization(spec: NormalizationSpec | undefined): Norm {
  const raw = spec ?? "minmax";
  const method = typeof raw === "string" ? raw : isObject(raw) ? raw["method"] : undefined;
  if (typeof method !== "string" || !NORMS.includes(method as NormalizationMethod)) {
    throw specError(
      `روش نرمال‌سازی «${String(method)}» شناخته نیست (${NORMS.join("، ")})`,
      `Unknown normalization "${String(method)}" (${NORMS.join(", ")})`,
    );
  }
  const range = typeof raw === "object" ? raw.range : undefined;
  let lo = 0;
  let hi = 100;
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number" && Number.isFinite(v)) || !(range[0] < range[1])) {
      throw specError("بازهٔ نرمال‌سازی باید [کمینه، بیشینه] با کمینه < بیشینه باشد", "Normalization range must be [lo, hi] with lo < hi");
    }
    lo = range[0];
    hi = range[1];
  }
  const deviation = typeof raw === "object" ? raw.deviation : undefined;
  if (deviation !== undefined && deviation !== "population" && deviation !== "sample") {
    throw specError("انحراف معیار باید population یا sample باشد", 'deviation must be "population" or "sample"');
  }
  const reference = typeof raw === "object" ? raw.reference : undefined;
  const cap = typeof raw === "object" ? raw.cap : undefined;
  if (method !== "distanceToReference") {
    if (reference !== undefined || cap !== undefined) {
      throw specError("reference و cap فقط برای روش distanceToReference است", 'reference and cap apply to the "distanceToReference" normalization only');
    }
    return { method: method as NormalizationMethod, lo, hi, sample: deviation === "sample" };
  }
  if (cap !== undefined && typeof cap !== "boolean") throw specError("cap باید true یا false باشد", "cap must be true or false");
  let ref: Norm["reference"];
  if (reference === "mean" || reference === "median") ref = { kind: reference };
  else if (isObject(reference) && typeof reference["unit"] === "string" && reference["unit"].length > 0) ref = { kind: "unit", id: reference["unit"], index: -1 };
  else {
    throw specError(
      'روش فاصله تا مرجع، مرجع (reference) لازم دارد: "mean"، "median" یا { unit: "شناسه" }',
      'distanceToReference needs a reference: "mean", "median" or { unit: "id" }',
    );
  }
  return { method: "distanceToReference", lo, hi, sample: deviation === "sample", reference: ref, cap: cap === true };
}

/** Binds a `distanceToReference` unit reference to its row in the table. */
export function bindReference(norm: Norm, ids: readonly string[]): Norm {
  const ref = norm.reference;
  if (ref === undefined || ref.kind !== "unit") return norm;
  const index = ids.indexOf(ref.id);
  if (index < 0) {
    throw fail("INDEX_BAD_REFERENCE", `واحد مرجع «${ref.id}» در جدول نیست`, `The reference unit "${ref.id}" is not in the table`, { unit: ref.id });
  }
  return { ...norm, reference: { kind: "unit", id: ref.id, index } };
}

/**
 * Checks that the normalisation fits the rest of the spec: every indicator has the target or
 * cutoff it needs, and a cutoff is not combined with winsorisation (which would move values
 * across the cutoff).
 */
export function checkNormalizationFits(spec: Norm, indicators: readonly PlanIndicator[], outliers: Plan["outliers"]): void {
  for (const ind of indicators) {
    // an indicator's own normalisation overrides the spec's
    const norm = ind.norm ?? spec;
    if (norm.method === "cutoff" && outliers !== null) {
      throw specError(
        "روش آستانه با وینزوری‌سازی نمی‌خواند: محرومیت با آستانه سنجیده می‌شود و وینزوری‌سازی مقدار را از آستانه عبور می‌دهد",
        'cutoff normalization does not go with outliers: "winsorize": deprivation is read against the cutoff, and winsorising can move a value across it',
        { indicator: ind.id },
      );
    }
    if (norm.method === "distanceToTarget" && ind.target === undefined) {
      throw specError(`روش فاصله تا هدف برای شاخص «${ind.id}» هدف (target) لازم دارد`, `distanceToTarget needs a target for indicator "${ind.id}"`, { indicator: ind.id });
    }
    if (norm.method === "cutoff" && ind.cutoff === undefined) {
      throw specError(`روش آستانه برای شاخص «${ind.id}» آستانهٔ محرومیت (cutoff) لازم دارد`, `cutoff normalization needs a cutoff for indicator "${ind.id}"`, { indicator: ind.id });
    }
  }
}

/** Resolves one aggregation method. */
export function resolveAggregation(method: AggregationMethod | undefined): Agg {
  const m = method ?? "arithmetic";
  if (m === "arithmetic") return { kind: 0, p: 1, name: "arithmetic" };
  if (m === "geometric") return { kind: 1, p: 0, name: "geometric" };
  if (m === "harmonic") return { kind: 2, p: -1, name: "harmonic" };
  if (m === "topsis") return { kind: 4, p: 1, name: "TOPSIS" };
  if (isObject(m) && m["method"] === "generalized") {
    const p = m["power"];
    if (typeof p !== "number" || !Number.isFinite(p)) {
      throw specError("توان میانگین تعمیم‌یافته باید عدد باشد", "Generalized mean power must be a finite number");
    }
    if (p === 1) return { kind: 0, p: 1, name: "arithmetic" };
    if (p === 0) return { kind: 1, p: 0, name: "geometric" };
    return { kind: 3, p, name: `generalized(${p})` };
  }
  throw specError(
    `روش تجمیع «${JSON.stringify(m)}» شناخته نیست (arithmetic، geometric، harmonic، topsis، generalized)`,
    `Unknown aggregation ${JSON.stringify(m)} (arithmetic, geometric, harmonic, topsis, generalized)`,
  );
}

/** Checks the table and returns its size and group indices. */
export function checkTable(table: IndicatorTable, unique = true): { n: number; groupOf: Int32Array | undefined; groupNames: string[] } {
  if (!isObject(table)) throw fail("INDEX_INVALID_TABLE", "جدول شاخص‌ها باید شیء باشد", "The indicator table must be an object");
  const { ids, groups, columns } = table;
  if (!Array.isArray(ids)) throw fail("INDEX_INVALID_TABLE", "ids باید آرایه‌ای از شناسه‌ها باشد", "ids must be an array of strings");
  const n = ids.length;
  // valid and distinct ids (the common case) are told by hashing and sorting; otherwise the
  // loop below finds the first bad or repeated id, with a typed-array hash set over the
  // table's own ids (stored id k is ids[k], since every id before i was added)
  const plain = unique && allUniqueIds(ids as readonly unknown[]);
  const seen = unique && !plain ? new IdSet(ids as readonly string[]) : undefined;
  for (let i = 0; i < n && !plain; i++) {
    const id: unknown = ids[i];
    if (typeof id !== "string" || id.length === 0) {
      throw fail("INDEX_INVALID_TABLE", `شناسهٔ ردیف ${i} رشتهٔ ناتهی نیست`, `Unit id at ${i} is not a non-empty string`, { index: i });
    }
    if (seen !== undefined && !seen.add(id)) throw fail("INDEX_INVALID_TABLE", `شناسهٔ «${id}» تکراری است`, `Duplicate unit id "${id}"`, { id });
  }
  if (!isObject(columns)) throw fail("INDEX_INVALID_TABLE", "columns باید شیء باشد", "columns must be an object");
  let groupOf: Int32Array | undefined;
  const groupNames: string[] = [];
  if (groups !== undefined) {
    if (!Array.isArray(groups) || groups.length !== n) {
      throw fail("INDEX_INVALID_TABLE", "groups باید هم‌طول ids باشد", "groups must have the same length as ids");
    }
    groupOf = new Int32Array(n);
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const g: unknown = groups[i];
      if (typeof g !== "string") throw fail("INDEX_INVALID_TABLE", `گروه ردیف ${i} رشته نیست`, `Group at ${i} is not a string`, { index: i });
      let k = index.get(g);
      if (k === undefined) {
        k = groupNames.length;
        index.set(g, k);
        groupNames.push(g);
      }
      groupOf[i] = k;
    }
  }
  return { n, groupOf, groupNames };
}

function checkColumn(id: string, column: unknown, n: number): ArrayLike<number> {
  if (column === undefined) {
    throw fail("INDEX_UNKNOWN_INDICATOR", `شاخص «${id}» در جدول نیست`, `Indicator "${id}" is not in the table`, { indicator: id });
  }
  if (column === null || typeof column !== "object" || typeof (column as ArrayLike<number>).length !== "number") {
    throw fail("INDEX_INVALID_TABLE", `ستون «${id}» آرایه نیست`, `Column "${id}" is not an array`, { indicator: id });
  }
  const col = column as ArrayLike<unknown>;
  if (col.length !== n) {
    throw fail("INDEX_INVALID_TABLE", `طول ستون «${id}» (${col.length}) با تعداد واحدها (${n}) برابر نیست`, `Column "${id}" has ${col.length} values for ${n} units`, {
      indicator: id,
    });
  }
  if (!ArrayBuffer.isView(column)) {
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (typeof v !== "number" && v !== null) {
        throw fail("INDEX_INVALID_TABLE", `مقدار ردیف ${i} ستون «${id}» عدد نیست`, `Value at ${i} of column "${id}" is not a number`, {
          indicator: id,
          index: i,
        });
      }
    }
  }
  return column as ArrayLike<number>;
}

/** Validates table and spec and resolves every default. */
export function makePlan(table: IndicatorTable, spec: IndexSpec, uniqueIds = true): Plan {
  const { n, groupOf, groupNames } = checkTable(table, uniqueIds);
  if (!isObject(spec)) throw specError("مشخصات شاخص باید شیء باشد", "The index spec must be an object");
  checkKeys(spec, SPEC_KEYS, "spec", "مشخصات شاخص");
  if (!Array.isArray(spec.indicators) || spec.indicators.length === 0) {
    throw specError("مشخصات شاخص دست‌کم یک شاخص لازم دارد", "The index spec needs at least one indicator");
  }
  const dims: string[] = [];
  const dimWeights: number[] = [];
  let shape: ReturnType<typeof buildHierarchy> | undefined;
  if (spec.dimensions !== undefined) {
    if (!Array.isArray(spec.dimensions)) throw specError("dimensions باید آرایه باشد", "dimensions must be an array");
    const declared: DeclaredDimension[] = [];
    for (const d of spec.dimensions) {
      if (!isObject(d) || typeof d["id"] !== "string") throw specError("هر بعد شناسهٔ رشته‌ای لازم دارد", "Every dimension needs a string id");
      if (declared.some((e) => e.id === d.id)) throw specError(`بعد «${d.id}» تکراری است`, `Duplicate dimension "${d.id}"`, { dimension: d.id });
      declared.push({ id: d.id, weight: checkWeight(d.weight, `dimension "${d.id}"`, `بعد «${d.id}»`), parent: readParent(d as { id: string; parent?: unknown }) });
    }
    // a dimension with a parent makes a deeper hierarchy: the leaf dimensions hold the indicators
    if (isHierarchical(declared)) shape = buildHierarchy(declared);
    for (const d of shape?.leaves ?? declared) {
      dims.push(d.id);
      dimWeights.push(d.weight);
    }
  }
  const declared = spec.dimensions !== undefined;
  const seen = new Set<string>();
  const indicators: PlanIndicator[] = [];
  for (const ind of spec.indicators) {
    if (!isObject(ind) || typeof ind["id"] !== "string") throw specError("هر شاخص شناسهٔ رشته‌ای لازم دارد", "Every indicator needs a string id");
    const id = ind.id;
    checkKeys(ind, INDICATOR_KEYS, `indicator "${id}"`, `شاخص «${id}»`);
    if (seen.has(id)) throw specError(`شاخص «${id}» تکراری است`, `Duplicate indicator "${id}"`, { indicator: id });
    seen.add(id);
    if (typeof ind.dimension !== "string" || ind.dimension.length === 0) {
      throw specError(`شاخص «${id}» بعد ندارد`, `Indicator "${id}" has no dimension`, { indicator: id });
    }
    if (ind.direction !== 1 && ind.direction !== -1) {
      throw specError(`جهت شاخص «${id}» باید ۱ یا ۱- باشد`, `Direction of indicator "${id}" must be 1 or -1`, { indicator: id });
    }
    let dim = dims.indexOf(ind.dimension);
    if (dim < 0) {
      if (shape?.shape.ids.includes(ind.dimension) === true) throw indicatorOnUpper(id, ind.dimension);
      if (declared) {
        throw fail("INDEX_UNKNOWN_DIMENSION", `بعد «${ind.dimension}» شاخص «${id}» تعریف نشده است`, `Dimension "${ind.dimension}" of indicator "${id}" is not declared`, {
          indicator: id,
          dimension: ind.dimension,
        });
      }
      dim = dims.length;
      dims.push(ind.dimension);
      dimWeights.push(1);
    }
    const goalposts = ind.goalposts as { min: number; max: number } | undefined;
    if (goalposts !== undefined && (!isObject(goalposts) || !Number.isFinite(goalposts.min) || !Number.isFinite(goalposts.max) || !(goalposts.min < goalposts.max))) {
      throw specError(`مرزهای شاخص «${id}» باید {min, max} با min < max باشد`, `Goalposts of "${id}" must be {min, max} with min < max`, { indicator: id });
    }
    if (ind.target !== undefined && (typeof ind.target !== "number" || !Number.isFinite(ind.target))) {
      throw specError(`هدف شاخص «${id}» باید عدد باشد`, `Target of "${id}" must be a finite number`, { indicator: id });
    }
    if (ind.cutoff !== undefined && (typeof ind.cutoff !== "number" || !Number.isFinite(ind.cutoff))) {
      throw specError(`آستانهٔ محرومیت شاخص «${id}» باید عدد باشد`, `Cutoff of "${id}" must be a finite number`, { indicator: id });
    }
    const column = checkColumn(id, Object.hasOwn(table.columns, id) ? (table.columns as Record<string, unknown>)[id] : undefined, n);
    indicators.push({
      id,
      dim,
      direction: ind.direction,
      weight: checkWeight(ind.weight, `indicator "${id}"`, `شاخص «${id}»`),
      raw: ind.denominator === undefined ? column : denominate(table, id, column, ind.denominator as DenominatorSpec).rates,
      goalposts,
      target: ind.target,
      cutoff: ind.cutoff,
      norm: ind.normalization === undefined ? undefined : bindReference(resolveNormalization(ind.normalization as NormalizationSpec), table.ids),
    });
  }
  const byDim: number[][] = dims.map(() => []);
  indicators.forEach((ind, j) => byDim[ind.dim]?.push(j));
  // dimensions declared without indicators are an error: they would silently weigh nothing
  byDim.forEach((list, d) => {
    if (list.length === 0) {
      throw fail("INDEX_EMPTY_DIMENSION", `بعد «${dims[d]}» هیچ شاخصی ندارد`, `Dimension "${dims[d]}" has no indicator`, { dimension: dims[d] });
    }
  });
  const normalization = bindReference(resolveNormalization(spec.normalization), table.ids);
  const agg = spec.aggregation;
  let aggIndicators: Agg;
  let aggDimensions: Agg;
  let perLevel: readonly AggregationMethod[] | undefined;
  if (isObject(agg) && !("method" in agg)) {
    checkKeys(agg, ["indicators", "dimensions", "perLevel"], "aggregation", "تجمیع");
    perLevel = agg["perLevel"] as readonly AggregationMethod[] | undefined;
    if (perLevel !== undefined && (agg["indicators"] !== undefined || agg["dimensions"] !== undefined)) {
      throw specError("aggregation.perLevel با indicators یا dimensions با هم نمی‌آید", "aggregation.perLevel does not go with indicators or dimensions");
    }
    aggIndicators = resolveAggregation(agg["indicators"] as AggregationMethod | undefined);
    aggDimensions = resolveAggregation(agg["dimensions"] as AggregationMethod | undefined);
  } else {
    aggIndicators = resolveAggregation(agg as AggregationMethod | undefined);
    aggDimensions = aggIndicators;
  }
  const perLevelAggs = levelAggregations(shape?.shape.depth ?? 1, aggDimensions, perLevel, resolveAggregation);
  if (perLevelAggs.indicators !== undefined) {
    aggIndicators = perLevelAggs.indicators;
    aggDimensions = perLevelAggs.levels[0] as Agg;
  }
  const missingRaw = spec.missing ?? "reweight";
  const missing = typeof missingRaw === "string" ? missingRaw : isObject(missingRaw) ? (missingRaw.method ?? "reweight") : undefined;
  if (missing === undefined || !MISSING.includes(missing)) {
    throw specError(`روش دادهٔ گمشده «${String(missing)}» شناخته نیست (reweight، mean، median، groupMean)`, `Unknown missing-data method "${String(missing)}" (reweight, mean, median, groupMean)`);
  }
  const minCoverage = typeof missingRaw === "object" ? (missingRaw.minCoverage ?? 0) : 0;
  if (typeof minCoverage !== "number" || !(minCoverage >= 0 && minCoverage <= 1)) {
    throw specError("minCoverage باید عددی بین ۰ و ۱ باشد", "minCoverage must be a number between 0 and 1");
  }
  const outliers = resolveOutliers(spec.outliers);
  checkNormalizationFits(normalization, indicators, outliers);
  const weighting = spec.weighting ?? "manual";
  if (
    !(typeof weighting === "string" && ["manual", "equal", "entropy", "critic", "cv", "pca"].includes(weighting)) &&
    !(isObject(weighting) && weighting["method"] === "ahp")
  ) {
    throw specError(`روش وزن‌دهی «${JSON.stringify(weighting)}» شناخته نیست`, `Unknown weighting ${JSON.stringify(weighting)}`);
  }
  const ranking = spec.ranking ?? "min";
  if (ranking !== "min" && ranking !== "dense" && ranking !== "fractional") {
    throw specError(`روش رتبه‌بندی «${String(ranking)}» شناخته نیست`, `Unknown ranking "${String(ranking)}"`);
  }
  return {
    n,
    ids: table.ids,
    groups: table.groups,
    groupOf,
    groupNames,
    indicators,
    dims,
    dimWeights,
    byDim,
    normalization,
    aggIndicators,
    aggDimensions,
    missing,
    minCoverage,
    outliers,
    weighting,
    levels: resolveLevels(spec.levels),
    ranking,
    hierarchy: shape === undefined ? null : withAggregations(shape.shape, perLevelAggs.levels),
  };
}

function checkWeight(w: unknown, en: string, fa: string): number {
  if (w === undefined) return 1;
  if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
    throw fail("INDEX_ZERO_WEIGHTS", `وزن ${fa} باید عددی نامنفی باشد`, `The weight of ${en} must be a non-negative number`, { weight: w });
  }
  return w;
}

/** Resolves a levels spec. */
export function resolveLevels(spec: IndexSpec["levels"]): Levels {
  if (spec === undefined) return { method: "quantiles", count: 5, thresholds: [], labels: defaultLabels(5) };
  if (!isObject(spec)) throw specError("levels باید شیء باشد", "levels must be an object");
  const method = spec.method;
  let count: number;
  let thresholds: number[] = [];
  if (method === "fixed") {
    const t = (spec as { thresholds?: unknown }).thresholds;
    if (!Array.isArray(t) || t.length === 0 || !t.every((v, i) => typeof v === "number" && Number.isFinite(v) && (i === 0 || v > (t[i - 1] as number)))) {
      throw specError("آستانه‌های سطح‌بندی باید آرایه‌ای صعودی از اعداد باشند", "Level thresholds must be a non-empty ascending array of numbers");
    }
    thresholds = t as number[];
    count = t.length + 1;
  } else if (method === "quantiles" || method === "equalIntervals" || method === "jenks") {
    count = (spec as { count?: number }).count ?? 5;
    if (!Number.isInteger(count) || count < 2 || count > 20) {
      throw specError("تعداد سطح‌ها باید عدد صحیحی از ۲ تا ۲۰ باشد", "Level count must be an integer from 2 to 20");
    }
  } else {
    throw specError(`روش سطح‌بندی «${String(method)}» شناخته نیست (quantiles، equalIntervals، jenks، fixed)`, `Unknown levels method "${String(method)}" (quantiles, equalIntervals, jenks, fixed)`);
  }
  const labels = spec.labels ?? defaultLabels(count);
  if (!Array.isArray(labels) || labels.length !== count || !labels.every((l) => isObject(l) && typeof l.fa === "string" && typeof l.en === "string")) {
    throw specError(`برچسب‌های سطح باید ${count} جفت {fa, en} باشند`, `Level labels must be ${count} {fa, en} pairs`);
  }
  return { method, count, thresholds, labels };
}
