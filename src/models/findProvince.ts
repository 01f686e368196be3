import { fail } from "../internal/safe";
import { matchKey } from "./_clean";
import type { Province } from "./provinces";
import { provinces } from "./provinces";

/**
 * Options of {@link findProvince}.
 *
 * @category Geography
 */
export interface FindProvinceOptions {
  /**
   * Which ISO 3166-2:IR revision a code belongs to: `"2020"` (current) or `"old"` (before
   * 2020-11-24). The two revisions reuse the same codes for different provinces (`IR-23` is
   * Tehran now, Hormozgan before), so old codes are only read when asked for. Names match in
   * either case. Default `"2020"`.
   */
  readonly codeRevision?: "2020" | "old" | undefined;
}

const byName = new Map<string, Province>();
const byCode = new Map<string, Province>();
const byOldCode = new Map<string, Province>();
for (const province of provinces) {
  byName.set(matchKey(province.nameFa), province);
  byName.set(matchKey(province.nameEn), province);
  byCode.set(matchKey(province.code), province);
  byOldCode.set(matchKey(province.oldCode), province);
}
// Common alternative spellings seen in the wild.
for (const [alias, code] of [
  ["آذربایجان شرقی", "IR-03"],
  ["آذربايجان شرقي", "IR-03"],
  ["کهگیلویه و بویر احمد", "IR-17"],
  ["Kohgiluyeh and Boyer Ahmad", "IR-17"],
  ["Khorasan Razavi", "IR-09"],
  ["Sistan & Baluchestan", "IR-11"],
  ["Chahar Mahal and Bakhtiari", "IR-14"],
  ["Esfahan", "IR-10"],
  ["Kordestan", "IR-12"],
  ["Azarbayjan-e Sharqi", "IR-03"],
  ["Azarbayjan-e Gharbi", "IR-04"],
] as const) {
  const province = provinces.find((p) => p.code === code);
  if (province !== undefined) byName.set(matchKey(alias), province);
}

/**
 * Finds a province by its ISO 3166-2:IR code or by its Persian or English name. Names are
 * matched after normalisation: Arabic ي/ك, spaces versus ZWNJ («خرم آباد»/«خرم‌آباد»), case
 * and digit systems do not matter. Codes are read as 2020 codes unless
 * `options.codeRevision` is `"old"`.
 *
 * @param codeOrName - e.g. `"IR-30"`, «البرز», `"alborz"`
 * @param options - which code revision to read
 * @returns the province, or `undefined` if none matches
 * @throws {MahallehError} `MODELS_INVALID_INPUT` if `codeOrName` is not a string
 * @example
 * ```ts
 * import { findProvince } from "mahalleh/models";
 * findProvince("IR-30")?.nameEn; // => "Alborz"
 * findProvince("البرز")?.code; // => "IR-30"
 * findProvince("كهگيلويه و بويراحمد")?.code; // => "IR-17"
 * findProvince("IR-23")?.nameEn; // => "Tehran"
 * findProvince("IR-23", { codeRevision: "old" })?.nameEn; // => "Hormozgan"
 * findProvince("Atlantis"); // => undefined
 * ```
 *
 * @category Geography
 */
export function findProvince(codeOrName: string, options?: FindProvinceOptions | undefined): Province | undefined {
  if (typeof codeOrName !== "string") {
    throw fail("MODELS_INVALID_INPUT", "نام یا کد استان باید متن باشد", "A province code or name must be a string", {
      value: typeof codeOrName,
    });
  }
  const key = matchKey(codeOrName);
  const codes = options?.codeRevision === "old" ? byOldCode : byCode;
  return codes.get(key) ?? byName.get(key);
}
