import type { IndicatorId } from "./ids";
import type { Indicator, IndicatorDimension, IndicatorDirection, IndicatorUnit } from "./IndicatorSchema";

function indicator(
  id: string,
  nameFa: string,
  nameEn: string,
  dimension: IndicatorDimension,
  direction: IndicatorDirection,
  unit: IndicatorUnit,
  source: string,
): Indicator {
  return Object.freeze({ id: id as IndicatorId, nameFa, nameEn, dimension, direction, unit, source });
}

/**
 * The standard indicator catalogue: 14 neighbourhood-level deprivation indicators covering
 * every {@link IndicatorDimension}, with the direction in which they signal deprivation and
 * the body that usually supplies them. Apps may extend it with their own indicators.
 *
 * | id | dimension | direction | unit |
 * |---|---|---|---|
 * | unemployment-rate | employment | +1 | percent |
 * | youth-neet-rate | employment | +1 | percent |
 * | female-labour-participation | employment | −1 | percent |
 * | relief-coverage-rate | economy | +1 | percent |
 * | home-business-density | economy | −1 | per-1000-households |
 * | literacy-rate | education | −1 | percent |
 * | school-dropout-rate | education | +1 | percent |
 * | health-centre-distance | health | +1 | km |
 * | addiction-treatment-rate | social-harms | +1 | per-1000-residents |
 * | crime-rate | social-harms | +1 | per-1000-residents |
 * | worn-out-area-share | housing-infrastructure | +1 | percent |
 * | persons-per-room | housing-infrastructure | +1 | persons-per-room |
 * | cultural-space-per-capita | culture | −1 | sqm-per-person |
 * | resident-participation-rate | participation | −1 | percent |
 *
 * @example
 * ```ts
 * import { standardIndicators } from "mahalleh/models";
 * standardIndicators.length; // => 14
 * standardIndicators.find((i) => i.id === "literacy-rate")?.direction; // => -1
 * new Set(standardIndicators.map((i) => i.dimension)).size; // => 8
 * ```
 *
 * @category Catalogues
 */
export const standardIndicators: readonly Indicator[] = Object.freeze([
  indicator("unemployment-rate", "نرخ بیکاری", "Unemployment rate", "employment", 1, "percent", "مرکز آمار ایران، طرح آمارگیری نیروی کار"),
  indicator(
    "youth-neet-rate",
    "سهم جوانان ۱۵ تا ۲۹ سالهٔ بیرون از اشتغال و آموزش",
    "Youth not in employment, education or training (NEET)",
    "employment",
    1,
    "percent",
    "مرکز آمار ایران، طرح آمارگیری نیروی کار",
  ),
  indicator(
    "female-labour-participation",
    "نرخ مشارکت اقتصادی زنان",
    "Female labour-force participation rate",
    "employment",
    -1,
    "percent",
    "مرکز آمار ایران، طرح آمارگیری نیروی کار",
  ),
  indicator(
    "relief-coverage-rate",
    "سهم خانوارهای تحت پوشش کمیته امداد و بهزیستی",
    "Households supported by the Relief Foundation or Welfare",
    "economy",
    1,
    "percent",
    "کمیته امداد امام خمینی و سازمان بهزیستی",
  ),
  indicator(
    "home-business-density",
    "مشاغل خانگی دارای مجوز در هر هزار خانوار",
    "Licensed home businesses per 1,000 households",
    "economy",
    -1,
    "per-1000-households",
    "ادارهٔ کل تعاون، کار و رفاه اجتماعی",
  ),
  indicator("literacy-rate", "نرخ باسوادی", "Literacy rate", "education", -1, "percent", "مرکز آمار ایران، سرشماری عمومی نفوس و مسکن"),
  indicator("school-dropout-rate", "نرخ ترک تحصیل", "School dropout rate", "education", 1, "percent", "ادارهٔ کل آموزش و پرورش"),
  indicator(
    "health-centre-distance",
    "فاصله تا نزدیک‌ترین مرکز خدمات جامع سلامت",
    "Distance to the nearest comprehensive health centre",
    "health",
    1,
    "km",
    "دانشگاه علوم پزشکی",
  ),
  indicator(
    "addiction-treatment-rate",
    "مراجعان درمان اعتیاد در هر هزار نفر",
    "Addiction treatment cases per 1,000 residents",
    "social-harms",
    1,
    "per-1000-residents",
    "سازمان بهزیستی و دانشگاه علوم پزشکی",
  ),
  indicator("crime-rate", "جرائم ثبت‌شده در هر هزار نفر", "Recorded crimes per 1,000 residents", "social-harms", 1, "per-1000-residents", "فرماندهی انتظامی"),
  indicator(
    "worn-out-area-share",
    "سهم مساحت بافت فرسوده",
    "Share of area that is worn-out urban fabric",
    "housing-infrastructure",
    1,
    "percent",
    "شهرداری و شرکت بازآفرینی شهری",
  ),
  indicator("persons-per-room", "تراکم نفر در اتاق", "Persons per room", "housing-infrastructure", 1, "persons-per-room", "مرکز آمار ایران، سرشماری عمومی نفوس و مسکن"),
  indicator(
    "cultural-space-per-capita",
    "سرانهٔ فضای فرهنگی",
    "Cultural space per resident",
    "culture",
    -1,
    "sqm-per-person",
    "ادارهٔ کل فرهنگ و ارشاد اسلامی و شهرداری",
  ),
  indicator(
    "resident-participation-rate",
    "نرخ مشارکت ساکنان در تصمیم‌گیری محلی",
    "Residents taking part in local decision-making",
    "participation",
    -1,
    "percent",
    "دفتر تسهیلگری و توسعهٔ محلی",
  ),
]);
