/**
 * Spreadsheet cleaning used by the model schemas, delegating to `mahalleh/text`: numbers in
 * any digit system, Persian text, money strings.
 */
import type { Decimal } from "decimal.js";
import { foldForMatching } from "../internal/chars";
import { normalizePersian } from "../text/normalizePersian";
import { safeParseMoney } from "../text/parseMoney";
import { safeParseNumber } from "../text/parseNumber";

/** Arabic letters folded to Persian, tatweel removed, spacing and ZWNJ cleaned, trimmed. */
export function cleanText(text: string): string {
  return normalizePersian(text);
}

/**
 * Reads "۱۲٬۵۰۰", "12,500.5", "۳۵٪" or «دو میلیون» as a number (a percent sign at either end is
 * ignored); undefined if it is not one.
 */
export function cleanNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/^[%\u066a]\s*|\s*[%\u066a]$/g, "");
  const result = safeParseNumber(trimmed);
  return result.success && Number.isFinite(result.data) ? result.data : undefined;
}

/**
 * Reads an amount of money in rials (an integer Decimal): «۱۲٬۵۰۰ میلیارد ریال», «۵۰ میلیون
 * تومان», «۲٫۵ همت»; an amount without a unit is in rials.
 */
export function cleanMoney(input: string | number | Decimal): Decimal | undefined {
  const result = safeParseMoney(input as string | number, { defaultUnit: "rial" });
  return result.success ? result.data : undefined;
}

/**
 * A key for loose matching of names and codes: Arabic letters folded, Latin digits, lower
 * case, diacritics, tatweel, spaces, ZWNJ, hyphens and underscores removed.
 * «خرم آباد», «خرم‌آباد» and «خرمآباد» share a key; so do "IR-30", "ir 30" and «IR-۳۰».
 */
export function matchKey(text: string): string {
  return foldForMatching(text).replace(/ /g, "");
}
