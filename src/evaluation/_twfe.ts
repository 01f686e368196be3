/**
 * Private: the two-way fixed-effects difference-in-differences on a balanced panel, written
 * through the Frisch–Waugh–Lovell theorem. With unit weights wᵢ constant over time (1, or the
 * matching weights) the weighted two-way within transformation is exact:
 * ỹᵢₜ = yᵢₜ − ȳᵢ − ȳₜʷ + ȳʷ and D̃ᵢₜ = (Tᵢ − T̄ʷ)(Pₜ − P̄), so β = Σw·D̃·ỹ / Σw·D̃², which equals
 * the weighted mean of Δᵢ = ȳᵢ,after − ȳᵢ,before over treated units minus that over
 * comparison units. The cluster-robust variance is the sandwich
 * c·Σ_g (Σ_{it∈g} w·D̃·e)² / (Σ w·D̃²)² with the small-sample factor of Stata's
 * `xtreg, fe vce(cluster)`: c = G/(G − 1)·(N − 1)/(N − K), N = units × periods, K = periods + 1.
 */
import { tCdf, tQuantile } from "./_stats";

/** A balanced panel in unit-major order. */
export interface Panel {
  /** Number of units. */
  readonly n: number;
  /** Number of periods. */
  readonly t: number;
  /** Outcome, unit-major: y[i·t + s]. */
  readonly y: Float64Array;
  /** 1 for a period after the change, 0 before. */
  readonly post: Float64Array;
  /** 1 for a treated unit. */
  readonly treated: Uint8Array;
  /** Unit weights (positive). */
  readonly w: Float64Array;
  /** Cluster index of each unit, 0…G−1. */
  readonly cluster: Int32Array;
  /** Number of clusters G. */
  readonly clusters: number;
}

/** The estimate with its cluster-robust standard error (null when G < 2). */
export interface TwfeFit {
  readonly estimate: number;
  readonly se: number | null;
  readonly df: number | null;
  /** Per-unit Δᵢ = mean after − mean before. */
  readonly delta: Float64Array;
}

/** Fits the TWFE DiD of a balanced panel. */
export function fitTwfe(p: Panel): TwfeFit {
  const { n, t, y, post, treated, w, cluster, clusters } = p;
  let pBar = 0;
  for (let s = 0; s < t; s++) pBar += post[s] as number;
  pBar /= t;
  let wSum = 0;
  let wT = 0;
  const yt = new Float64Array(t);
  const yi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const wi = w[i] as number;
    wSum += wi;
    if (treated[i] === 1) wT += wi;
    let m = 0;
    for (let s = 0; s < t; s++) {
      const v = y[i * t + s] as number;
      m += v;
      yt[s] = (yt[s] as number) + wi * v;
    }
    yi[i] = m / t;
  }
  let yAll = 0;
  for (let s = 0; s < t; s++) {
    yt[s] = (yt[s] as number) / wSum;
    yAll += yt[s] as number;
  }
  yAll /= t;
  const tBar = wT / wSum;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const ti = (treated[i] as number) - tBar;
    const wi = w[i] as number;
    for (let s = 0; s < t; s++) {
      const d = ti * ((post[s] as number) - pBar);
      const yy = (y[i * t + s] as number) - (yi[i] as number) - (yt[s] as number) + yAll;
      sxy += wi * d * yy;
      sxx += wi * d * d;
    }
  }
  const estimate = sxy / sxx;
  const score = new Float64Array(clusters);
  const delta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ti = (treated[i] as number) - tBar;
    const wi = w[i] as number;
    let g = 0;
    let after = 0;
    let before = 0;
    for (let s = 0; s < t; s++) {
      const d = ti * ((post[s] as number) - pBar);
      const v = y[i * t + s] as number;
      const yy = v - (yi[i] as number) - (yt[s] as number) + yAll;
      g += wi * d * (yy - estimate * d);
      if (post[s] === 1) after += v;
      else before += v;
    }
    delta[i] = after / (t * pBar) - before / (t * (1 - pBar));
    const c = cluster[i] as number;
    score[c] = (score[c] as number) + g;
  }
  if (clusters < 2) return { estimate, se: null, df: null, delta };
  let meat = 0;
  for (let g = 0; g < clusters; g++) meat += (score[g] as number) ** 2;
  const nObs = n * t;
  const k = t + 1;
  const factor = (clusters / (clusters - 1)) * ((nObs - 1) / (nObs - k));
  return { estimate, se: Math.sqrt((factor * meat) / (sxx * sxx)), df: clusters - 1, delta };
}

/** Two-sided p-value and confidence interval of a t statistic. */
export function inference(estimate: number, se: number | null, df: number | null, level: number): { pValue: number | null; ci: readonly [number, number] | null } {
  if (se === null || df === null || !(se > 0)) return { pValue: null, ci: null };
  const q = tQuantile(1 - (1 - level) / 2, df);
  const stat = Math.abs(estimate / se);
  return { pValue: 2 * (1 - tCdf(stat, df)), ci: [estimate - q * se, estimate + q * se] };
}
