import { persianDigits } from "../internal/chars";
import { fail } from "../internal/safe";
import type { ModelName } from "./headerMaps";
import { PERSIAN_HEADERS } from "./headerMaps";
import type { ValidationLocale, ValidationReport } from "./ValidationReport";

/**
 * Options of {@link formatReport}.
 *
 * @category Reports
 */
export interface FormatReportOptions {
  /** Language of the text. Default `"fa"`. */
  readonly locale?: ValidationLocale | undefined;
  /** List at most this many invalid rows (the rest are counted). Default `50`. */
  readonly maxRows?: number | undefined;
  /**
   * Field name → label shown in the text (e.g. `{ population: "جمعیت" }`). Default: in Persian,
   * the column header as written in the file (a {@link FileValidationReport}'s `columns`),
   * else the first Persian header of the field in the model's built-in map (the report's
   * `model` or `options.model`); in English, the field name.
   */
  readonly labels?: Readonly<Record<string, string>> | undefined;
  /** The model whose Persian headers label the fields. Default: the report's `model`, if any. */
  readonly model?: ModelName | undefined;
}

function persianLabels(model: ModelName | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  if (model === undefined) return labels;
  for (const [header, field] of Object.entries(PERSIAN_HEADERS[model])) if (!labels.has(field)) labels.set(field, header);
  return labels;
}

/**
 * Turns a validation report into readable text, in Persian (default) or English: a summary
 * line, then each invalid row with its file line (when known; otherwise its 1-based row
 * number) and one line per issue, the field named by its Persian header. Digits are Persian in
 * the Persian text. The issue messages are printed as the report holds them, so validate
 * with the same `locale` you format with. Never prints a row's content, so huge or cyclic
 * inputs print safely.
 *
 * @param report - a report from {@link validateRecords}, {@link validateFile}, or the streaming validators
 * @param options - locale (default `"fa"`), `maxRows` (default 50), `labels`, `model`
 * @returns the text, ending with a newline
 * @throws MahallehError `VALIDATION_INVALID_OPTION` for a bad option, `VALIDATION_INVALID_INPUT`
 *   if `report` is not a validation report
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { formatReport, validateRecords } from "mahalleh/validation";
 * const report = validateRecords(z.object({ population: z.number().min(0) }), [{ population: 120 }, { population: -4 }]);
 * formatReport(report, { labels: { population: "جمعیت" } }); // => "۲ ردیف بررسی شد: ۱ معتبر، ۱ نامعتبر.\nردیف ۲:\n  • جمعیت: باید بزرگ‌تر از ۰ یا برابر با آن باشد\n"
 * const english = validateRecords(z.object({ population: z.number().min(0) }), [{ population: 120 }, { population: -4 }], { locale: "en" });
 * formatReport(english, { locale: "en" }); // => "2 rows checked: 1 valid, 1 invalid.\nrow 2:\n  • population: must be at least 0\n"
 * ```
 * @category Reports
 */
export function formatReport(
  report: ValidationReport<unknown> & { readonly model?: ModelName; readonly columns?: Readonly<Record<string, string>> },
  options?: FormatReportOptions | undefined,
): string {
  const summary: unknown = typeof report === "object" && report !== null ? report.summary : undefined;
  if (typeof summary !== "object" || summary === null || !Array.isArray(report.invalid)) {
    throw fail("VALIDATION_INVALID_INPUT", "گزارش باید گزارش اعتبارسنجی (با summary و invalid) باشد", "The report must be a validation report (with summary and invalid)", {
      received: report === null ? "null" : typeof report,
    });
  }
  const locale = options?.locale ?? "fa";
  if (locale !== "fa" && locale !== "en") {
    throw fail("VALIDATION_INVALID_OPTION", "زبان گزارش باید «fa» یا «en» باشد", 'The locale must be "fa" or "en"', { locale: String(locale) });
  }
  const maxRows = options?.maxRows ?? 50;
  if (typeof maxRows !== "number" || !(maxRows >= 0)) {
    throw fail("VALIDATION_INVALID_OPTION", "بیشینهٔ ردیف‌ها باید عددی نامنفی باشد", "maxRows must be a non-negative number", {
      maxRows: String(maxRows),
    });
  }
  const fa = locale === "fa";
  const n = (value: number): string => (fa ? persianDigits(String(value)) : String(value));
  const builtIn = fa ? persianLabels(options?.model ?? report.model) : new Map<string, string>();
  if (fa && report.columns !== undefined) for (const [field, header] of Object.entries(report.columns)) builtIn.set(field, header);
  const label = (path: readonly (string | number)[]): string => {
    if (path.length === 0) return fa ? "کل ردیف" : "whole row";
    const [head, ...rest] = path;
    const first = typeof head === "string" ? (options?.labels?.[head] ?? builtIn.get(head) ?? head) : `[${n(head ?? 0)}]`;
    return [first, ...rest.map((key) => (typeof key === "number" ? `[${n(key)}]` : key))].join(".").replace(/\.\[/g, "[");
  };
  const { total, valid, invalid } = report.summary;
  const out: string[] = [
    fa
      ? `${n(total)} ردیف بررسی شد: ${n(valid)} معتبر، ${n(invalid)} نامعتبر.`
      : `${total} ${total === 1 ? "row" : "rows"} checked: ${valid} valid, ${invalid} invalid.`,
  ];
  const shown = report.invalid.slice(0, maxRows);
  for (const entry of shown) {
    const where =
      entry.line !== undefined
        ? fa
          ? `سطر ${n(entry.line)} (ردیف ${n(entry.row + 1)})`
          : `line ${entry.line} (row ${entry.row + 1})`
        : fa
          ? `ردیف ${n(entry.row + 1)}`
          : `row ${entry.row + 1}`;
    out.push(`${where}:`);
    for (const issue of entry.issues) out.push(`  • ${label(issue.path)}: ${issue.message}`);
    if (entry.omittedIssues !== undefined) {
      out.push(fa ? `  • و ${n(entry.omittedIssues)} خطای دیگر` : `  • and ${entry.omittedIssues} more issues`);
    }
  }
  const rest = report.invalid.length - shown.length;
  if (rest > 0) out.push(fa ? `… و ${n(rest)} ردیف نامعتبر دیگر.` : `… and ${rest} more invalid rows.`);
  return `${out.join("\n")}\n`;
}
