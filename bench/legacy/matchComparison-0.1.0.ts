/** The 0.1.0 matchComparison (candidates sorted on the first covariate), kept only as the bench peer of the k-d tree search. */
import { evaluationError, invalid } from "../../src/evaluation/_messages";

/**
 * A unit offered to {@link matchComparison}: an id and numeric covariates (baseline score,
 * indicators…) under any names.
 *
 * @category Evaluation
 */
export interface MatchUnit {
  /** Unit id (unique). */
  readonly id: string;
  /** Covariates; a missing value is `null`, `undefined` or a non-finite number. */
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
  /** Neighbours per treated unit, with replacement. Default 1. */
  readonly k?: number | undefined;
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
    /** No candidate within the caliper, or a covariate missing. */
    readonly reason: "outside-caliper" | "missing-covariate";
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

const numeric = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : Number.NaN);

/**
 * Nearest-neighbour matching of comparison units to treated (target) units, with replacement,
 * on covariates standardised by their sample standard deviation over all units: the distance
 * is √Σ(xⱼ/sⱼ − yⱼ/sⱼ)². A treated unit whose nearest candidate lies beyond the caliper, or
 * that lacks a covariate, is listed in `unmatched` — never silently dropped. Ties go to the
 * candidate listed first. Balance is reported as standardised mean differences
 * (mean_T − mean_C)/√((s²_T + s²_C)/2) before and after matching, the after-SMD over the
 * before-matching SDs (Stuart 2010, *Statistical Science* 25(1)).
 *
 * The search sorts candidates on the first covariate and stops when that coordinate alone is
 * farther than the current k-th best, so it is far below brute force on typical data.
 *
 * @param units - every unit (treated and candidates) with its covariates
 * @param options - treated ids, covariates, k and caliper
 * @returns matches, unmatched treated units, weights and balance
 * @throws MahallehError `EVALUATION_INVALID_INPUT` for malformed units or options,
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
  units.forEach((u, i) => on.forEach((c, j) => (x[i * p + j] = numeric(Object.hasOwn(u, c) ? u[c] : undefined))));
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
  const unmatched: { id: string; reason: "outside-caliper" | "missing-covariate" }[] = [];
  units.forEach((u, i) => {
    if (treatedSet.has(u.id)) {
      if (complete(i)) treatedIdx.push(i);
      else unmatched.push({ id: u.id, reason: "missing-covariate" });
    } else if (complete(i)) candidates.push(i);
    else candidatesSkipped.push(u.id);
  });
  if (treatedIdx.length + unmatched.length === 0) throw evaluationError("EVALUATION_EMPTY_GROUP", { group: "treated" });
  if (candidates.length === 0) throw evaluationError("EVALUATION_EMPTY_GROUP", { group: "comparison" });
  // candidates standardised (z = x/s) and sorted on the first covariate
  const nc = candidates.length;
  const order = Int32Array.from(candidates).sort((a, b) => (x[a * p] as number) - (x[b * p] as number) || a - b);
  const z = new Float64Array(nc * p);
  for (let r = 0; r < nc; r++) {
    const i = order[r] as number;
    for (let j = 0; j < p; j++) z[r * p + j] = (x[i * p + j] as number) / (scale[j] as number);
  }
  const limit = caliper * caliper;
  const bestD = new Float64Array(k);
  const bestI = new Int32Array(k);
  const q = new Float64Array(p);
  const pairs: { treated: string; matches: { id: string; distance: number }[] }[] = [];
  const weights: Record<string, number> = {};
  const put = (id: string, w: number): void => {
    const prev = Object.hasOwn(weights, id) ? (weights[id] as number) : 0;
    Object.defineProperty(weights, id, { value: prev + w, enumerable: true, writable: true, configurable: true });
  };
  for (const ti of treatedIdx) {
    for (let j = 0; j < p; j++) q[j] = (x[ti * p + j] as number) / (scale[j] as number);
    const q0 = q[0] as number;
    let found = 0;
    let worst = limit;
    // binary search for the first candidate with z0 ≥ q0, then walk outwards, nearer side first
    let lo = 0;
    let hi = nc;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((z[mid * p] as number) < q0) lo = mid + 1;
      else hi = mid;
    }
    let up = lo;
    let down = lo - 1;
    while (up < nc || down >= 0) {
      const gapUp = up < nc ? (z[up * p] as number) - q0 : Number.POSITIVE_INFINITY;
      const gapDown = down >= 0 ? q0 - (z[down * p] as number) : Number.POSITIVE_INFINITY;
      let r: number;
      if (gapUp <= gapDown) {
        if (gapUp * gapUp > worst) break; // both sides are now farther than the k-th best
        r = up++;
      } else {
        if (gapDown * gapDown > worst) break;
        r = down--;
      }
      // partial distance with early exit
      const base = r * p;
      let d = 0;
      let j = 0;
      for (; j < p; j++) {
        const diff = (z[base + j] as number) - (q[j] as number);
        d += diff * diff;
        if (d > worst) break;
      }
      if (j < p) continue;
      const idx = order[r] as number;
      if (found === k && d === worst && idx > (bestI[k - 1] as number)) continue; // ties: earlier input first
      // insert keeping (distance, input index) ascending
      let pos = found < k ? found : k - 1;
      while (pos > 0 && ((bestD[pos - 1] as number) > d || (bestD[pos - 1] === d && (bestI[pos - 1] as number) > idx))) {
        bestD[pos] = bestD[pos - 1] as number;
        bestI[pos] = bestI[pos - 1] as number;
        pos--;
      }
      bestD[pos] = d;
      bestI[pos] = idx;
      if (found < k) found++;
      if (found === k) worst = bestD[k - 1] as number;
    }
    const id = (units[ti] as MatchUnit).id;
    if (found === 0) {
      unmatched.push({ id, reason: "outside-caliper" });
      continue;
    }
    const matches: { id: string; distance: number }[] = [];
    for (let m = 0; m < found; m++) {
      const cid = (units[bestI[m] as number] as MatchUnit).id;
      matches.push({ id: cid, distance: Math.sqrt(bestD[m] as number) });
      put(cid, 1 / found);
    }
    put(id, 1);
    pairs.push({ treated: id, matches });
  }
  // balance
  const allTreated = [...treatedIdx];
  const matchedTreated = new Set(pairs.map((pr) => pr.treated));
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
    const ta = stats(allTreated.filter((i) => matchedTreated.has((units[i] as MatchUnit).id)));
    const usedControls = candidates.filter((i) => Object.hasOwn(weights, (units[i] as MatchUnit).id));
    const ca = usedControls.length > 0 ? stats(usedControls, (i) => weights[(units[i] as MatchUnit).id] as number) : { mean: Number.NaN, variance: 0 };
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
