import { fail } from "../internal/safe";
import { checkMatrix, checkOptions, checkWeights } from "./_matrix";

/**
 * Options of {@link alkireFoster}.
 *
 * @category Planners' methods
 */
export interface AlkireFosterOptions {
  /**
   * Deprivation cutoffs zⱼ, one per indicator: person i is deprived in j when yᵢⱼ < zⱼ
   * (strictly). Must be positive (the normalised gap (zⱼ − yᵢⱼ)/zⱼ divides by it). For a 0/1
   * indicator where 0 means deprived, use zⱼ = 1.
   */
  readonly cutoffs: readonly number[];
  /** The poverty cutoff k in (0, 1]: poor when the weighted deprivation score cᵢ ≥ k. */
  readonly k: number;
  /** Indicator weights, non-negative and summing to 1 (within 1e-6). Default: equal, 1/d each. */
  readonly weights?: readonly number[] | undefined;
  /**
   * A group label per row (county, neighbourhood, sex of the household head…) for the
   * subgroup decomposition in `byGroup`. Default: no decomposition (`byGroup` is empty).
   */
  readonly groups?: readonly string[] | undefined;
}

/**
 * Alkire–Foster measures of one population (the whole or a subgroup).
 *
 * @category Planners' methods
 */
export interface AlkireFosterMeasures {
  /** Number of people (rows). */
  readonly n: number;
  /** Number of poor people q. */
  readonly q: number;
  /** Headcount ratio H = q/n. */
  readonly H: number;
  /** Intensity A = Σ cᵢ(k)/q: the average deprivation score of the poor (0 if nobody is poor). */
  readonly A: number;
  /** Adjusted headcount ratio M0 = H·A = Σ cᵢ(k)/n. */
  readonly M0: number;
  /** Adjusted poverty gap M1 = Σᵢ Σⱼ wⱼ gᵢⱼ(k)/n with normalised gaps gᵢⱼ = (zⱼ − yᵢⱼ)/zⱼ. */
  readonly M1: number;
  /** Adjusted FGT measure M2 = Σᵢ Σⱼ wⱼ gᵢⱼ(k)²/n. */
  readonly M2: number;
  /** Censored headcount ratio hⱼ per indicator: share of people poor and deprived in j. */
  readonly censoredHeadcounts: number[];
  /** Uncensored headcount ratio per indicator: share deprived in j, poor or not. */
  readonly uncensoredHeadcounts: number[];
  /** Percentage contribution of each indicator to M0, wⱼhⱼ/M0 (sums to 1; all 0 when M0 = 0). */
  readonly contributions: number[];
}

/**
 * One subgroup's measures plus its share of the population and of M0.
 *
 * @category Planners' methods
 */
export interface AlkireFosterGroup extends AlkireFosterMeasures {
  /** Population share nᵍ/n. */
  readonly populationShare: number;
  /** Contribution of the group to the overall M0: (nᵍ/n)·M0ᵍ/M0 (0 when M0 = 0). */
  readonly contributionToM0: number;
}

/**
 * What {@link alkireFoster} returns.
 *
 * @category Planners' methods
 */
export interface AlkireFosterResult extends AlkireFosterMeasures {
  /** Whether each person is multidimensionally poor (cᵢ ≥ k). */
  readonly poor: boolean[];
  /** Each person's weighted deprivation score cᵢ = Σⱼ wⱼ g⁰ᵢⱼ (uncensored). */
  readonly scores: number[];
  /**
   * Measures per group, keyed by label, when `groups` is given. Decomposable:
   * Σ_g populationShare·M0ᵍ = M0 (and likewise for H, M1, M2).
   */
  readonly byGroup: Readonly<Record<string, AlkireFosterGroup>>;
}

