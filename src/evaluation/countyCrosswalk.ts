import { alborzCounties } from "../models/alborzCounties";
import type { County } from "../models/index";
import { invalid } from "./_messages";

/**
 * The result of {@link countyCrosswalk}.
 *
 * @category County changes
 */
export interface CountyCrosswalk {
  /** The first year of the panel. */
  readonly firstYear: number;
  /** County id → the id of the unit that exists over the whole panel (itself, or the county it was split from). */
  readonly map: Readonly<Record<string, string>>;
  /** Counties merged back into their parent, with the year they were created. */
  readonly merged: readonly {
    /** The newer county. */
    readonly county: string;
    /** The county it is folded into. */
    readonly into: string;
    /** The year the newer county was created. */
    readonly since: number;
  }[];
  /** Census codes of the consistent units, e.g. `{ karaj: "3001" }`. */
  readonly censusCodes: Readonly<Record<string, string>>;
}

/**
 * A crosswalk so that a panel spanning a county split compares the same territory in every
 * period: a county created after `firstYear` is mapped back to the county it was split from
 * (Fardis, 1392, and Eshtehard, 1391, to Karaj; Chaharbagh, 1399, to Savojbolagh), so a
 * 1390 → 1403 comparison uses Alborz's four original counties, and a 1395 → 1403 one folds
 * only Chaharbagh into Savojbolagh. Use the map for county groups and county clusters.
 *
 * @param firstYear - the first Jalali year of the panel
 * @param counties - the county reference (default {@link alborzCounties} of `mahalleh/models`)
 * @returns county id → consistent unit, and the counties merged
 * @throws MahallehError `EVALUATION_INVALID_INPUT` for a year that is not an integer, or a
 *   county whose parent is not in the list
 * @example
 * ```ts
 * import { countyCrosswalk } from "mahalleh/evaluation";
 * const cw = countyCrosswalk(1395);
 * cw.map["chaharbagh"]; // => "savojbolagh"
 * cw.map["fardis"]; // => "fardis"
 * countyCrosswalk(1390).map["fardis"]; // => "karaj"
 * cw.merged; // => [{ county: "chaharbagh", into: "savojbolagh", since: 1399 }]
 * ```
 *
 * @category County changes
 */
export function countyCrosswalk(firstYear: number, counties: readonly County[] = alborzCounties): CountyCrosswalk {
  if (!Number.isInteger(firstYear)) throw invalid("سال آغاز باید عدد صحیح باشد", "firstYear must be an integer");
  const byId = new Map(counties.map((c) => [c.id as string, c]));
  const map: Record<string, string> = {};
  const merged: { county: string; into: string; since: number }[] = [];
  const censusCodes: Record<string, string> = {};
  for (const c of counties) {
    let unit: County = c;
    for (let guard = 0; unit.since > firstYear && unit.splitFrom !== undefined && guard < 20; guard++) {
      const parent = byId.get(unit.splitFrom);
      if (parent === undefined) throw invalid(`شهرستان مادر «${unit.splitFrom}» در فهرست نیست`, `parent county "${unit.splitFrom}" is not in the list`);
      unit = parent;
    }
    Object.defineProperty(map, c.id, { value: unit.id, enumerable: true, writable: true, configurable: true });
    if (unit.id !== c.id) merged.push({ county: c.id, into: unit.id, since: c.since });
    Object.defineProperty(censusCodes, unit.id, { value: unit.censusCode, enumerable: true, writable: true, configurable: true });
  }
  return { firstYear, map, merged, censusCodes };
}
