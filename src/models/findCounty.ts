import { fail } from "../internal/safe";
import { matchKey } from "./_clean";
import type { County } from "./alborzCounties";
import { alborzCounties } from "./alborzCounties";

const byKey = new Map<string, County>();
for (const county of alborzCounties) {
  for (const name of [county.id, county.nameFa, county.nameEn, `شهرستان ${county.nameFa}`]) byKey.set(matchKey(name), county);
}

/**
 * Finds one of Alborz's counties by id or by Persian or English name, matched after
 * normalisation (Arabic letters, case, spaces, ZWNJ, hyphens and «شهرستان» do not matter).
 *
 * @param idOrName - e.g. `"savojbolagh"`, «ساوجبلاغ», «شهرستان نظر آباد», `"Eshtehard"`
 * @returns the county, or `undefined` if none matches
 * @throws {MahallehError} `MODELS_INVALID_INPUT` if `idOrName` is not a string
 * @example
 * ```ts
 * import { findCounty } from "mahalleh/models";
 * findCounty("شهرستان نظر آباد")?.id; // => "nazarabad"
 * findCounty("FARDIS")?.nameFa; // => "فردیس"
 * findCounty("هشتگرد"); // => undefined
 * ```
 *
 * @category Geography
 */
export function findCounty(idOrName: string): County | undefined {
  if (typeof idOrName !== "string") {
    throw fail("MODELS_INVALID_INPUT", "نام یا شناسهٔ شهرستان باید متن باشد", "A county id or name must be a string", {
      value: typeof idOrName,
    });
  }
  return byKey.get(matchKey(idOrName));
}
