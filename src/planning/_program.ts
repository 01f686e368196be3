/**
 * Private: turns the exact constraint elements into the solver's 0/1 programme. Each row is
 * divided by the greatest common divisor of its coefficients, its bounds rounded inwards
 * (floor of the upper, ceiling of the lower): exact for 0/1 choices, and costs in rials
 * become small whole numbers (a budget row of amounts in millions of rials becomes a row in
 * millions). A row whose scaled integers would not be exact in a double (2⁵³) is refused.
 */
import type { Element } from "./_constraints";
import type { BinaryProgram, SparseRow } from "./_highs";
import { planningError } from "./_messages";

const abs = (v: bigint): bigint => (v < 0n ? -v : v);
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b > a ? q - 1n : q;
}
function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b < a ? q + 1n : q;
}
const LIMIT = 2n ** 53n;

/** Builds the programme with the elements whose labels are in `active` (all when undefined). */
export function toProgram(n: number, objective: Float64Array, elements: readonly Element[], active?: ReadonlySet<string> | undefined): BinaryProgram {
  const lower = new Float64Array(n);
  const upper = new Float64Array(n).fill(1);
  const rows: SparseRow[] = [];
  for (const e of elements) {
    if (active !== undefined && !active.has(e.label)) continue;
    if (e.fix !== undefined) {
      if (e.fix.value === 1) lower[e.fix.index] = 1;
      else upper[e.fix.index] = 0;
      continue;
    }
    let g = 0n;
    let total = 0n;
    for (const v of e.coef.values()) g = gcd(g, abs(v));
    if (g === 0n) {
      // an empty row: it holds or fails on its bounds alone
      const ok = (e.lower === null || e.lower <= 0n) && (e.upper === null || e.upper >= 0n);
      if (!ok) rows.push({ indices: [], values: [], lower: 1, upper: Number.POSITIVE_INFINITY });
      continue;
    }
    const indices: number[] = [];
    const values: number[] = [];
    for (const [i, v] of e.coef) {
      const scaled = v / g;
      total += abs(scaled);
      indices.push(i);
      values.push(Number(scaled));
    }
    const up = e.upper === null ? null : floorDiv(e.upper, g);
    const lo = e.lower === null ? null : ceilDiv(e.lower, g);
    if (total > LIMIT || (up !== null && abs(up) > LIMIT) || (lo !== null && abs(lo) > LIMIT)) {
      if (up !== null && up >= total && lo === null) continue; // cannot bind
      throw planningError("PLANNING_TOO_LARGE", "tooLarge", {}, { constraint: e.label });
    }
    rows.push({
      indices,
      values,
      lower: lo === null ? Number.NEGATIVE_INFINITY : Number(lo),
      upper: up === null ? Number.POSITIVE_INFINITY : Number(up),
    });
  }
  return { n, objective, lower, upper, rows };
}
