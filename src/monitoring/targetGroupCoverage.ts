import type { Intervention, Neighbourhood, NeighbourhoodId, TargetGroupId } from "../models/index";
import { allocatePersons } from "./_allocate";
import { badOption, checkList, failAt } from "./_messages";

/**
 * Options of {@link targetGroupCoverage}.
 *
 * @category Coverage
 */
export interface TargetGroupCoverageOptions {
  /** The groups to report. Default: every group found in the interventions' `beneficiariesByGroup` or the neighbourhoods' `populationByGroup`, in catalogue order. */
  readonly groups?: readonly TargetGroupId[] | undefined;
}

/**
 * One target group in one place (a neighbourhood, or the programme).
 *
 * @category Coverage
 */
export interface GroupCoverage {
  /** The group. */
  readonly group: TargetGroupId;
  /** Persons of the group reached (person-interventions: a resident reached by two interventions counts twice). */
  readonly reached: number;
  /** Eligible residents of the group, or `null` when no count is recorded. */
  readonly eligible: number | null;
  /** `reached / eligible × 100` (may exceed 100, see `reached`), or `null` with a `note`. */
  readonly coveragePercent: number | null;
  /** Why there is no coverage: `"no-eligible-count"` (not recorded) or `"zero-eligible"`; `null` when there is one. */
  readonly note: "no-eligible-count" | "zero-eligible" | null;
}

/**
 * Coverage in one neighbourhood.
 *
 * @category Coverage
 */
export interface NeighbourhoodCoverage {
  /** The neighbourhood. */
  readonly neighbourhoodId: NeighbourhoodId;
  /** Its Persian name. */
  readonly nameFa: string;
  /** Beneficiaries of every intervention there (their share of multi-neighbourhood interventions). */
  readonly beneficiaries: number;
  /** Each group. */
  readonly groups: readonly GroupCoverage[];
  /** Women among the beneficiaries of the interventions that record women, in percent, or `null` when none does. */
  readonly womenSharePercent: number | null;
}

/**
 * The result of {@link targetGroupCoverage}.
 *
 * @category Coverage
 */
export interface TargetGroupCoverage {
  /** The groups reported. */
  readonly groups: readonly TargetGroupId[];
  /** One row per neighbourhood, in input order. */
  readonly neighbourhoods: readonly NeighbourhoodCoverage[];
  /**
   * Programme totals. For each group: `reached` over every neighbourhood; `eligible` and
   * `coveragePercent` over the neighbourhoods that record the group's eligible count (how
   * many do not is in `neighbourhoodsWithoutEligibleCount`).
   */
  readonly totals: {
    /** Persons reached over every neighbourhood. */
    readonly beneficiaries: number;
    /** Coverage of each group over the programme. */
    readonly groups: readonly (GroupCoverage & {
      /** Neighbourhoods that do not record the group's eligible count. */
      readonly neighbourhoodsWithoutEligibleCount: number;
    })[];
    /** Women's share of the beneficiaries, in percent (`null` when none is recorded). */
    readonly womenSharePercent: number | null;
  };
}

const GROUP_ORDER: readonly TargetGroupId[] = ["youth", "women", "children", "elderly", "disabled", "female-headed-households", "all-residents"];

/**
 * Whether youth, women and the other target groups are reached: per neighbourhood and group,
 * persons reached, eligible residents, coverage in percent and women's share of the
 * beneficiaries, and programme totals. An intervention spanning several neighbourhoods has
 * its beneficiaries split over them in proportion to each one's eligible residents of the
 * group (its population when those are not all recorded), in whole persons by largest
 * remainder, so no person is lost or invented. A group with no eligible count says so
 * (`note`) instead of dividing by zero.
 *
 * @param interventions - parsed interventions (`beneficiariesByGroup`, `actualBeneficiaries`)
 * @param neighbourhoods - parsed neighbourhoods (`populationByGroup`)
 * @param options - `groups`
 * @returns coverage per neighbourhood and in total
 * @throws MahallehError `MONITORING_INVALID_INPUT` (not arrays, an unknown group, an
 *   intervention in a neighbourhood not in the list — naming the record and field)
 * @example
 * ```ts
 * import { targetGroupCoverage } from "mahalleh/monitoring";
 * import { sampleDataset } from "mahalleh/models";
 * const coverage = targetGroupCoverage(sampleDataset.interventions, sampleDataset.neighbourhoods, { groups: ["youth", "women"] });
 * coverage.neighbourhoods.length; // => 66
 * coverage.totals.groups.map((g) => g.group); // => ["youth", "women"]
 * coverage.totals.groups[0]!.coveragePercent! > 0; // => true
 * ```
 * @category Coverage
 */
