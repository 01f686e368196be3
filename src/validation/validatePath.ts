import { readFile } from "node:fs/promises";
import { fail } from "../internal/safe";
import type { FileValidationReport, ValidateFileOptions } from "./validateFile";
import { validateFile } from "./validateFile";

/**
 * Options of {@link validatePath}: those of `validateText`, plus the file's encoding.
 *
 * @category Validation
 */
export interface ValidatePathOptions extends ValidateFileOptions {
  /**
   * The file's text encoding, as a WHATWG label (`"utf-8"`, `"utf-16le"`, `"windows-1256"`…).
   * A byte-order mark of UTF-8 or UTF-16 always wins. Default `"utf-8"`.
   */
  readonly encoding?: string | undefined;
}

/**
 * Node only (`mahalleh/validation/node`): reads a file by its path and validates every row,
 * as `validateText` does with text. A UTF-8 or UTF-16 byte-order mark is honoured; give
 * `encoding: "windows-1256"` for a CSV saved by Excel on Persian Windows. For files too large
 * to hold in memory, stream them with {@link validateCsvStream}.
 *
 * @param path - the file's path
 * @param options - as for `validateText`, plus `encoding` (default `"utf-8"`)
 * @returns the report
 * @throws MahallehError `VALIDATION_FILE_UNREADABLE` if the file cannot be read (missing, a
 *   directory, no permission) or the encoding is unknown, and the errors of `validateText`
 * @example
 * ```ts
 * import { validatePath } from "mahalleh/validation/node";
 * const failure = await validatePath("/no/such/file.csv", { model: "observation" }).catch((error: { code: string }) => error.code);
 * failure; // => "VALIDATION_FILE_UNREADABLE"
 * ```
 * @category Validation
 */
export async function validatePath(path: string, options: ValidatePathOptions): Promise<FileValidationReport> {
  let bytes: Uint8Array;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(options.encoding ?? "utf-8");
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw fail(
      "VALIDATION_FILE_UNREADABLE",
      `پروندهٔ «${path}» خوانده نشد (${typeof code === "string" ? code : String(error)})`,
      `Cannot read "${path}" (${typeof code === "string" ? code : String(error)})`,
      { path, code: typeof code === "string" ? code : undefined },
    );
  }
  const bom = bomEncoding(bytes);
  if (bom !== undefined) decoder = new TextDecoder(bom);
  const { encoding: _encoding, ...rest } = options;
  return validateFile(decoder.decode(bytes), rest);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}
