/**
 * Builds the SYNTHETIC Alborz sample dataset deterministically from a seeded PRNG. Nothing
 * here is real data: neighbourhood names are invented from common place-name words, every
 * figure is drawn from plausible ranges with deprivation correlated across indicators. Only
 * the frame is real: the 7 counties and their cities, the 73rd session of the Social
 * Headquarters on 1403/12/27 (= 2025-03-17) in the governorate's Shohada-ye Dolat hall, and
 * the kinds of intervention the programme names (IMNA news 849955).
 */
import type { Decimal } from "decimal.js";
import { persianDigits } from "../internal/chars";
import { cleanMoney } from "./_clean";
import { compareDates } from "./_fields";
import type { JalaliDate } from "./_jalaliDate";
import { monthLength } from "./_jalaliDate";
import { createPrng } from "./_prng";
import type { Prng } from "./_prng";
import type { Agency } from "./AgencySchema";
import { alborzCounties } from "./alborzCounties";
import type { AgencyId, CountyId, IndicatorId, InterventionId, NeighbourhoodId, ResolutionId, SessionId } from "./ids";
import type { Indicator } from "./IndicatorSchema";
import type { FundingSource, Intervention, InterventionStatus, InterventionType, Kpi } from "./InterventionSchema";
import type { Neighbourhood, NeighbourhoodCategory } from "./NeighbourhoodSchema";
import type { Observation, MissingReason } from "./ObservationSchema";
import { provincialAgencies } from "./provincialAgencies";
import { provinces } from "./provinces";
import type { Resolution } from "./ResolutionSchema";
import { addMonitoring } from "./_sampleMonitoring";
import type { Session } from "./SessionSchema";
import { standardIndicators } from "./standardIndicators";
import type { TargetGroupId } from "./targetGroups";
import type { Transaction } from "./TransactionSchema";

/** Everything the sample holds. */
export interface SampleParts {
  neighbourhoods: Neighbourhood[];
  indicators: Indicator[];
  observations: Observation[];
  interventions: Intervention[];
  agencies: Agency[];
  sessions: Session[];
  resolutions: Resolution[];
  /** Transactions of the interventions (see `_sampleMonitoring.ts`). */
  transactions: Transaction[];
  /** Latent deprivation 0–1 of each neighbourhood (for tests of the generator only). */
  latent: ReadonlyMap<string, number>;
}

/** The date the sample describes the programme at: the 73rd session. */
export const SAMPLE_AS_OF: JalaliDate = { year: 1403, month: 12, day: 27 };

interface CountySpec {
  readonly id: string;
  readonly code: string;
  readonly count: number;
  readonly cities: readonly string[];
  readonly population: readonly [number, number];
  readonly centre: readonly [number, number];
  readonly categories: readonly NeighbourhoodCategory[];
}

const COUNTIES: readonly CountySpec[] = [
  {
    id: "karaj",
    code: "krj",
    count: 26,
    cities: ["کرج", "ماهدشت", "محمدشهر", "کمال‌شهر"],
    population: [6000, 40000],
    centre: [50.99, 35.83],
    categories: ["informal-settlement", "informal-settlement", "worn-out-fabric", "worn-out-fabric", "historic", "rural-origin"],
  },
  {
    id: "fardis",
    code: "frd",
    count: 10,
    cities: ["فردیس", "مشکین‌دشت"],
    population: [5000, 32000],
    centre: [50.98, 35.72],
    categories: ["informal-settlement", "informal-settlement", "worn-out-fabric", "rural-origin"],
  },
  {
    id: "savojbolagh",
    code: "svj",
    count: 10,
    cities: ["هشتگرد", "کوهسار", "چندار"],
    population: [3000, 18000],
    centre: [50.68, 35.96],
    categories: ["rural-origin", "informal-settlement", "worn-out-fabric"],
  },
  {
    id: "nazarabad",
    code: "nzr",
    count: 6,
    cities: ["نظرآباد", "تنکمان"],
    population: [3000, 15000],
    centre: [50.61, 35.95],
    categories: ["rural-origin", "worn-out-fabric", "informal-settlement"],
  },
  {
    id: "chaharbagh",
    code: "chb",
    count: 5,
    cities: ["چهارباغ", "گلسار"],
    population: [2500, 12000],
    centre: [50.85, 35.84],
    categories: ["rural-origin", "informal-settlement"],
  },
  {
    id: "eshtehard",
    code: "esh",
    count: 5,
    cities: ["اشتهارد", "پلنگ‌آباد"],
    population: [2500, 12000],
    centre: [50.37, 35.73],
    categories: ["rural-origin", "worn-out-fabric", "other"],
  },
  {
    id: "taleqan",
    code: "tlq",
    count: 4,
    cities: ["طالقان"],
    population: [1500, 5000],
    centre: [50.76, 36.17],
    categories: ["rural-origin", "historic"],
  },
];

