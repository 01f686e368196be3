import { buildKdTree, kNearest, kNearestAny, removePoint } from "./_kdTree";
import { evaluationError, invalid } from "./_messages";

/**
 * A unit offered to {@link matchComparison}: an id and numeric covariates (baseline score,
 * indicators…) under any names.
 *
 * @category Evaluation
 */
export interface MatchUnit {
  /** Unit id (unique). */
  readonly id: string;
  /**
   * Covariates; a missing value is `null`, `undefined` or a non-finite number. Any other
   * non-number (a numeric string, a boolean) is refused with `EVALUATION_INVALID_INPUT`.
   */
  readonly [covariate: string]: unknown;
}

/**
 * Options of {@link matchComparison}.
 *
 * @category Evaluation
 */
export interface MatchComparisonOptions {
  /** Ids of the treated (target) units; every other unit is a candidate. */
  readonly treated: readonly string[];
  /** Covariates to match on (at least one), e.g. `["score", "unemployment-rate"]`. */
  readonly on: readonly string[];
  /** Neighbours per treated unit. Default 1. */
  readonly k?: number | undefined;
  /**
   * With replacement (default `true`): a comparison unit may serve several treated units.
   * `false`: greedy matching without replacement — treated units take their nearest
   * still-unused candidates in the order of `units`, and a unit once matched is no longer
   * offered to the later ones.
   */
  readonly replace?: boolean | undefined;
  /** Largest standardised distance accepted. Default `Infinity` (no caliper). */
  readonly caliper?: number | undefined;
}

/**
 * Balance of one covariate before and after matching.
 *
 * @category Evaluation
 */
export interface CovariateBalance {
  /** The covariate. */
  readonly covariate: string;
  /** Mean over the treated units (all before matching, the matched ones after). */
  readonly treatedBefore: number;
  /** Mean over the matched treated units. */
  readonly treatedAfter: number;
  /** Mean over every candidate. */
  readonly comparisonBefore: number;
  /** Weighted mean over the matched comparison units. */
  readonly comparisonAfter: number;
  /** Standardised mean difference before matching (treated − comparison over the pooled SD). */
  readonly smdBefore: number;
  /** After matching, over the same pooled SD; |SMD| < 0.1 is the usual balance rule of thumb. */
  readonly smdAfter: number;
}

/**
 * The result of {@link matchComparison}.
 *
 * @category Evaluation
 */
export interface MatchResult {
  /** Each matched treated unit with its comparison units, nearest first. */
  readonly pairs: readonly {
    /** The treated unit. */
    readonly treated: string;
    /** Its comparison units, nearest first. */
    readonly matches: readonly {
      /** Comparison unit id. */
      readonly id: string;
      /** Standardised distance. */
      readonly distance: number;
    }[];
  }[];
  /** Treated units left without a match, with the reason. */
  readonly unmatched: readonly {
    /** The treated unit. */
    readonly id: string;
    /**
     * `"outside-caliper"`: no candidate within the caliper; `"candidates-taken"` (without
     * replacement only): the candidates within the caliper were all matched to earlier treated
     * units; `"missing-covariate"`: a covariate of the treated unit is missing.
     */
    readonly reason: "outside-caliper" | "candidates-taken" | "missing-covariate";
  }[];
  /** Weight of each unit in the matched sample: 1 for a matched treated unit, Σ 1/k for a comparison unit (once per use). */
  readonly weights: Readonly<Record<string, number>>;
  /** Balance diagnostics per covariate. */
  readonly balance: readonly CovariateBalance[];
  /** Standard deviation used to standardise each covariate (sample SD over all units). */
  readonly scale: Readonly<Record<string, number>>;
  /** Candidates with a missing covariate, left out of the pool. */
  readonly candidatesSkipped: readonly string[];
}

/** A covariate: a finite number, or missing (`null`, `undefined`, non-finite); anything else is refused. */
const numeric = (v: unknown, id: string, covariate: string): number => {
  if (typeof v === "number") return Number.isFinite(v) ? v : Number.NaN;
  if (v === null || v === undefined) return Number.NaN;
  throw invalid(`متغیر «${covariate}» واحد «${id}» عدد نیست`, `covariate "${covariate}" of unit "${id}" is not a number (${typeof v})`);
};

