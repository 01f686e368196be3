import type { $ZodType, output } from "zod/v4/core";
import { collectReport } from "./collectReport";
import { validateEach } from "./validateEach";
import type { ValidationOptions, ValidationReport } from "./ValidationReport";

/**
 * Validates rows from an async iterable (a stream, an async generator, a paginated API) and
 * returns the same {@link ValidationReport} that {@link validateRecords} returns for the same
 * rows in an array. To handle each row as it comes instead of collecting, use
 * {@link validateEach}.
 *
 * @param schema - any zod 4 schema
 * @param source - the rows: an async iterable or an iterable
 * @param options - as for {@link validateRecords}
 * @returns the report
 * @throws MahallehError (the promise rejects) `VALIDATION_INVALID_INPUT` if `source` is not
 *   iterable, `VALIDATION_NOT_A_SCHEMA`, `VALIDATION_INVALID_OPTION`
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { validateRecordStream } from "mahalleh/validation";
 * async function* rows() {
 *   yield { nameFa: "اسلام‌آباد" };
 *   yield { nameFa: "" };
 * }
 * const report = await validateRecordStream(z.object({ nameFa: z.string().min(1) }), rows());
 * report.summary; // => { total: 2, valid: 1, invalid: 1 }
 * report.invalid[0]?.issues[0]?.message; // => "نباید خالی باشد"
 * ```
 * @category Validation
 */
export function validateRecordStream<S extends $ZodType>(
  schema: S,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  options?: ValidationOptions | undefined,
): Promise<ValidationReport<output<S>>> {
  return collectReport(validateEach(schema, source, options));
}
