import type { $ZodType, output } from "zod/v4/core";
import { assertSchema, outcomeOfAsync, resolveOptions } from "./_core";
import type { CsvReadOptions } from "./CsvReadOptions";
import { readCsvStream } from "./readCsvStream";
import type { RowOutcome, ValidationOptions } from "./ValidationReport";

/**
 * Options of {@link validateCsvStream}: the reader's and the validator's.
 *
 * @category Validation
 */
export interface CsvValidationOptions extends CsvReadOptions, Omit<ValidationOptions, "source"> {}

/**
 * Reads a CSV file in chunks ({@link readCsvStream}) and validates each row as it is read,
 * yielding its outcome with its file `line`; rows with reading problems (a wrong column
 * count, a broken record) are yielded invalid with those problems first. Memory stays
 * constant whatever the file size; gather the outcomes with `collectReport` for a
 * report equal to `validateRecords(schema, table.rows, { source: table })` on `readCsv`'s
 * table.
 *
 * @param schema - any zod 4 schema
 * @param chunks - the CSV text in chunks (`string` or UTF-8 `Uint8Array`)
 * @param options - reader options ({@link CsvReadOptions}) plus `locale` and `maxIssuesPerRow`
 * @returns an async iterator of outcomes in file order
 * @throws MahallehError (when iterated) as {@link readCsvStream} and `validateEach`
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { collectReport } from "mahalleh/validation";
 * import { validateCsvStream } from "mahalleh/validation/node";
 * const Row = z.object({ nameFa: z.string(), population: z.coerce.number().int() });
 * const report = await collectReport(validateCsvStream(Row, ["نام محله,جمعیت\nحصارک,31500\n", "کوی مهر,نامعلوم\n"]));
 * report.summary; // => { total: 2, valid: 1, invalid: 1 }
 * report.invalid[0]?.line; // => 3
 * ```
 * @category Validation
 */
export async function* validateCsvStream<S extends $ZodType>(
  schema: S,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options?: CsvValidationOptions | undefined,
): AsyncGenerator<RowOutcome<output<S>>, void, undefined> {
  assertSchema(schema);
  const base = resolveOptions(options === undefined ? undefined : { locale: options.locale, maxIssuesPerRow: options.maxIssuesPerRow });
  for await (const row of readCsvStream(chunks, options)) {
    yield (await outcomeOfAsync(schema, row.record, row.row, base, row.line, row.problems)) as RowOutcome<output<S>>;
  }
}