function measures(
  rows: readonly number[],
  d: number,
  w: Float64Array,
  deprived: Uint8Array,
  gaps: Float64Array,
  scores: Float64Array,
  poor: Uint8Array,
): AlkireFosterMeasures {
  const n = rows.length;
  let q = 0;
  let sumC = 0;
  let m1 = 0;
  let m2 = 0;
  const censored = new Array<number>(d).fill(0);
  const uncensored = new Array<number>(d).fill(0);
  for (const i of rows) {
    const isPoor = poor[i] === 1;
    if (isPoor) {
      q++;
      sumC += scores[i] as number;
    }
    for (let j = 0; j < d; j++) {
      if (deprived[i * d + j] !== 1) continue;
      uncensored[j] = (uncensored[j] as number) + 1;
      if (isPoor) {
        censored[j] = (censored[j] as number) + 1;
        const g = gaps[i * d + j] as number;
        m1 += (w[j] as number) * g;
        m2 += (w[j] as number) * g * g;
      }
    }
  }
  const M0 = sumC / n;
  const censoredHeadcounts = censored.map((c) => c / n);
  return {
    n,
    q,
    H: q / n,
    A: q > 0 ? sumC / q : 0,
    M0,
    M1: m1 / n,
    M2: m2 / n,
    censoredHeadcounts,
    uncensoredHeadcounts: uncensored.map((c) => c / n),
    contributions: censoredHeadcounts.map((h, j) => (M0 > 0 ? ((w[j] as number) * h) / M0 : 0)),
  };
}

/**
 * The Alkire–Foster multidimensional poverty method (Alkire & Foster 2011, J. Public Econ.
 * 95:476–487; the global MPI's method): dual cutoffs, adjusted headcount ratio M0 = H·A, and
 * its decomposition by indicator and by subgroup.
 *
 * Deprivation g⁰ᵢⱼ = 1 if yᵢⱼ < zⱼ (strict); score cᵢ = Σⱼ wⱼ g⁰ᵢⱼ with Σw = 1; poor iff
 * cᵢ ≥ k (compared with a 1e-12 tolerance, so k = 1/3 with three equal weights works as
 * written). Everything after identification is censored: the deprivations of the non-poor are
 * ignored. Rows are people or households with equal sampling weight; achievements are
 * non-negative (yᵢⱼ ∈ ℝ₊, as in the paper), so every normalised gap lies in (0, 1].
 *
 * @param matrix - rows = people/households, columns = indicators (achievements yᵢⱼ)
 * @param options - cutoffs, k, weights and groups, see {@link AlkireFosterOptions}
 * @returns H, A, M0, M1, M2, who is poor, scores, headcounts, contributions and the subgroup
 *   decomposition
 * @throws {@link MahallehError} `SCORING_BAD_MATRIX`, `SCORING_NON_FINITE`,
 *   `SCORING_NEGATIVE_VALUE` (a negative achievement), `SCORING_LENGTH_MISMATCH`, `SCORING_NON_POSITIVE` (a cutoff ≤ 0), `SCORING_BAD_K`,
 *   `SCORING_BAD_WEIGHTS` (not summing to 1) or `SCORING_BAD_OPTION` (a group label that is not
 *   a string)
 * @example
 * ```ts
 * import { alkireFoster } from "mahalleh/scoring";
 * // Alkire & Foster (2011): four people, four indicators, k = 2 of 4
 * const y = [[13.1, 14, 4, 1], [15.2, 7, 5, 0], [12.5, 10, 1, 0], [20, 11, 3, 1]];
 * const r = alkireFoster(y, { cutoffs: [13, 12, 3, 1], k: 0.5 });
 * r.poor; // => [false, true, true, false]
 * [r.H, r.A, r.M0]; // => [0.5, 0.75, 0.375]
 * alkireFoster(y, { cutoffs: [13, 12, 3, 1], k: 0 }); // throws SCORING_BAD_K
 * ```
 *
 * @category Planners' methods
 */
