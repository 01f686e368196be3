import type { Decimal } from "decimal.js";
import * as z from "zod/v4";
import {
  OBJECT_ONLY,
  catalogueChoice,
  nested,
  checkOrder,
  count,
  jalaliDate,
  list,
  money,
  numeric,
  report,
  text,
} from "./_fields";
import type { Ctx } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import type { CatalogueEntry } from "./catalogue";
import type { GroupCounts } from "./GroupCounts";
import { groupCounts } from "./_groupCounts";
import type { AgencyId, IndicatorId, InterventionId, NeighbourhoodId } from "./ids";
import { AgencyIdSchema, IndicatorIdSchema, InterventionIdSchema, NeighbourhoodIdSchema } from "./ids";
import type { JalaliPeriod } from "./JalaliPeriod";
import { JalaliPeriodSchema } from "./JalaliPeriod";
import type { IndicatorUnit } from "./IndicatorSchema";
import { INDICATOR_UNITS } from "./IndicatorSchema";
import type { ModelInput, ModelShape } from "./ModelInput";
import type { TargetGroupId } from "./targetGroups";
import { TARGET_GROUPS } from "./targetGroups";

/**
 * Type of intervention, from those the programme names (IMNA report of the 73rd session of
 * Alborz's Social Headquarters).
 *
 * @category Models
 */
export type InterventionType =
  | "educational-space"
  | "health-centre"
  | "production-workshop"
  | "home-business-support"
  | "vocational-skills"
  | "training-course"
  | "job-counselling-centre"
  | "public-culture-programme"
  | "ai-education"
  | "school-startups"
  | "infrastructure"
  | "other";

/**
 * The intervention types with Persian and English labels.
 *
 * @category Catalogues
 */
export const INTERVENTION_TYPES: readonly CatalogueEntry<InterventionType>[] = Object.freeze([
  { id: "educational-space", nameFa: "توسعهٔ فضای آموزشی", nameEn: "Educational space" },
  { id: "health-centre", nameFa: "ایجاد مرکز سلامت", nameEn: "Health centre" },
  { id: "production-workshop", nameFa: "کارگاه تولیدی کوچک", nameEn: "Small production workshop" },
  { id: "home-business-support", nameFa: "حمایت از مشاغل خانگی", nameEn: "Home-business support" },
  { id: "vocational-skills", nameFa: "مهارت‌های فنی و حرفه‌ای", nameEn: "Technical and vocational skills" },
  { id: "training-course", nameFa: "دورهٔ آموزشی", nameEn: "Training course" },
  { id: "job-counselling-centre", nameFa: "مرکز مشاوره و راهنمایی شغلی", nameEn: "Job counselling and guidance centre" },
  { id: "public-culture-programme", nameFa: "برنامهٔ ارتقای فرهنگ عمومی", nameEn: "Public-culture programme" },
  { id: "ai-education", nameFa: "آموزش هوش مصنوعی در مدارس", nameEn: "AI education in schools" },
  { id: "school-startups", nameFa: "استارتاپ در مدارس", nameEn: "School startups" },
  { id: "infrastructure", nameFa: "زیرساخت", nameEn: "Infrastructure" },
  { id: "other", nameFa: "سایر", nameEn: "Other" },
]);

/**
 * Source of an intervention's money.
 *
 * @category Models
 */
export type FundingSource =
  | "national"
  | "provincial"
  | "municipal"
  | "charity"
  | "private"
  | "residents"
  | "bank-loan"
  | "other";

/**
 * The funding sources with Persian and English labels.
 *
 * @category Catalogues
 */
export const FUNDING_SOURCES: readonly CatalogueEntry<FundingSource>[] = Object.freeze([
  { id: "national", nameFa: "اعتبارات ملی", nameEn: "National budget" },
  { id: "provincial", nameFa: "اعتبارات استانی", nameEn: "Provincial budget" },
  { id: "municipal", nameFa: "شهرداری", nameEn: "Municipality" },
  { id: "charity", nameFa: "خیرین", nameEn: "Benefactors" },
  { id: "private", nameFa: "بخش خصوصی", nameEn: "Private sector" },
  { id: "residents", nameFa: "آوردهٔ ساکنان", nameEn: "Residents' contribution" },
  { id: "bank-loan", nameFa: "تسهیلات بانکی", nameEn: "Bank loans" },
  { id: "other", nameFa: "سایر", nameEn: "Other" },
]);

/**
 * Progress of an intervention.
 *
 * @category Models
 */
export type InterventionStatus = "planned" | "in-progress" | "completed" | "suspended" | "cancelled";

/**
 * The intervention statuses with Persian and English labels.
 *
 * @category Catalogues
 */
