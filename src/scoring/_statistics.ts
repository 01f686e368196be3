/**
 * Private: the statistics of the index audit — moments, Student-t p-values (regularised
 * incomplete beta), average ranks, Pearson correlation of columns and a cyclic Jacobi
 * eigensolver for symmetric matrices. Written from the definitions; tested against numpy /
 * scipy (test/fixtures/scoring/reference.py).
 */
import { fail } from "../internal/safe";
import type { IndicatorTable } from "./IndicatorTable";
import { checkTable } from "./_plan";
import { argsortFinite, ranksFromOrder, sortWorkspace } from "../internal/sort";
import { centredGram, gram, gramOf } from "./_gram";
import { standardize } from "./_gramJs";
import type { GramColumn } from "./_gramJs";

/** An indicator to read: its id and orientation (values are multiplied by the direction). */
export interface ColumnRef {
  readonly id: string;
  readonly direction: 1 | -1;
}

/** Reads columns of a table into Float64Arrays (NaN = missing or non-finite), oriented. */
export function readColumns(table: IndicatorTable, refs: readonly ColumnRef[]): { n: number; columns: Float64Array[] } {
  const { n } = checkTable(table, false);
  const columns = refs.map((ref) => {
    const raw = Object.hasOwn(table.columns, ref.id) ? (table.columns as Record<string, unknown>)[ref.id] : undefined;
    if (raw === undefined) throw fail("INDEX_UNKNOWN_INDICATOR", `شاخص «${ref.id}» در جدول نیست`, `Indicator "${ref.id}" is not in the table`, { indicator: ref.id });
    const col = raw as ArrayLike<unknown>;
    if (raw === null || typeof raw !== "object" || typeof col.length !== "number" || col.length !== n) {
      throw fail("INDEX_INVALID_TABLE", `ستون «${ref.id}» آرایه‌ای به طول ${n} نیست`, `Column "${ref.id}" is not an array of ${n} values`, { indicator: ref.id });
    }
    const out = new Float64Array(n);
    const dir = ref.direction;
    if (ArrayBuffer.isView(raw) && typeof col[0] !== "bigint") {
      // a typed array: numbers only, no per-value type check
      const typed = raw as unknown as ArrayLike<number>;
      for (let i = 0; i < n; i++) {
        const v = typed[i] as number;
        out[i] = v - v === 0 ? v * dir : Number.NaN;
      }
      return out;
    }
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v === null) out[i] = Number.NaN;
      else if (typeof v !== "number") {
        throw fail("INDEX_INVALID_TABLE", `مقدار ردیف ${i} ستون «${ref.id}» عدد نیست`, `Value at ${i} of column "${ref.id}" is not a number`, { indicator: ref.id, index: i });
      } else out[i] = v - v === 0 ? v * ref.direction : Number.NaN;
    }
    return out;
  });
  return { n, columns };
}

/** The finite values of a column, sorted ascending. */
export function sortedValues(col: Float64Array): Float64Array {
  let m = 0;
  for (let i = 0; i < col.length; i++) if (col[i] === col[i]) m++;
  const out = new Float64Array(m);
  m = 0;
  for (let i = 0; i < col.length; i++) if (col[i] === col[i]) out[m++] = col[i] as number;
  return out.sort();
}

/**
 * Sample skewness G₁ and excess kurtosis G₂ (Joanes & Gill 1998 "type 2": e1071 `type = 2`,
 * Excel `SKEW`/`KURT`, COINr `skew()`/`kurt()`, scipy `skew(bias=False)` /
 * `kurtosis(bias=False)`): g₁ = m₃/m₂^1.5, g₂ = m₄/m₂² − 3 from the population moments, then
 * G₁ = g₁·√(n(n−1))/(n−2) and G₂ = ((n+1)g₂ + 6)(n−1)/((n−2)(n−3)). NaN when undefined
 * (n < 3, n < 4, or no spread).
 */
