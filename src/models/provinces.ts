import type * as z from "zod/v4";
import { choice } from "./_fields";

/**
 * An ISO 3166-2:IR province code as revised on 2020-11-24 (`"IR-00"` Markazi … `"IR-30"`
 * Alborz; the numbers follow the Statistical Centre of Iran's order).
 *
 * @category Geography
 */
export type ProvinceCode =
  | "IR-00"
  | "IR-01"
  | "IR-02"
  | "IR-03"
  | "IR-04"
  | "IR-05"
  | "IR-06"
  | "IR-07"
  | "IR-08"
  | "IR-09"
  | "IR-10"
  | "IR-11"
  | "IR-12"
  | "IR-13"
  | "IR-14"
  | "IR-15"
  | "IR-16"
  | "IR-17"
  | "IR-18"
  | "IR-19"
  | "IR-20"
  | "IR-21"
  | "IR-22"
  | "IR-23"
  | "IR-24"
  | "IR-25"
  | "IR-26"
  | "IR-27"
  | "IR-28"
  | "IR-29"
  | "IR-30";

/**
 * A province code of the ISO 3166-2:IR revision in force before 2020-11-24. These collide
 * with the current codes (old `IR-23` was Hormozgan, new `IR-23` is Tehran): never mix them.
 *
 * @category Geography
 */
export type OldProvinceCode =
  | "IR-01"
  | "IR-02"
  | "IR-03"
  | "IR-04"
  | "IR-05"
  | "IR-06"
  | "IR-07"
  | "IR-08"
  | "IR-10"
  | "IR-11"
  | "IR-12"
  | "IR-13"
  | "IR-14"
  | "IR-15"
  | "IR-16"
  | "IR-17"
  | "IR-18"
  | "IR-19"
  | "IR-20"
  | "IR-21"
  | "IR-22"
  | "IR-23"
  | "IR-24"
  | "IR-25"
  | "IR-26"
  | "IR-27"
  | "IR-28"
  | "IR-29"
  | "IR-30"
  | "IR-31"
  | "IR-32";

/**
 * One of Iran's 31 provinces (استان).
 *
 * @category Geography
 */
export interface Province {
  /** ISO 3166-2:IR code, 2020 revision, e.g. `"IR-30"`. */
  readonly code: ProvinceCode;
  /** ISO 3166-2:IR code before the 2020 revision, e.g. `"IR-32"` for Alborz (for older data). */
  readonly oldCode: OldProvinceCode;
  /** Persian name, e.g. «البرز». */
  readonly nameFa: string;
  /** English name, e.g. `"Alborz"`. */
  readonly nameEn: string;
  /** Persian name of the capital, e.g. «کرج». */
  readonly capitalFa: string;
  /** English name of the capital, e.g. `"Karaj"`. */
  readonly capitalEn: string;
}

/**
 * The 31 provinces of Iran with their ISO 3166-2:IR codes (2020 revision, in code order) and
 * pre-2020 codes. Source: ISO Online Browsing Platform change notice of 2020-11-24; SCI
 * province codes.
 *
 * @example
 * ```ts
 * import { provinces } from "mahalleh/models";
 * provinces.length; // => 31
 * provinces[30]; // => { code: "IR-30", oldCode: "IR-32", nameFa: "البرز", nameEn: "Alborz", capitalFa: "کرج", capitalEn: "Karaj" }
 * ```
 *
 * @category Geography
 */