export function targetGroupCoverage(
  interventions: readonly Intervention[],
  neighbourhoods: readonly Neighbourhood[],
  options?: TargetGroupCoverageOptions | undefined,
): TargetGroupCoverage {
  checkList(interventions, "interventions");
  checkList(neighbourhoods, "neighbourhoods");
  let groups: readonly TargetGroupId[];
  if (options?.groups !== undefined) {
    if (!Array.isArray(options.groups)) throw badOption("groups", GROUP_ORDER.join(", "), options.groups);
    for (const g of options.groups) if (!GROUP_ORDER.includes(g)) throw badOption("groups", GROUP_ORDER.join(", "), g);
    groups = options.groups;
  } else {
    const seen = new Set<string>();
    for (const i of interventions) for (const g of Object.keys(i.beneficiariesByGroup ?? {})) seen.add(g);
    for (const n of neighbourhoods) for (const g of Object.keys(n.populationByGroup ?? {})) seen.add(g);
    groups = GROUP_ORDER.filter((g) => seen.has(g));
  }
  const index = new Map<string, number>();
  neighbourhoods.forEach((n, k) => index.set(n.id, k));
  const reached = neighbourhoods.map(() => new Map<TargetGroupId, number>());
  const beneficiaries = neighbourhoods.map(() => 0);
  const womenBase = neighbourhoods.map(() => 0);
  interventions.forEach((intervention, i) => {
    const places = intervention.neighbourhoodIds.map((id, k) => {
      const at = index.get(id);
      if (at === undefined) throw failAt("MONITORING_INVALID_INPUT", "unknownNeighbourhood", { list: "interventions", index: i, id: String(intervention.id), field: `neighbourhoodIds.${k}` }, String(id));
      return at;
    });
    const population = places.map((k) => neighbourhoods[k]!.population);
    const total = intervention.actualBeneficiaries ?? 0;
    const recordsWomen = intervention.beneficiariesByGroup?.women !== undefined;
    allocatePersons(total, population).forEach((persons, k) => {
      beneficiaries[places[k]!]! += persons;
      if (recordsWomen) womenBase[places[k]!]! += persons;
    });
    for (const [group, persons] of Object.entries(intervention.beneficiariesByGroup ?? {}) as [TargetGroupId, number][]) {
      const eligible = places.map((k) => neighbourhoods[k]!.populationByGroup?.[group]);
      const weights = eligible.every((e) => e !== undefined) ? (eligible as number[]) : population;
      allocatePersons(persons, weights).forEach((p, k) => {
        const map = reached[places[k]!]!;
        map.set(group, (map.get(group) ?? 0) + p);
      });
    }
  });
  const cover = (group: TargetGroupId, r: number, eligible: number | null): GroupCoverage => ({
    group,
    reached: r,
    eligible,
    coveragePercent: eligible === null || eligible === 0 ? null : (100 * r) / eligible,
    note: eligible === null ? "no-eligible-count" : eligible === 0 ? "zero-eligible" : null,
  });
  const share = (women: number, base: number): number | null => (base === 0 ? null : (100 * women) / base);
  const rows: NeighbourhoodCoverage[] = neighbourhoods.map((n, k) => ({
    neighbourhoodId: n.id,
    nameFa: n.nameFa,
    beneficiaries: beneficiaries[k]!,
    groups: groups.map((g) => cover(g, reached[k]!.get(g) ?? 0, n.populationByGroup?.[g] ?? null)),
    womenSharePercent: share(reached[k]!.get("women") ?? 0, womenBase[k]!),
  }));
  const totalBeneficiaries = beneficiaries.reduce((a, b) => a + b, 0);
  const totals = groups.map((g) => {
    let all = 0;
    let counted = 0;
    let eligible = 0;
    let without = 0;
    neighbourhoods.forEach((n, k) => {
      const r = reached[k]!.get(g) ?? 0;
      const e = n.populationByGroup?.[g];
      all += r;
      if (e === undefined) without++;
      else {
        eligible += e;
        counted += r;
      }
    });
    const known = without < neighbourhoods.length;
    const c = cover(g, counted, known ? eligible : null);
    return { ...c, reached: all, neighbourhoodsWithoutEligibleCount: without };
  });
  const women = reached.reduce((t, m) => t + (m.get("women") ?? 0), 0);
  const base = womenBase.reduce((a, b) => a + b, 0);
  return { groups, neighbourhoods: rows, totals: { beneficiaries: totalBeneficiaries, groups: totals, womenSharePercent: share(women, base) } };
}