export function sampleMoments(s: Float64Array): { mean: number; sd: number; skewness: number; kurtosis: number } {
  const n = s.length;
  if (n === 0) return { mean: Number.NaN, sd: Number.NaN, skewness: Number.NaN, kurtosis: Number.NaN };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += s[i] as number;
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (s[i] as number) - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : Number.NaN;
  m2 /= n;
  m3 /= n;
  m4 /= n;
  if (!(m2 > 0)) return { mean, sd, skewness: Number.NaN, kurtosis: Number.NaN };
  const g1 = m3 / Math.pow(m2, 1.5);
  const g2 = m4 / (m2 * m2) - 3;
  const skewness = n >= 3 ? (g1 * Math.sqrt(n * (n - 1))) / (n - 2) : Number.NaN;
  const kurtosis = n >= 4 ? (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3)) : Number.NaN;
  return { mean, sd, skewness, kurtosis };
}

/** Median of sorted values (mean of the two middle values for an even count). */
export function medianSorted(s: Float64Array): number {
  const m = s.length;
  if (m === 0) return Number.NaN;
  return m % 2 === 1 ? (s[(m - 1) >> 1] as number) : ((s[m / 2 - 1] as number) + (s[m / 2] as number)) / 2;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error about 1e-15). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularised incomplete beta Iₓ(a, b) by its continued fraction (modified Lentz), using the
 * symmetry Iₓ(a, b) = 1 − I₁₋ₓ(b, a) where the fraction converges slowly.
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 10_000; m++) {
    // even step
    let num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    f *= d * c;
    // odd step
    num = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (Math.exp(lnFront) * f) / a;
}

/**
 * Two-sided p-value of a correlation r on n pairs under H₀: ρ = 0 (Student t with n − 2
 * degrees of freedom, t = r·√((n−2)/(1−r²))): p = I_{df/(df+t²)}(df/2, ½). NaN for n < 3.
 */
export function correlationPValue(r: number, n: number): number {
  if (n < 3 || r !== r) return Number.NaN;
  const df = n - 2;
  const r2 = Math.min(1, r * r);
  if (r2 === 1) return 0;
  // df/(df + t²) = 1 − r²
  return incompleteBeta(1 - r2, df / 2, 0.5);
}

/**
 * Average ranks (1…m, ties averaged) of the finite values; NaN stays NaN. One radix argsort
 * of the column (no comparator calls), then one pass along the order.
 */
export function averageRanks(col: Float64Array): Float64Array {
  const n = col.length;
  const order = argsortFinite(col, n, false, sortWorkspace(n));
  const out = new Float64Array(n).fill(Number.NaN);
  ranksFromOrder(col, order, order.length, "fractional", out);
  return out;
}

/** True when the column has no NaN. */
function complete(col: Float64Array): boolean {
  for (let i = 0; i < col.length; i++) if (col[i] !== col[i]) return false;
  return true;
}

/**
 * Pearson correlation of every pair of columns over the pairwise-complete observations.
 * Returns r (k × k, row-major) and the number of pairs. Complete columns take a fast path:
 * each is centred and scaled on the fly, then r = Σ zₐ·z_b (see {@link gramOf}). With `inPlace`
 * and every column complete, the columns (owned by the caller) are left standardised.
 */
