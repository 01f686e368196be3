import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { medianSorted, readColumns, sampleMoments, sortedValues } from "./_statistics";

/**
 * Thresholds of the flags of {@link indicatorStats} (COINr `get_stats()` defaults).
 *
 * @category Index audit
 */
export interface IndicatorStatsOptions {
  /** Flag `lowAvailability` when the share of units with a value is below this. Default 0.65. */
  readonly availability?: number | undefined;
  /** Flag `manyZeros` when the share of non-zero values (among those present) is below this. Default 0.5. */
  readonly nonZero?: number | undefined;
  /** Flag `fewUnique` when the share of distinct values (among those present) is below this. Default 0.5. */
  readonly unique?: number | undefined;
  /** Outlier flag: |skewness| above this … Default 2. */
  readonly skewness?: number | undefined;
  /** … and kurtosis above this. Default 3.5. */
  readonly kurtosis?: number | undefined;
}

/**
 * Statistics of one indicator. Values that are undefined for the data (no value, too few
 * values for a moment, no spread) are `null`.
 *
 * @category Index audit
 */
export interface IndicatorStatistics {
  /** Indicator id. */
  readonly id: string;
  /** Units in the table. */
  readonly units: number;
  /** Units with a (finite) value. */
  readonly available: number;
  /** `available / units`. */
  readonly availableShare: number;
  /** Values equal to 0. */
  readonly zeros: number;
  /** Share of the available values that are not 0 (`null` without values). */
  readonly nonZeroShare: number | null;
  /** Distinct values. */
  readonly unique: number;
  /** Share of the available values that are distinct (`null` without values). */
  readonly uniqueShare: number | null;
  /** Smallest value. */
  readonly min: number | null;
  /** Largest value. */
  readonly max: number | null;
  /** Arithmetic mean. */
  readonly mean: number | null;
  /** Median (mean of the two middle values for an even count). */
  readonly median: number | null;
  /** Sample standard deviation (divide by n − 1, as R's `sd`). */
  readonly sd: number | null;
  /** Sample skewness G₁ (COINr `skew()`, e1071 type 2, Excel `SKEW`; needs 3 values). */
  readonly skewness: number | null;
  /** Sample excess kurtosis G₂ (COINr `kurt()`, e1071 type 2, Excel `KURT`; needs 4 values). */
  readonly kurtosis: number | null;
  /** The flags, COINr's `Flag.*` columns. */
  readonly flags: {
    /** `availableShare` below the availability threshold. */
    readonly lowAvailability: boolean;
    /** `nonZeroShare` below the non-zero threshold. */
    readonly manyZeros: boolean;
    /** `uniqueShare` below the unique threshold. */
    readonly fewUnique: boolean;
    /** |skewness| above its threshold and kurtosis above its threshold: possible outliers. */
    readonly outliers: boolean;
  };
}

const nn = (v: number): number | null => (v === v ? v : null);

/**
 * The first step of an index audit (COINr `get_stats()`): per indicator the count and share
 * of values present, zeros and distinct values, min, max, mean, median, standard deviation,
 * skewness and kurtosis, with COINr's default flags — availability < 0.65, non-zero share <
 * 0.5, unique share < 0.5, and possible outliers when |skewness| > 2 **and** kurtosis > 3.5.
 *
 * Skewness and kurtosis are the sample (bias-corrected) coefficients COINr uses: G₁ =
 * g₁·√(n(n−1))/(n−2) and G₂ = ((n+1)g₂ + 6)(n−1)/((n−2)(n−3)), with g₁ = m₃/m₂^1.5 and
 * g₂ = m₄/m₂² − 3 from the population moments (Joanes & Gill 1998, type 2; scipy
 * `skew(bias=False)`, `kurtosis(bias=False)`). Note that the winsorisation of
 * `outliers: "winsorize"` tests g₁ and g₂ (population moments): on small samples its verdict
 * can differ from this flag.
 *
 * @param table - the indicator table (raw values; `NaN`/`null` = missing)
 * @param spec - the index whose indicators are described (in spec order); default every column of the table
 * @param options - flag thresholds (see {@link IndicatorStatsOptions})
 * @returns one row per indicator
 * @throws MahallehError `INDEX_INVALID_TABLE`, `INDEX_UNKNOWN_INDICATOR`, `INDEX_INVALID_OPTIONS` (a threshold that is not a finite number), `INDEX_INVALID_SPEC` (a spec without an indicators array)
 * @example
 * ```ts
 * import { indicatorStats } from "mahalleh/scoring";
 * const [crime] = indicatorStats({ ids: ["a", "b", "c", "d", "e", "f"], columns: { crime: [1, 2, 2, 3, 0, 40] } });
 * crime?.median; // => 2
 * crime?.zeros; // => 1
 * Number(crime?.skewness?.toFixed(4)); // => 2.4262
 * Number(crime?.kurtosis?.toFixed(4)); // => 5.9122
 * crime?.flags.outliers; // => true
 * ```
 *
 * @category Index audit
 */
export function indicatorStats(table: IndicatorTable, spec?: IndexSpec | undefined, options?: IndicatorStatsOptions | undefined): IndicatorStatistics[] {
  const t = {
    availability: options?.availability ?? 0.65,
    nonZero: options?.nonZero ?? 0.5,
    unique: options?.unique ?? 0.5,
    skewness: options?.skewness ?? 2,
    kurtosis: options?.kurtosis ?? 3.5,
  };
  for (const [key, v] of Object.entries(t)) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw fail("INDEX_INVALID_OPTIONS", `آستانهٔ «${key}» باید عدد باشد`, `Threshold "${key}" must be a finite number`, { option: key });
    }
  }
  if (spec !== undefined && (typeof spec !== "object" || spec === null || !Array.isArray(spec.indicators))) {
    throw fail("INDEX_INVALID_SPEC", "مشخصات شاخص باید شیئی با فهرست indicators باشد", "The index spec must be an object with an indicators array", { received: spec === null ? "null" : typeof spec });
  }
  const ids = spec === undefined ? Object.keys(table?.columns ?? {}) : spec.indicators.map((ind) => ind.id);
  const { n, columns } = readColumns(
    table,
    ids.map((id) => ({ id, direction: 1 })),
  );
  return ids.map((id, j) => {
    const s = sortedValues(columns[j] as Float64Array);
    const m = s.length;
    let zeros = 0;
    let unique = 0;
    for (let i = 0; i < m; i++) {
      if (s[i] === 0) zeros++;
      if (i === 0 || s[i] !== s[i - 1]) unique++;
    }
    const { mean, sd, skewness, kurtosis } = sampleMoments(s);
    const availableShare = n === 0 ? 0 : m / n;
    const nonZeroShare = m === 0 ? null : (m - zeros) / m;
    const uniqueShare = m === 0 ? null : unique / m;
    return {
      id,
      units: n,
      available: m,
      availableShare,
      zeros,
      nonZeroShare,
      unique,
      uniqueShare,
      min: m === 0 ? null : (s[0] as number),
      max: m === 0 ? null : (s[m - 1] as number),
      mean: nn(mean),
      median: nn(medianSorted(s)),
      sd: nn(sd),
      skewness: nn(skewness),
      kurtosis: nn(kurtosis),
      flags: {
        lowAvailability: availableShare < t.availability,
        manyZeros: nonZeroShare !== null && nonZeroShare < t.nonZero,
        fewUnique: uniqueShare !== null && uniqueShare < t.unique,
        outliers: skewness === skewness && kurtosis === kurtosis && Math.abs(skewness) > t.skewness && kurtosis > t.kurtosis,
      },
    };
  });
}
