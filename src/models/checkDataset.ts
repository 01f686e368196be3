import { fail } from "../internal/safe";
import type { Agency } from "./AgencySchema";
import { alborzCounties } from "./alborzCounties";
import type { ModelsErrorCode } from "./errorCodes";
import type { Indicator } from "./IndicatorSchema";
import type { Intervention } from "./InterventionSchema";
import type { Neighbourhood } from "./NeighbourhoodSchema";
import type { Observation } from "./ObservationSchema";
import type { Resolution } from "./ResolutionSchema";
import type { Session } from "./SessionSchema";

const ALBORZ_COUNTIES: ReadonlySet<string> = new Set(alborzCounties.map((c) => c.id));

/**
 * A set of parsed records to check together; every list is optional (a rule runs when the
 * lists it needs are present).
 *
 * @category Models
 */
export interface ModelDataset {
  /** Neighbourhoods. */
  readonly neighbourhoods?: readonly Neighbourhood[] | undefined;
  /** Indicators. */
  readonly indicators?: readonly Indicator[] | undefined;
  /** Observations. */
  readonly observations?: readonly Observation[] | undefined;
  /** Interventions. */
  readonly interventions?: readonly Intervention[] | undefined;
  /** Agencies. */
  readonly agencies?: readonly Agency[] | undefined;
  /** Sessions. */
  readonly sessions?: readonly Session[] | undefined;
  /** Resolutions. */
  readonly resolutions?: readonly Resolution[] | undefined;
}

/**
 * A problem found by {@link checkDataset}: which record, where, our code and both messages.
 *
 * @category Models
 */
export interface DatasetIssue {
  /** The list holding the record, e.g. `"observations"`. */
  readonly list: keyof ModelDataset;
  /** Index of the record in that list. */
  readonly index: number;
  /** Path of the offending field inside the record. */
  readonly path: readonly (string | number)[];
  /** Stable code. */
  readonly code: ModelsErrorCode;
  /** Persian message. */
  readonly fa: string;
  /** English message. */
  readonly en: string;
}

/**
 * Checks the rules that span records, which a single schema cannot see: unique ids; Alborz
 * neighbourhoods in one of {@link alborzCounties};
 * references that resolve (observations to neighbourhoods and indicators, interventions to
 * neighbourhoods and agencies, resolutions to sessions and agencies); observations of a
 * `"percent"` indicator within 0–100 and no negative values; no two observations of the
 * same neighbourhood, indicator and period; beneficiaries (planned and actual) not above the
 * population of the intervention's neighbourhoods; a resolution's `sessionDate` equal to its
 * session's date. Records must already be parsed by their schemas.
 *
 * @param dataset - the lists to check
 * @returns the issues found, in list order (empty if none)
 * @throws {MahallehError} `MODELS_INVALID_INPUT` if `dataset` is not an object of arrays
 * @example
 * ```ts
 * import { checkDataset, sampleDataset } from "mahalleh/models";
 * checkDataset(sampleDataset); // => []
 * const [first] = sampleDataset.observations;
 * const issues = checkDataset({ ...sampleDataset, observations: [{ ...first!, value: 140 }] });
 * issues.map((i) => i.code); // => ["MODELS_OUT_OF_RANGE"]
 * ```
 *
 * @category Models
 */