export function pearsonMatrix(cols: readonly Float64Array[], names: readonly string[], inPlace = false): { r: Float64Array; count: Float64Array } {
  const k = cols.length;
  const n = k === 0 ? 0 : (cols[0] as Float64Array).length;
  const r = new Float64Array(k * k);
  const count = new Float64Array(k * k);
  const full = cols.map(complete);
  if (full.every(Boolean)) {
    // no gap anywhere: the centred cross-products in one pass, scaled to correlations (the
    // same numbers as the fast path of the table's own typed columns)
    const centred = correlationsOf(cols, new Array<number>(k).fill(1), n, names);
    if (centred !== null) {
      const { r: g, columns } = centred;
      if (inPlace) for (const c of columns) standardize(c, n, c.values as Float64Array);
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          r[a * k + b] = g[a * k + b] as number;
          count[a * k + b] = n;
        }
      }
      return { r, count };
    }
    // an overflowing sum of squares: the columns scaled first
    const g = gramStandardized(
      standardizedColumns(rawColumns(cols), n, names, 0),
      n,
      inPlace,
    );
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        r[a * k + b] = a === b ? 1 : clamp(g[a * k + b] as number);
        count[a * k + b] = n;
      }
    }
    return { r, count };
  }
  // the complete columns standardised (copies)
  const z: (Float64Array | null)[] = cols.map((c, j) => (full[j] ? centreScale(c, new Float64Array(n), names[j] as string) : null));
  for (let a = 0; a < k; a++) {
    r[a * k + a] = 1;
    count[a * k + a] = full[a] ? n : countFinite(cols[a] as Float64Array);
    const za = z[a] ?? null;
    let b = a + 1;
    if (za !== null) {
      // blocks of four complete partners
      while (b < k) {
        const block: number[] = [];
        let q = b;
        while (q < k && block.length < 4 && z[q] !== null) block.push(q++);
        if (block.length === 4) {
          const z0 = z[block[0] as number] as Float64Array;
          const z1 = z[block[1] as number] as Float64Array;
          const z2 = z[block[2] as number] as Float64Array;
          const z3 = z[block[3] as number] as Float64Array;
          let s0 = 0;
          let s1 = 0;
          let s2 = 0;
          let s3 = 0;
          for (let i = 0; i < n; i++) {
            const v = za[i] as number;
            s0 += v * (z0[i] as number);
            s1 += v * (z1[i] as number);
            s2 += v * (z2[i] as number);
            s3 += v * (z3[i] as number);
          }
          const sums = [s0, s1, s2, s3];
          block.forEach((bb, t) => set(r, count, k, a, bb, clamp(sums[t] as number), n));
          b = q;
          continue;
        }
        if (z[b] !== null) {
          const zb = z[b] as Float64Array;
          let s = 0;
          for (let i = 0; i < n; i++) s += (za[i] as number) * (zb[i] as number);
          set(r, count, k, a, b, clamp(s), n);
        } else {
          const { value, pairs } = pairwise(cols[a] as Float64Array, cols[b] as Float64Array, names[a] as string, names[b] as string);
          set(r, count, k, a, b, value, pairs);
        }
        b++;
      }
    } else {
      for (; b < k; b++) {
        const { value, pairs } = pairwise(cols[a] as Float64Array, cols[b] as Float64Array, names[a] as string, names[b] as string);
        set(r, count, k, a, b, value, pairs);
      }
    }
  }
  return { r, count };
}

const clamp = (v: number): number => (v > 1 ? 1 : v < -1 ? -1 : v);

function set(r: Float64Array, count: Float64Array, k: number, a: number, b: number, value: number, pairs: number): void {
  r[a * k + b] = value;
  r[b * k + a] = value;
  count[a * k + b] = pairs;
  count[b * k + a] = pairs;
}

function countFinite(c: Float64Array): number {
  let m = 0;
  for (let i = 0; i < c.length; i++) if (c[i] === c[i]) m++;
  return m;
}

/** Pearson r of two columns over the units where both have a value (two-pass, centred). */
export function pairwise(x: Float64Array, y: Float64Array, nameX: string, nameY: string): { value: number; pairs: number } {
  const n = x.length;
  let m = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (a === a && b === b) {
      m++;
      sx += a;
      sy += b;
    }
  }
  if (m < 2) {
    throw fail("INDEX_TOO_FEW_UNITS", `«${nameX}» و «${nameY}» کمتر از دو واحد مشترک دارند`, `"${nameX}" and "${nameY}" have fewer than two units in common`, { indicators: [nameX, nameY], units: m });
  }
  const mx = sx / m;
  const my = sy / m;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (a === a && b === b) {
      const da = a - mx;
      const db = b - my;
      sxy += da * db;
      sxx += da * da;
      syy += db * db;
    }
  }
  if (!(sxx > 0)) throw constantColumn(nameX);
  if (!(syy > 0)) throw constantColumn(nameY);
  return { value: clamp(sxy / Math.sqrt(sxx * syy)), pairs: m };
}

