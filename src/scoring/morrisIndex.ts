import { fail } from "../internal/safe";
import type { CriterionType } from "./CriterionType";
import { assertFinite, checkMatrix, checkOptions, checkTypes, competitionRanks, constantColumn, minMax } from "./_matrix";

/**
 * Options of {@link morrisIndex}.
 *
 * @category Planners' methods
 */
export interface MorrisIndexOptions {
  /**
   * Direction of each indicator: `"benefit"` (positive, more is better) or `"cost"`
   * (negative, e.g. unemployment). Default: every indicator is a benefit.
   */
  readonly types?: readonly CriterionType[] | undefined;
  /**
   * Fixed goalposts `[min, max]` per indicator (as in Morris's PQLI)
   * instead of the observed minimum and maximum; values outside are clamped to the bounds.
   * Default: the observed range of each column.
   */
  readonly bounds?: readonly (readonly [number, number])[] | undefined;
}

/**
 * What {@link morrisIndex} returns.
 *
 * @category Planners' methods
 */
export interface MorrisIndexResult {
  /** The Morris development index Dᵢ = mean of the indicator scores, 0–100; larger = more developed. */
  readonly scores: number[];
  /** Yᵢⱼ per row and indicator, 0–100 (100 = best observed or the best bound). */
  readonly indicatorScores: number[][];
  /** Ranks by score, 1 = most developed; ties (within 1e-12) share the lowest rank. */
  readonly ranks: number[];
}

/**
 * The Morris index (شاخص موریس; after M. D. Morris's Physical Quality of Life Index, 1979), a
 * standard tool of Iranian regional planning: each indicator is rescaled to 0–100 between its
 * worst and best value and the scores are averaged with equal weights.
 *
 * Yᵢⱼ = 100·(xᵢⱼ − minⱼ)/(maxⱼ − minⱼ) for a benefit indicator and 100·(maxⱼ − xᵢⱼ)/(maxⱼ −
 * minⱼ) for a cost indicator; Dᵢ = (1/n)·Σⱼ Yᵢⱼ. The result does not change under a positive
 * affine transform of any column (units, base values).
 *
 * @param matrix - rows = neighbourhoods, columns = indicators
 * @param options - types and bounds, see {@link MorrisIndexOptions}
 * @returns the index, the indicator scores and ranks
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_BAD_TYPES`, `SCORING_LENGTH_MISMATCH`, `SCORING_BAD_OPTION` (bounds) or
 *   `SCORING_CONSTANT_COLUMN`
 * @example
 * ```ts
 * import { morrisIndex } from "mahalleh/scoring";
 * // literacy % (benefit) and unemployment % (cost) of three neighbourhoods
 * const r = morrisIndex([[90, 10], [70, 20], [80, 30]], { types: ["benefit", "cost"] });
 * r.scores; // => [100, 25, 25]
 * r.ranks; // => [1, 2, 2]
 * ```
 *
 * @category Planners' methods
 */
export function morrisIndex(
  matrix: readonly (readonly number[])[],
  options?: MorrisIndexOptions | undefined,
): MorrisIndexResult {
  const fn = "morrisIndex";
  const opts = checkOptions(options, fn);
  const bounds = opts["bounds"];
  // Scaling columns is exact and harmless with observed ranges; fixed bounds are in data units.
  const { m, n, cols } = checkMatrix(matrix, fn, { scale: bounds === undefined });
  const types = checkTypes(opts["types"], n, fn);
  if (bounds !== undefined && (!Array.isArray(bounds) || bounds.length !== n)) {
    throw fail(
      "SCORING_LENGTH_MISMATCH",
      `${fn}: برای ${n} شاخص باید ${n} بازهٔ [کمینه، بیشینه] داده شود`,
      `${fn}: ${n} indicators need ${n} [min, max] bounds`,
      { fn, field: "bounds", expected: n, actual: Array.isArray(bounds) ? bounds.length : typeof bounds },
    );
  }
  const Y: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const col = cols[j] as Float64Array;
    let lo: number;
    let hi: number;
    if (bounds === undefined) {
      [lo, hi] = minMax(col);
      if (!(hi - lo > 0)) constantColumn(fn, j, "range");
    } else {
      const b: unknown = (bounds as unknown[])[j];
      if (
        !Array.isArray(b) ||
        b.length !== 2 ||
        typeof b[0] !== "number" ||
        typeof b[1] !== "number" ||
        !Number.isFinite(b[0]) ||
        !Number.isFinite(b[1]) ||
        !(b[1] > b[0])
      ) {
        throw fail(
          "SCORING_BAD_OPTION",
          `${fn}: بازهٔ شاخص ${j} باید [کمینه، بیشینه] با کمینه < بیشینه باشد`,
          `${fn}: the bounds of indicator ${j} must be [min, max] with min < max`,
          { fn, column: j },
        );
      }
      [lo, hi] = b as [number, number];
    }
    for (let i = 0; i < m; i++) {
      const x = Math.min(hi, Math.max(lo, col[i] as number));
      // Halves cannot overflow, and halving is exact.
      (Y[i] as number[])[j] = (100 * (types[j] === "cost" ? hi / 2 - x / 2 : x / 2 - lo / 2)) / (hi / 2 - lo / 2);
    }
  }
  const scores = Y.map((row) => row.reduce((s, y) => s + y, 0) / n);
  assertFinite(fn, scores);
  return { scores, indicatorScores: Y, ranks: competitionRanks(scores, true) };
}
