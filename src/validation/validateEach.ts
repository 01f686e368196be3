import type { $ZodType, output } from "zod/v4/core";
import { fail } from "../internal/safe";
import { assertSchema, outcomeOfAsync, resolveOptions } from "./_core";
import type { RowOutcome, ValidationOptions } from "./ValidationReport";

/**
 * Validates rows one at a time as they arrive and yields each row's outcome, for inputs too
 * large to hold: `{ ok: true, row, data }` or `{ ok: false, row, input, issues }` (plus `line`
 * when `options.source` gives lines). Rows are numbered from 0 in arrival order; the outcomes
 * are exactly those of {@link validateRecords} on the same rows. No row can make it throw.
 *
 * @param schema - any zod 4 schema
 * @param source - the rows: an async iterable (a stream, an async generator) or an iterable
 * @param options - as for {@link validateRecords}
 * @returns an async iterator of outcomes, in input order
 * @throws MahallehError (when iterated) `VALIDATION_INVALID_INPUT` if `source` is not
 *   iterable, `VALIDATION_NOT_A_SCHEMA`, `VALIDATION_INVALID_OPTION`; an error thrown by the
 *   source itself is passed on
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { validateEach } from "mahalleh/validation";
 * async function* rows() {
 *   yield { population: 42000 };
 *   yield { population: "بسیار" };
 * }
 * const outcomes = [];
 * for await (const outcome of validateEach(z.object({ population: z.number() }), rows(), { locale: "en" })) outcomes.push(outcome);
 * outcomes.map((o) => o.ok); // => [true, false]
 * outcomes[1]?.ok === false && outcomes[1].issues[0]?.message; // => 'must be a number, got text "بسیار"'
 * ```
 * @category Validation
 */
export async function* validateEach<S extends $ZodType>(
  schema: S,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  options?: ValidationOptions | undefined,
): AsyncGenerator<RowOutcome<output<S>>, void, undefined> {
  assertSchema(schema);
  const resolved = resolveOptions(options);
  const asyncIterable = typeof source === "object" && source !== null && typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
  const syncIterable = typeof source === "object" && source !== null && typeof (source as Iterable<unknown>)[Symbol.iterator] === "function";
  if (!asyncIterable && !syncIterable) {
    throw fail(
      "VALIDATION_INVALID_INPUT",
      "ردیف‌ها باید پیمایش‌پذیر (آرایه، جریان یا مولد) باشند",
      "The rows must be an iterable or an async iterable",
      { received: source === null ? "null" : typeof source },
    );
  }
  let index = 0;
  if (asyncIterable) {
    for await (const input of source as AsyncIterable<unknown>) {
      yield (await outcomeOfAsync(schema, input, index, resolved)) as RowOutcome<output<S>>;
      index++;
    }
    return;
  }
  // A plain for…of: `for await` over a sync iterable would await each row, and a row that
  // looks like a promise (`{ then() {} }`) would hang the whole validation.
  for (const input of source as Iterable<unknown>) {
    yield (await outcomeOfAsync(schema, input, index, resolved)) as RowOutcome<output<S>>;
    index++;
  }
}
