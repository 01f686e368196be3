import { evaluationError, invalid } from "./_messages";
import { normalQuantile } from "./_stats";

/**
 * A proportion with its Wilson score interval.
 *
 * @category Small areas
 */
export interface ProportionInterval {
  /** The observed proportion x/n. */
  readonly estimate: number;
  /** Lower bound (never below 0). */
  readonly lower: number;
  /** Upper bound (never above 1). */
  readonly upper: number;
}

/**
 * The Wilson score interval of a proportion (Wilson 1927, *JASA* 22): unlike the
 * "estimate ± 1.96·SE" interval it stays inside [0, 1] and keeps its coverage for small
 * neighbourhoods and proportions near 0 or 1 (Newcombe 1998, *Statistics in Medicine* 17,
 * method 3). Multiply by 100 for a rate in percent.
 *
 * @param successes - the count x (0 ≤ x ≤ n)
 * @param trials - the population n (> 0)
 * @param options - `level`, the confidence level (default 0.95)
 * @returns the proportion with its interval
 * @throws MahallehError `EVALUATION_ZERO_POPULATION` when n ≤ 0, `EVALUATION_INVALID_INPUT`
 *   for a count outside 0…n or a level outside (0, 1)
 * @example
 * ```ts
 * import { wilsonInterval } from "mahalleh/evaluation";
 * // Newcombe (1998), Table II: 81/263 → 0.2553 to 0.3662
 * const r = wilsonInterval(81, 263);
 * [r.lower, r.upper].map((v) => Number(v.toFixed(4))); // => [0.2553, 0.3662]
 * Number(wilsonInterval(0, 20).upper.toFixed(4)); // => 0.1611
 * ```
 *
 * @category Small areas
 */
export function wilsonInterval(successes: number, trials: number, options?: { readonly level?: number | undefined } | undefined): ProportionInterval {
  const level = options?.level ?? 0.95;
  if (typeof trials !== "number" || !(trials > 0) || !Number.isFinite(trials)) throw evaluationError("EVALUATION_ZERO_POPULATION", { id: String(trials) });
  if (typeof successes !== "number" || !(successes >= 0 && successes <= trials)) throw invalid("شمار رخدادها باید میان ۰ و جمعیت باشد", "successes must be between 0 and trials");
  if (!(level > 0 && level < 1)) throw invalid("سطح اطمینان باید میان ۰ و ۱ باشد", "level must be between 0 and 1");
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
