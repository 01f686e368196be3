import { fail } from "../internal/safe";
import type { IndexResult } from "./computeIndex";

/**
 * One unit's change between two index results.
 *
 * @category Composite index
 */
export interface IndexChange {
  /** Unit id. */
  readonly id: string;
  /** Score in the earlier result (`null` if absent or not scored). */
  readonly scoreBefore: number | null;
  /** Score in the later result. */
  readonly scoreAfter: number | null;
  /** `scoreAfter − scoreBefore` (positive = more deprived), `null` unless both exist. */
  readonly scoreChange: number | null;
  /** Rank in the earlier result. */
  readonly rankBefore: number | null;
  /** Rank in the later result. */
  readonly rankAfter: number | null;
  /** `rankBefore − rankAfter`: positive = moved towards rank 1 (relatively more deprived). */
  readonly rankChange: number | null;
  /** Level in the earlier result (1 = most deprived). */
  readonly levelBefore: number | null;
  /** Level in the later result. */
  readonly levelAfter: number | null;
}

/**
 * Change over time: matches two index results by unit id (e.g. the periods 1402 and 1403)
 * and reports score, rank and level changes, in the order of `after` followed by units only
 * in `before`.
 *
 * Scores are comparable across periods only if the normalisation does not depend on the
 * period's own data: use `goalposts` (fixed bounds) or `distanceToTarget` for both runs.
 * Ranks and levels are always comparable as positions.
 *
 * @param before - the earlier result
 * @param after - the later result
 * @returns one change per unit id
 * @throws MahallehError `INDEX_INVALID_OPTIONS` when an argument is not an index result
 * @example
 * ```ts
 * import { compareIndices, computeIndex } from "mahalleh/scoring";
 * const spec = { indicators: [{ id: "unemployment", dimension: "economy", direction: 1 as const, goalposts: { min: 0, max: 40 } }], normalization: "goalposts" as const };
 * const y1402 = computeIndex({ ids: ["a", "b"], columns: { unemployment: [20, 10] } }, spec);
 * const y1403 = computeIndex({ ids: ["a", "b"], columns: { unemployment: [12, 16] } }, spec);
 * const [a] = compareIndices(y1402, y1403);
 * a?.scoreChange; // => -20
 * a?.rankChange; // => -1
 * ```
 *
 * @category Composite index
 */
export function compareIndices(before: IndexResult, after: IndexResult): IndexChange[] {
  for (const r of [before, after]) {
    if (typeof r !== "object" || r === null || !Array.isArray(r.units)) {
      throw fail("INDEX_INVALID_OPTIONS", "ورودی‌ها باید نتیجهٔ computeIndex باشند", "Both arguments must be results of computeIndex");
    }
  }
  const earlier = new Map(before.units.map((u) => [u.id, u]));
  const out: IndexChange[] = [];
  const diff = (a: number | null | undefined, b: number | null | undefined): number | null =>
    a === null || a === undefined || b === null || b === undefined ? null : a - b;
  for (const u of after.units) {
    const b = earlier.get(u.id);
    out.push({
      id: u.id,
      scoreBefore: b?.score ?? null,
      scoreAfter: u.score,
      scoreChange: diff(u.score, b?.score),
      rankBefore: b?.rank ?? null,
      rankAfter: u.rank,
      rankChange: diff(b?.rank, u.rank),
      levelBefore: b?.level?.level ?? null,
      levelAfter: u.level?.level ?? null,
    });
    earlier.delete(u.id);
  }
  for (const b of earlier.values()) {
    out.push({ id: b.id, scoreBefore: b.score, scoreAfter: null, scoreChange: null, rankBefore: b.rank, rankAfter: null, rankChange: null, levelBefore: b.level?.level ?? null, levelAfter: null });
  }
  return out;
}
