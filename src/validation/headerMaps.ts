import { foldForMatching } from "../internal/chars";
import { fail } from "../internal/safe";

/**
 * The names of the `mahalleh/models` record kinds that the readers and {@link validateFile}
 * know.
 *
 * @category Reading
 */
export type ModelName = "neighbourhood" | "indicator" | "observation" | "intervention" | "agency" | "session" | "resolution";

/**
 * Persian column headers that mean the same field in every model (used when a file is read
 * without naming its model).
 *
 * @category Reading
 */
export const COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "نام محله": "nameFa",
  "نام فارسی": "nameFa",
  "نام": "nameFa",
  "نام انگلیسی": "nameEn",
  "نام لاتین": "nameEn",
  "استان": "provinceCode",
  "کد استان": "provinceCode",
  "شهرستان": "countyId",
  "کد شهرستان": "countyId",
  "شهر": "city",
  "جمعیت": "population",
  "خانوار": "households",
  "تعداد خانوار": "households",
  "شمار خانوار": "households",
  "مساحت": "areaHa",
  "مساحت (هکتار)": "areaHa",
  "مساحت هکتار": "areaHa",
  "دسته": "category",
  "دسته‌بندی": "category",
  "نوع بافت": "category",
  "وضعیت": "status",
  "تاریخ هدف‌گذاری": "designatedOn",
  "تاریخ تعیین": "designatedOn",
  "شاخص": "indicatorId",
  "کد شاخص": "indicatorId",
  "شناسه شاخص": "indicatorId",
  "دوره": "period",
  "سال": "period",
  "مقدار": "value",
  "دلیل نبود داده": "missingReason",
  "علت نبود داده": "missingReason",
  "شناسه": "id",
  "کد": "id",
  "بعد": "dimension",
  "جهت": "direction",
  "واحد": "unit",
  "منبع": "source",
});

/**
 * The built-in maps from Persian column headers to field names, per model. Headers are
 * matched after {@link normalizeHeader} (Arabic ي/ك, digits, ZWNJ, spaces and hyphens do not
 * matter), so «نام‌محله», «نام محله» and «نام  محله» are one header. English field names
 * (`population`, `nameFa`…) always map to themselves, case-insensitively.
 *
 * @example
 * ```ts
 * import { PERSIAN_HEADERS } from "mahalleh/validation";
 * PERSIAN_HEADERS.neighbourhood["جمعیت"]; // => "population"
 * PERSIAN_HEADERS.neighbourhood["شهرستان"]; // => "countyId"
 * PERSIAN_HEADERS.observation["شناسه محله"]; // => "neighbourhoodId"
 * ```
 * @category Reading
 */
export const PERSIAN_HEADERS: Readonly<Record<ModelName, Readonly<Record<string, string>>>> = Object.freeze({
  neighbourhood: Object.freeze({ ...COMMON_HEADERS, "شناسه محله": "id", "کد محله": "id" }),
  indicator: Object.freeze({ ...COMMON_HEADERS, "نام شاخص": "nameFa", "شناسه شاخص": "id", "کد شاخص": "id" }),
  observation: Object.freeze({ ...COMMON_HEADERS, "محله": "neighbourhoodId", "شناسه محله": "neighbourhoodId", "کد محله": "neighbourhoodId" }),
  intervention: Object.freeze({
    ...COMMON_HEADERS,
    "عنوان": "titleFa",
    "عنوان مداخله": "titleFa",
    "عنوان انگلیسی": "titleEn",
    "نوع": "type",
    "نوع مداخله": "type",
    "محله‌ها": "neighbourhoodIds",
    "شناسه محله‌ها": "neighbourhoodIds",
    "دستگاه مجری": "leadAgencyId",
    "دستگاه اصلی": "leadAgencyId",
    "دستگاه‌های همکار": "partnerAgencyIds",
    "گروه هدف": "targetGroups",
    "گروه‌های هدف": "targetGroups",
    "تاریخ شروع": "plannedStart",
    "شروع برنامه‌ریزی‌شده": "plannedStart",
    "تاریخ پایان": "plannedEnd",
    "پایان برنامه‌ریزی‌شده": "plannedEnd",
    "شروع واقعی": "actualStart",
    "پایان واقعی": "actualEnd",
    "ذی‌نفعان": "plannedBeneficiaries",
    "ذینفعان": "plannedBeneficiaries",
    "ذی‌نفعان برنامه‌ریزی‌شده": "plannedBeneficiaries",
    "ذی‌نفعان واقعی": "actualBeneficiaries",
    "ذینفعان واقعی": "actualBeneficiaries",
  }),
  agency: Object.freeze({ ...COMMON_HEADERS, "نام دستگاه": "nameFa", "نوع": "kind", "نوع دستگاه": "kind", "سطح": "level" }),
  session: Object.freeze({
    ...COMMON_HEADERS,
    "شماره": "number",
    "شماره جلسه": "number",
    "تاریخ": "date",
    "تاریخ جلسه": "date",
    "قرارگاه": "headquarters",
    "ستاد": "headquarters",
    "محل": "venue",
    "محل جلسه": "venue",
    "رئیس جلسه": "chair",
    "دستگاه‌های حاضر": "attendingAgencyIds",
    "خلاصه": "summaryFa",
  }),
  resolution: Object.freeze({
    ...COMMON_HEADERS,
    "شناسه جلسه": "sessionId",
    "تاریخ جلسه": "sessionDate",
    "شماره": "number",
    "شماره مصوبه": "number",
    "متن": "text",
    "متن مصوبه": "text",
    "دستگاه مسئول": "responsibleAgencyId",
    "مهلت": "deadline",
    "مهلت اجرا": "deadline",
    "تاریخ انجام": "completedOn",
  }),
});

/**
 * The form in which headers are compared: Arabic letters folded to Persian ones, digits to
 * Latin, diacritics, hamza above, tatweel and bidi marks removed, ZWNJ, underscores, hyphens
 * and runs of spaces turned into one space, trimmed, lower-cased.
 *
 * @param header - a column header as written in the file
 * @returns its comparison key
 * @throws MahallehError `VALIDATION_INVALID_INPUT` if `header` is not a string
 * @example
 * ```ts
 * import { normalizeHeader } from "mahalleh/validation";
 * normalizeHeader("  نام‌محله "); // => "نام محله"
 * normalizeHeader("تعداد_خانوار"); // => "تعداد خانوار"
 * normalizeHeader("كد شهرستان"); // => "کد شهرستان"
 * ```
 * @category Reading
 */
export function normalizeHeader(header: string): string {
  if (typeof header !== "string") {
    throw fail("VALIDATION_INVALID_INPUT", "سرستون باید متن باشد", "The header must be a string", { received: header === null ? "null" : typeof header });
  }
  return foldForMatching(header);
}