/** The error for a column without spread. */
export function constantColumn(name: string): Error {
  return fail(
    "INDEX_CONSTANT_INDICATOR",
    `شاخص «${name}» برای همهٔ واحدها یک مقدار دارد و همبستگی یا مؤلفهٔ اصلی ندارد؛ آن را حذف کنید`,
    `Indicator "${name}" has the same value for every unit: it has no correlation or principal component; drop it`,
    { indicator: name },
  );
}

/** The error for a column without values. */
export function emptyColumn(name: string): Error {
  return fail("INDEX_EMPTY_INDICATOR", `شاخص «${name}» هیچ مقداری ندارد`, `Indicator "${name}" has no value`, { indicator: name });
}

/**
 * Eigen-decomposition of a symmetric k × k matrix (row-major) by the cyclic Jacobi method:
 * rotations annihilate each off-diagonal entry in turn until the off-diagonal norm is below
 * 1e-14 of the matrix norm. Accurate to a few ulps for small, well-scaled matrices such as
 * correlation matrices. Returns eigenvalues in descending order and the unit eigenvectors as
 * columns of `vectors` (row-major k × k), each signed so that its largest-magnitude entry is
 * positive.
 */
export function symmetricEigen(matrix: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  let norm = 0;
  for (let i = 0; i < k * k; i++) norm += (a[i] as number) ** 2;
  const tol = 1e-28 * norm;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += 2 * (a[p * k + q] as number) ** 2;
    if (off <= tol) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q] as number;
        if (apq === 0) continue;
        const app = a[p * k + p] as number;
        const aqq = a[q * k + q] as number;
        // tan of the rotation angle, the smaller root of t² + 2θt − 1 = 0
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p] as number;
          const arq = a[r * k + q] as number;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r] as number;
          const aqr = a[q * k + r] as number;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p] as number;
          const vrq = v[r * k + q] as number;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => (a[y * k + y] as number) - (a[x * k + x] as number));
  const values = new Float64Array(k);
  const vectors = new Float64Array(k * k);
  order.forEach((src, dst) => {
    values[dst] = a[src * k + src] as number;
    let big = 0;
    for (let r = 0; r < k; r++) if (Math.abs(v[r * k + src] as number) > Math.abs(big)) big = v[r * k + src] as number;
    const sign = big < 0 ? -1 : 1;
    for (let r = 0; r < k; r++) vectors[r * k + dst] = sign * (v[r * k + src] as number);
  });
  return { values, vectors };
}

/**
 * A complete column centred on its mean and scaled by 1/√Σd² (unit length), into `out`.
 * Throws for a column without spread. The same arithmetic as {@link standardizedColumns} and
 * {@link gramOf}: d = v − mean, then d·scale.
 */
function centreScale(c: Float64Array, out: Float64Array, name: string): Float64Array {
  return standardize((standardizedColumns(rawColumns([c]), c.length, [name], 0))[0] as GramColumn, c.length, out);
}

/**
 * The complete columns' centring and scaling, from their oriented sums Σ vᵢ·direction (the
 * first pass, see {@link orientedSums}): each mean, then Σ d² with d = v·direction − mean (the
 * second pass, four columns at a time, each sum added in unit order), and the scale 1/√Σd²
 * (unit length: Gram entries are correlations) when `divisor` is 0, else 1/√divisor (Gram
 * entries are covariances). Throws for the first column (in order) without spread.
 */
