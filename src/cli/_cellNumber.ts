/** Private: how the CLI reads a cell that is not a plain decimal (shared by the CSV worker). */
import { safeParseNumber } from "../text/parseNumber";

/**
 * A cell's number through the library's one number reader (`parseNumber`: any digit system,
 * «٬»/«٫» separators). Cells without a digit stay NaN, so a column of names spelled like
 * number words («هفت‌تیر», «صد») is never taken for an indicator.
 */
export function cellNumber(text: string, decimalComma: boolean): number {
  if (!/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(text)) return Number.NaN;
  // a file separated by ";" or TAB comes from a spreadsheet whose decimal separator is the
  // comma (European and Persian locales): «70,5» is seventy and a half there
  const decimal = decimalComma && /^\s*[-+]?[0-9\u06F0-\u06F9\u0660-\u0669]+,[0-9\u06F0-\u06F9\u0660-\u0669]+\s*$/.test(text);
  const parsed = safeParseNumber(decimal ? text.replace(",", ".") : text);
  return parsed.success ? parsed.data : Number.NaN;
}