const NAME_PREFIXES: readonly (readonly [string, string])[] = [
  ["کوی", "Kuy-e"],
  ["شهرک", "Shahrak-e"],
];

const NAME_WORDS: readonly (readonly [string, string])[] = [
  ["گلستان", "Golestan"],
  ["بهار", "Bahar"],
  ["نور", "Nur"],
  ["امید", "Omid"],
  ["فردوس", "Ferdows"],
  ["لاله", "Laleh"],
  ["نسترن", "Nastaran"],
  ["یاس", "Yas"],
  ["سپیده", "Sepideh"],
  ["آزادی", "Azadi"],
  ["مهر", "Mehr"],
  ["فجر", "Fajr"],
  ["سحر", "Sahar"],
  ["رضوان", "Rezvan"],
  ["نرگس", "Narges"],
  ["شقایق", "Shaqayeq"],
  ["ارغوان", "Arghavan"],
  ["صنوبر", "Sanobar"],
  ["کوثر", "Kowsar"],
  ["زیتون", "Zeytun"],
  ["الوند", "Alvand"],
  ["دماوند", "Damavand"],
  ["بوستان", "Bustan"],
  ["چمن", "Chaman"],
  ["آفتاب", "Aftab"],
  ["ستاره", "Setareh"],
  ["باران", "Baran"],
  ["نیلوفر", "Nilufar"],
  ["اقاقیا", "Aqaqia"],
  ["سرو", "Sarv"],
  ["چنار", "Chenar"],
  ["پردیس", "Pardis"],
  ["مینو", "Minu"],
];

/** Mean latent deprivation by category. */
const CATEGORY_DEPRIVATION: Readonly<Record<NeighbourhoodCategory, number>> = {
  "informal-settlement": 0.68,
  "worn-out-fabric": 0.55,
  "rural-origin": 0.5,
  historic: 0.42,
  other: 0.35,
};

/** Value of each indicator at latent deprivation 0 (best) and 1 (worst), and decimals. */
const INDICATOR_RANGES: Readonly<Record<string, readonly [number, number, number]>> = {
  "unemployment-rate": [7, 24, 1],
  "youth-neet-rate": [18, 46, 1],
  "female-labour-participation": [22, 7, 1],
  "relief-coverage-rate": [4, 26, 1],
  "home-business-density": [32, 6, 1],
  "literacy-rate": [95, 78, 1],
  "school-dropout-rate": [1.5, 12, 1],
  "health-centre-distance": [0.6, 3.8, 1],
  "addiction-treatment-rate": [2.5, 15, 1],
  "crime-rate": [8, 32, 1],
  "worn-out-area-share": [10, 80, 1],
  "persons-per-room": [0.9, 2.2, 2],
  "cultural-space-per-capita": [0.4, 0.08, 2],
  "resident-participation-rate": [35, 10, 1],
};

/**
 * The synthetic programme effect on unemployment (percentage points): between 1401 and 1403
 * the unemployment rate of target neighbourhoods falls this much more than that of candidate
 * neighbourhoods (a difference-in-differences of −2.0 in expectation).
 */
export const SAMPLE_UNEMPLOYMENT_EFFECT = 2;

/** Missing values: [neighbourhood index, indicator id, period, reason]. */
const MISSING: readonly (readonly [number, string, string, MissingReason])[] = [
  [5, "crime-rate", "1403", "suppressed"],
  [17, "crime-rate", "1403", "suppressed"],
  [42, "crime-rate", "1403", "suppressed"],
  [8, "health-centre-distance", "1402", "not-collected"],
  [23, "resident-participation-rate", "1402", "not-collected"],
  [31, "home-business-density", "1403", "pending"],
  [60, "home-business-density", "1403", "pending"],
  [50, "addiction-treatment-rate", "1403", "unreliable"],
];

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));