export const INTERVENTION_STATUSES: readonly CatalogueEntry<InterventionStatus>[] = Object.freeze([
  { id: "planned", nameFa: "برنامه‌ریزی‌شده", nameEn: "Planned" },
  { id: "in-progress", nameFa: "در حال اجرا", nameEn: "In progress" },
  { id: "completed", nameFa: "پایان‌یافته", nameEn: "Completed" },
  { id: "suspended", nameFa: "متوقف", nameEn: "Suspended" },
  { id: "cancelled", nameFa: "لغوشده", nameEn: "Cancelled" },
]);

/**
 * One line of an intervention's budget.
 *
 * @category Models
 */
export interface BudgetLine {
  /** Where the money comes from. */
  source: FundingSource;
  /** Amount in rials (exact decimal). */
  amountRials: Decimal;
}

/**
 * Which way a KPI improves: `"increase"` (more is better, e.g. jobs created) or
 * `"decrease"` (less is better, e.g. distance to a health centre).
 *
 * @category Models
 */
export type KpiDirection = "increase" | "decrease";

/**
 * The KPI directions with Persian and English labels.
 *
 * @category Catalogues
 */
export const KPI_DIRECTIONS: readonly CatalogueEntry<KpiDirection>[] = Object.freeze([
  { id: "increase", nameFa: "افزایش مطلوب است", nameEn: "Higher is better" },
  { id: "decrease", nameFa: "کاهش مطلوب است", nameEn: "Lower is better" },
]);

/**
 * A KPI's target and value for one reporting period.
 *
 * @category Models
 */
export interface KpiPeriod {
  /** The period, e.g. `"1403-Q4"` or `"1403-12"`. */
  period: JalaliPeriod;
  /** Value aimed for by the end of the period, if set. */
  target?: number | undefined;
  /** Value reached in the period, if measured. */
  actual?: number | undefined;
}

/**
 * A key performance indicator of an intervention.
 *
 * @category Models
 */
export interface Kpi {
  /** Persian name, e.g. «تعداد کسب‌وکارهای خانگی فعال». */
  nameFa: string;
  /** English name, if given. */
  nameEn?: string | undefined;
  /** Unit of the three values (`"percent"` values must lie within 0–100). */
  unit: IndicatorUnit;
  /** Value before the intervention. */
  baseline: number;
  /** Value aimed for. */
  target: number;
  /** Value reached so far, if measured. */
  actual?: number | undefined;
  /**
   * Which way is better. Absent in older records: read as `"decrease"` when the target is
   * below the baseline, `"increase"` otherwise.
   */
  direction?: KpiDirection | undefined;
  /** The programme indicator (see `standardIndicators`) the KPI moves, if any. */
  indicatorId?: IndicatorId | undefined;
  /** Targets and values by reporting period, for KPIs reported by period (no repeated period). */
  periods?: KpiPeriod[] | undefined;
}

/**
 * Residents' part in deciding on an intervention.
 *
 * @category Models
 */
export interface Participation {
  /** Consultation meetings held with residents. */
  consultationsHeld: number;
  /** Residents who took part in the consultations. */
  participants: number;
  /** Votes cast by residents on the intervention (at most the participants). */
  votesCast: number;
  /** Votes in favour (at most the votes cast). */
  votesInFavour: number;
}

/**
 * An intervention (اقدام / پروژه) in one or more neighbourhoods.
 *
 * @category Models
 */
export interface Intervention {
  /** Stable identifier. */
  id: InterventionId;
  /** Persian title, e.g. «کارگاه خیاطی زنان سرپرست خانوار». */
  titleFa: string;
  /** English title, if given. */
  titleEn?: string | undefined;
  /** Type of intervention. */
  type: InterventionType;
  /** Neighbourhoods where it takes place (at least one, no repeats). */
  neighbourhoodIds: NeighbourhoodId[];
  /** Agency responsible for delivery. */
  leadAgencyId: AgencyId;
  /** Other agencies taking part (not the lead, no repeats). */
  partnerAgencyIds: AgencyId[];
  /** Groups of residents aimed at (see {@link TARGET_GROUPS}). */
  targetGroups: TargetGroupId[];
  /** Budget by funding source, in rials. */
  budget: BudgetLine[];
  /** Planned start (Jalali). */
  plannedStart: JalaliDate;
  /** Planned end (Jalali, not before the planned start). */
  plannedEnd: JalaliDate;
  /** Actual start, once started. */
  actualStart?: JalaliDate | undefined;
  /** Actual end, once finished (not before the actual start; required when completed). */
  actualEnd?: JalaliDate | undefined;
  /** Progress. */
  status: InterventionStatus;
  /** Residents the intervention plans to reach. */
  plannedBeneficiaries: number;
  /** Residents reached so far. */
  actualBeneficiaries?: number | undefined;
  /** Key performance indicators. */
  kpis: Kpi[];
  /** Residents' participation in deciding on it, if recorded. */
  participation?: Participation | undefined;
  /** Persons reached so far by target group (e.g. `{ youth: 120, women: 95 }`), if recorded. */
  beneficiariesByGroup?: GroupCounts | undefined;
}