export function standardizedColumns(columns: readonly RawColumn[], n: number, names: readonly string[], divisor: number): GramColumn[] {
  const k = columns.length;
  const means = columns.map((c) => c.sum / n);
  const ss = new Float64Array(k);
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const c0 = columns[j] as RawColumn;
    const c1 = columns[j + 1] as RawColumn;
    const c2 = columns[j + 2] as RawColumn;
    const c3 = columns[j + 3] as RawColumn;
    const [v0, v1, v2, v3] = [c0.values, c1.values, c2.values, c3.values];
    const [d0, d1, d2, d3] = [c0.direction, c1.direction, c2.direction, c3.direction];
    const m0 = means[j] as number;
    const m1 = means[j + 1] as number;
    const m2 = means[j + 2] as number;
    const m3 = means[j + 3] as number;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      const e0 = (v0[i] as number) * d0 - m0;
      const e1 = (v1[i] as number) * d1 - m1;
      const e2 = (v2[i] as number) * d2 - m2;
      const e3 = (v3[i] as number) * d3 - m3;
      s0 += e0 * e0;
      s1 += e1 * e1;
      s2 += e2 * e2;
      s3 += e3 * e3;
    }
    ss[j] = s0;
    ss[j + 1] = s1;
    ss[j + 2] = s2;
    ss[j + 3] = s3;
  }
  for (; j < k; j++) {
    const { values, direction } = columns[j] as RawColumn;
    const mean = means[j] as number;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = (values[i] as number) * direction - mean;
      s += d * d;
    }
    ss[j] = s;
  }
  return columns.map((c, q) => {
    const sq = ss[q] as number;
    if (!(sq > 0)) throw constantColumn(names[q] as string);
    return { values: c.values, direction: c.direction, mean: means[q] as number, scale: divisor === 0 ? 1 / Math.sqrt(sq) : 1 / Math.sqrt(divisor) };
  });
}

/**
 * Σ values[i]·direction of each column (the means' sums), four columns per pass over the
 * units, each sum added in unit order as a loop over its one column would.
 */
export function orientedSums(values: readonly ArrayLike<number>[], directions: readonly number[], n: number): Float64Array {
  const k = values.length;
  const out = new Float64Array(k);
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const [v0, v1, v2, v3] = [values[j], values[j + 1], values[j + 2], values[j + 3]] as ArrayLike<number>[] as [ArrayLike<number>, ArrayLike<number>, ArrayLike<number>, ArrayLike<number>];
    const d0 = directions[j] as number;
    const d1 = directions[j + 1] as number;
    const d2 = directions[j + 2] as number;
    const d3 = directions[j + 3] as number;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      s0 += (v0[i] as number) * d0;
      s1 += (v1[i] as number) * d1;
      s2 += (v2[i] as number) * d2;
      s3 += (v3[i] as number) * d3;
    }
    out[j] = s0;
    out[j + 1] = s1;
    out[j + 2] = s2;
    out[j + 3] = s3;
  }
  for (; j < k; j++) {
    const v = values[j] as ArrayLike<number>;
    const d = directions[j] as number;
    let s = 0;
    for (let i = 0; i < n; i++) s += (v[i] as number) * d;
    out[j] = s;
  }
  return out;
}

/** A complete column as the table holds it: values, orientation and oriented sum (see {@link orientedSum}). */
export interface RawColumn {
  readonly values: ArrayLike<number>;
  readonly direction: 1 | -1;
  readonly sum: number;
}

/** Complete Float64Array columns (already oriented) as {@link RawColumn}s. */
export function rawColumns(columns: readonly Float64Array[]): RawColumn[] {
  const n = columns.length === 0 ? 0 : (columns[0] as Float64Array).length;
  const sums = orientedSums(columns, new Array<number>(columns.length).fill(1), n);
  return columns.map((values, j) => ({ values, direction: 1, sum: sums[j] as number }));
}

/** A complete column as the table holds it: values and orientation. */
export interface TypedColumn {
  readonly values: ArrayLike<number>;
  readonly direction: 1 | -1;
}

/**
 * The columns of a table as they are, for the audit's fast path (no copy), when every
 * indicator's column is a typed array (of numbers) of n ≥ 1 values; null otherwise — the caller
 * then reads them with {@link readColumns}, which reports what is wrong. Whether the values
 * are finite is not checked here: the fast path's sums tell (see {@link centredGram}). Throws
 * what the table check throws.
 */
