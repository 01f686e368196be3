import type { CountyId } from "./ids";
import type { ProvinceCode } from "./provinces";

/**
 * A county (شهرستان) of a province.
 *
 * @category Geography
 */
export interface County {
  /** Stable identifier, e.g. `"karaj"`. */
  readonly id: CountyId;
  /** Province the county belongs to. */
  readonly provinceCode: ProvinceCode;
  /** Persian name, e.g. «ساوجبلاغ». */
  readonly nameFa: string;
  /** English name, e.g. `"Savojbolagh"`. */
  readonly nameEn: string;
  /** Persian name of the county seat, e.g. «هشتگرد». */
  readonly seatFa: string;
  /** English name of the county seat, e.g. `"Hashtgerd"`. */
  readonly seatEn: string;
  /** Statistical Centre of Iran county code, e.g. `"3002"`. */
  readonly censusCode: string;
  /** First Jalali year the county existed in the province (1389 for those Alborz was created with). */
  readonly since: number;
  /** The county it was split from, when it was created after the province (e.g. Chaharbagh from Savojbolagh). */
  readonly splitFrom?: CountyId | undefined;
}

function county(id: string, nameFa: string, nameEn: string, seatFa: string, seatEn: string, censusCode: string, since: number, splitFrom?: string): County {
  const base = { id: id as CountyId, provinceCode: "IR-30" as ProvinceCode, nameFa, nameEn, seatFa, seatEn, censusCode, since };
  return Object.freeze(splitFrom === undefined ? base : { ...base, splitFrom: splitFrom as CountyId });
}

/**
 * The 7 counties of Alborz province (created 1389, seat Karaj), Chaharbagh having been split
 * from Savojbolagh in 1399, with their Statistical Centre of Iran codes and first year
 * (3005 Eshtehard from 1391, 3006 Fardis from 1392, 3007 Chaharbagh from 1399; the 1395
 * census therefore has six Alborz counties — Iran-Open-Data GDIVIR county versions).
 *
 * @example
 * ```ts
 * import { alborzCounties } from "mahalleh/models";
 * alborzCounties.length; // => 7
 * alborzCounties.map((c) => c.nameEn).includes("Chaharbagh"); // => true
 * alborzCounties.find((c) => c.id === "savojbolagh")?.seatFa; // => "هشتگرد"
 * alborzCounties.find((c) => c.id === "chaharbagh")?.censusCode; // => "3007"
 * ```
 *
 * @category Geography
 */
export const alborzCounties: readonly County[] = Object.freeze([
  county("karaj", "کرج", "Karaj", "کرج", "Karaj", "3001", 1389),
  county("fardis", "فردیس", "Fardis", "فردیس", "Fardis", "3006", 1392, "karaj"),
  county("savojbolagh", "ساوجبلاغ", "Savojbolagh", "هشتگرد", "Hashtgerd", "3002", 1389),
  county("nazarabad", "نظرآباد", "Nazarabad", "نظرآباد", "Nazarabad", "3003", 1389),
  county("taleqan", "طالقان", "Taleqan", "طالقان", "Taleqan", "3004", 1389),
  county("eshtehard", "اشتهارد", "Eshtehard", "اشتهارد", "Eshtehard", "3005", 1391, "karaj"),
  county("chaharbagh", "چهارباغ", "Chaharbagh", "چهارباغ", "Chaharbagh", "3007", 1399, "savojbolagh"),
]);