export function alkireFoster(matrix: readonly (readonly number[])[], options: AlkireFosterOptions): AlkireFosterResult {
  const fn = "alkireFoster";
  const opts = checkOptions(options, fn, true);
  const { m, n: d, cols } = checkMatrix(matrix, fn, { nonNegative: true });
  const cutoffs = opts["cutoffs"];
  if (!Array.isArray(cutoffs) || cutoffs.length !== d) {
    throw fail(
      "SCORING_LENGTH_MISMATCH",
      `${fn}: برای ${d} شاخص باید ${d} آستانهٔ محرومیت (cutoffs) داده شود`,
      `${fn}: ${d} indicators need ${d} deprivation cutoffs`,
      { fn, field: "cutoffs", expected: d, actual: Array.isArray(cutoffs) ? cutoffs.length : typeof cutoffs },
    );
  }
  const z = new Float64Array(d);
  (cutoffs as unknown[]).forEach((c, j) => {
    if (typeof c !== "number" || !Number.isFinite(c)) {
      throw fail(
        "SCORING_NON_FINITE",
        `${fn}: آستانهٔ شاخص ${j} عدد متناهی نیست`,
        `${fn}: the cutoff of indicator ${j} is not a finite number`,
        { fn, column: j },
      );
    }
    if (!(c > 0)) {
      throw fail(
        "SCORING_NON_POSITIVE",
        `${fn}: آستانهٔ شاخص ${j} باید مثبت باشد (${c})؛ شکاف نرمال‌شده بر آن تقسیم می‌شود`,
        `${fn}: the cutoff of indicator ${j} must be positive (${c}); the normalised gap divides by it`,
        { fn, column: j, cutoff: c },
      );
    }
    z[j] = c;
  });
  const k = opts["k"];
  if (typeof k !== "number" || !(k > 0 && k <= 1)) {
    throw fail(
      "SCORING_BAD_K",
      `${fn}: آستانهٔ فقر k باید در بازهٔ (۰، ۱] باشد`,
      `${fn}: the poverty cutoff k must be in (0, 1]`,
      { fn, k: String(k) },
    );
  }
  const w =
    opts["weights"] === undefined
      ? new Float64Array(d).fill(1 / d)
      : checkWeights(opts["weights"], d, fn, { mustSumToOne: true });
  const groups = opts["groups"];
  if (groups !== undefined) {
    if (!Array.isArray(groups) || groups.length !== m) {
      throw fail(
        "SCORING_LENGTH_MISMATCH",
        `${fn}: برای ${m} سطر باید ${m} برچسب گروه داده شود`,
        `${fn}: ${m} rows need ${m} group labels`,
        { fn, field: "groups", expected: m, actual: Array.isArray(groups) ? groups.length : typeof groups },
      );
    }
    (groups as unknown[]).forEach((g, i) => {
      if (typeof g !== "string") {
        throw fail(
          "SCORING_BAD_OPTION",
          `${fn}: برچسب گروه سطر ${i} باید رشته باشد`,
          `${fn}: the group label of row ${i} must be a string`,
          { fn, row: i },
        );
      }
    });
  }
  const deprived = new Uint8Array(m * d);
  const gaps = new Float64Array(m * d);
  const scores = new Float64Array(m);
  const poor = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    let c = 0;
    for (let j = 0; j < d; j++) {
      const y = (cols[j] as Float64Array)[i] as number;
      const zj = z[j] as number;
      if (y < zj) {
        deprived[i * d + j] = 1;
        gaps[i * d + j] = (zj - y) / zj;
        c += w[j] as number;
      }
    }
    scores[i] = c;
    poor[i] = c >= k - 1e-12 ? 1 : 0;
  }
  const all = Array.from({ length: m }, (_, i) => i);
  const total = measures(all, d, w, deprived, gaps, scores, poor);
  const byGroup: Record<string, AlkireFosterGroup> = {};
  if (groups !== undefined) {
    const members = new Map<string, number[]>();
    (groups as string[]).forEach((g, i) => {
      const list = members.get(g);
      if (list === undefined) members.set(g, [i]);
      else list.push(i);
    });
    for (const [label, rows] of members) {
      const g = measures(rows, d, w, deprived, gaps, scores, poor);
      const populationShare = rows.length / m;
      byGroup[label] = {
        ...g,
        populationShare,
        contributionToM0: total.M0 > 0 ? (populationShare * g.M0) / total.M0 : 0,
      };
    }
  }
  return {
    ...total,
    poor: Array.from(poor, (p) => p === 1),
    scores: Array.from(scores),
    byGroup,
  };
}
