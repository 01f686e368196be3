import { isMahallehError } from "../errors/MahallehError";
import { fail } from "../internal/safe";
import { csvTableOf, makeReader, type CsvIndicatorTable, type TableFromCsvOptions } from "./tableFromCsv";

/**
 * Options of {@link tableFromCsvChunks}: those of {@link tableFromCsv}, plus the encoding of
 * byte chunks.
 *
 * @category Composite index
 */
export interface TableFromCsvChunksOptions extends TableFromCsvOptions {
  /**
   * Encoding of `Uint8Array` chunks, as `TextDecoder` names it (`"utf-8"`, `"windows-1256"`,
   * `"utf-16le"`…). Default `"utf-8"`. Invalid bytes are an error, never replaced silently.
   */
  readonly encoding?: string | undefined;
}

type Decoder = InstanceType<typeof TextDecoder>;

/**
 * {@link tableFromCsv} over a stream: feeds text or byte chunks (a Node read stream, a web
 * `ReadableStream`, any async or sync iterable) through the same columnar reader, so a file
 * of any size is read in one pass with memory near the size of its numeric columns. Chunks
 * may split anywhere, inside a quoted field or a multi-byte character included.
 *
 * @param chunks - the CSV as chunks of text or bytes, header first
 * @param options - see {@link TableFromCsvChunksOptions}
 * @returns the table, the header, the label columns and the delimiter used
 * @throws MahallehError as {@link tableFromCsv}; `INDEX_INVALID_TABLE` for bytes that are not
 *   valid in the encoding, `INDEX_INVALID_OPTIONS` for an unknown encoding; an error of the
 *   stream itself is passed on as the `cause` of an `INDEX_INVALID_TABLE` error
 * @example
 * ```ts
 * import { tableFromCsvChunks } from "mahalleh/scoring";
 * const bytes = new TextEncoder().encode("id,x\na,۱\nb,2\n");
 * const chunks = [bytes.subarray(0, 7), bytes.subarray(7)]; // splits the two bytes of «۱»
 * const { table } = await tableFromCsvChunks(chunks);
 * Array.from(table.columns["x"] ?? []); // => [1, 2]
 * ```
 *
 * @category Composite index
 */
export async function tableFromCsvChunks(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options?: TableFromCsvChunksOptions | undefined,
): Promise<CsvIndicatorTable> {
  if (chunks === null || typeof chunks !== "object" || (!(Symbol.asyncIterator in chunks) && !(Symbol.iterator in chunks))) {
    throw fail("INDEX_INVALID_TABLE", "ورودی باید دنباله‌ای از تکه‌های متن یا بایت باشد", "The input must be an iterable of text or byte chunks");
  }
  let decoder: Decoder;
  try {
    decoder = new TextDecoder(options?.encoding ?? "utf-8", { fatal: true });
  } catch (error) {
    throw fail("INDEX_INVALID_OPTIONS", `رمزگذاری «${String(options?.encoding)}» شناخته نیست`, `Unknown encoding "${String(options?.encoding)}"`, { encoding: String(options?.encoding) }, error);
  }
  let state: ReturnType<typeof makeReader> | undefined;
  let offset = 0;
  // UTF-8 bytes are read as bytes (only text fields decoded); other encodings and text as text
  const utf8 = decoder.encoding === "utf-8";
  let bytesPath = false;
  const feed = (text: string): void => {
    if (text.length === 0) return;
    if (bytesPath) {
      (state as ReturnType<typeof makeReader>).reader.pushBytes(new TextEncoder().encode(text));
      return;
    }
    state ??= makeReader(options, text.slice(0, 65536));
    state.reader.push(text);
  };
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === "string") feed(chunk);
      else if (chunk instanceof Uint8Array) {
        if (utf8 && chunk.byteLength > 0 && (state === undefined || bytesPath)) {
          state ??= makeReader(options, new TextDecoder().decode(chunk.subarray(0, 65536)));
          bytesPath = true;
          state.reader.pushBytes(chunk);
        } else feed(decode(decoder, chunk, offset, true));
        offset += chunk.byteLength;
      } else throw fail("INDEX_INVALID_TABLE", "هر تکه باید متن یا Uint8Array باشد", "Each chunk must be a string or a Uint8Array", { offset });
    }
    if (!bytesPath) feed(decode(decoder, new Uint8Array(0), offset, false));
  } catch (error) {
    if (isMahallehError(error)) throw error;
    throw fail("INDEX_INVALID_TABLE", "خواندن جریان داده با خطا متوقف شد", "Reading the stream failed", { offset }, error);
  }
  if (state === undefined) throw fail("INDEX_INVALID_TABLE", "پروندهٔ CSV خالی است (سرستونی ندارد)", "The CSV file is empty (no header line)");
  const parsed = state.reader.end();
  return csvTableOf(parsed, state.plan(), state.delimiter);
}

function decode(decoder: Decoder, bytes: Uint8Array, offset: number, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch (error) {
    throw fail("INDEX_INVALID_TABLE", `بایت‌های نامعتبر برای این رمزگذاری نزدیک بایت ${offset}`, `Bytes not valid in this encoding near byte ${offset}`, { offset }, error);
  }
}
