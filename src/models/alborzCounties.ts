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
}

function county(id: string, nameFa: string, nameEn: string, seatFa: string, seatEn: string): County {
  return Object.freeze({ id: id as CountyId, provinceCode: "IR-30", nameFa, nameEn, seatFa, seatEn });
}

/**
 * The 7 counties of Alborz province (created 1389, seat Karaj), Chaharbagh having been split
 * from Savojbolagh in 1399.
 *
 * @example
 * ```ts
 * import { alborzCounties } from "mahalleh/models";
 * alborzCounties.length; // => 7
 * alborzCounties.map((c) => c.nameEn).includes("Chaharbagh"); // => true
 * alborzCounties.find((c) => c.id === "savojbolagh")?.seatFa; // => "هشتگرد"
 * ```
 *
 * @category Geography
 */
export const alborzCounties: readonly County[] = Object.freeze([
  county("karaj", "کرج", "Karaj", "کرج", "Karaj"),
  county("fardis", "فردیس", "Fardis", "فردیس", "Fardis"),
  county("savojbolagh", "ساوجبلاغ", "Savojbolagh", "هشتگرد", "Hashtgerd"),
  county("nazarabad", "نظرآباد", "Nazarabad", "نظرآباد", "Nazarabad"),
  county("taleqan", "طالقان", "Taleqan", "طالقان", "Taleqan"),
  county("eshtehard", "اشتهارد", "Eshtehard", "اشتهارد", "Eshtehard"),
  county("chaharbagh", "چهارباغ", "Chaharbagh", "چهارباغ", "Chaharbagh"),
]);