/**
 * Nearest-neighbour matching of comparison units to treated (target) units, with or without
 * replacement, on covariates standardised by their sample standard deviation over all units:
 * the distance is √Σ(xⱼ/sⱼ − yⱼ/sⱼ)². Each treated unit gets its `k` nearest candidates with a
 * distance ≤ `caliper`, ordered by distance; **ties go to the candidate listed first** in
 * `units`. Without replacement (`replace: false`) the treated units choose greedily in the
 * order of `units`, each among the candidates not yet taken. A treated unit with no
 * candidate left within the caliper, or that lacks a covariate, is listed in `unmatched` with
 * the reason — never silently dropped. Balance is reported as standardised mean differences
 * (mean_T − mean_C)/√((s²_T + s²_C)/2) before and after matching, the after-SMD over the
 * before-matching SDs (Stuart 2010, *Statistical Science* 25(1)).
 *
 * The search is exact: a k-d tree over the standardised candidates, built once, with a
 * bounding box per node; a node is skipped only when its box is farther than the current k-th
 * best (or the caliper), so the matches are those of a brute-force scan, ties included.
 *
 * @param units - every unit (treated and candidates) with its covariates
 * @param options - treated ids, covariates, k, caliper and replacement
 * @returns matches, unmatched treated units, weights and balance
 * @throws MahallehError `EVALUATION_INVALID_INPUT` for malformed units or options (a
 *   covariate that is a string, a boolean or an object),
 *   `EVALUATION_DUPLICATE_UNIT` for a repeated id, `EVALUATION_UNKNOWN_COLUMN` for a
 *   covariate no unit has, `EVALUATION_EMPTY_GROUP` without treated units or candidates
 * @example
 * ```ts
 * import { matchComparison } from "mahalleh/evaluation";
 * const units = [
 *   { id: "t1", score: 80 }, { id: "t2", score: 40 },
 *   { id: "c1", score: 78 }, { id: "c2", score: 45 }, { id: "c3", score: 10 },
 * ];
 * const m = matchComparison(units, { treated: ["t1", "t2"], on: ["score"] });
 * m.pairs.map((p) => `${p.treated}→${p.matches[0]?.id}`); // => ["t1→c1", "t2→c2"]
 * m.weights; // => { t1: 1, t2: 1, c1: 1, c2: 1 }
 * matchComparison(units, { treated: ["t1", "t2"], on: ["score"], caliper: 0.1 }).unmatched; // => [{ id: "t2", reason: "outside-caliper" }]
 * ```
 *
 * @category Evaluation
 */
