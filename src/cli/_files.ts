/**
 * Private: how the CLI reads a user's file — as bytes, with its text encoding detected (or
 * given with `--encoding`) and its CSV delimiter sniffed (or given with `--delimiter`), so
 * that a spreadsheet saved by Excel on Persian Windows (Windows-1256), a UTF-16 export or a
 * `;`-separated file is read as the user sees it, and the command can say what it used.
 */
import { DataError } from "./_command";
import { UsageError } from "./_args";
import type { CliIO } from "./run";
import { concatBytes } from "../internal/bytes";

/** How the encoding was chosen. */
export type EncodingSource = "bom" | "flag" | "utf-8" | "fallback";

/** The encoding a file was read with. */
export interface EncodingUsed {
  /** WHATWG label: `"utf-8"`, `"utf-16le"`, `"utf-16be"`, `"windows-1256"`… */
  readonly label: string;
  /** True if the file started with a byte-order mark. */
  readonly bom: boolean;
  /** How it was chosen. */
  readonly source: EncodingSource;
}

/** How far into the file the encoding is sniffed. */
const SNIFF_BYTES = 64 * 1024;

const ALIASES: Readonly<Record<string, string>> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "utf-8-bom": "utf-8",
  utf16: "utf-16le",
  "utf-16": "utf-16le",
  utf16le: "utf-16le",
  "utf-16le": "utf-16le",
  utf16be: "utf-16be",
  "utf-16be": "utf-16be",
  cp1256: "windows-1256",
  "windows-1256": "windows-1256",
  "win-1256": "windows-1256",
  arabic: "windows-1256",
};

/** The `--encoding` value as a TextDecoder label; a UsageError if unknown. */
export function encodingLabel(flag: string): string {
  const key = flag.trim().toLowerCase();
  const label = ALIASES[key] ?? key;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new UsageError(
      `رمزگذاری «${flag}» شناخته نیست (utf-8، utf-16le، utf-16be، windows-1256)`,
      `Unknown encoding "${flag}" (utf-8, utf-16le, utf-16be, windows-1256)`,
    );
  }
}

/** The encoding of a file from its first bytes (`head`) when none was given. */
export function detectEncoding(head: Uint8Array, complete: boolean): EncodingUsed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: "utf-8", bom: true, source: "bom" };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: "utf-16le", bom: true, source: "bom" };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: "utf-16be", bom: true, source: "bom" };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: !complete });
    return { label: "utf-8", bom: false, source: "utf-8" };
  } catch {
    return { label: "windows-1256", bom: false, source: "fallback" };
  }
}

/** One line naming the encoding, for the user. */
export function describeEncoding(used: EncodingUsed, locale: "fa" | "en"): string {
  const name = used.label === "windows-1256" ? "Windows-1256" : used.label.toUpperCase();
  const bom = used.bom ? (locale === "fa" ? " با BOM" : " with BOM") : "";
  if (used.source === "fallback") {
    return locale === "fa"
      ? `رمزگذاری Windows-1256 (پرونده UTF-8 معتبر نیست؛ اکسل در ویندوز فارسی CSV را چنین ذخیره می‌کند؛ با --encoding رمزگذاری دیگری را بخواهید)`
      : `encoding Windows-1256 (the file is not valid UTF-8; Excel on Persian Windows saves CSV this way; choose another with --encoding)`;
  }
  if (used.source === "flag") return locale === "fa" ? `رمزگذاری ${name}${bom} (--encoding)` : `encoding ${name}${bom} (--encoding)`;
  return locale === "fa" ? `رمزگذاری ${name}${bom}` : `encoding ${name}${bom}`;
}

/** The bytes of a file, in chunks: the injected reader, or `node:fs` streamed. */
async function* byteChunks(io: CliIO, path: string): AsyncGenerator<Uint8Array> {
  if (io.readBytes !== undefined) {
    yield await io.readBytes(path);
    return;
  }
  if (io.readFile !== undefined) {
    yield new TextEncoder().encode(await io.readFile(path));
    return;
  }
  const { createReadStream } = await import("node:fs");
  for await (const chunk of createReadStream(path, { highWaterMark: SNIFF_BYTES })) yield chunk as Uint8Array;
}