export const provinces: readonly Province[] = Object.freeze([
  { code: "IR-00", oldCode: "IR-22", nameFa: "مرکزی", nameEn: "Markazi", capitalFa: "اراک", capitalEn: "Arak" },
  { code: "IR-01", oldCode: "IR-19", nameFa: "گیلان", nameEn: "Gilan", capitalFa: "رشت", capitalEn: "Rasht" },
  { code: "IR-02", oldCode: "IR-21", nameFa: "مازندران", nameEn: "Mazandaran", capitalFa: "ساری", capitalEn: "Sari" },
  { code: "IR-03", oldCode: "IR-01", nameFa: "آذربایجان شرقی", nameEn: "East Azerbaijan", capitalFa: "تبریز", capitalEn: "Tabriz" },
  { code: "IR-04", oldCode: "IR-02", nameFa: "آذربایجان غربی", nameEn: "West Azerbaijan", capitalFa: "ارومیه", capitalEn: "Urmia" },
  { code: "IR-05", oldCode: "IR-17", nameFa: "کرمانشاه", nameEn: "Kermanshah", capitalFa: "کرمانشاه", capitalEn: "Kermanshah" },
  { code: "IR-06", oldCode: "IR-10", nameFa: "خوزستان", nameEn: "Khuzestan", capitalFa: "اهواز", capitalEn: "Ahvaz" },
  { code: "IR-07", oldCode: "IR-14", nameFa: "فارس", nameEn: "Fars", capitalFa: "شیراز", capitalEn: "Shiraz" },
  { code: "IR-08", oldCode: "IR-15", nameFa: "کرمان", nameEn: "Kerman", capitalFa: "کرمان", capitalEn: "Kerman" },
  { code: "IR-09", oldCode: "IR-30", nameFa: "خراسان رضوی", nameEn: "Razavi Khorasan", capitalFa: "مشهد", capitalEn: "Mashhad" },
  { code: "IR-10", oldCode: "IR-04", nameFa: "اصفهان", nameEn: "Isfahan", capitalFa: "اصفهان", capitalEn: "Isfahan" },
  { code: "IR-11", oldCode: "IR-13", nameFa: "سیستان و بلوچستان", nameEn: "Sistan and Baluchestan", capitalFa: "زاهدان", capitalEn: "Zahedan" },
  { code: "IR-12", oldCode: "IR-16", nameFa: "کردستان", nameEn: "Kurdistan", capitalFa: "سنندج", capitalEn: "Sanandaj" },
  { code: "IR-13", oldCode: "IR-24", nameFa: "همدان", nameEn: "Hamadan", capitalFa: "همدان", capitalEn: "Hamadan" },
  { code: "IR-14", oldCode: "IR-08", nameFa: "چهارمحال و بختیاری", nameEn: "Chaharmahal and Bakhtiari", capitalFa: "شهرکرد", capitalEn: "Shahrekord" },
  { code: "IR-15", oldCode: "IR-20", nameFa: "لرستان", nameEn: "Lorestan", capitalFa: "خرم‌آباد", capitalEn: "Khorramabad" },
  { code: "IR-16", oldCode: "IR-05", nameFa: "ایلام", nameEn: "Ilam", capitalFa: "ایلام", capitalEn: "Ilam" },
  { code: "IR-17", oldCode: "IR-18", nameFa: "کهگیلویه و بویراحمد", nameEn: "Kohgiluyeh and Boyer-Ahmad", capitalFa: "یاسوج", capitalEn: "Yasuj" },
  { code: "IR-18", oldCode: "IR-06", nameFa: "بوشهر", nameEn: "Bushehr", capitalFa: "بوشهر", capitalEn: "Bushehr" },
  { code: "IR-19", oldCode: "IR-11", nameFa: "زنجان", nameEn: "Zanjan", capitalFa: "زنجان", capitalEn: "Zanjan" },
  { code: "IR-20", oldCode: "IR-12", nameFa: "سمنان", nameEn: "Semnan", capitalFa: "سمنان", capitalEn: "Semnan" },
  { code: "IR-21", oldCode: "IR-25", nameFa: "یزد", nameEn: "Yazd", capitalFa: "یزد", capitalEn: "Yazd" },
  { code: "IR-22", oldCode: "IR-23", nameFa: "هرمزگان", nameEn: "Hormozgan", capitalFa: "بندرعباس", capitalEn: "Bandar Abbas" },
  { code: "IR-23", oldCode: "IR-07", nameFa: "تهران", nameEn: "Tehran", capitalFa: "تهران", capitalEn: "Tehran" },
  { code: "IR-24", oldCode: "IR-03", nameFa: "اردبیل", nameEn: "Ardabil", capitalFa: "اردبیل", capitalEn: "Ardabil" },
  { code: "IR-25", oldCode: "IR-26", nameFa: "قم", nameEn: "Qom", capitalFa: "قم", capitalEn: "Qom" },
  { code: "IR-26", oldCode: "IR-28", nameFa: "قزوین", nameEn: "Qazvin", capitalFa: "قزوین", capitalEn: "Qazvin" },
  { code: "IR-27", oldCode: "IR-27", nameFa: "گلستان", nameEn: "Golestan", capitalFa: "گرگان", capitalEn: "Gorgan" },
  { code: "IR-28", oldCode: "IR-31", nameFa: "خراسان شمالی", nameEn: "North Khorasan", capitalFa: "بجنورد", capitalEn: "Bojnurd" },
  { code: "IR-29", oldCode: "IR-29", nameFa: "خراسان جنوبی", nameEn: "South Khorasan", capitalFa: "بیرجند", capitalEn: "Birjand" },
  { code: "IR-30", oldCode: "IR-32", nameFa: "البرز", nameEn: "Alborz", capitalFa: "کرج", capitalEn: "Karaj" },
].map((province) => Object.freeze(province as Province)));

/**
 * Every province code of the 2020 revision, in order.
 *
 * @category Geography
 */
export const PROVINCE_CODES: readonly ProvinceCode[] = Object.freeze(provinces.map((p) => p.code));

/**
 * Schema of a {@link ProvinceCode} (2020 revision). Accepts the code in any case and digit
 * system (e.g. «ir-۳۰»); the Persian or English province name is accepted too. Pre-2020 codes
 * are not read (they collide with current ones: map them first with {@link findProvince}).
 * An unknown province is reported as `MODELS_UNKNOWN_PROVINCE`.
 *
 * @example
 * ```ts
 * import { ProvinceCodeSchema } from "mahalleh/models";
 * ProvinceCodeSchema.parse("ir-30"); // => "IR-30"
 * ProvinceCodeSchema.parse("البرز"); // => "IR-30"
 * ProvinceCodeSchema.safeParse("IR-32").success; // => false
 * ```
 *
 * @category Geography
 */
export const ProvinceCodeSchema: z.ZodType<ProvinceCode, string> = choice(
  PROVINCE_CODES,
  Object.fromEntries(provinces.flatMap((p) => [[p.nameFa, p.code], [p.nameEn, p.code]])),
  "MODELS_UNKNOWN_PROVINCE",
  Object.fromEntries(provinces.map((p) => [p.code, `${p.nameFa} (${p.code})`])),
);
