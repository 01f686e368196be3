import type { JalaliDate } from "./_jalaliDate";
import { SAMPLE_AS_OF, buildSample } from "./_sampleData";
import type { Agency } from "./AgencySchema";
import type { County } from "./alborzCounties";
import { alborzCounties } from "./alborzCounties";
import type { Indicator } from "./IndicatorSchema";
import type { Intervention } from "./InterventionSchema";
import type { Neighbourhood } from "./NeighbourhoodSchema";
import type { Observation } from "./ObservationSchema";
import type { Resolution } from "./ResolutionSchema";
import type { Session } from "./SessionSchema";
import type { Transaction } from "./TransactionSchema";

/**
 * The shape of {@link sampleDataset}: one list per model, plus the counties and a label.
 *
 * @category Sample data
 */
export interface SampleDataset {
  /** Always `true`: the figures are invented, not official statistics. */
  readonly synthetic: true;
  /** What the dataset is, in English. */
  readonly description: string;
  /** The date the dataset describes the programme at (the 73rd session, 1403/12/27). */
  readonly asOf: JalaliDate;
  /** Alborz's 7 counties. */
  readonly counties: readonly County[];
  /** 66 neighbourhoods across the 7 counties. */
  readonly neighbourhoods: readonly Neighbourhood[];
  /** The {@link standardIndicators} catalogue. */
  readonly indicators: readonly Indicator[];
  /** Every indicator in every neighbourhood for 1401, 1402 and 1403, a few missing with reasons. */
  readonly observations: readonly Observation[];
  /** Interventions with budgets in rials, statuses and KPIs. */
  readonly interventions: readonly Intervention[];
  /** Provincial agencies, county municipalities and a charity. */
  readonly agencies: readonly Agency[];
  /** Sessions 68–73 of Alborz's Social Headquarters. */
  readonly sessions: readonly Session[];
  /** Resolutions of those sessions with deadlines and follow-ups. */
  readonly resolutions: readonly Resolution[];
  /** Commitments, disbursements and expenditures of the interventions that have started. */
  readonly transactions: readonly Transaction[];
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) return value; // Decimal and friends
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}

let built: ReturnType<typeof buildSample> | undefined;

/** The generated lists, built and frozen on first access (≈ 0.2 s), never at import. */
function parts(): ReturnType<typeof buildSample> {
  built ??= deepFreeze(buildSample());
  return built;
}

/**
 * A **synthetic** dataset of Alborz province for examples, tests and demos — **not official
 * data**. The frame is real (the 7 counties and their cities, sessions of the province's
 * Social Headquarters up to the 73rd on Monday 1403/12/27 = 2025-03-17 in «سالن شهدای دولت
 * استانداری», the interventions the programme names); everything else is generated from a
 * fixed seed: 66 neighbourhoods with invented names and realistic sizes (about 1,500 to
 * 40,000 residents), the 14 {@link standardIndicators} observed for 1401, 1402 and 1403 with a
 * hidden deprivation level shared by all indicators of a neighbourhood (so composite scores
 * rank meaningfully), 8 missing values with reasons, 33 interventions with budgets in rials,
 * 23 agencies, 6 sessions and 16 resolutions (with completions, follow-ups and one deadline
 * extension), the commitments, disbursements and expenditures of the started interventions,
 * quarterly KPI periods, and beneficiaries and eligible residents by target group. Every
 * record is valid against its schema. Frozen. Built on first access to one of its lists, not
 * at import: importing `mahalleh/models` costs nothing for an app that never reads the sample.
 *
 * @example
 * ```ts
 * import { sampleDataset } from "mahalleh/models";
 * sampleDataset.synthetic; // => true
 * sampleDataset.neighbourhoods.length; // => 66
 * sampleDataset.observations.length; // => 66 * 14 * 3
 * const s73 = sampleDataset.sessions.find((s) => s.number === 73);
 * s73?.date; // => { year: 1403, month: 12, day: 27 }
 * s73?.venue; // => "سالن شهدای دولت استانداری"
 * sampleDataset.transactions.every((t) => t.amountRials.isPositive()); // => true
 * ```
 *
 * @category Sample data
 */
export const sampleDataset: SampleDataset = /* @__PURE__ */ Object.freeze({
  synthetic: true,
  description:
    "SYNTHETIC sample of Alborz province's less-privileged neighbourhoods programme (mahalleh). Invented figures; real counties and session frame. Not official statistics.",
  asOf: Object.freeze({ ...SAMPLE_AS_OF }),
  counties: alborzCounties,
  get neighbourhoods(): readonly Neighbourhood[] {
    return parts().neighbourhoods;
  },
  get indicators(): readonly Indicator[] {
    return parts().indicators;
  },
  get observations(): readonly Observation[] {
    return parts().observations;
  },
  get interventions(): readonly Intervention[] {
    return parts().interventions;
  },
  get agencies(): readonly Agency[] {
    return parts().agencies;
  },
  get sessions(): readonly Session[] {
    return parts().sessions;
  },
  get resolutions(): readonly Resolution[] {
    return parts().resolutions;
  },
  get transactions(): readonly Transaction[] {
    return parts().transactions;
  },
} as const);