export function typedColumns(table: IndicatorTable, refs: readonly ColumnRef[]): { n: number; columns: TypedColumn[] } | null {
  const { n } = checkTable(table, false);
  if (n === 0) return null;
  const columns: TypedColumn[] = [];
  for (const ref of refs) {
    const raw = Object.hasOwn(table.columns, ref.id) ? (table.columns as Record<string, unknown>)[ref.id] : undefined;
    if (!ArrayBuffer.isView(raw) || raw instanceof DataView || (raw as unknown as ArrayLike<unknown>).length !== n || typeof (raw as unknown as ArrayLike<unknown>)[0] !== "number") return null;
    columns.push({ values: raw as unknown as ArrayLike<number>, direction: ref.direction });
  }
  return { n, columns };
}

/**
 * The Gram matrix of the standardised columns: on the fly (no copy), or with `inPlace`
 * (Float64Array values owned by the caller, direction 1) standardised where they are first.
 */
function gramStandardized(columns: readonly GramColumn[], n: number, inPlace: boolean): Float64Array {
  if (!inPlace) return gramOf(columns, n);
  return gram(columns.map((c) => standardize(c, n, c.values as Float64Array)));
}

/**
 * Pearson correlations of complete columns xⱼ = values[j]·directions[j] from their centred
 * cross-products ({@link centredGram}: one pass over the data): r_ab = G_ab·s_a·s_b with
 * s = 1/√G_jj, clamped to [−1, 1], 1 on the diagonal; and each column as a
 * {@link GramColumn} standardised to unit length (the coherence reads them). Throws for the
 * first column (in order) without spread; null when a sum is not finite (the caller's
 * general path then decides).
 */
export function correlationsOf(values: readonly ArrayLike<number>[], directions: readonly number[], n: number, names: readonly string[]): { r: Float64Array; columns: GramColumn[] } | null {
  const k = values.length;
  const centred = centredGram(values, directions, n);
  if (centred === null) return null;
  if (centred.constant >= 0) throw constantColumn(names[centred.constant] as string);
  const { gram: g, means } = centred;
  const scale = Float64Array.from({ length: k }, (_, j) => 1 / Math.sqrt(g[j * k + j] as number));
  const r = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    r[a * k + a] = 1;
    // the upper triangle, mirrored (the same rounding both ways)
    for (let b = a + 1; b < k; b++) {
      const v = (g[a * k + b] as number) * (scale[a] as number) * (scale[b] as number);
      r[a * k + b] = r[b * k + a] = v > 1 ? 1 : v < -1 ? -1 : v;
    }
  }
  return { r, columns: values.map((v, j) => ({ values: v, direction: directions[j] as number, mean: means[j] as number, scale: scale[j] as number })) };
}

/**
 * Sample covariance (n − 1) or correlation matrix of complete columns, row-major: from their
 * centred cross-products in one pass ({@link centredGram}), or, when a sum of squares
 * overflows, from the columns centred and scaled first (`inPlace`: Float64Array columns owned
 * by the caller, then left centred and scaled). Null when a value is not finite.
 */
export function covarianceMatrix(columns: readonly TypedColumn[], n: number, names: readonly string[], standardize: boolean, inPlace = false): Float64Array | null {
  const k = columns.length;
  const values = columns.map((c) => c.values);
  const directions = columns.map((c) => c.direction);
  if (standardize) {
    const corr = correlationsOf(values, directions, n, names);
    if (corr !== null) return corr.r;
  } else {
    const centred = centredGram(values, directions, n);
    if (centred !== null) {
      if (centred.constant >= 0) throw constantColumn(names[centred.constant] as string);
      const m = centred.gram;
      for (let q = 0; q < k * k; q++) m[q] = (m[q] as number) / (n - 1);
      return m;
    }
  }
  // no finite sums: a value that is not finite (null: the caller's general path), or an overflow
  for (const v of values) for (let i = 0; i < n; i++) if ((v[i] as number) - (v[i] as number) !== 0) return null;
  const sums = orientedSums(values, directions, n);
  const raw = columns.map((c, j) => ({ values: c.values, direction: c.direction, sum: sums[j] as number }));
  const m = gramStandardized(
    standardizedColumns(raw, n, names, standardize ? 0 : n - 1),
    n,
    inPlace,
  );
  if (standardize) for (let a = 0; a < k; a++) m[a * k + a] = 1;
  return m;
}