function readError(path: string, error: unknown): DataError | UsageError {
  if (error instanceof DataError || error instanceof UsageError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return new DataError(`پروندهٔ «${path}» پیدا نشد`, `File "${path}" not found`);
  if (code === "EISDIR") return new DataError(`«${path}» یک پوشه است، نه پرونده`, `"${path}" is a directory, not a file`);
  return new DataError(`پروندهٔ «${path}» خوانده نشد (${code ?? String(error)})`, `Cannot read "${path}" (${code ?? String(error)})`);
}

/** A file opened as text: its encoding and its text in chunks (read once). */
export interface TextSource {
  readonly encoding: EncodingUsed;
  /** The first chunk of text (at least the first 64 KB of the file, or all of it). */
  readonly head: string;
  /** The whole text, in chunks, starting with `head`; the BOM removed. */
  readonly chunks: AsyncIterable<string>;
  /**
   * For a UTF-8 file, the same content as its bytes (the BOM kept), for a reader that decodes
   * only what it needs; read either `chunks` or `bytes`, never both.
   */
  readonly bytes: AsyncIterable<Uint8Array> | undefined;
  /** Closes the file without reading the rest (when another reader takes over). */
  readonly close: () => Promise<void>;
}

/**
 * Opens a file as text: reads its first 64 KB to choose the encoding (the `--encoding` flag,
 * else a BOM, else UTF-8 if those bytes are valid UTF-8, else Windows-1256), then decodes the
 * rest as it streams. A file that turns out not to be UTF-8 after its first 64 KB is a
 * DataError naming `--encoding`.
 */
export async function openText(io: CliIO, path: string, encodingFlag: string | undefined): Promise<TextSource> {
  const iterator = byteChunks(io, path)[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let size = 0;
  let done = false;
  try {
    while (size < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done === true) {
        done = true;
        break;
      }
      buffered.push(next.value);
      size += next.value.length;
    }
  } catch (error) {
    throw readError(path, error);
  }
  const head = concatBytes(buffered, size);
  let encoding: EncodingUsed;
  if (encodingFlag !== undefined) {
    const label = encodingLabel(encodingFlag);
    const detected = detectEncoding(head, done);
    encoding = { label, bom: detected.source === "bom" && detected.label === label, source: "flag" };
  } else encoding = detectEncoding(head, done);
  const fatal = encoding.label === "utf-8";
  const decoder = new TextDecoder(encoding.label, { fatal, ignoreBOM: false });
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new DataError(
        `پروندهٔ «${path}» پس از ۶۴ کیلوبایت نخست دیگر UTF-8 معتبر نیست؛ رمزگذاری را با --encoding بدهید (مثلاً --encoding windows-1256)`,
        `"${path}" stops being valid UTF-8 after its first 64 KB; give its encoding with --encoding (e.g. --encoding windows-1256)`,
      );
    }
  };
  const first = decode(head, !done);
  async function* rest(): AsyncGenerator<string> {
    yield first;
    if (done) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) break;
        const text = decode(next.value, true);
        if (text.length > 0) yield text;
      }
    } catch (error) {
      throw readError(path, error);
    }
    const tail = decode(new Uint8Array(0), false);
    if (tail.length > 0) yield tail;
  }
  async function* raw(): AsyncGenerator<Uint8Array> {
    yield head;
    if (done) return;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done === true) break;
        yield next.value;
      }
    } catch (error) {
      throw readError(path, error);
    }
  }
  const close = async (): Promise<void> => {
    await iterator.return?.(undefined);
  };
  return { encoding, head: first, chunks: rest(), bytes: encoding.label === "utf-8" ? raw() : undefined, close };
}

/** Reads a whole file as bytes (Parquet). */
export async function readBytes(io: CliIO, path: string): Promise<Uint8Array> {
  try {
    if (io.readBytes !== undefined) return await io.readBytes(path);
    const { readFile } = await import("node:fs/promises");
    return await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
}

/** Reads a whole file as text (see {@link openText}). */
export async function readText(io: CliIO, path: string, encodingFlag: string | undefined): Promise<{ text: string; encoding: EncodingUsed }> {
  const source = await openText(io, path, encodingFlag);
  const parts: string[] = [];
  for await (const chunk of source.chunks) parts.push(chunk);
  return { text: parts.join(""), encoding: source.encoding };
}

/** The delimiters sniffed, in order of preference on a tie. */
export const DELIMITERS: readonly string[] = [",", ";", "\t", "|"];

/** The `--delimiter` value: one character, or the words `tab`, `comma`, `semicolon`, `pipe`. */
export function delimiterFlag(flag: string): string {
  const named: Record<string, string> = { tab: "\t", "\\t": "\t", comma: ",", semicolon: ";", pipe: "|" };
  const value = named[flag.toLowerCase()] ?? flag;
  if ([...value].length !== 1 || value === '"' || value === "\n" || value === "\r") {
    throw new UsageError(
      `جداکننده باید یک نویسه باشد (مثلاً «;» یا tab)؛ «${flag}» داده شد`,
      `The delimiter must be one character (e.g. ";" or tab); "${flag}" given`,
    );
  }
  return value;
}

/**
 * Sniffs the delimiter of CSV text from its first lines: the candidate (`,` `;` TAB `|`) that
 * occurs, outside quotes, the same non-zero number of times on the most of the first lines,
 * more often on the header line breaking ties; `,` if none occurs.
 */
export function sniffDelimiter(text: string): string {
  const lines: string[] = [];
  let line = "";
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 20 && i < SNIFF_BYTES; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === "\n" || c === "\r")) {
      if (line.trim() !== "") lines.push(line);
      line = "";
      continue;
    }
    if (!quoted) line += c;
  }
  if (line.trim() !== "" && lines.length < 20) lines.push(line);
  const header = lines[0];
  if (header === undefined) return ",";
  let best = ",";
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const count = (l: string): number => l.split(d).length - 1;
    const inHeader = count(header);
    if (inHeader === 0) continue;
    const agreeing = lines.filter((l) => count(l) === inHeader).length;
    const score = agreeing * 1000 + inHeader;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The delimiter's name for the user. */
export function describeDelimiter(delimiter: string, locale: "fa" | "en"): string {
  const names: Record<string, [string, string]> = {
    ",": ["ویرگول «,»", 'comma ","'],
    ";": ["نقطه‌ویرگول «;»", 'semicolon ";"'],
    "\t": ["تب (TAB)", "TAB"],
    "|": ["خط عمودی «|»", 'pipe "|"'],
  };
  const name = names[delimiter];
  const text = name === undefined ? (locale === "fa" ? `«${delimiter}»` : `"${delimiter}"`) : locale === "fa" ? name[0] : name[1];
  return locale === "fa" ? `جداکننده ${text}` : `delimiter ${text}`;
}