function addMonths(date: JalaliDate, months: number): JalaliDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, monthLength(year, month)) };
}

function rials(amount: number): Decimal {
  return cleanMoney(Math.round(amount))!;
}

function buildNeighbourhoods(prng: Prng, latent: Map<string, number>): Neighbourhood[] {
  const out: Neighbourhood[] = [];
  let index = 0;
  for (const spec of COUNTIES) {
    for (let k = 1; k <= spec.count; k++, index++) {
      const [wordFa, wordEn] = NAME_WORDS[index % NAME_WORDS.length]!;
      const [prefixFa, prefixEn] = NAME_PREFIXES[Math.floor(index / NAME_WORDS.length) % NAME_PREFIXES.length]!;
      const category = prng.pick(spec.categories);
      const [lo, hi] = spec.population;
      const population = Math.round(Math.exp(prng.between(Math.log(lo), Math.log(hi))) / 10) * 10;
      const households = Math.round(population / prng.between(3.0, 3.6));
      const areaHa = round(population / prng.between(110, 360), 1);
      const id = `alb-${spec.code}-${String(k).padStart(3, "0")}` as NeighbourhoodId;
      latent.set(id, clamp(CATEGORY_DEPRIVATION[category] + 0.17 * prng.normal(), 0.03, 0.97));
      const candidate = index % 11 === 10;
      const graduated = index === 3;
      const neighbourhood: Neighbourhood = {
        id,
        nameFa: `${prefixFa} ${wordFa}`,
        nameEn: `${prefixEn} ${wordEn}`,
        provinceCode: "IR-30",
        countyId: spec.id as CountyId,
        city: k === 1 ? spec.cities[0]! : prng.pick(spec.cities),
        population,
        households,
        areaHa,
        location: {
          type: "Point",
          coordinates: [round(spec.centre[0] + prng.between(-0.04, 0.04), 4), round(spec.centre[1] + prng.between(-0.03, 0.03), 4)],
        },
        category,
        status: candidate ? "candidate" : graduated ? "graduated" : "target",
      };
      if (!candidate) {
        neighbourhood.designatedOn = graduated
          ? { year: 1399, month: 4, day: 10 }
          : { year: prng.int(1399, 1402), month: prng.int(1, 12), day: prng.int(1, 28) };
      }
      out.push(neighbourhood);
    }
  }
  return out;
}

function buildObservations(prng: Prng, neighbourhoods: readonly Neighbourhood[], latent: ReadonlyMap<string, number>): Observation[] {
  const missing = new Map<string, MissingReason>();
  for (const [index, indicatorId, period, reason] of MISSING) {
    missing.set(`${neighbourhoods[index]!.id}|${indicatorId}|${period}`, reason);
  }
  const out: Observation[] = [];
  // The 1401 baseline comes from its own PRNG and is appended at the end, so the 1402 and 1403
  // records keep their values and positions.
  const baseline = createPrng(1401);
  const earlier: Observation[] = [];
  neighbourhoods.forEach((n) => {
    const d = latent.get(n.id)!;
    // Each neighbourhood improves a little between 1402 and 1403 (more where interventions ran).
    const improvement = 0.015 + 0.03 * prng.next();
    for (const indicator of standardIndicators) {
      const [best, worst, decimals] = INDICATOR_RANGES[indicator.id]!;
      const own = 0.09 * prng.normal();
      for (const period of ["1401", "1402", "1403"] as const) {
        if (period === "1401") {
          // 1401 is 0.02 of the latent scale worse for everyone; the programme effect (known, documented
          // for mahalleh/evaluation): target and graduated neighbourhoods' unemployment rate was
          // SAMPLE_UNEMPLOYMENT_EFFECT points higher than this common path, so from 1401 to 1403 it
          // falls that much more than in the candidate (comparison) neighbourhoods.
          const level = clamp(d + own + 0.025 * baseline.normal() + 0.02, 0, 1);
          const effect = indicator.id === "unemployment-rate" && n.status !== "candidate" ? SAMPLE_UNEMPLOYMENT_EFFECT : 0;
          earlier.push({ neighbourhoodId: n.id, indicatorId: indicator.id as IndicatorId, period, value: round(best + (worst - best) * level + effect, decimals) });
          continue;
        }
        const level = clamp(d + own + 0.025 * prng.normal() - (period === "1403" ? improvement : 0), 0, 1);
        const reason = missing.get(`${n.id}|${indicator.id}|${period}`);
        const observation: Observation = {
          neighbourhoodId: n.id,
          indicatorId: indicator.id as IndicatorId,
          period,
          value: reason === undefined ? round(best + (worst - best) * level, decimals) : null,
        };
        if (reason !== undefined) observation.missingReason = reason;
        out.push(observation);
      }
    }
  });
  return out.concat(earlier);
}

