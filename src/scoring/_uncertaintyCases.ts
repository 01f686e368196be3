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

/** A JSON text of any result in which every number is written by its bits (−0, NaN and typed arrays included). */
export function exactText(value: unknown): string {
  const buf = new Float64Array(1);
  const words = new Uint32Array(buf.buffer);
  const num = (x: number): string => {
    buf[0] = x;
    return `${(words[1] as number).toString(16)}:${(words[0] as number).toString(16)}`;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === "number") return num(v);
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>, num);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.keys(v).map((k) => [k, walk((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(walk(value));
}

/** SHA-256 (first 16 hex digits) of {@link exactText} of the result, or of the error's code. */
export function digest(c: UncertaintyCase): string {
  let text: string;
  try {
    text = exactText(uncertainty(c.table, c.spec, c.options));
  } catch (e) {
    text = `error ${(e as { code?: string }).code ?? String(e)}`;
  }
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
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
  cases.push({ name: "150,000 units, min-max", table: { ids, columns }, spec, options: { runs: 4, seed: 3, sensitivity: false } });
  cases.push({ name: "150,000 units, z-scores and levels", table: { ids, columns }, spec: { ...spec, normalization: "zscore" }, options: { runs: 3, seed: 4, sensitivity: false, vary: { levels: [{ method: "quantiles", count: 5 }] } } });
  const gappy = { ...columns, x2: Float64Array.from(columns.x2 as Float64Array, (v, i) => (i % 97 === 0 ? Number.NaN : v)) };
  cases.push({ name: "150,000 units, gaps", table: { ids, columns: gappy }, spec, options: { runs: 3, seed: 5, sensitivity: false } });
  // one unit: min-max refuses its constant columns (the error is part of the behaviour)
  cases.push({ name: "1 unit", table: { ids: ["تنها"], columns: { x0: [3], x1: [4] } }, spec: { indicators: [{ id: "x0", dimension: "d", direction: 1 }, { id: "x1", dimension: "d", direction: -1 }] }, options: { runs: 10 } });
  return cases;
}
