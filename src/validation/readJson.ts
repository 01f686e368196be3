import type { SafeResult } from "../errors/SafeResult";
import { fail, toSafe } from "../internal/safe";
import { looksLikeJsonLines } from "./_json";
import type { RowProblem } from "./ValidationReport";

/**
 * Options of {@link readJson}.
 *
 * @category Reading
 */
export interface JsonReadOptions {
  /**
   * `"json"`: one document whose top level is an array of rows (or holds one under `key`);
   * `"jsonl"`: JSON Lines, one row per line; `"auto"`: JSON Lines if the text has more than
   * one line and its first non-blank line is a complete JSON object, else JSON. Default `"auto"`.
   */
  readonly format?: "json" | "jsonl" | "auto" | undefined;
  /** For `"json"`: the property of the top-level object that holds the rows (e.g. `"neighbourhoods"`). Default none. */
  readonly key?: string | undefined;
}

/**
 * A JSON or JSON Lines file read into rows; pass it to the validators as `{ source: table }`.
 *
 * @category Reading
 */
export interface JsonTable {
  /** The rows, as parsed (a bad JSON line is kept as its text). */
  readonly rows: readonly unknown[];
  /** `lines[i]`: the 1-based line where row `i` starts (absent when the rows come from `key`). */
  readonly lines?: readonly number[];
  /** Problems found while reading (JSON Lines lines that are not JSON). */
  readonly problems: readonly RowProblem[];
}

/** The line where each element of a top-level JSON array starts (the text is valid JSON). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      continue;
    }
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
    if (depth === 1 && expecting && c !== 93) {
      lines.push(line);
      expecting = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expecting = true;
  }
  return lines;
}

function syntaxError(fa: string, en: string, details: Record<string, unknown>): Error {
  return fail("VALIDATION_JSON_SYNTAX", `پروندهٔ JSON خوانا نیست: ${fa}`, `The JSON file cannot be read: ${en}`, details);
}

function readLines(text: string): JsonTable {
  const rows: unknown[] = [];
  const lines: number[] = [];
  const problems: RowProblem[] = [];
  const all = text.split(/\r\n|\r|\n/);
  all.forEach((content, i) => {
    const trimmed = (i === 0 ? content.replace(/^\uFEFF/, "") : content).trim();
    if (trimmed === "") return;
    const row = rows.length;
    lines.push(i + 1);
    try {
      rows.push(JSON.parse(trimmed) as unknown);
    } catch {
      rows.push(content);
      problems.push({
        row,
        code: "VALIDATION_JSON_LINE",
        path: [],
        fa: "این سطر JSON معتبری نیست",
        en: "this line is not valid JSON",
      });
    }
  });
  return { rows, lines, problems };
}

/**
 * Reads JSON rows: a JSON array (or the array under `options.key` of a top-level object), or
 * JSON Lines. `__proto__` keys stay plain data (no prototype is changed). Each row keeps the
 * line where it starts, so reports point at the file as an editor shows it. In JSON Lines a
 * line that is not JSON is kept as a row with a `VALIDATION_JSON_LINE` problem; blank lines
 * are not rows.
 *
 * @param text - the file's text
 * @param options - format (default `"auto"`) and `key`
 * @returns the rows, their lines and reading problems
 * @throws MahallehError `VALIDATION_JSON_SYNTAX` if a JSON document cannot be parsed or its
 *   rows are not an array, `VALIDATION_INVALID_INPUT` if `text` is not a string,
 *   `VALIDATION_INVALID_OPTION` for a bad option
 * @example
 * ```ts
 * import { readJson } from "mahalleh/validation";
 * const table = readJson('[\n  { "nameFa": "اسلام‌آباد" },\n  { "nameFa": "حصارک" }\n]');
 * table.rows.length; // => 2
 * table.lines; // => [2, 3]
 * readJson('{"nameFa":"کرج"}\n{nameFa}\n').problems[0]?.code; // => "VALIDATION_JSON_LINE"
 * readJson("[1, 2"); // throws VALIDATION_JSON_SYNTAX
 * ```
 * @category Reading
 */
export function readJson(text: string, options?: JsonReadOptions | undefined): JsonTable {
  if (typeof text !== "string") {
    throw fail("VALIDATION_INVALID_INPUT", "متن JSON باید رشته باشد", "The JSON text must be a string", {
      received: text === null ? "null" : typeof text,
    });
  }
  const format = options?.format ?? "auto";
  if (format !== "json" && format !== "jsonl" && format !== "auto") {
    throw fail("VALIDATION_INVALID_OPTION", "قالب باید «json»، «jsonl» یا «auto» باشد", 'The format must be "json", "jsonl" or "auto"', {
      format: String(format),
    });
  }
  if (format === "jsonl" || (format === "auto" && options?.key === undefined && looksLikeJsonLines(text))) return readLines(text);
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw syntaxError("نحو JSON نادرست است", error instanceof Error ? error.message : String(error), {});
  }
  const key = options?.key;
  if (key !== undefined) {
    const rows = typeof document === "object" && document !== null && Object.hasOwn(document, key) ? (document as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(rows)) throw syntaxError(`زیر کلید «${key}» آرایه‌ای نیست`, `no array under "${key}"`, { key });
    return { rows, problems: [] };
  }
  if (!Array.isArray(document)) throw syntaxError("بالاترین سطح آرایه‌ای از ردیف‌ها نیست (گزینهٔ key را بدهید)", "the top level is not an array of rows (give the key option)", {});
  return { rows: document, lines: elementLines(text), problems: [] };
}

/**
 * {@link readJson} returning a `SafeResult` instead of throwing a file-level error.
 *
 * @param text - the file's text
 * @param options - as for {@link readJson}
 * @returns `{ success: true, data: table }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeReadJson } from "mahalleh/validation";
 * const result = safeReadJson("[1, 2");
 * result.success; // => false
 * result.success ? "" : result.error.code; // => "VALIDATION_JSON_SYNTAX"
 * ```
 * @category Reading
 */
export function safeReadJson(text: string, options?: JsonReadOptions | undefined): SafeResult<JsonTable> {
  return toSafe(() => readJson(text, options));
}