function buildAgencies(): Agency[] {
  const alborz = provinces.find((p) => p.code === "IR-30")!;
  const agencies: Agency[] = [...provincialAgencies(alborz, "alb")].map((a) => ({ ...a }));
  for (const county of alborzCounties) {
    agencies.push({
      id: `alb-mun-${county.id}` as AgencyId,
      nameFa: `شهرداری ${county.seatFa}`,
      nameEn: `${county.seatEn} Municipality`,
      kind: "municipality",
      level: "local",
      provinceCode: "IR-30",
    });
  }
  agencies.push({
    id: "alb-school-benefactors" as AgencyId,
    nameFa: "مجمع خیرین مدرسه‌ساز استان البرز",
    nameEn: "Alborz School-Building Benefactors' Association",
    kind: "charity",
    level: "provincial",
    provinceCode: "IR-30",
  });
  return agencies;
}

interface TypeSpec {
  readonly titleFa: string;
  readonly titleEn: string;
  readonly lead: string;
  readonly partners: readonly string[];
  readonly groups: readonly TargetGroupId[];
  /** Budget range in billions of rials. */
  readonly budget: readonly [number, number];
  /** Planned beneficiaries: share of the population, or a fixed range of people. */
  readonly reach: number | readonly [number, number];
  readonly kpi: Omit<Kpi, "actual">;
}