/**
 * What {@link InterventionSchema} accepts.
 *
 * @category Models
 */
export type InterventionInput = ModelInput<Intervention>;

const budgetLine = nested(z.object({ source: catalogueChoice(FUNDING_SOURCES), amountRials: money() }));

const kpiPeriod = nested(
  z.object({
    period: JalaliPeriodSchema,
    target: numeric().optional(),
    actual: numeric().optional(),
  }),
);

const kpi = nested(
  z
  .object({
    nameFa: text({ max: 200 }),
    nameEn: text({ max: 200 }).optional(),
    unit: catalogueChoice(INDICATOR_UNITS, { "%": "percent", "٪": "percent" }),
    baseline: numeric(),
    target: numeric(),
    actual: numeric().optional(),
    direction: catalogueChoice(KPI_DIRECTIONS).optional(),
    indicatorId: IndicatorIdSchema.optional(),
    periods: list(kpiPeriod, { unique: false }).optional(),
  })
  .superRefine((row, ctx) => {
    if (Array.isArray(row.periods)) {
      const seen = new Set<string>();
      row.periods.forEach((p, index) => {
        const period = typeof p === "object" && p !== null ? (p as { period?: unknown }).period : undefined;
        if (typeof period !== "string") return;
        if (seen.has(period)) report(ctx, "MODELS_DUPLICATE", "این دوره تکراری است", "Duplicate period", period, ["periods", index, "period"]);
        seen.add(period);
      });
    }
    if (
      typeof row.baseline === "number" &&
      typeof row.target === "number" &&
      ((row.direction === "increase" && row.target < row.baseline) || (row.direction === "decrease" && row.target > row.baseline))
    ) {
      report(
        ctx,
        "MODELS_OUT_OF_RANGE",
        "هدف با جهت شاخص نمی‌خواند",
        "The target contradicts the KPI's direction",
        row.target,
        ["target"],
      );
    }
    if (row.unit !== "percent") return;
    for (const key of ["baseline", "target", "actual"] as const) {
      const value = row[key];
      if (typeof value === "number" && (value < 0 || value > 100)) {
        report(ctx, "MODELS_OUT_OF_RANGE", "درصد باید بین ۰ و ۱۰۰ باشد", "A percentage must be within 0–100", value, [key]);
      }
    }
    row.periods?.forEach((p, index) => {
      for (const key of ["target", "actual"] as const) {
        const value = typeof p === "object" && p !== null ? p[key] : undefined;
        if (typeof value === "number" && (value < 0 || value > 100)) {
          report(ctx, "MODELS_OUT_OF_RANGE", "درصد باید بین ۰ و ۱۰۰ باشد", "A percentage must be within 0–100", value, ["periods", index, key]);
        }
      }
    });
  }, OBJECT_ONLY),
);

function notAbove(ctx: Ctx, part: unknown, whole: unknown, path: string, fa: string, en: string): void {
  if (typeof part === "number" && typeof whole === "number" && part > whole) {
    report(ctx, "MODELS_EXCEEDS_TOTAL", fa, en, part, [path]);
  }
}

const participation = nested(
  z
  .object({ consultationsHeld: count(), participants: count(), votesCast: count(), votesInFavour: count() })
  .superRefine((row, ctx) => {
    notAbove(ctx, row.votesCast, row.participants, "votesCast", "شمار رأی‌ها از شمار شرکت‌کنندگان بیشتر است", "More votes than participants");
    notAbove(ctx, row.votesInFavour, row.votesCast, "votesInFavour", "شمار رأی‌های موافق از کل رأی‌ها بیشتر است", "More votes in favour than votes cast");
  }, OBJECT_ONLY),
);

const targetGroupAliases = Object.fromEntries(
  TARGET_GROUPS.flatMap((group) => [
    [group.nameFa, group.id],
    [group.nameEn, group.id],
  ]),
) as Record<string, TargetGroupId>;

