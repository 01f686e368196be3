/**
 * Private: outlier treatment of one prepared column — JRC/COINr winsorisation, then COINr's
 * second stage (log or Box-Cox of the original column) when winsorisation is not enough — with
 * the record of which units were treated.
 */
import { fail } from "../internal/safe";

/** A resolved outlier treatment. */
export interface OutlierPlan {
  readonly skewness: number;
  readonly kurtosis: number;
  readonly maxPoints: number;
  /** Thresholds on the bias-corrected G₁/G₂ (COINr) instead of the population g₁/g₂. */
  readonly sample: boolean;
  /** Second stage. */
  readonly then: { readonly kind: "none" } | { readonly kind: "log" } | { readonly kind: "boxcox"; readonly lambda: number };
}

/** What the treatment did to one column. */
export interface ColumnTreatment {
  /** `none`: passed as it was; `winsorized`: values replaced; `log`/`boxcox`: the whole column transformed. */
  readonly method: "none" | "winsorized" | "log" | "boxcox";
  /** Indices of the units raised to the low cut (winsorised at the bottom). */
  readonly low: readonly number[];
  /** Indices of the units lowered to the high cut. */
  readonly high: readonly number[];
  /** Values winsorised (`low.length + high.length`). */
  readonly winsorized: number;
  /** Skewness and kurtosis before treatment (by the plan's convention; NaN when undefined). */
  readonly before: { readonly skewness: number; readonly kurtosis: number };
  /** … and after. */
  readonly after: { readonly skewness: number; readonly kurtosis: number };
  /** Whether the column is within the thresholds after treatment. */
  readonly passes: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const specError = (fa: string, en: string, details?: Record<string, unknown>): Error => fail("INDEX_INVALID_SPEC", fa, en, details);

/** Resolves an `outliers` spec (null = no treatment). */
export function resolveOutliers(raw: unknown): OutlierPlan | null {
  const value = raw ?? "none";
  if (value === "none") return null;
  const none = { kind: "none" } as const;
  if (value === "winsorize") return { skewness: 2, kurtosis: 3.5, maxPoints: 5, sample: false, then: none };
  if (!isObject(value) || value["method"] !== "winsorize") {
    throw specError(`روش دادهٔ پرت «${JSON.stringify(value)}» شناخته نیست`, `Unknown outlier treatment ${JSON.stringify(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!["method", "skewness", "kurtosis", "maxPoints", "moments", "then"].includes(key)) {
      throw specError(`کلید ناشناختهٔ «${key}» در outliers`, `Unknown key "${key}" in outliers`, { key });
    }
  }
  const o = value as { skewness?: unknown; kurtosis?: unknown; maxPoints?: unknown; moments?: unknown; then?: unknown };
  const skewness = o.skewness ?? 2;
  const kurtosis = o.kurtosis ?? 3.5;
  const maxPoints = o.maxPoints ?? 5;
  if (![skewness, kurtosis, maxPoints].every((v) => typeof v === "number" && Number.isFinite(v)) || (maxPoints as number) < 0) {
    throw specError("گزینه‌های وینزوری‌سازی باید عدد باشند", "Winsorisation options must be finite numbers");
  }
  if (o.moments !== undefined && o.moments !== "population" && o.moments !== "sample") {
    throw specError("moments باید population یا sample باشد", 'outliers.moments must be "population" or "sample"');
  }
  let then: OutlierPlan["then"] = none;
  const t = o.then ?? "none";
  if (t === "log") then = { kind: "log" };
  else if (isObject(t) && t["method"] === "boxcox") {
    const lambda = t["lambda"];
    if (typeof lambda !== "number" || !Number.isFinite(lambda)) {
      throw specError("λ تبدیل باکس-کاکس باید عدد باشد", "The Box-Cox lambda must be a finite number");
    }
    then = { kind: "boxcox", lambda };
  } else if (t !== "none") {
    throw specError(
      `مرحلهٔ دوم دادهٔ پرت «${JSON.stringify(t)}» شناخته نیست (none، log، {method: "boxcox", lambda})`,
      `Unknown second outlier stage ${JSON.stringify(t)} (none, log, {method: "boxcox", lambda})`,
    );
  }
  return { skewness: skewness as number, kurtosis: kurtosis as number, maxPoints: maxPoints as number, sample: o.moments === "sample", then };
}

/**
 * Skewness and excess kurtosis of the sorted values with `b` low and `t` high values
 * winsorised: population g₁ = m₃/m₂^1.5, g₂ = m₄/m₂² − 3, or with `sample` the bias-corrected
 * G₁ = g₁·√(m(m−1))/(m−2), G₂ = ((m+1)g₂ + 6)(m−1)/((m−2)(m−3)) (NaN below 3 or 4 values).
 * No spread gives 0 and 0 (nothing to treat).
 */
export function winsorizedMoments(s: Float64Array, m: number, b: number, t: number, sample = false): { skew: number; kurt: number } {
  const low = s[b] as number;
  const high = s[m - 1 - t] as number;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += Math.min(Math.max(s[i] as number, low), high);
  const mean = sum / m;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < m; i++) {
    const d = Math.min(Math.max(s[i] as number, low), high) - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= m;
  m3 /= m;
  m4 /= m;
  if (m2 === 0) return { skew: 0, kurt: 0 };
  const g1 = m3 / Math.pow(m2, 1.5);
  const g2 = m4 / (m2 * m2) - 3;
  if (!sample) return { skew: g1, kurt: g2 };
  return {
    skew: m < 3 ? Number.NaN : (g1 * Math.sqrt(m * (m - 1))) / (m - 2),
    kurt: m < 4 ? Number.NaN : (((m + 1) * g2 + 6) * (m - 1)) / ((m - 2) * (m - 3)),
  };
}

/** Outside the thresholds: |skewness| > s and kurtosis > k (COINr `check_SkewKurt` fails). */
const fails = (o: OutlierPlan, skew: number, kurt: number): boolean => Math.abs(skew) > o.skewness && kurt > o.kurtosis;

/** Moments of the present values of a column (unsorted) by the plan's convention. */
function columnMoments(o: OutlierPlan, col: Float64Array, scratch: Float64Array): { skew: number; kurt: number } {
  let m = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] as number;
    if (v === v) scratch[m++] = v;
  }
  if (m === 0) return { skew: Number.NaN, kurt: Number.NaN };
  return winsorizedMoments(scratch.subarray(0, m).sort(), m, 0, 0, o.sample);
}

/**
 * Treats one prepared column in place (NaN = missing, left alone): winsorisation while the
 * column is outside the thresholds, up to `maxPoints` values on the side of the skew; then, if
 * it is still outside and a second stage is set, the original column is transformed instead.
 */
export function treatColumn(o: OutlierPlan, col: Float64Array, scratch: Float64Array): ColumnTreatment {
  const n = col.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = col[i] as number;
    if (v === v) scratch[m++] = v;
  }
  const s = scratch.subarray(0, m).sort();
  const nan = { skewness: Number.NaN, kurtosis: Number.NaN };
  if (m === 0) return { method: "none", low: [], high: [], winsorized: 0, before: nan, after: nan, passes: true };
  const first = winsorizedMoments(s, m, 0, 0, o.sample);
  const before = { skewness: first.skew, kurtosis: first.kurt };
  let b = 0;
  let t = 0;
  let current = first;
  while (b + t < o.maxPoints && b + t < m - 2) {
    if (!fails(o, current.skew, current.kurt)) break;
    if (current.skew > 0) t++;
    else b++;
    current = winsorizedMoments(s, m, b, t, o.sample);
  }
  const stillFails = fails(o, current.skew, current.kurt);
  if (stillFails && o.then.kind !== "none") {
    // COINr's second stage replaces the winsorisation: the original column is transformed
    const min = s[0] as number;
    const max = s[m - 1] as number;
    if (o.then.kind === "log") {
      const a = 0.01 * (max - min);
      const mirror = first.skew < 0;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v === v) col[i] = mirror ? -Math.log(max + a - v) : Math.log(v - min + a);
      }
    } else {
      const lambda = o.then.lambda;
      for (let i = 0; i < n; i++) {
        const v = col[i] as number;
        if (v !== v) continue;
        const shifted = v - min + 1;
        col[i] = lambda === 0 ? Math.log(shifted) : (Math.pow(shifted, lambda) - 1) / lambda;
      }
    }
    const after = columnMoments(o, col, scratch);
    return {
      method: o.then.kind,
      low: [],
      high: [],
      winsorized: 0,
      before,
      after: { skewness: after.skew, kurtosis: after.kurt },
      passes: !fails(o, after.skew, after.kurt),
    };
  }
  const after = { skewness: current.skew, kurtosis: current.kurt };
  if (b + t === 0) return { method: "none", low: [], high: [], winsorized: 0, before, after, passes: !stillFails };
  const lowCut = s[b] as number;
  const highCut = s[m - 1 - t] as number;
  const low: number[] = [];
  const high: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = col[i] as number;
    if (v > highCut) {
      col[i] = highCut;
      high.push(i);
    } else if (v < lowCut) {
      col[i] = lowCut;
      low.push(i);
    }
  }
  const winsorized = low.length + high.length;
  return { method: winsorized > 0 ? "winsorized" : "none", low, high, winsorized, before, after, passes: !stillFails };
}
