import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndicatorRef } from "./IndicatorRef";
import { completeColumns, typedCompleteColumns } from "./_complete";
import { covarianceMatrix, symmetricEigen } from "./_statistics";

/**
 * Options of {@link principalComponents}.
 *
 * @category Index audit
 */
export interface PrincipalComponentsOptions {
  /** `true` (default): PCA of the correlation matrix (standardised indicators); `false`: of the covariance matrix. */
  readonly standardize?: boolean | undefined;
}

/**
 * The result of {@link principalComponents}.
 *
 * @category Index audit
 */
export interface PrincipalComponentsResult {
  /** Indicator ids, the order of the rows of `vectors` and `loadings`. */
  readonly indicators: readonly string[];
  /** Units used (those with every indicator present). */
  readonly units: number;
  /** Eigenvalues, largest first. */
  readonly eigenvalues: readonly number[];
  /** Share of the total variance explained by each component. */
  readonly explained: readonly number[];
  /** Cumulative share explained. */
  readonly cumulative: readonly number[];
  /** Unit eigenvectors: `vectors[j][c]` is indicator j's coefficient in component c (each column signed so its largest entry is positive). */
  readonly vectors: readonly (readonly number[])[];
  /** Loadings `vectors[j][c]·√eigenvalue[c]` (with `standardize`, the correlation of indicator j with component c). */
  readonly loadings: readonly (readonly number[])[];
  /** Components kept by Kaiser's rule (eigenvalue above the mean eigenvalue, i.e. above 1 for a correlation matrix). */
  readonly kaiser: number;
  /**
   * PCA-derived weights, summing to 1: `first`, the squared coefficients of the first component
   * v²ⱼ₁; `kaiser`, Σ_c λ_c·v²ⱼ_c / Σ_c λ_c over the Kaiser components (the OECD/JRC handbook's
   * squared loadings scaled to unity, each component weighted by the variance it explains).
   */
  readonly weights: {
    /** Indicator id → squared coefficient in the first component. */
    readonly first: Readonly<Record<string, number>>;
    /** Indicator id → variance-weighted squared coefficients over the Kaiser components. */
    readonly kaiser: Readonly<Record<string, number>>;
  };
}

/**
 * Principal component analysis of a group of indicators (JRC ten steps, step 4; COINr
 * `get_PCA()`): eigenvalues, explained variance, eigenvectors, loadings and PCA-derived
 * weights, over the units with every value present. The eigenproblem is solved by a cyclic
 * Jacobi eigensolver in the library (symmetric matrices only, accurate to a few ulps for a
 * 40 × 40 correlation matrix, no dependency to load); it is tested against numpy's `eigh`.
 * The same weights are available in an index as `weighting: "pca"` (first component, per
 * dimension).
 *
 * @param table - the indicator table
 * @param indicators - at least two ids or `{ id, direction }` objects (a direction of −1 flips the column)
 * @param options - see {@link PrincipalComponentsOptions}
 * @returns eigenvalues, shares, vectors, loadings and weights
 * @throws MahallehError `INDEX_UNKNOWN_INDICATOR`, `INDEX_EMPTY_INDICATOR` or
 *   `INDEX_CONSTANT_INDICATOR` naming the column, `INDEX_TOO_FEW_UNITS` when fewer complete
 *   units than indicators remain, `INDEX_INVALID_OPTIONS`
 * @example
 * ```ts
 * import { principalComponents } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c", "d", "e"], columns: { x: [1, 2, 3, 4, 5], y: [2, 1, 4, 3, 5], z: [5, 3, 4, 1, 2] } };
 * const pca = principalComponents(table, ["x", "y", "z"]);
 * Number(pca.eigenvalues[0]?.toFixed(4)); // => 2.2913
 * Number(pca.explained[0]?.toFixed(4)); // => 0.7638
 * pca.kaiser; // => 1
 * ```
 *
 * @category Index audit
 */
export function principalComponents(table: IndicatorTable, indicators: readonly IndicatorRef[], options?: PrincipalComponentsOptions | undefined): PrincipalComponentsResult {
  const standardize = options?.standardize ?? true;
  if (typeof standardize !== "boolean") throw fail("INDEX_INVALID_OPTIONS", "standardize باید true یا false باشد", "standardize must be true or false");
  const min = Math.max(3, Array.isArray(indicators) ? indicators.length : 0);
  // the table's own typed columns (no copy) when complete and finite, else complete copies
  const fast = typedCompleteColumns(table, indicators, "PCA", min);
  let matrix = fast === null ? null : covarianceMatrix(fast.columns, fast.units, fast.names, standardize);
  let names = fast?.names ?? [];
  let units = fast?.units ?? 0;
  if (matrix === null) {
    const read = completeColumns(table, indicators, "PCA", min);
    ({ names, units } = read);
    // copies are ours: the scaled fallback may standardise them in place
    matrix = covarianceMatrix(
      read.columns.map((values) => ({ values, direction: 1 as const })),
      units,
      names,
      standardize,
      true,
    ) as Float64Array;
  }
  const k = names.length;
  const { values, vectors } = symmetricEigen(matrix, k);
  // rounding can leave a zero eigenvalue slightly negative
  const eig = Array.from(values, (v) => Math.max(0, v));
  const total = eig.reduce((a, b) => a + b, 0);
  const explained = eig.map((v) => v / total);
  let acc = 0;
  const cumulative = explained.map((v) => (acc += v));
  const mean = total / k;
  let kaiser = 0;
  while (kaiser < k && (eig[kaiser] as number) > mean) kaiser++;
  kaiser = Math.max(1, kaiser);
  const V = Array.from({ length: k }, (_, j) => Array.from({ length: k }, (_, c) => vectors[j * k + c] as number));
  const loadings = V.map((row) => row.map((v, c) => v * Math.sqrt(eig[c] as number)));
  const first: Record<string, number> = {};
  const byKaiser: Record<string, number> = {};
  let kept = 0;
  for (let c = 0; c < kaiser; c++) kept += eig[c] as number;
  names.forEach((id, j) => {
    const row = V[j] as number[];
    first[id] = (row[0] as number) ** 2;
    let w = 0;
    for (let c = 0; c < kaiser; c++) w += ((eig[c] as number) * (row[c] as number) ** 2) / kept;
    byKaiser[id] = w;
  });
  return { indicators: names, units, eigenvalues: eig, explained, cumulative, vectors: V, loadings, kaiser, weights: { first, kaiser: byKaiser } };
}

/** The copies read by completeColumns as raw columns. */