const TYPES: Readonly<Record<Exclude<InterventionType, "other">, TypeSpec>> = {
  "educational-space": {
    titleFa: "احداث فضای آموزشی",
    titleEn: "New educational space",
    lead: "alb-education",
    partners: ["alb-school-benefactors", "mun"],
    groups: ["children", "youth"],
    budget: [30, 90],
    reach: 0.12,
    kpi: { nameFa: "کلاس‌های درس افزوده", nameEn: "Classrooms added", unit: "count", baseline: 0, target: 12 },
  },
  "health-centre": {
    titleFa: "ایجاد مرکز خدمات جامع سلامت",
    titleEn: "Comprehensive health centre",
    lead: "alb-health",
    partners: ["mun", "alb-governorate"],
    groups: ["all-residents", "elderly", "children"],
    budget: [40, 120],
    reach: 0.6,
    kpi: { nameFa: "فاصلهٔ ساکنان تا مرکز سلامت", nameEn: "Residents' distance to a health centre", unit: "km", baseline: 3.5, target: 1 },
  },
  "production-workshop": {
    titleFa: "کارگاه تولیدی کوچک",
    titleEn: "Small production workshop",
    lead: "alb-technical-vocational",
    partners: ["alb-labour", "alb-relief-foundation"],
    groups: ["women", "youth"],
    budget: [8, 30],
    reach: [25, 80],
    kpi: { nameFa: "شغل‌های ایجادشده", nameEn: "Jobs created", unit: "count", baseline: 0, target: 40 },
  },
  "home-business-support": {
    titleFa: "حمایت از مشاغل خانگی",
    titleEn: "Home-business support",
    lead: "alb-labour",
    partners: ["alb-relief-foundation", "alb-welfare"],
    groups: ["women", "female-headed-households"],
    budget: [5, 20],
    reach: [60, 250],
    kpi: { nameFa: "مشاغل خانگی دارای مجوز", nameEn: "Licensed home businesses", unit: "count", baseline: 20, target: 80 },
  },
  "vocational-skills": {
    titleFa: "آموزش مهارت‌های فنی و حرفه‌ای",
    titleEn: "Technical and vocational skills training",
    lead: "alb-technical-vocational",
    partners: ["alb-sports-youth", "alb-welfare"],
    groups: ["youth", "women"],
    budget: [3, 12],
    reach: [80, 300],
    kpi: { nameFa: "سهم کارآموزان شاغل‌شده", nameEn: "Trainees in work", unit: "percent", baseline: 0, target: 40 },
  },
  "training-course": {
    titleFa: "دورهٔ آموزشی مهارت‌های زندگی و اقتصاد خانواده",
    titleEn: "Life-skills and household-economy course",
    lead: "alb-welfare",
    partners: ["alb-culture", "alb-relief-foundation"],
    groups: ["women", "youth"],
    budget: [1, 5],
    reach: [40, 200],
    kpi: { nameFa: "شرکت‌کنندگان دوره", nameEn: "Course participants", unit: "count", baseline: 0, target: 150 },
  },
  "job-counselling-centre": {
    titleFa: "مرکز مشاوره و راهنمایی شغلی",
    titleEn: "Job counselling and guidance centre",
    lead: "alb-labour",
    partners: ["alb-technical-vocational", "alb-sports-youth"],
    groups: ["youth"],
    budget: [4, 15],
    reach: [150, 600],
    kpi: { nameFa: "سهم مراجعان معرفی‌شده به کار", nameEn: "Clients placed in jobs", unit: "percent", baseline: 0, target: 30 },
  },
  "public-culture-programme": {
    titleFa: "برنامهٔ ارتقای فرهنگ عمومی و آموزش اجتماعی",
    titleEn: "Public-culture and social education programme",
    lead: "alb-culture",
    partners: ["alb-drug-control", "alb-police"],
    groups: ["all-residents", "youth"],
    budget: [1, 4],
    reach: 0.25,
    kpi: { nameFa: "برنامه‌های برگزارشده", nameEn: "Events held", unit: "count", baseline: 0, target: 24 },
  },
  "ai-education": {
    titleFa: "آموزش هوش مصنوعی در دبستان و پیش‌دبستان",
    titleEn: "AI education in primary and pre-primary schools",
    lead: "alb-education",
    partners: ["alb-school-benefactors"],
    groups: ["children"],
    budget: [2, 8],
    reach: [200, 900],
    kpi: { nameFa: "سهم مدارس محله با آموزش هوش مصنوعی", nameEn: "Schools teaching AI", unit: "percent", baseline: 0, target: 60 },
  },
  "school-startups": {
    titleFa: "راه‌اندازی استارتاپ در مدارس",
    titleEn: "Startups in schools",
    lead: "alb-education",
    partners: ["alb-sports-youth", "alb-technical-vocational"],
    groups: ["youth", "children"],
    budget: [1, 5],
    reach: [60, 250],
    kpi: { nameFa: "تیم‌های استارتاپی دانش‌آموزی", nameEn: "Student startup teams", unit: "count", baseline: 0, target: 15 },
  },
  infrastructure: {
    titleFa: "بهسازی معابر، آب‌وفاضلاب و روشنایی",
    titleEn: "Streets, water, sewerage and lighting upgrade",
    lead: "mun",
    partners: ["alb-regeneration-company", "alb-roads-urban-development"],
    groups: ["all-residents"],
    budget: [80, 250],
    reach: 1,
    kpi: { nameFa: "سهم معابر بهسازی‌شده", nameEn: "Streets upgraded", unit: "percent", baseline: 15, target: 70 },
  },
};

const FUNDING: readonly FundingSource[] = ["provincial", "national", "municipal", "charity", "residents", "bank-loan"];