export function matchComparison(units: readonly MatchUnit[], options: MatchComparisonOptions): MatchResult {
  if (!Array.isArray(units)) throw invalid("واحدها باید آرایه باشند", "units must be an array");
  if (typeof options !== "object" || options === null || !Array.isArray(options.treated) || !Array.isArray(options.on) || options.on.length === 0) {
    throw invalid("گزینه‌های treated و on لازم‌اند", "options treated and on (at least one covariate) are required");
  }
  const k = options.k ?? 1;
  const caliper = options.caliper ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(k) || k < 1) throw invalid("k باید عدد صحیح مثبت باشد", "k must be a positive integer");
  if (!(caliper > 0)) throw invalid("کالیپر باید مثبت باشد", "caliper must be positive");
  const replace = options.replace ?? true;
  if (typeof replace !== "boolean") throw invalid("replace باید درست یا نادرست باشد", "replace must be a boolean");
  const on = options.on;
  const p = on.length;
  const ids = new Set<string>();
  for (const u of units) {
    if (typeof u !== "object" || u === null || typeof u.id !== "string") throw invalid("هر واحد باید شناسه داشته باشد", "every unit needs an id");
    if (ids.has(u.id)) throw evaluationError("EVALUATION_DUPLICATE_UNIT", { id: u.id });
    ids.add(u.id);
  }
  for (const c of on) if (!units.some((u) => Object.hasOwn(u, c))) throw evaluationError("EVALUATION_UNKNOWN_COLUMN", { column: c });
  const treatedSet = new Set(options.treated);
  const n = units.length;
  const x = new Float64Array(n * p);
  units.forEach((u, i) => on.forEach((c, j) => (x[i * p + j] = numeric(Object.hasOwn(u, c) ? u[c] : undefined, u.id, c))));
  const complete = (i: number): boolean => {
    for (let j = 0; j < p; j++) if (x[i * p + j] !== x[i * p + j]) return false;
    return true;
  };
  // scale: sample SD over all units with the value
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let m = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i * p + j] as number;
      if (v === v) {
        m += v;
        c++;
      }
    }
    m /= c;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i * p + j] as number;
      if (v === v) ss += (v - m) ** 2;
    }
    const sd = c > 1 ? Math.sqrt(ss / (c - 1)) : 0;
    scale[j] = sd > 0 ? sd : 1;
  }
  const treatedIdx: number[] = [];
  const candidates: number[] = [];
  const candidatesSkipped: string[] = [];
  const unmatched: { id: string; reason: "outside-caliper" | "candidates-taken" | "missing-covariate" }[] = [];
  units.forEach((u, i) => {
    if (treatedSet.has(u.id)) {
      if (complete(i)) treatedIdx.push(i);
      else unmatched.push({ id: u.id, reason: "missing-covariate" });
    } else if (complete(i)) candidates.push(i);
    else candidatesSkipped.push(u.id);
  });
  if (treatedIdx.length + unmatched.length === 0) throw evaluationError("EVALUATION_EMPTY_GROUP", { group: "treated" });
  if (candidates.length === 0) throw evaluationError("EVALUATION_EMPTY_GROUP", { group: "comparison" });
  // candidates standardised (z = x/s), in input order, indexed once by a k-d tree
  const nc = candidates.length;
  const z = new Float64Array(nc * p);
  for (let r = 0; r < nc; r++) {
    const i = candidates[r] as number;
    for (let j = 0; j < p; j++) z[r * p + j] = (x[i * p + j] as number) / (scale[j] as number);
  }
  const tree = buildKdTree(z, nc, p);
  const limit = caliper * caliper;
  const bestD = new Float64Array(k);
  const bestI = new Int32Array(k);
  const q = new Float64Array(p);
  const pairs: { treated: string; matches: { id: string; distance: number }[] }[] = [];
  // weights by input index; `used` keeps the order in which units first received one
  const weight = new Float64Array(n);
  const used: number[] = [];
  const put = (i: number, w: number): void => {
    if (weight[i] === 0) used.push(i);
    weight[i] = (weight[i] as number) + w;
  };
  for (const ti of treatedIdx) {
    for (let j = 0; j < p; j++) q[j] = (x[ti * p + j] as number) / (scale[j] as number);
    const found = kNearest(tree, q, k, limit, bestD, bestI);
    const id = (units[ti] as MatchUnit).id;
    if (found === 0) {
      // without replacement: was there a candidate inside the caliper before others took it?
      const taken = !replace && tree.live[0] !== nc && kNearestAny(tree, q, limit);
      unmatched.push({ id, reason: taken ? "candidates-taken" : "outside-caliper" });
      continue;
    }
    const matches: { id: string; distance: number }[] = [];
    for (let m = 0; m < found; m++) {
      const r = bestI[m] as number;
      const ci = candidates[r] as number;
      matches.push({ id: (units[ci] as MatchUnit).id, distance: Math.sqrt(bestD[m] as number) });
      put(ci, 1 / found);
      if (!replace) removePoint(tree, r);
    }
    put(ti, 1);
    pairs.push({ treated: id, matches });
  }
  // balance
  const allTreated = [...treatedIdx];
  const weights: Record<string, number> = {};
  for (const i of used) Object.defineProperty(weights, (units[i] as MatchUnit).id, { value: weight[i], enumerable: true, writable: true, configurable: true });
  const matchedTreatedIdx = allTreated.filter((i) => (weight[i] as number) > 0);
  const usedControls = candidates.filter((i) => (weight[i] as number) > 0);
  const balance: CovariateBalance[] = on.map((c, j) => {
    const stats = (idx: readonly number[], w?: (i: number) => number): { mean: number; variance: number } => {
      let sw = 0;
      let m = 0;
      for (const i of idx) {
        const wi = w === undefined ? 1 : w(i);
        sw += wi;
        m += wi * (x[i * p + j] as number);
      }
      m /= sw;
      let ss = 0;
      for (const i of idx) ss += (w === undefined ? 1 : w(i)) * ((x[i * p + j] as number) - m) ** 2;
      return { mean: m, variance: idx.length > 1 ? ss / (sw - (w === undefined ? 1 : 0) || 1) : 0 };
    };
    const tb = stats(allTreated);
    const cb = stats(candidates);
    const sd = Math.sqrt((tb.variance + cb.variance) / 2);
    const ta = stats(matchedTreatedIdx);
    const ca = usedControls.length > 0 ? stats(usedControls, (i) => weight[i] as number) : { mean: Number.NaN, variance: 0 };
    const smd = (a: number, b: number): number => (sd > 0 ? (a - b) / sd : 0);
    return {
      covariate: c,
      treatedBefore: tb.mean,
      treatedAfter: ta.mean,
      comparisonBefore: cb.mean,
      comparisonAfter: ca.mean,
      smdBefore: smd(tb.mean, cb.mean),
      smdAfter: smd(ta.mean, ca.mean),
    };
  });
  const scaleRecord: Record<string, number> = {};
  on.forEach((c, j) => Object.defineProperty(scaleRecord, c, { value: scale[j], enumerable: true, writable: true, configurable: true }));
  return { pairs, unmatched, weights, balance, scale: scaleRecord, candidatesSkipped };
}
