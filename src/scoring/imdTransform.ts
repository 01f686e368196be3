import { fail } from "../internal/safe";
import { competitionRanks } from "./_matrix";

const SCALE = 1 - Math.exp(-100 / 23);

/**
 * The exponential transform of the English (and Scottish) Indices of Deprivation: maps a
 * scaled rank R ∈ (0, 1] (R = 1 for the most deprived area) to X = −23·ln(1 − R·(1 −
 * e^(−100/23))), which runs from near 0 to exactly 100 and stretches out the most deprived
 * end, so that a domain's deprivation cannot be cancelled by affluence in another domain
 * (English Indices of Deprivation 2019, Technical Report, MHCLG 2019).
 *
 * X is the quantile function of an exponential distribution with mean 23 truncated to
 * [0, 100]. Combine domains with weights afterwards (England 2019: 22.5, 22.5, 13.5, 13.5, 9.3,
 * 9.3, 9.3 %).
 *
 * @param R - the scaled rank, 0 < R ≤ 1
 * @returns the transformed score in (0, 100]
 * @throws {@link MahallehError} `SCORING_NON_FINITE` or `SCORING_OUT_OF_RANGE`
 * @example
 * ```ts
 * import { imdTransform } from "mahalleh/scoring";
 * imdTransform(1); // => 100
 * Number(imdTransform(0.5).toFixed(2)); // => 15.65
 * imdTransform(0); // throws SCORING_OUT_OF_RANGE
 * ```
 *
 * @category Planners' methods
 */
export function imdTransform(R: number): number {
  const fn = "imdTransform";
  if (typeof R !== "number" || !Number.isFinite(R)) {
    throw fail("SCORING_NON_FINITE", `${fn}: R باید عددی متناهی باشد`, `${fn}: R must be a finite number`, { fn });
  }
  if (!(R > 0 && R <= 1)) {
    throw fail(
      "SCORING_OUT_OF_RANGE",
      `${fn}: R باید در بازهٔ (۰، ۱] باشد (${R})`,
      `${fn}: R must be in (0, 1] (got ${R})`,
      { fn, R },
    );
  }
  if (R === 1) return 100;
  // log1p keeps full precision for small R.
  return -23 * Math.log1p(-R * SCALE);
}

/**
 * Ranks deprivation scores and applies {@link imdTransform}: with N areas, the least deprived
 * gets R = 1/N and the most deprived R = N/N = 1. Ties share the lowest rank ("1224").
 *
 * @param scores - one finite deprivation score per area, larger = more deprived
 * @returns the exponentially transformed score of each area (input order)
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX` (not a non-empty array) or
 *   `SCORING_NON_FINITE`
 * @example
 * ```ts
 * import { imdRankTransform } from "mahalleh/scoring";
 * // ranks 2, 4, 3, 1 of 4 → R = 0.5, 1, 0.75, 0.25
 * imdRankTransform([0.2, 0.9, 0.5, 0.1]).map((x) => Math.round(x)); // => [16, 100, 31, 7]
 * ```
 *
 * @category Planners' methods
 */
export function imdRankTransform(scores: readonly number[]): number[] {
  const fn = "imdRankTransform";
  if (!Array.isArray(scores) || scores.length === 0) {
    throw fail(
      "SCORING_BAD_MATRIX",
      `${fn}: امتیازها باید آرایه‌ای ناتهی از اعداد باشند`,
      `${fn}: scores must be a non-empty array of numbers`,
      { fn },
    );
  }
  scores.forEach((s: unknown, i) => {
    if (typeof s !== "number" || !Number.isFinite(s)) {
      throw fail(
        "SCORING_NON_FINITE",
        `${fn}: امتیاز ${i} عدد متناهی نیست`,
        `${fn}: score ${i} is not a finite number`,
        { fn, index: i },
      );
    }
  });
  const N = scores.length;
  // Rank 1 = least deprived.
  const ranks = competitionRanks(scores, false);
  return ranks.map((r) => imdTransform(r / N));
}