function buildInterventions(prng: Prng, neighbourhoods: readonly Neighbourhood[], latent: ReadonlyMap<string, number>): Intervention[] {
  const types = Object.keys(TYPES) as (keyof typeof TYPES)[];
  const targets = neighbourhoods.filter((n) => n.status !== "candidate");
  const out: Intervention[] = [];
  for (let i = 0; i < 33; i++) {
    const type = types[i % types.length]!;
    const spec = TYPES[type];
    // Deprived neighbourhoods are served first: draw the anchor from the most deprived half.
    const ranked = [...targets].sort((a, b) => latent.get(b.id)! - latent.get(a.id)!);
    const anchor = ranked[(i * 7 + prng.int(0, 5)) % Math.ceil(ranked.length / 2)]!;
    const sameCounty = targets.filter((n) => n.countyId === anchor.countyId && n.id !== anchor.id);
    const chosen = [anchor];
    const extra = type === "infrastructure" || type === "health-centre" ? 0 : prng.int(0, 2);
    for (let k = 0; k < extra && sameCounty.length > 0; k++) {
      const next = sameCounty.splice(prng.int(0, sameCounty.length - 1), 1)[0]!;
      chosen.push(next);
    }
    const population = chosen.reduce((sum, n) => sum + n.population, 0);
    const municipality = `alb-mun-${anchor.countyId}`;
    const lead = (spec.lead === "mun" ? municipality : spec.lead) as AgencyId;
    const partners = spec.partners.map((p) => (p === "mun" ? municipality : p) as AgencyId).filter((p) => p !== lead);

    const [lo, hi] = spec.budget;
    const total = prng.between(lo, hi) * 1e9;
    const main: FundingSource = prng.next() < 0.6 ? "provincial" : "national";
    const sources = [main, ...FUNDING.filter((f) => f !== main && prng.next() < 0.3)].slice(0, 3);
    const shares = sources.map((_, k) => (k === 0 ? 2 : prng.between(0.3, 1)));
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const budget = sources.map((source, k) => ({
      source,
      amountRials: rials(Math.round((total * shares[k]!) / shareSum / 1e8) * 1e8 || 1e8),
    }));

    const yearDraw = prng.next();
    const plannedStart: JalaliDate = { year: yearDraw < 0.4 ? 1402 : yearDraw < 0.85 ? 1403 : 1404, month: prng.int(1, 12), day: 1 };
    const duration = type === "infrastructure" || type === "health-centre" || type === "educational-space" ? prng.int(10, 20) : prng.int(3, 9);
    const plannedEndStart = addMonths(plannedStart, duration);
    const plannedEnd: JalaliDate = { ...plannedEndStart, day: monthLength(plannedEndStart.year, plannedEndStart.month) };
    const reach = spec.reach;
    const plannedBeneficiaries = Math.min(
      population,
      typeof reach === "number" ? Math.round(population * reach) : prng.int(reach[0], reach[1]),
    );

    let status: InterventionStatus = "planned";
    let actualStart: JalaliDate | undefined;
    let actualEnd: JalaliDate | undefined;
    let actualBeneficiaries: number | undefined;
    let progress = 0;
    if (compareDates(plannedStart, SAMPLE_AS_OF) <= 0) {
      actualStart = addMonths(plannedStart, prng.int(0, 2));
      if (compareDates(actualStart, SAMPLE_AS_OF) > 0) actualStart = { year: 1403, month: 12, day: 1 };
      const delayedEnd = addMonths(plannedEnd, prng.int(0, 4));
      if (compareDates(delayedEnd, SAMPLE_AS_OF) <= 0 && compareDates(delayedEnd, actualStart) >= 0) {
        status = "completed";
        actualEnd = delayedEnd;
        progress = 1;
      } else {
        status = i % 13 === 5 ? "suspended" : "in-progress";
        progress = prng.between(0.2, 0.8);
      }
      actualBeneficiaries = Math.min(population, Math.round(plannedBeneficiaries * progress * prng.between(0.75, 1.05)));
    } else if (i % 17 === 16) {
      status = "cancelled";
    }
    const kpi: Kpi = { ...spec.kpi };
    if (actualStart !== undefined) {
      const reached = kpi.baseline + (kpi.target - kpi.baseline) * progress * prng.between(0.7, 1.1);
      kpi.actual = kpi.unit === "percent" ? round(clamp(reached, 0, 100), 1) : kpi.unit === "km" ? round(reached, 1) : Math.round(reached);
    }
    const anchorTitle = chosen.length === 1 ? ` در ${anchor.nameFa}` : ` در ${persianDigits(String(chosen.length))} محلهٔ ${anchor.city}`;
    const intervention: Intervention = {
      id: `alb-int-${String(i + 1).padStart(3, "0")}` as InterventionId,
      titleFa: `${spec.titleFa}${anchorTitle}`,
      titleEn: `${spec.titleEn}, ${chosen.length === 1 ? anchor.nameEn ?? anchor.id : `${chosen.length} neighbourhoods`}`,
      type,
      neighbourhoodIds: chosen.map((n) => n.id),
      leadAgencyId: lead,
      partnerAgencyIds: partners,
      targetGroups: [...spec.groups],
      budget,
      plannedStart,
      plannedEnd,
      status,
      plannedBeneficiaries,
      kpis: [kpi],
    };
    if (actualStart !== undefined) intervention.actualStart = actualStart;
    if (actualEnd !== undefined) intervention.actualEnd = actualEnd;
    if (actualBeneficiaries !== undefined) intervention.actualBeneficiaries = actualBeneficiaries;
    if (i % 2 === 0) {
      const participants = prng.int(30, 320);
      const votesCast = prng.int(Math.round(participants * 0.5), participants);
      intervention.participation = {
        consultationsHeld: prng.int(1, 6),
        participants,
        votesCast,
        votesInFavour: prng.int(Math.round(votesCast * 0.55), votesCast),
      };
    }
    out.push(intervention);
  }
  return out;
}

