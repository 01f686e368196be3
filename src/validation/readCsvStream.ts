import { parse, type Parser } from "csv-parse";
import { MahallehError } from "../errors/MahallehError";
import { fail } from "../internal/safe";
import { csvSyntaxError, CsvShaper, NewlineNormalizer } from "./_csv";
import type { CsvReadOptions, CsvRow } from "./CsvReadOptions";
import { checkCsvOptions } from "./readCsv";

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    (typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function" ||
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function")
  );
}

function write(parser: Parser, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

function end(parser: Parser): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.once("error", reject);
    parser.end(() => resolve());
  });
}

/**
 * The streaming form of `readCsv`: reads CSV text arriving in chunks (strings or UTF-8
 * bytes, e.g. a Node `fs.createReadStream`, or a `fetch` body) and yields one {@link CsvRow}
 * at a time, so a file of any size is read in constant memory. Same header maps, layouts,
 * line numbers and reading problems as `readCsv`; a chunk may end anywhere (inside a cell, a
 * multi-byte letter or a `\r\n`).
 *
 * @param chunks - the text, in chunks of `string` or `Uint8Array`
 * @param options - as for `readCsv`
 * @returns the rows, in file order
 * @throws MahallehError (when iterated) `VALIDATION_INVALID_INPUT` if `chunks` is not
 *   iterable, or if the source itself fails midway (after the rows completed before the
 *   failure have been yielded; the source's error is the `cause`), plus the errors of `readCsv`
 * @example
 * ```ts
 * import { readCsvStream } from "mahalleh/validation/node";
 * const chunks = ["نام محله,جمع", "یت\nحصارک,31500\nفردیس,", "۲۰۰۰\n"];
 * const rows = [];
 * for await (const row of readCsvStream(chunks)) rows.push(row);
 * rows.map((r) => r.line); // => [2, 3]
 * rows[1]?.record; // => { nameFa: "فردیس", population: "۲۰۰۰" }
 * ```
 * @category Reading
 */
export async function* readCsvStream(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options?: CsvReadOptions | undefined,
): AsyncGenerator<CsvRow, void, undefined> {
  if (!isIterable(chunks)) {
    throw fail("VALIDATION_INVALID_INPUT", "ورودی باید پیمایش‌پذیر (جریان) باشد", "The input must be an (async) iterable of chunks", {
      received: chunks === null ? "null" : typeof chunks,
    });
  }
  const checked = checkCsvOptions(options);
  const pending: CsvRow[] = [];
  const shaper = new CsvShaper(checked, (row) => pending.push(row));
  const parser = parse(shaper.parseOptions());
  let failure: unknown;
  parser.on("error", (error) => {
    failure ??= error;
  });
  const newlines = new NewlineNormalizer();
  const decoder = new TextDecoder("utf-8");
  /** Line breaks written to the parser: a record starting on a later line is incomplete. */
  let lineBreaks = 0;
  try {
    for await (const chunk of guarded(chunks as AsyncIterable<unknown>)) {
      let text: string;
      if (typeof chunk === "string") text = chunk;
      else if (chunk instanceof Uint8Array) text = decoder.decode(chunk, { stream: true });
      else {
        throw fail("VALIDATION_INVALID_INPUT", "هر تکه باید متن یا بایت باشد", "Each chunk must be a string or a Uint8Array", {
          received: chunk === null ? "null" : typeof chunk,
        });
      }
      const normal = newlines.push(text);
      for (let i = 0; i < normal.length; i++) if (normal.charCodeAt(i) === 10) lineBreaks++;
      if (normal.length > 0) await write(parser, normal);
      for (const row of pending.splice(0)) yield row;
    }
    const tail = newlines.push(decoder.decode());
    if (tail.length > 0) await write(parser, tail);
    await end(parser);
    if (failure !== undefined) throw failure;
    for (const row of pending.splice(0)) yield row;
  } catch (error) {
    if (error instanceof SourceFailure) {
      // The records completed before the failure were read: hand them over, then report the
      // failure itself (not as a CSV syntax error) with the original error as `cause`. A
      // record cut off by the failure is dropped: only rows starting on a line whose break was
      // read are kept (the parser holds the last complete record back until it sees more).
      try {
        await end(parser);
      } catch {
        // the cut-off record may be malformed: it is dropped anyway
      }
      for (const row of pending.splice(0)) if (row.line <= lineBreaks) yield row;
      throw new MahallehError(
        "VALIDATION_INVALID_INPUT",
        { fa: "خواندن ورودی در میانهٔ کار شکست خورد", en: "Reading the input failed midway" },
        { cause: error.cause },
      );
    }
    throw csvSyntaxError(error);
  } finally {
    parser.destroy();
  }
}

/** An error thrown by the caller's source (not by the parser). */
class SourceFailure extends Error {
  constructor(cause: unknown) {
    super("source failed", { cause });
  }
}

async function* guarded(chunks: AsyncIterable<unknown>): AsyncGenerator<unknown, void, undefined> {
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    throw new SourceFailure(error);
  }
}
