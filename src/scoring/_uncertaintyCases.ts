/**
 * Private test helper (imported by tests only): seeded `uncertainty` cases over random tables
 * and a digest of each whole result, every number by its exact bits. The regression test
 * compares the digests with those the previous implementation gave (commit 9ed9833, before
 * the two-pass column permutation and the per-unit summaries in input order), so any change of
 * a single bit of any unit, sensitivity index or run shows.
 */
import { createHash } from "node:crypto";
import type { IndexSpec } from "./IndexSpec";
import type { IndicatorTable } from "./IndicatorTable";
import { Random } from "./_random";
import { uncertainty, type UncertaintyOptions } from "./uncertainty";

/** One case: a table, a spec and the options. */
export interface UncertaintyCase {
  readonly name: string;
  readonly table: IndicatorTable;
  readonly spec: IndexSpec;
  readonly options: UncertaintyOptions;
}

/**
 * SHA-256 (first 16 hex digits) of a result: its structure (keys, brackets, strings, null,
 * booleans) as text and every number by its 8 bytes (so −0, NaN and typed arrays count), fed in
 * order.
 */
export function exactDigest(value: unknown): string {
  const hash = createHash("sha256");
  const nums = new Float64Array(8192);
  let at = 0;
  const flush = (): void => {
    if (at > 0) hash.update(new Uint8Array(nums.buffer, 0, at * 8));
    at = 0;
  };
  const num = (x: number): void => {
    if (at === nums.length) flush();
    nums[at++] = x;
  };
  const text = (t: string): void => {
    flush();
    hash.update(t);
  };
  const walk = (v: unknown): void => {
    if (typeof v === "number") num(v);
    else if (ArrayBuffer.isView(v)) {
      const a = v as unknown as ArrayLike<number>;
      text(`<${a.length}`);
      for (let i = 0; i < a.length; i++) num(a[i] as number);
      text(">");
    } else if (Array.isArray(v)) {
      text(`[${v.length}`);
      for (const x of v) walk(x);
      text("]");
    } else if (typeof v === "object" && v !== null) {
      for (const k of Object.keys(v)) {
        text(`{${k}:`);
        walk((v as Record<string, unknown>)[k]);
      }
      text("}");
    } else text(`${typeof v}:${String(v)};`);
  };
  walk(value);
  flush();
  return hash.digest("hex").slice(0, 16);
}

/** {@link exactDigest} of the case's result, or of its error's code. */
export function digest(c: UncertaintyCase): string {
  try {
    return exactDigest(uncertainty(c.table, c.spec, c.options));
  } catch (e) {
    return exactDigest(`error ${(e as { code?: string }).code ?? String(e)}`);
  }
}