export function checkDataset(dataset: ModelDataset): DatasetIssue[] {
  if (typeof dataset !== "object" || dataset === null) {
    throw fail("MODELS_INVALID_INPUT", "مجموعهٔ داده باید شیء باشد", "A dataset must be an object");
  }
  for (const key of ["neighbourhoods", "indicators", "observations", "interventions", "agencies", "sessions", "resolutions"] as const) {
    const list = dataset[key];
    if (list !== undefined && !Array.isArray(list)) {
      throw fail("MODELS_INVALID_INPUT", `«${key}» باید فهرست باشد`, `"${key}" must be an array`, { key });
    }
  }
  const issues: DatasetIssue[] = [];
  const add = (list: keyof ModelDataset, index: number, path: (string | number)[], code: ModelsErrorCode, fa: string, en: string): void => {
    issues.push({ list, index, path, code, fa, en });
  };
  const index = <T extends { id: string }>(list: keyof ModelDataset, rows: readonly T[] | undefined): Map<string, T> | undefined => {
    if (rows === undefined) return undefined;
    const map = new Map<string, T>();
    rows.forEach((row, i) => {
      if (map.has(row.id)) add(list, i, ["id"], "MODELS_DUPLICATE", `شناسهٔ «${row.id}» تکراری است`, `Duplicate id "${row.id}"`);
      else map.set(row.id, row);
    });
    return map;
  };
  const neighbourhoods = index("neighbourhoods", dataset.neighbourhoods);
  const indicators = index("indicators", dataset.indicators);
  const agencies = index("agencies", dataset.agencies);
  const sessions = index("sessions", dataset.sessions);
  index("interventions", dataset.interventions);
  index("resolutions", dataset.resolutions);
  const NAMES = { محله: "neighbourhood", شاخص: "indicator", دستگاه: "agency", جلسه: "session" } as const;
  const unknown = (list: keyof ModelDataset, i: number, path: (string | number)[], what: keyof typeof NAMES, id: string): void =>
    add(list, i, path, "MODELS_UNKNOWN_VALUE", `${what} «${id}» در مجموعهٔ داده نیست`, `Unknown ${NAMES[what]} "${id}"`);

  dataset.neighbourhoods?.forEach((row, i) => {
    if (row.provinceCode === "IR-30" && !ALBORZ_COUNTIES.has(row.countyId)) {
      add(
        "neighbourhoods",
        i,
        ["countyId"],
        "MODELS_UNKNOWN_VALUE",
        `شهرستان «${row.countyId}» از شهرستان‌های البرز نیست`,
        `"${row.countyId}" is not one of Alborz's counties`,
      );
    }
  });

  const seen = new Set<string>();
  dataset.observations?.forEach((row, i) => {
    if (neighbourhoods !== undefined && !neighbourhoods.has(row.neighbourhoodId)) unknown("observations", i, ["neighbourhoodId"], "محله", row.neighbourhoodId);
    const indicator = indicators?.get(row.indicatorId);
    if (indicators !== undefined && indicator === undefined) unknown("observations", i, ["indicatorId"], "شاخص", row.indicatorId);
    const key = `${row.neighbourhoodId}\u0000${row.indicatorId}\u0000${row.period}`;
    if (seen.has(key)) {
      add("observations", i, [], "MODELS_DUPLICATE", "این مشاهده (محله، شاخص، دوره) تکراری است", "Duplicate observation (neighbourhood, indicator, period)");
    }
    seen.add(key);
    if (row.value === null || indicator === undefined) return;
    if (indicator.unit === "percent" && (row.value < 0 || row.value > 100)) {
      add("observations", i, ["value"], "MODELS_OUT_OF_RANGE", "درصد باید بین ۰ و ۱۰۰ باشد", "A percentage must be within 0–100");
    } else if (row.value < 0) {
      add("observations", i, ["value"], "MODELS_OUT_OF_RANGE", "مقدار این شاخص نمی‌تواند منفی باشد", "This indicator cannot be negative");
    }
  });

  dataset.interventions?.forEach((row, i) => {
    let population = 0;
    let known = neighbourhoods !== undefined;
    row.neighbourhoodIds.forEach((id, k) => {
      const n = neighbourhoods?.get(id);
      if (neighbourhoods !== undefined && n === undefined) {
        unknown("interventions", i, ["neighbourhoodIds", k], "محله", id);
        known = false;
      }
      population += n?.population ?? 0;
    });
    if (agencies !== undefined) {
      if (!agencies.has(row.leadAgencyId)) unknown("interventions", i, ["leadAgencyId"], "دستگاه", row.leadAgencyId);
      row.partnerAgencyIds.forEach((id, k) => {
        if (!agencies.has(id)) unknown("interventions", i, ["partnerAgencyIds", k], "دستگاه", id);
      });
    }
    if (!known) return;
    for (const field of ["plannedBeneficiaries", "actualBeneficiaries"] as const) {
      const value = row[field];
      if (value !== undefined && value > population) {
        add(
          "interventions",
          i,
          [field],
          "MODELS_EXCEEDS_TOTAL",
          `شمار بهره‌مندان (${value}) از جمعیت محلات اقدام (${population}) بیشتر است`,
          `Beneficiaries (${value}) exceed the population of the intervention's neighbourhoods (${population})`,
        );
      }
    }
  });

  dataset.sessions?.forEach((row, i) => {
    if (agencies === undefined) return;
    row.attendingAgencyIds.forEach((id, k) => {
      if (!agencies.has(id)) unknown("sessions", i, ["attendingAgencyIds", k], "دستگاه", id);
    });
  });

  dataset.resolutions?.forEach((row, i) => {
    if (agencies !== undefined && !agencies.has(row.responsibleAgencyId)) {
      unknown("resolutions", i, ["responsibleAgencyId"], "دستگاه", row.responsibleAgencyId);
    }
    if (sessions === undefined) return;
    const session = sessions.get(row.sessionId);
    if (session === undefined) unknown("resolutions", i, ["sessionId"], "جلسه", row.sessionId);
    else if (session.date.year !== row.sessionDate.year || session.date.month !== row.sessionDate.month || session.date.day !== row.sessionDate.day) {
      add("resolutions", i, ["sessionDate"], "MODELS_INVALID_DATE", "تاریخ جلسهٔ مصوبه با تاریخ خود جلسه یکی نیست", "The resolution's sessionDate differs from its session's date");
    }
  });
  return issues;
}