const SESSION_DATES: readonly (readonly [number, JalaliDate])[] = [
  [68, { year: 1403, month: 7, day: 16 }],
  [69, { year: 1403, month: 8, day: 21 }],
  [70, { year: 1403, month: 9, day: 19 }],
  [71, { year: 1403, month: 10, day: 24 }],
  [72, { year: 1403, month: 11, day: 28 }],
  [73, { year: 1403, month: 12, day: 27 }],
];

function buildSessions(agencies: readonly Agency[]): Session[] {
  const core = ["alb-governorate", "alb-education", "alb-labour", "alb-welfare", "alb-relief-foundation", "alb-police"];
  return SESSION_DATES.map(([number, date], k) => {
    const extra = agencies.filter((_, j) => (j + k) % 5 === 0).map((a) => a.id as string);
    const session: Session = {
      id: `alb-sh-${number}` as SessionId,
      provinceCode: "IR-30",
      headquarters: "social-headquarters",
      number,
      date,
      venue: number === 73 ? "سالن شهدای دولت استانداری" : "سالن جلسات استانداری البرز",
      chair: "استاندار البرز",
      attendingAgencyIds: [...new Set([...core, ...extra])] as AgencyId[],
    };
    if (number === 73) {
      session.summaryFa =
        "با حضور جانشین وزیر کشور و رئیس ستاد توانمندسازی محلات کمتر برخوردار کشور؛ البرز به‌عنوان پایلوت کشوری در اجرای طرح‌های نوین توانمندسازی محلات کمتر برخوردار معرفی شد.";
      session.attendingAgencyIds = agencies.map((a) => a.id);
    }
    return session;
  });
}

