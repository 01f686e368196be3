import type { Agency, AgencyKind } from "./AgencySchema";
import { AGENCY_KINDS } from "./AgencySchema";
import type { AgencyId } from "./ids";
import type { Province } from "./provinces";
import { fail } from "../internal/safe";

/** How each kind's provincial office is named («… استان البرز»). */
const OFFICE: Readonly<Record<Exclude<AgencyKind, "municipality" | "charity" | "other">, readonly [string, string]>> = {
  governorate: ["استانداری", "Governorate of"],
  education: ["ادارهٔ کل آموزش و پرورش استان", "Education Department of"],
  health: ["دانشگاه علوم پزشکی استان", "University of Medical Sciences of"],
  welfare: ["ادارهٔ کل بهزیستی استان", "Welfare Organisation of"],
  "relief-foundation": ["کمیته امداد امام خمینی استان", "Imam Khomeini Relief Foundation of"],
  "technical-vocational": ["ادارهٔ کل آموزش فنی و حرفه‌ای استان", "Technical and Vocational Training of"],
  labour: ["ادارهٔ کل تعاون، کار و رفاه اجتماعی استان", "Cooperatives, Labour and Social Welfare of"],
  police: ["فرماندهی انتظامی استان", "Police of"],
  "housing-foundation": ["بنیاد مسکن انقلاب اسلامی استان", "Housing Foundation of"],
  "regeneration-company": ["شرکت بازآفرینی شهری، نمایندگی استان", "Urban Regeneration Company, office of"],
  "sports-youth": ["ادارهٔ کل ورزش و جوانان استان", "Sports and Youth Department of"],
  culture: ["ادارهٔ کل فرهنگ و ارشاد اسلامی استان", "Culture and Islamic Guidance Department of"],
  "drug-control": ["شورای هماهنگی مبارزه با مواد مخدر استان", "Drug Control Council of"],
  judiciary: ["دادگستری کل استان", "Judiciary of"],
  "roads-urban-development": ["ادارهٔ کل راه و شهرسازی استان", "Roads and Urban Development Department of"],
};

/**
 * The provincial offices of the bodies that act in the neighbourhoods (one per
 * {@link AgencyKind} except municipalities, charities and "other", which are local), with
 * ids `<prefix>-<kind>`, e.g. `"alb-education"`.
 *
 * @param province - the province (from {@link provinces} or {@link findProvince})
 * @param prefix - id prefix; default: the province's English name in lower case, up to the first space
 * @returns the agencies, in the order of {@link AGENCY_KINDS}
 * @throws MahallehError `MODELS_INVALID_INPUT` if `province` is not a province record or
 *   `prefix` is not a string
 * @example
 * ```ts
 * import { findProvince, provincialAgencies } from "mahalleh/models";
 * const agencies = provincialAgencies(findProvince("البرز")!, "alb");
 * agencies.find((a) => a.kind === "education")?.nameFa; // => "ادارهٔ کل آموزش و پرورش استان البرز"
 * agencies[0]?.id; // => "alb-governorate"
 * ```
 *
 * @category Catalogues
 */
export function provincialAgencies(province: Province, prefix?: string | undefined): readonly Agency[] {
  if (typeof province !== "object" || province === null || typeof province.nameEn !== "string" || typeof province.nameFa !== "string" || (prefix !== undefined && typeof prefix !== "string")) {
    throw fail("MODELS_INVALID_INPUT", "استان باید رکوردی از provinces و پیشوند (اگر داده شود) متن باشد", "The province must be a record from provinces, and the prefix (if given) a string", {
      received: province === null ? "null" : typeof province,
    });
  }
  const stem = prefix ?? province.nameEn.toLowerCase().split(" ")[0]!;
  const agencies: Agency[] = [];
  for (const { id: kind } of AGENCY_KINDS) {
    if (kind === "municipality" || kind === "charity" || kind === "other") continue;
    const [fa, en] = OFFICE[kind];
    agencies.push(
      Object.freeze({
        id: `${stem}-${kind}` as AgencyId,
        nameFa: `${fa} ${province.nameFa}`,
        nameEn: `${en} ${province.nameEn}`,
        kind,
        level: "provincial",
        provinceCode: province.code,
      }),
    );
  }
  return Object.freeze(agencies);
}