const interventionObject = z
  .object({
    id: InterventionIdSchema,
    titleFa: text({ max: 300 }),
    titleEn: text({ max: 300 }).optional(),
    type: catalogueChoice(INTERVENTION_TYPES),
    neighbourhoodIds: list(NeighbourhoodIdSchema, { min: 1 }),
    leadAgencyId: AgencyIdSchema,
    partnerAgencyIds: list(AgencyIdSchema),
    targetGroups: list(catalogueChoice(TARGET_GROUPS.map((g) => ({ id: g.id, nameFa: g.nameFa, nameEn: g.nameEn })), targetGroupAliases)),
    budget: list(budgetLine, { unique: false }),
    plannedStart: jalaliDate(),
    plannedEnd: jalaliDate(),
    actualStart: jalaliDate().optional(),
    actualEnd: jalaliDate().optional(),
    status: catalogueChoice(INTERVENTION_STATUSES),
    plannedBeneficiaries: count(),
    actualBeneficiaries: count().optional(),
    kpis: list(kpi, { unique: false }),
    participation: participation.optional(),
    beneficiariesByGroup: groupCounts().optional(),
  })
  .superRefine((row, ctx) => {
    checkOrder(ctx, row.plannedStart, row.plannedEnd, "plannedEnd", "پایان برنامه‌ریزی‌شده پیش از آغاز آن است", "The planned end is before the planned start");
    checkOrder(ctx, row.actualStart, row.actualEnd, "actualEnd", "پایان واقعی پیش از آغاز واقعی است", "The actual end is before the actual start");
    if (row.actualEnd !== undefined && row.actualStart === undefined) {
      report(ctx, "MODELS_REQUIRED", "اقدامی که پایان یافته باید تاریخ آغاز واقعی داشته باشد", "An actual end needs an actual start", undefined, ["actualStart"]);
    }
    if (row.status === "completed" && row.actualEnd === undefined) {
      report(ctx, "MODELS_REQUIRED", "اقدام پایان‌یافته باید تاریخ پایان واقعی داشته باشد", "A completed intervention needs its actual end", undefined, ["actualEnd"]);
    }
    if ((row.status === "in-progress" || row.status === "completed") && row.actualStart === undefined) {
      report(ctx, "MODELS_REQUIRED", "اقدام آغازشده باید تاریخ آغاز واقعی داشته باشد", "A started intervention needs its actual start", undefined, ["actualStart"]);
    }
    if (Array.isArray(row.partnerAgencyIds)) {
      row.partnerAgencyIds.forEach((id, index) => {
        if (id === row.leadAgencyId) {
          report(ctx, "MODELS_DUPLICATE", "دستگاه مسئول در فهرست همکاران هم آمده است", "The lead agency is also listed as a partner", id, ["partnerAgencyIds", index]);
        }
      });
    }
  }, OBJECT_ONLY);

/**
 * Schema of an {@link Intervention}. Cross-field rules: planned and actual ends not before
 * their starts; an actual end needs an actual start; started interventions need an actual
 * start and completed ones an actual end; the lead agency is not also a partner; KPI
 * percentages within 0–100; votes not above participants. (Beneficiaries against the
 * neighbourhoods' population are checked by {@link checkDataset}.)
 *
 * @example
 * ```ts
 * import { InterventionSchema } from "mahalleh/models";
 * const intervention = InterventionSchema.parse({
 *   id: "alb-int-001", titleFa: "کارگاه خیاطی زنان سرپرست خانوار", type: "کارگاه تولیدی کوچک",
 *   neighbourhoodIds: ["alb-krj-001"], leadAgencyId: "alb-tvto", partnerAgencyIds: ["alb-welfare"],
 *   targetGroups: ["زنان", "youth"], budget: [{ source: "اعتبارات استانی", amountRials: "۱۲٬۵۰۰ میلیون ریال" }],
 *   plannedStart: "۱۴۰۳/۰۷/۰۱", plannedEnd: "1404/06/31", status: "planned", plannedBeneficiaries: "۱۲۰", kpis: [],
 * });
 * intervention.budget[0]?.amountRials.toString(); // => "12500000000"
 * intervention.targetGroups; // => ["women", "youth"]
 * InterventionSchema.safeParse({ ...intervention, plannedEnd: "1403/06/31" }).success; // => false
 * ```
 *
 * @category Models
 */
export const InterventionSchema: z.ZodObject<ModelShape<Intervention>> = interventionObject;

/**
 * The field names of an {@link Intervention}, in schema order.
 *
 * @category Models
 */
export const INTERVENTION_FIELDS: readonly (keyof Intervention)[] = Object.freeze(
  Object.keys(interventionObject.shape) as (keyof Intervention)[],
);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputMatches: Equals<z.output<typeof interventionObject>, Intervention> = true;
void outputMatches;
