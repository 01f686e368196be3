import { fail } from "../internal/safe";
import { computeIndexColumns } from "./computeIndex";
import type { IndicatorTable } from "./IndicatorTable";
import type { IndexSpec } from "./IndexSpec";
import { pruneDimensions, specIsHierarchical, subtree } from "./_hierarchy";

/**
 * Options of {@link whatIf}.
 *
 * @category Index audit
 */
export interface WhatIfOptions {
  /**
   * Drop each indicator in turn, or each dimension (all its indicators) — with a deeper
   * hierarchy, each dimension at every level (with everything below it).
   */
  readonly remove: "each-indicator" | "each-dimension";
  /** How many of the units that move most to list per element. Default 5. */
  readonly top?: number | undefined;
}

/**
 * A unit whose rank moves when an element is dropped.
 *
 * @category Index audit
 */
export interface RankMove {
  /** Unit id. */
  readonly id: string;
  /** Rank with the full index. */
  readonly rankNominal: number;
  /** Rank without the element. */
  readonly rank: number;
  /** `rank − rankNominal`: positive = ranked less deprived without the element. */
  readonly shift: number;
}

/**
 * The effect of dropping one element.
 *
 * @category Index audit
 */
export interface WhatIfElement {
  /** The indicator or dimension dropped. */
  readonly removed: string;
  /** Its level, as in COINr: 1 = indicator, 2 = (leaf) dimension, 3 = the level above, … */
  readonly level: number;
  /** Mean |rank shift| over the units scored both ways. */
  readonly meanAbsoluteShift: number;
  /** Largest |rank shift|. */
  readonly maxAbsoluteShift: number;
  /** The units that move most (largest |shift| first, ties in input order). */
  readonly movers: readonly RankMove[];
}

/**
 * What if an indicator or a dimension were dropped (JRC ten steps, step 7 sensitivity; COINr
 * `remove_elements()`)? Recomputes the index without each element in turn and reports the
 * mean absolute rank shift and the units that move most. An element whose removal would leave
 * the index empty (the only indicator or dimension) is not tried. Weights are renormalised
 * over what remains; AHP matrices must match the remaining elements, so AHP weighting is
 * refused. With a deeper hierarchy (dimensions with a `parent`), `"each-dimension"` drops
 * each dimension of every level in spec order, with the dimensions and indicators under it;
 * a parent left without children is dropped too.
 *
 * @param table - the indicator table
 * @param spec - the index specification
 * @param options - what to remove and how many movers to list
 * @returns one entry per element, in spec order
 * @throws MahallehError `INDEX_INVALID_OPTIONS` for bad options or AHP weighting, and every error of {@link computeIndex}
 * @example
 * ```ts
 * import { whatIf } from "mahalleh/scoring";
 * const table = { ids: ["a", "b", "c"], columns: { x: [1, 2, 3], y: [3, 1, 2] } };
 * const spec = { indicators: [{ id: "x", dimension: "d", direction: 1 as const }, { id: "y", dimension: "d", direction: 1 as const }] };
 * const r = whatIf(table, spec, { remove: "each-indicator" });
 * r.map((e) => e.removed); // => ["x", "y"]
 * r[1]?.movers[0]; // => { id: "a", rankNominal: 2, rank: 3, shift: 1 }
 * r[1]?.meanAbsoluteShift; // => 2 / 3
 * const deep = {
 *   indicators: [{ id: "x", dimension: "dx", direction: 1 as const }, { id: "y", dimension: "dy", direction: 1 as const }],
 *   dimensions: [{ id: "top" }, { id: "dx", parent: "top" }, { id: "dy", parent: "top" }],
 * };
 * whatIf(table, deep, { remove: "each-dimension" }).map((e) => [e.removed, e.level]); // => [["dx", 2], ["dy", 2]]
 * ```
 *
 * @category Index audit
 */
export function whatIf(table: IndicatorTable, spec: IndexSpec, options: WhatIfOptions): WhatIfElement[] {
  const remove = options?.remove;
  if (remove !== "each-indicator" && remove !== "each-dimension") {
    throw fail("INDEX_INVALID_OPTIONS", "remove باید each-indicator یا each-dimension باشد", 'remove must be "each-indicator" or "each-dimension"');
  }
  const top = options.top ?? 5;
  if (!Number.isInteger(top) || top < 0) throw fail("INDEX_INVALID_OPTIONS", "top باید عدد صحیح نامنفی باشد", "top must be a non-negative integer");
  if (typeof spec?.weighting === "object") {
    throw fail("INDEX_INVALID_OPTIONS", "با وزن‌دهی AHP نمی‌توان عنصری را حذف کرد (ماتریس‌ها دیگر جور نیستند)", "whatIf cannot drop elements under AHP weighting (the pairwise matrices would no longer fit)");
  }
  const nominal = computeIndexColumns(table, spec);
  const ids = table.ids;
  const deep = specIsHierarchical(spec);
  const declared = spec.dimensions ?? [];
  const elements = remove === "each-indicator" ? spec.indicators.map((ind) => ind.id) : deep ? declared.map((d) => d.id) : [...new Set(spec.indicators.map((ind) => ind.dimension))];
  const levelOf = dimensionLevels(spec);
  const out: WhatIfElement[] = [];
  for (const element of elements) {
    const below = deep && remove === "each-dimension" ? subtree(declared, element) : new Set([element]);
    const indicators = spec.indicators.filter((ind) => (remove === "each-indicator" ? ind.id !== element : !below.has(ind.dimension)));
    if (indicators.length === 0) continue;
    const kept = new Set(indicators.map((ind) => ind.dimension));
    if (remove === "each-dimension" && kept.size === 0) continue;
    const dimensions = spec.dimensions === undefined ? undefined : deep ? pruneDimensions(spec.dimensions, indicators) : spec.dimensions.filter((d) => kept.has(d.id));
    const reduced: IndexSpec = { ...spec, indicators, ...(dimensions === undefined ? {} : { dimensions }) };
    const ranks = computeIndexColumns(table, reduced).ranks;
    let sum = 0;
    let count = 0;
    let max = 0;
    const moves: RankMove[] = [];
    for (let i = 0; i < ids.length; i++) {
      const a = nominal.ranks[i] as number;
      const b = ranks[i] as number;
      if (a !== a || b !== b) continue;
      const shift = b - a;
      sum += Math.abs(shift);
      count++;
      if (Math.abs(shift) > max) max = Math.abs(shift);
      if (shift !== 0) moves.push({ id: ids[i] as string, rankNominal: a, rank: b, shift });
    }
    // stable sort: ties keep input order
    moves.sort((p, q) => Math.abs(q.shift) - Math.abs(p.shift));
    out.push({ removed: element, level: remove === "each-indicator" ? 1 : (levelOf.get(element) ?? 2), meanAbsoluteShift: count === 0 ? 0 : sum / count, maxAbsoluteShift: max, movers: moves.slice(0, top) });
  }
  return out;
}

/** COINr level of each dimension: 2 for those holding indicators, one more per step up. */
function dimensionLevels(spec: IndexSpec): Map<string, number> {
  const parentOf = new Map((spec.dimensions ?? []).map((d) => [d.id, d.parent]));
  const level = new Map<string, number>();
  for (const ind of spec.indicators) {
    let l = 2;
    // a cycle is reported by computeIndex; the walk stops at the number of dimensions
    for (let id: string | undefined = ind.dimension; id !== undefined && l < parentOf.size + 3; id = parentOf.get(id)) level.set(id, l++);
  }
  return level;
}
