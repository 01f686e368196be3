import { fail } from "../internal/safe";
import type { InvalidRow, RowOutcome, ValidationReport, ValidRow } from "./ValidationReport";

/**
 * Gathers streamed row outcomes (from {@link validateEach} or `validateCsvStream` (`mahalleh/validation/node`))
 * into a {@link ValidationReport}, the same one {@link validateRecords} returns.
 *
 * @param outcomes - the outcomes, sync or async
 * @returns the report
 * @throws MahallehError `VALIDATION_INVALID_INPUT` if `outcomes` is not iterable
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { collectReport, validateEach } from "mahalleh/validation";
 * const report = await collectReport(validateEach(z.string(), ["کرج", 7]));
 * report.summary; // => { total: 2, valid: 1, invalid: 1 }
 * ```
 * @category Validation
 */
export async function collectReport<T>(
  outcomes: AsyncIterable<RowOutcome<T>> | Iterable<RowOutcome<T>>,
): Promise<ValidationReport<T>> {
  if (typeof outcomes !== "object" || outcomes === null || (typeof (outcomes as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] !== "function" && typeof (outcomes as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function")) {
    throw fail("VALIDATION_INVALID_INPUT", "نتیجه‌های ردیف‌ها باید پیمایش‌پذیر باشند", "The row outcomes must be iterable", { received: outcomes === null ? "null" : typeof outcomes });
  }
  const valid: ValidRow<T>[] = [];
  const invalid: InvalidRow[] = [];
  for await (const outcome of outcomes) {
    if (outcome.ok) {
      const { ok: _ok, ...row } = outcome;
      valid.push(row);
    } else {
      const { ok: _ok, ...row } = outcome;
      invalid.push(row);
    }
  }
  return { valid, invalid, summary: { total: valid.length + invalid.length, valid: valid.length, invalid: invalid.length } };
}
