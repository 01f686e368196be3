import { fail } from "../internal/safe";
import { checkOptions } from "./_matrix";

/**
 * What is known of a household for {@link classifySlumHousehold}.
 *
 * @category Planners' methods
 */
export interface SlumHouseholdInput {
  /** Access to an improved water source. */
  readonly improvedWater: boolean;
  /** Access to improved sanitation. */
  readonly improvedSanitation: boolean;
  /** Number of people in the household (a non-negative integer). */
  readonly persons: number;
  /** Number of habitable rooms (a non-negative integer). */
  readonly habitableRooms: number;
  /** Housing of a permanent, durable structure. */
  readonly durableHousing: boolean;
  /** Security of tenure (documented or otherwise protected against forced eviction). */
  readonly secureTenure: boolean;
}

/**
 * One of UN-Habitat's five household deprivations.
 *
 * @category Planners' methods
 */
export type SlumDeprivation = "water" | "sanitation" | "overcrowding" | "durability" | "tenure";

/**
 * The verdict of {@link classifySlumHousehold}.
 *
 * @category Planners' methods
 */
export interface SlumHouseholdResult {
  /** The deprivations the household has, in UN-Habitat's order. */
  readonly deprivations: SlumDeprivation[];
  /** Whether it lacks sufficient living area: more than 3 persons per habitable room. */
  readonly overcrowded: boolean;
  /** Whether it is a slum household: at least one deprivation. */
  readonly slum: boolean;
}

/**
 * Classifies a household by UN-Habitat's operational definition of a slum household: one
 * that lacks one or more of improved water, improved sanitation, sufficient living area (not
 * more than 3 persons per habitable room), durable housing and secure tenure.
 *
 * A household with people but no habitable room counts as overcrowded; an empty dwelling
 * (0 persons) does not.
 *
 * @param input - the five conditions, see {@link SlumHouseholdInput}
 * @returns the deprivations, overcrowding and the verdict
 * @throws {@link MahallehError} `SCORING_BAD_OPTION` (not an object or a field of the wrong
 *   type) or `SCORING_OUT_OF_RANGE` (a negative or fractional count)
 * @example
 * ```ts
 * import { classifySlumHousehold } from "mahalleh/scoring";
 * const r = classifySlumHousehold({
 *   improvedWater: true, improvedSanitation: true, persons: 7, habitableRooms: 2,
 *   durableHousing: true, secureTenure: false,
 * });
 * r.deprivations; // => ["overcrowding", "tenure"]
 * r.slum; // => true
 * ```
 *
 * @category Planners' methods
 */
export function classifySlumHousehold(input: SlumHouseholdInput): SlumHouseholdResult {
  const fn = "classifySlumHousehold";
  const o = checkOptions(input, fn, true);
  const flag = (key: "improvedWater" | "improvedSanitation" | "durableHousing" | "secureTenure"): boolean => {
    const v = o[key];
    if (typeof v !== "boolean") {
      throw fail(
        "SCORING_BAD_OPTION",
        `${fn}: «${key}» باید true یا false باشد`,
        `${fn}: "${key}" must be true or false`,
        { fn, field: key },
      );
    }
    return v;
  };
  const count = (key: "persons" | "habitableRooms"): number => {
    const v = o[key];
    if (typeof v !== "number") {
      throw fail("SCORING_BAD_OPTION", `${fn}: «${key}» باید عدد باشد`, `${fn}: "${key}" must be a number`, { fn, field: key });
    }
    if (!Number.isInteger(v) || v < 0) {
      throw fail(
        "SCORING_OUT_OF_RANGE",
        `${fn}: «${key}» باید عدد صحیح نامنفی باشد (${v})`,
        `${fn}: "${key}" must be a non-negative integer (got ${v})`,
        { fn, field: key, value: v },
      );
    }
    return v;
  };
  const water = flag("improvedWater");
  const sanitation = flag("improvedSanitation");
  const durable = flag("durableHousing");
  const tenure = flag("secureTenure");
  const persons = count("persons");
  const rooms = count("habitableRooms");
  const overcrowded = persons > 0 && (rooms === 0 || persons > 3 * rooms);
  const deprivations: SlumDeprivation[] = [];
  if (!water) deprivations.push("water");
  if (!sanitation) deprivations.push("sanitation");
  if (overcrowded) deprivations.push("overcrowding");
  if (!durable) deprivations.push("durability");
  if (!tenure) deprivations.push("tenure");
  return { deprivations, overcrowded, slum: deprivations.length > 0 };
}
