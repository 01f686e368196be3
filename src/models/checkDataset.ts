import { fail } from "../internal/safe";
import { compareDates } from "./_fields";
import type { Agency } from "./AgencySchema";
import { alborzCounties } from "./alborzCounties";
import type { ModelsErrorCode } from "./errorCodes";
import type { Indicator } from "./IndicatorSchema";
import type { Intervention } from "./InterventionSchema";
import type { Neighbourhood } from "./NeighbourhoodSchema";
import type { Observation } from "./ObservationSchema";
import type { Resolution } from "./ResolutionSchema";
import type { Session } from "./SessionSchema";
import type { Transaction } from "./TransactionSchema";

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
  /** Transactions (commitments, disbursements, expenditures) of the interventions. */
  readonly transactions?: readonly Transaction[] | undefined;
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
 * session's date. For monitoring: a resolution's completion date, when given, is not before
 * its session (a done resolution without one stays valid: records written before
 * `completedOn` existed); a deadline change is approved on or after the session and moves the
 * deadline after it; a resolution's neighbourhoods and interventions exist; a transaction's
 * intervention and agency exist, its amount is a non-negative number of rials. Each issue
 * names the record (`list`, `index`, and its id in the message) and the field (`path`).
 * Records must already be parsed by their schemas.
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
  for (const key of ["neighbourhoods", "indicators", "observations", "interventions", "agencies", "sessions", "resolutions", "transactions"] as const) {
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
  const interventions = index("interventions", dataset.interventions);
  index("resolutions", dataset.resolutions);
  index("transactions", dataset.transactions);
  const NAMES = { محله: "neighbourhood", شاخص: "indicator", دستگاه: "agency", جلسه: "session", اقدام: "intervention" } as const;
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

  // Monitoring rules: completions and extensions against the session, links, money.
  dataset.resolutions?.forEach((row, i) => {
    const session = sessions?.get(row.sessionId)?.date ?? row.sessionDate;
    if (row.completedOn !== undefined && compareDates(row.completedOn, session) < 0) {
      add("resolutions", i, ["completedOn"], "MODELS_DATE_ORDER", `تاریخ انجام مصوبهٔ «${row.id}» پیش از جلسه است`, `Resolution "${row.id}" is completed before its session`);
    }
    row.deadlineChanges?.forEach((change, k) => {
      if (compareDates(change.date, session) < 0) {
        add("resolutions", i, ["deadlineChanges", k, "date"], "MODELS_DATE_ORDER", `تمدید مهلت مصوبهٔ «${row.id}» پیش از جلسه تصویب شده است`, `A deadline change of resolution "${row.id}" is dated before its session`);
      }
      if (compareDates(change.newDeadline, session) <= 0) {
        add("resolutions", i, ["deadlineChanges", k, "newDeadline"], "MODELS_DATE_ORDER", `مهلت تمدیدشدهٔ مصوبهٔ «${row.id}» پیش از جلسه یا هم‌روز آن است`, `A changed deadline of resolution "${row.id}" is not after its session`);
      }
    });
    row.neighbourhoodIds?.forEach((id, k) => {
      if (neighbourhoods !== undefined && !neighbourhoods.has(id)) unknown("resolutions", i, ["neighbourhoodIds", k], "محله", id);
    });
    row.interventionIds?.forEach((id, k) => {
      if (interventions !== undefined && !interventions.has(id)) unknown("resolutions", i, ["interventionIds", k], "اقدام", id);
    });
  });

  dataset.transactions?.forEach((row, i) => {
    if (interventions !== undefined && !interventions.has(row.interventionId)) unknown("transactions", i, ["interventionId"], "اقدام", row.interventionId);
    if (agencies !== undefined && row.agencyId !== undefined && !agencies.has(row.agencyId)) unknown("transactions", i, ["agencyId"], "دستگاه", row.agencyId);
    if (typeof row.amountRials !== "object" || row.amountRials === null || !row.amountRials.isFinite() || row.amountRials.isNegative()) {
      add("transactions", i, ["amountRials"], "MODELS_INVALID_MONEY", `مبلغ تراکنش «${row.id}» منفی یا نامعتبر است`, `Transaction "${row.id}" has a negative or invalid amount`);
    }
    if (row.currency !== undefined && row.currency !== "IRR") {
      add("transactions", i, ["currency"], "MODELS_INVALID_MONEY", `تراکنش «${row.id}» به ریال نیست`, `Transaction "${row.id}" is not in rials`);
    }
  });
  return issues;
}