/** The cases: sizes 1 to 150,000 units, gaps, ties, plain and typed columns, every varied factor. */
export function uncertaintyCases(): UncertaintyCase[] {
  const cases: UncertaintyCase[] = [];
  const sizes = [2, 3, 7, 60, 333];
  const rankings = ["min", "dense", "fractional"] as const;
  let c = 0;
  for (const n of sizes) {
    for (const gaps of [false, true]) {
      for (const typed of [false, true]) {
        const rng = new Random(1000 + c);
        const k = 6;
        const ids = Array.from({ length: n }, (_, i) => `واحد-${c}-${i}`);
        const columns: Record<string, number[] | Float64Array> = {};
        for (let j = 0; j < k; j++) {
          // ties: some columns on a coarse grid; huge and tiny magnitudes in others
          const scale = j === 4 ? 1e150 : j === 5 ? 1e-150 : 100;
          const values = ids.map(() => {
            if (gaps && rng.next() < 0.15) return Number.NaN;
            const v = rng.next() * scale;
            return j % 3 === 0 ? Math.round(v / 10) * 10 : v;
          });
          // never a constant column (min-max refuses it): two distinct values at least
          if (n >= 2) {
            values[0] = 0;
            values[1] = scale;
          }
          columns[`x${j}`] = typed ? Float64Array.from(values) : values.map((v) => (v !== v ? (null as unknown as number) : v));
        }
        const spec: IndexSpec = {
          indicators: Array.from({ length: k }, (_, j) => ({ id: `x${j}`, dimension: `d${j % 3}`, direction: j % 2 === 0 ? (1 as const) : (-1 as const), weight: 1 + (j % 4) })),
          ranking: rankings[c % 3] as (typeof rankings)[number],
          levels: { method: c % 2 === 1 ? ("jenks" as const) : ("quantiles" as const), count: 3 },
        };
        const table = { ids, columns };
        const variants: [string, UncertaintyOptions][] = [
          ["default", { runs: 40, seed: c }],
          ["plain", { runs: 12, seed: c, sensitivity: false }],
          ["noise, indicators", { runs: 30, seed: c, vary: { weights: { method: "noise", amount: 0.4 }, weightLevels: "indicators" }, bootstrap: 20 }],
          ["normalisations", { runs: 48, seed: c, vary: { normalization: [{ method: "minmax", range: [1, 100] }, "zscore", "rank"] }, bootstrap: 10 }],
          ["aggregations", { runs: 16, seed: c, vary: { normalization: [{ method: "minmax", range: [1, 100] }, { method: "minmax", range: [10, 20] }], aggregation: ["arithmetic", "geometric", "harmonic", { method: "generalized", power: 0.5 }] }, bootstrap: 0 }],
          ["imputation, outliers", { runs: 36, seed: c, vary: { imputation: ["reweight", "mean", "median"], outliers: ["none", "winsorize"] }, bootstrap: 0 }],
          ["exclusion random, levels", { runs: 30, seed: c, vary: { exclusion: { random: 2 }, levels: [{ method: "quantiles", count: 3 }, { method: "equalIntervals", count: 3 }] }, keepRuns: true, bootstrap: 5 }],
          ["exclusion list, keepRuns", { runs: 9, seed: c, vary: { weights: false, exclusion: [[], ["x0"], ["x1", "x2"]] }, keepRuns: true, sensitivity: false }],
        ];
        for (const [label, options] of variants) cases.push({ name: `n=${n} ${gaps ? "gaps" : "full"} ${typed ? "typed" : "plain"} ${label}`, table, spec, options });
        c++;
      }
    }
  }
  // past the plain gather's threshold (2¹⁷ units): the two-pass permutation
  const n = 150_000;
  const rng = new Random(77);
  const ids = Array.from({ length: n }, (_, i) => `u${i}`);
  const columns: Record<string, Float64Array> = {};
  for (let j = 0; j < 4; j++) columns[`x${j}`] = Float64Array.from(ids, () => Math.round(rng.next() * 1e4) / 1e2);
  const spec: IndexSpec = { indicators: [0, 1, 2, 3].map((j) => ({ id: `x${j}`, dimension: `d${j % 2}`, direction: j === 1 ? (-1 as const) : (1 as const) })) };
  // one column with gaps (the general path) beside three plain ones (read straight into the nominal order), levels tracked
  const gappy = { ...columns, x2: Float64Array.from(columns.x2 as Float64Array, (v, i) => (i % 97 === 0 ? Number.NaN : v)) };
  cases.push({ name: "150,000 units, a column with gaps, levels", table: { ids, columns: gappy }, spec, options: { runs: 2, seed: 5, sensitivity: false, vary: { levels: [{ method: "quantiles", count: 5 }] } } });
  // one unit: min-max refuses its constant columns (the error is part of the behaviour)
  cases.push({ name: "1 unit", table: { ids: ["تنها"], columns: { x0: [3], x1: [4] } }, spec: { indicators: [{ id: "x0", dimension: "d", direction: 1 }, { id: "x1", dimension: "d", direction: -1 }] }, options: { runs: 10 } });
  return cases;
}