/** [session, text, agency, deadline, status, follow-ups]. */
const RESOLUTIONS: readonly (readonly [number, string, string, JalaliDate, Resolution["status"], Resolution["followUps"]])[] = [
  [68, "شناسایی و به‌روزرسانی فهرست محلات هدف استان با همکاری فرمانداری‌ها", "alb-governorate", { year: 1403, month: 9, day: 30 }, "done", [
    { date: { year: 1403, month: 9, day: 19 }, note: "فهرست به‌روزشده در جلسهٔ هفتادم ارائه شد", progressPercent: 100 },
  ]],
  [68, "تشکیل دفاتر تسهیلگری در محلات هدف کرج و فردیس", "alb-mun-karaj", { year: 1403, month: 12, day: 15 }, "in-progress", [
    { date: { year: 1403, month: 10, day: 24 }, note: "دفاتر شش محله راه‌اندازی شد", progressPercent: 40 },
  ]],
  [69, "اختصاص سهمیهٔ آموزش مهارت به جوانان و زنان محلات هدف", "alb-technical-vocational", { year: 1404, month: 3, day: 31 }, "in-progress", [
    { date: { year: 1403, month: 11, day: 28 }, note: "۱۲ دوره در حال برگزاری است", progressPercent: 35 },
  ]],
  [69, "گسترش طرح پیشگیری از اعتیاد در مدارس محلات هدف", "alb-drug-control", { year: 1404, month: 2, day: 31 }, "open", []],
  [70, "تکمیل پروندهٔ بافت‌های فرسوده برای تسهیلات نوسازی", "alb-regeneration-company", { year: 1404, month: 4, day: 31 }, "in-progress", []],
  [70, "برقراری پایگاه سلامت سیار در محلات فاقد مرکز سلامت", "alb-health", { year: 1403, month: 12, day: 20 }, "done", [
    { date: { year: 1403, month: 12, day: 18 }, note: "پایگاه سیار در چهار محله فعال شد", progressPercent: 100 },
  ]],
  [71, "پوشش بیمه‌ای خانوارهای نیازمند شناسایی‌شده در محلات هدف", "alb-relief-foundation", { year: 1404, month: 1, day: 31 }, "in-progress", []],
  [71, "افزایش گشت‌های پیشگیرانهٔ انتظامی در محلات با نرخ جرم بالا", "alb-police", { year: 1404, month: 3, day: 31 }, "open", []],
  [72, "ارائهٔ گزارش پیشرفت اقدامات هر دستگاه در محلات هدف", "alb-governorate", { year: 1403, month: 12, day: 25 }, "done", []],
  [72, "راه‌اندازی بازارچهٔ عرضهٔ محصولات مشاغل خانگی", "alb-labour", { year: 1404, month: 5, day: 31 }, "open", []],
  [73, "آموزش هوش مصنوعی در مدارس دبستان و پیش‌دبستان محلات هدف", "alb-education", { year: 1404, month: 6, day: 31 }, "open", []],
  [73, "راه‌اندازی استارتاپ‌های دانش‌آموزی در مدارس محلات هدف", "alb-education", { year: 1404, month: 9, day: 30 }, "open", []],
  [73, "ایجاد مراکز مشاوره و راهنمایی شغلی در محلات هدف", "alb-labour", { year: 1404, month: 4, day: 31 }, "open", []],
  [73, "حمایت از مشاغل خانگی و کارگاه‌های تولیدی کوچک با اولویت جوانان و زنان", "alb-technical-vocational", { year: 1404, month: 6, day: 31 }, "open", []],
  [73, "برگزاری نشست‌های مشارکت ساکنان در تصمیم‌گیری و برنامه‌ریزی محلات", "alb-governorate", { year: 1404, month: 2, day: 31 }, "open", []],
  [73, "تدوین برنامهٔ اجرایی پایلوت کشوری توانمندسازی محلات برای ستاد ملی", "alb-governorate", { year: 1404, month: 1, day: 31 }, "open", []],
];

function buildResolutions(sessions: readonly Session[]): Resolution[] {
  const counter = new Map<number, number>();
  return RESOLUTIONS.map(([sessionNumber, text, agency, deadline, status, followUps]) => {
    const session = sessions.find((s) => s.number === sessionNumber)!;
    const number = (counter.get(sessionNumber) ?? 0) + 1;
    counter.set(sessionNumber, number);
    return {
      id: `${session.id}-r${number}` as ResolutionId,
      sessionId: session.id,
      sessionDate: session.date,
      number,
      text,
      responsibleAgencyId: agency as AgencyId,
      deadline,
      status,
      followUps: followUps.map((f) => ({ ...f })),
    };
  });
}

/** Builds the whole synthetic sample from the fixed seed. */
export function buildSample(seed = 1403_12_27): SampleParts {
  const prng = createPrng(seed);
  const latent = new Map<string, number>();
  const neighbourhoods = buildNeighbourhoods(prng, latent);
  const observations = buildObservations(prng, neighbourhoods, latent);
  const agencies = buildAgencies();
  const interventions = buildInterventions(prng, neighbourhoods, latent);
  const sessions = buildSessions(agencies);
  const resolutions = buildResolutions(sessions);
  const transactions = addMonitoring({ neighbourhoods, interventions, resolutions });
  return {
    neighbourhoods,
    indicators: standardIndicators.map((i) => ({ ...i })),
    observations,
    interventions,
    agencies,
    sessions,
    resolutions,
    transactions,
    latent,
  };
}
