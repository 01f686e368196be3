/**
 * Flat Parquet columns decoded straight into their destination (issue 18): numbers into a
 * `Float64Array`, text into one string array, page by page, with no row object and no boxed
 * value per cell. Only what common writers (DuckDB, Arrow, Polars, pandas) produce by default is
 * decoded here — top-level OPTIONAL/REQUIRED columns, UNCOMPRESSED or SNAPPY pages (v1 and
 * v2), PLAIN and dictionary encodings; anything else throws {@link UNSUPPORTED} and the caller
 * reads that column with hyparquet's own decoder, so the values are always hyparquet's values:
 * DECIMAL as `Number(unscaled) / 10 ** scale`, INT64 rounded as `Number(bigint)` rounds, FLOAT
 * widened, nulls as `NaN` or `""`, bytes decoded by `TextDecoder` (UTF-8, BOM dropped).
 */

import { ensureMemory, instantiateBase64, type WasmMemory } from "../internal/wasmModule";
import { PARQUET_DICTIONARY_WASM } from "./_parquetDictionaryWasm";

/** The schema element of a top-level column, as hyparquet's `parquetMetadata` gives it. */
export interface ParquetElement {
  readonly name: string;
  readonly type?: string | undefined;
  readonly repetition_type?: string | undefined;
  readonly converted_type?: string | undefined;
  readonly logical_type?: { readonly type?: string | undefined; readonly bitWidth?: number | undefined; readonly isSigned?: boolean | undefined } | undefined;
  readonly scale?: number | undefined;
}

/** The parts of hyparquet's file metadata read here. */
export interface ParquetFileMetadata {
  readonly row_groups: readonly {
    readonly num_rows: bigint | number;
    readonly columns: readonly {
      readonly meta_data?:
        | {
            readonly codec: string;
            readonly encodings?: readonly string[] | undefined;
            readonly path_in_schema: readonly string[];
            readonly total_compressed_size: bigint | number;
            readonly data_page_offset: bigint | number;
            readonly dictionary_page_offset?: bigint | number | undefined;
          }
        | undefined;
    }[];
  }[];
}

/** hyparquet's exported `snappyUncompress(input, output)`. */
export type SnappyUncompress = (input: Uint8Array, output: Uint8Array) => void;

/** Thrown (never surfaced) when a column needs hyparquet's general decoder. */
export const UNSUPPORTED: { readonly unsupported: true } = Object.freeze({ unsupported: true });

/** Thrown for bytes that cannot be a valid page; the caller wraps it as INDEX_UNREADABLE_FILE. */
export class _CorruptParquet extends Error {
  override readonly name = "CorruptParquet";
}

function corrupt(what: string): never {
  throw new _CorruptParquet(what);
}

type Kind = "number" | "text";

/** How one column's stored values become numbers: the physical type and DECIMAL's divisor. */
interface Reader {
  readonly kind: Kind;
  readonly physical: "DOUBLE" | "FLOAT" | "INT32" | "INT64" | "BYTE_ARRAY";
  readonly optional: boolean;
  /** `10 ** scale` for a DECIMAL, otherwise undefined (hyparquet divides by it). */
  readonly factor: number | undefined;
}

const SIGNED_INTS = new Set([undefined, "INT_8", "INT_16", "INT_32", "INT_64"]);
const TEXTS = new Set([undefined, "UTF8", "ENUM"]);

/** The reader for a column, or undefined when hyparquet must read it. */
export function parquetReader(element: ParquetElement, kind: Kind): Reader | undefined {
  const { type, converted_type: ctype, logical_type: ltype } = element;
  const rep = element.repetition_type;
  if (rep !== undefined && rep !== "OPTIONAL" && rep !== "REQUIRED") return undefined;
  const optional = rep !== "REQUIRED";
  const lt = ltype?.type;
  if (ctype === "DECIMAL") {
    if ((type !== "INT32" && type !== "INT64") || (lt !== undefined && lt !== "DECIMAL")) return undefined;
    return { kind, physical: type, optional, factor: 10 ** (element.scale ?? 0) };
  }
  if (lt === "DECIMAL") return undefined; // a logical DECIMAL without the converted type: hyparquet's rules
  if (type === "DOUBLE" || type === "FLOAT") return ctype === undefined && lt === undefined ? { kind, physical: type, optional, factor: undefined } : undefined;
  if (type === "INT32" || type === "INT64") {
    if (!SIGNED_INTS.has(ctype)) return undefined;
    if (lt !== undefined && !(lt === "INTEGER" && ltype?.isSigned === true)) return undefined;
    return { kind, physical: type, optional, factor: undefined };
  }
  if (type === "BYTE_ARRAY" && kind === "text") {
    if (!TEXTS.has(ctype) || (lt !== undefined && lt !== "STRING" && lt !== "ENUM")) return undefined;
    return { kind, physical: type, optional, factor: undefined };
  }
  return undefined;
}

const utf8 = new TextDecoder();

/** A position in a byte array. */
interface Cursor {
  readonly b: Uint8Array;
  p: number;
  readonly end: number;
}

function varint(c: Cursor): number {
  let result = 0;
  let scale = 1;
  for (;;) {
    if (c.p >= c.end) corrupt("varint past the end");
    const byte = c.b[c.p++] as number;
    result += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return result;
    scale *= 128;
    if (scale > 2 ** 63) corrupt("varint too long");
  }
}

function zigzag(n: number): number {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}

type Thrift = { [field: number]: number | boolean | Thrift | undefined };

/** One Thrift compact-protocol value; binaries, doubles and lists are skipped (page headers need none). */
function thriftValue(c: Cursor, type: number): number | boolean | Thrift | undefined {
  switch (type) {
    case 1:
      return true;
    case 2:
      return false;
    case 3:
      c.p++;
      return undefined;
    case 4:
    case 5:
    case 6:
      return zigzag(varint(c));
    case 7:
      c.p += 8;
      return undefined;
    case 8:
      c.p += varint(c);
      return undefined;
    case 9:
    case 10: {
      if (c.p >= c.end) corrupt("list past the end");
      const head = c.b[c.p++] as number;
      let size = head >> 4;
      if (size === 15) size = varint(c);
      const element = head & 15;
      if (element === 1 || element === 2) c.p += size;
      else for (let i = 0; i < size; i++) thriftValue(c, element);
      return undefined;
    }
    case 11: {
      const size = varint(c);
      if (size > 0) {
        const kv = c.b[c.p++] as number;
        for (let i = 0; i < size; i++) {
          thriftValue(c, kv >> 4);
          thriftValue(c, kv & 15);
        }
      }
      return undefined;
    }
    case 12:
      return thriftStruct(c);
    default:
      return corrupt(`thrift type ${type}`);
  }
}

function thriftStruct(c: Cursor): Thrift {
  const out: Thrift = {};
  let last = 0;
  for (;;) {
    if (c.p >= c.end) corrupt("page header past the end");
    const byte = c.b[c.p++] as number;
    if (byte === 0) return out;
    const type = byte & 15;
    const delta = byte >> 4;
    const id = delta === 0 ? zigzag(varint(c)) : last + delta;
    last = id;
    out[id] = thriftValue(c, type);
  }
}

function int(value: unknown): number {
  return typeof value === "number" ? value : corrupt("missing page header field");
}

/**
 * Decodes a run-length/bit-packed hybrid into `out[0..n)` from `b[p..end)` and returns the
 * position after the runs read. A run-length value is stored as written (not masked to the
 * width), as an index past the dictionary must stay one.
 */
export function hybrid(b: Uint8Array, p: number, end: number, width: number, out: Uint32Array, n: number): number {
  const c: Cursor = { b, p, end };
  const bytesPerValue = (width + 7) >> 3;
  let seen = 0;
  while (seen < n) {
    const header = varint(c);
    if (header % 2 === 1) {
      const groups = (header - 1) / 2;
      const count = Math.min(groups * 8, n - seen);
      // the bytes the values emitted need (a writer may trim the run's padding)
      if (c.p + Math.ceil((count * width) / 8) > end) corrupt("bit-packed run past the end");
      unpack(b, c.p, width, out, seen, count);
      seen += count;
      c.p += groups * width;
    } else {
      const count = Math.min(header / 2, n - seen);
      if (c.p + bytesPerValue > end) corrupt("run past the end");
      let v = 0;
      for (let i = 0; i < bytesPerValue; i++) v += (b[c.p + i] as number) * 2 ** (8 * i);
      c.p += bytesPerValue;
      out.fill(v, seen, seen + count);
      seen += count;
    }
  }
  return c.p;
}

/**
 * Bit-unpacks `count` values of `width` bits from `b[start…]` into `out[at…]`: a 32-bit
 * little-endian read a value (and a fifth byte when the value spans it) while five bytes remain
 * in `b`, then byte by byte (the bits a value needs are within the run, as checked; the bytes
 * past them are masked off, and read as zeros past the end of `b`).
 */
function unpack(b: Uint8Array, start: number, width: number, out: Uint32Array, at: number, count: number): void {
  const mask = width >= 32 ? 0xffffffff : 2 ** width - 1;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const last = b.length - 5;
  for (let i = 0; i < count; i++) {
    const bit = i * width;
    const q = start + (bit >>> 3);
    const s = bit & 7;
    let v: number;
    if (q <= last) {
      v = view.getUint32(q, true) >>> s;
      if (s + width > 32) v |= (b[q + 4] as number) << (32 - s);
      v = (v & mask) >>> 0;
    } else {
      v = 0;
      for (let k = 0; k < 5 && q + k < b.length; k++) v += (b[q + k] as number) * 2 ** (8 * k);
      v = Math.floor(v / 2 ** s) % (mask + 1);
    }
    out[at + i] = v;
  }
}

/**
 * Decodes definition levels (a hybrid of width 1) into `out[0..n)` from `b[p..end)` and
 * returns how many are exactly 1 (the values present). A run-length level is stored as
 * written: a corrupt level other than 0 and 1 reads as a null, as it always did.
 */
export function levels(b: Uint8Array, p: number, end: number, out: Uint8Array, n: number): number {
  const c: Cursor = { b, p, end };
  let seen = 0;
  let ones = 0;
  while (seen < n) {
    const header = varint(c);
    if (header % 2 === 1) {
      const groups = (header - 1) / 2;
      const count = Math.min(groups * 8, n - seen);
      if (c.p + Math.ceil(count / 8) > end) corrupt("bit-packed run past the end");
      // eight levels a byte, lowest bit first
      for (let i = 0; i < count; i++) {
        const bit = ((b[c.p + (i >>> 3)] as number) >>> (i & 7)) & 1;
        out[seen + i] = bit;
        ones += bit;
      }
      seen += count;
      c.p += groups;
    } else {
      const count = Math.min(header / 2, n - seen);
      if (c.p + 1 > end) corrupt("run past the end");
      const v = b[c.p++] as number;
      out.fill(v, seen, seen + count);
      if (v === 1) ones += count;
      seen += count;
    }
  }
  return ones;
}

/**
 * Snappy-decompresses `input` into all of `output` as hyparquet's `snappyUncompress` does,
 * with long literals moved as blocks. On anything its tight loop does not expect (a
 * bound crossed, an odd offset or length, the output not filled exactly) it hands the whole
 * page to hyparquet's function, which then gives its own bytes or its own error.
 */
export function snappyInto(input: Uint8Array, output: Uint8Array, fallback: SnappyUncompress): void {
  const n = input.length;
  const size = output.length;
  let pos = 0;
  // the preamble: the uncompressed length as a varint
  while (pos < n) if ((input[pos++] as number) < 128) break;
  let at = 0;
  while (pos < n) {
    const tag = input[pos++] as number;
    if (pos >= n) return fallback(input, output);
    const kind = tag & 3;
    let length: number;
    if (kind === 0) {
      length = (tag >>> 2) + 1;
      if (length > 60) {
        const bytes = length - 60;
        if (pos + 3 >= n) return fallback(input, output);
        // a four-byte length of 2³¹ or more: hyparquet's loop would step back and never end
        if (bytes === 4) return (input[pos + 3] as number) >= 128 ? corrupt("snappy literal length") : fallback(input, output);
        length = (input[pos] as number) + 1;
        if (bytes > 1) length += (input[pos + 1] as number) << 8;
        if (bytes > 2) length += (input[pos + 2] as number) << 16;
        pos += bytes;
      }
      if (pos + length > n || at + length > size) return fallback(input, output);
      if (length > 24) output.set(input.subarray(pos, pos + length), at);
      else for (let i = 0; i < length; i++) output[at + i] = input[pos + i] as number;
      pos += length;
      at += length;
      continue;
    }
    let offset: number;
    if (kind === 1) {
      length = ((tag >>> 2) & 7) + 4;
      offset = (input[pos] as number) + ((tag >>> 5) << 8);
      pos += 1;
    } else if (kind === 2) {
      if (pos + 1 >= n) return fallback(input, output);
      length = (tag >>> 2) + 1;
      offset = (input[pos] as number) | ((input[pos + 1] as number) << 8);
      pos += 2;
    } else {
      if (pos + 3 >= n) return fallback(input, output);
      length = (tag >>> 2) + 1;
      offset = ((input[pos] as number) | ((input[pos + 1] as number) << 8) | ((input[pos + 2] as number) << 16) | ((input[pos + 3] as number) << 24)) >>> 0;
      pos += 4;
    }
    if (offset === 0 || offset > at || at + length > size) return fallback(input, output);
    // an overlapping copy repeats the bytes it has just written: byte by byte
    for (let i = 0; i < length; i++) output[at + i] = output[at - offset + i] as number;
    at += length;
  }
  if (at !== size) fallback(input, output);
}

/** Numbers of a page spread over its rows: `NaN` where the definition level is 0. */
function spreadNumbers(defs: Uint8Array, vals: Float64Array, out: Float64Array, from: number, count: number): void {
  let j = 0;
  for (let i = 0; i < count; i++) out[from + i] = defs[i] === 1 ? (vals[j++] as number) : Number.NaN;
}

/** Dictionary numbers spread over the rows: `dict[index]` where defined, `NaN` for a null or an index outside the dictionary. */
function spreadDictionary(defs: Uint8Array | undefined, indices: Uint32Array, dict: Float64Array, out: Float64Array, from: number, count: number): void {
  const size = dict.length;
  if (defs === undefined) {
    for (let i = 0; i < count; i++) {
      const k = indices[i] as number;
      out[from + i] = k < size ? (dict[k] as number) : Number.NaN;
    }
    return;
  }
  let j = 0;
  for (let i = 0; i < count; i++) {
    if (defs[i] === 1) {
      const k = indices[j++] as number;
      out[from + i] = k < size ? (dict[k] as number) : Number.NaN;
    } else out[from + i] = Number.NaN;
  }
}

interface DictionaryExports {
  readonly memory: WasmMemory;
  decode(p: number, end: number, width: number, n: number, indices: number, defs: number, dict: number, size: number, out: number, count: number): number;
}

/** This thread's instance of the dictionary decoder (`_parquetDictionary.wat`), or null where WebAssembly cannot run it. */
let dictionaryDecoder: DictionaryExports | null | undefined;

/**
 * {@link hybrid} then {@link spreadDictionary} in WebAssembly (`_parquetDictionary.wat`, the same
 * steps): the `present` indices of `width` bits at `page[p…]`, looked up in `dict`, into
 * `out[from…from + count)`. The page, the definition levels and the dictionary are copied into
 * the module's memory, the values out of it. False, having written nothing, where the module
 * cannot run or grow, or where the indices run past the page (the caller then decodes with
 * JavaScript, which throws its own error).
 */
function dictionaryWasm(page: Uint8Array, p: number, width: number, present: number, defs: Uint8Array | undefined, dict: Float64Array, out: Float64Array, from: number, count: number): boolean {
  if (dictionaryDecoder === undefined) dictionaryDecoder = instantiateBase64(PARQUET_DICTIONARY_WASM) as DictionaryExports | null;
  const ex = dictionaryDecoder;
  if (ex === null) return false;
  const align = (x: number): number => Math.ceil(x / 8) * 8;
  // the page (8 zero bytes after it: read past the page, bits are zeros), indices, levels, dictionary, values
  const indicesAt = align(page.length + 8);
  const defsAt = align(indicesAt + 4 * present);
  const dictAt = align(defsAt + (defs === undefined ? 0 : count));
  const outAt = align(dictAt + 8 * dict.length);
  const total = outAt + 8 * count;
  if (total > 2 ** 31 || !ensureMemory(ex.memory, total)) return false;
  const buffer = ex.memory.buffer;
  const bytes = new Uint8Array(buffer);
  bytes.set(page, 0);
  bytes.fill(0, page.length, page.length + 8);
  if (defs !== undefined) bytes.set(defs.subarray(0, count), defsAt);
  new Float64Array(buffer, dictAt, dict.length).set(dict);
  if (ex.decode(p, page.length, width, present, indicesAt, defs === undefined ? 0 : defsAt, dictAt, dict.length, outAt, count) !== 0) return false;
  out.set(new Float64Array(buffer, outAt, count), from);
  return true;
}

/**
 * {@link hybrid} then {@link spreadDictionary} in JavaScript (what {@link dictionaryWasm} stands
 * for, and what runs where it declines): the indices into `indices` (at least `present` long),
 * all 0 for a width of 0; throws on a page that cannot be decoded.
 */
function dictionaryJs(page: Uint8Array, p: number, width: number, present: number, defs: Uint8Array | undefined, dict: Float64Array, out: Float64Array, from: number, count: number, indices: Uint32Array): void {
  const read = indices.subarray(0, present);
  if (width > 0) hybrid(page, p, page.length, width, read, present);
  else read.fill(0);
  if (count > 0) spreadDictionary(defs, read, dict, out, from, count);
}

/** Tests only: the two dictionary decoders the page decoder chooses from (the JavaScript one throws where the page is corrupt). */
export const _dictionaryDecoders: { readonly wasm: typeof dictionaryWasm; readonly js: typeof dictionaryJs } = { wasm: dictionaryWasm, js: dictionaryJs };

/** PLAIN doubles spread over the rows straight from the page, `NaN` for a null. */
function spreadDoubles(defs: Uint8Array | undefined, view: DataView, p: number, out: Float64Array, from: number, count: number): void {
  if (defs === undefined) {
    for (let i = 0; i < count; i++) out[from + i] = view.getFloat64(p + 8 * i, true);
    return;
  }
  for (let i = 0; i < count; i++) {
    if (defs[i] === 1) {
      out[from + i] = view.getFloat64(p, true);
      p += 8;
    } else out[from + i] = Number.NaN;
  }
}

/** The destination of one column: numbers or text, and how many rows it holds. */
export type ColumnOut = Float64Array | string[];

/** Reads PLAIN values `count` at `p`: numbers into `values`, text into `texts`. */
function plainValues(reader: Reader, page: Uint8Array, view: DataView, p: number, end: number, count: number, numbers: Float64Array | undefined, texts: string[] | undefined): number {
  const { physical, factor } = reader;
  if (physical === "BYTE_ARRAY") return plainTexts(page, view, p, end, count, texts as string[], 0);
  const width = physical === "DOUBLE" || physical === "INT64" ? 8 : 4;
  if (p + width * count > end) corrupt("values past the end");
  for (let i = 0; i < count; i++) {
    let x: number;
    if (physical === "DOUBLE") x = view.getFloat64(p, true);
    else if (physical === "FLOAT") x = view.getFloat32(p, true);
    else if (physical === "INT32") x = view.getInt32(p, true);
    else {
      if (texts !== undefined && factor === undefined) {
        texts[i] = String(view.getBigInt64(p, true));
        p += 8;
        continue;
      }
      // one rounding of an exact sum: Number(bigint), without the bigint
      x = view.getInt32(p + 4, true) * 4294967296 + view.getUint32(p, true);
    }
    p += width;
    if (factor !== undefined) x = x / factor;
    if (numbers !== undefined) numbers[i] = x;
    else (texts as string[])[i] = String(x);
  }
  return p;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * PLAIN byte arrays as text, into `out[at…]`. A page of valid UTF-8 values is decoded with one
 * call and cut into its values by their UTF-16 lengths (a value's lead bytes, two units for a
 * 4-byte one; its byte length when the page is ASCII), which is what decoding each value alone
 * gives when no value starts with a continuation byte or a BOM (which `TextDecoder` would
 * drop); any other page is decoded value by value. When every value is shorter than 128 bytes
 * the page is decoded as it lies, length prefixes and all (four ASCII characters each, which no
 * UTF-8 sequence can straddle), else the values are first copied together.
 */
function plainTexts(b: Uint8Array, view: DataView, p: number, end: number, count: number, out: string[], at: number): number {
  let q = p;
  let total = 0;
  let bulk = count > 1;
  let short = true;
  for (let i = 0; i < count; i++) {
    if (q + 4 > end) corrupt("byte array past the end");
    const length = view.getUint32(q, true);
    q += 4;
    if (q + length > end) corrupt("byte array past the end");
    if (length > 0) {
      if (length >= 128) short = false;
      const first = b[q] as number;
      if ((first & 0xc0) === 0x80 || (first === 0xef && length >= 3 && b[q + 1] === 0xbb && b[q + 2] === 0xbf)) bulk = false;
    }
    total += length;
    q += length;
  }
  const after = q;
  if (bulk) {
    // the page as it lies (four prefix characters a value), or its values copied together
    let bytes = b.subarray(p, after);
    if (!short) {
      bytes = new Uint8Array(total);
      for (let i = 0, o = 0, r = p; i < count; i++) {
        const length = view.getUint32(r, true);
        bytes.set(b.subarray(r + 4, r + 4 + length), o);
        o += length;
        r += 4 + length;
      }
    }
    let all: string | undefined;
    try {
      all = strictUtf8.decode(bytes);
    } catch {
      all = undefined; // not valid UTF-8: each value decoded alone, with its replacement characters
    }
    if (all !== undefined) {
      const ascii = all.length === bytes.length;
      let c = 0;
      q = p;
      for (let i = 0; i < count; i++) {
        const length = view.getUint32(q, true);
        q += 4;
        let units = length;
        if (!ascii) {
          units = 0;
          for (let k = 0; k < length; k++) {
            const byte = b[q + k] as number;
            if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
          }
        }
        q += length;
        if (short) c += 4;
        out[at + i] = all.slice(c, c + units);
        c += units;
      }
      return after;
    }
  }
  q = p;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(q, true);
    q += 4;
    out[at + i] = utf8.decode(b.subarray(q, q + length));
    q += length;
  }
  return after;
}


const PLAIN = 0;
const PLAIN_DICTIONARY = 2;
const RLE = 3;
const RLE_DICTIONARY = 8;
const BYTE_STREAM_SPLIT = 9;

/** BYTE_STREAM_SPLIT values gathered back into PLAIN order (byte k of value i is at k·count + i). */
function unsplit(page: Uint8Array, p: number, count: number, width: number): Uint8Array {
  if (p + count * width > page.length) corrupt("values past the end");
  const out = new Uint8Array(count * width);
  for (let k = 0; k < width; k++) {
    const from = p + k * count;
    for (let i = 0; i < count; i++) out[i * width + k] = page[from + i] as number;
  }
  return out;
}

/**
 * Decodes one column chunk (a row group's column) into `out[rowStart…]`, never past `rows`.
 * Returns how many rows it wrote.
 */
export function decodeColumnChunk(
  file: Uint8Array,
  chunk: NonNullable<ParquetFileMetadata["row_groups"][number]["columns"][number]["meta_data"]>,
  groupRows: number,
  reader: Reader,
  out: ColumnOut,
  rowStart: number,
  rows: number,
  snappy: SnappyUncompress,
): number {
  const codec = chunk.codec;
  if (codec !== "UNCOMPRESSED" && codec !== "SNAPPY") throw UNSUPPORTED;
  const begin = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
  const end = begin + Number(chunk.total_compressed_size);
  if (!(begin >= 0 && end <= file.length && begin <= end)) corrupt("column chunk outside the file");
  const c: Cursor = { b: file, p: begin, end };
  const numbers = reader.kind === "number" ? (out as Float64Array) : undefined;
  const texts = reader.kind === "text" ? (out as string[]) : undefined;
  let dictNumbers: Float64Array | undefined;
  let dictTexts: string[] | undefined;
  let done = 0;
  let written = 0;
  // scratch reused from page to page: definition levels and dictionary indices
  let defBuffer = new Uint8Array(0);
  let indexBuffer = new Uint32Array(0);
  let inflated = new Uint8Array(0);
  while (done < groupRows && c.p < end - 1) {
    const header = thriftStruct(c);
    const pageType = int(header[1]);
    const uncompressed = int(header[2]);
    const compressed = int(header[3]);
    const bodyStart = c.p;
    if (compressed < 0 || bodyStart + compressed > end) corrupt("page past the end of its column chunk");
    c.p += compressed;
    const body = file.subarray(bodyStart, bodyStart + compressed);
    const inflate = (bytes: Uint8Array, size: number): Uint8Array => {
      if (codec === "UNCOMPRESSED") return bytes;
      // one buffer for every page of the chunk: nothing keeps a page's bytes past the page
      if (inflated.length < size) inflated = new Uint8Array(Math.max(size, 2 * inflated.length));
      const page = inflated.subarray(0, size);
      snappyInto(bytes, page, snappy);
      return page;
    };
    if (pageType === 2) {
      const dph = header[7] as Thrift | undefined;
      if (dph === undefined) corrupt("dictionary page without its header");
      const count = int(dph[1]);
      const encoding = dph[2];
      if (encoding !== PLAIN && encoding !== PLAIN_DICTIONARY) throw UNSUPPORTED;
      const page = inflate(body, uncompressed);
      const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
      if (numbers !== undefined) {
        dictNumbers = new Float64Array(count);
        plainValues(reader, page, view, 0, page.length, count, dictNumbers, undefined);
      } else {
        dictTexts = new Array<string>(count);
        plainValues(reader, page, view, 0, page.length, count, undefined, dictTexts);
      }
      continue;
    }
    if (pageType !== 0 && pageType !== 3) throw UNSUPPORTED;
    let values: number;
    let encoding: unknown;
    let page: Uint8Array;
    let p = 0;
    let defs: Uint8Array | undefined;
    let present = -1;
    if (pageType === 0) {
      const dph = header[5] as Thrift | undefined;
      if (dph === undefined) corrupt("data page without its header");
      values = int(dph[1]);
      encoding = dph[2];
      if (reader.optional && dph[3] !== RLE) throw UNSUPPORTED;
      page = inflate(body, uncompressed);
      if (reader.optional) {
        if (page.length < 4) corrupt("definition levels past the end");
        const length = new DataView(page.buffer, page.byteOffset, 4).getUint32(0, true);
        if (4 + length > page.length) corrupt("definition levels past the end");
        if (defBuffer.length < values) defBuffer = new Uint8Array(Math.max(values, 2 * defBuffer.length));
        defs = defBuffer.subarray(0, values);
        present = levels(page, 4, 4 + length, defs, values);
        p = 4 + length;
      }
    } else {
      const v2 = header[8] as Thrift | undefined;
      if (v2 === undefined) corrupt("data page v2 without its header");
      values = int(v2[1]);
      encoding = v2[4];
      const defLength = int(v2[5] ?? 0);
      const repLength = int(v2[6] ?? 0);
      if (repLength !== 0) throw UNSUPPORTED;
      if (defLength > body.length) corrupt("definition levels past the end");
      if (reader.optional && defLength > 0) {
        if (defBuffer.length < values) defBuffer = new Uint8Array(Math.max(values, 2 * defBuffer.length));
        defs = defBuffer.subarray(0, values);
        present = levels(body, 0, defLength, defs, values);
      }
      const size = uncompressed - defLength - repLength;
      const rest = body.subarray(defLength);
      page = v2[7] !== false && size > 0 ? inflate(rest, size) : rest;
    }
    if (values < 0) corrupt("negative value count");
    if (defs === undefined) present = values;
    else if (present === values) defs = undefined;
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const from = rowStart + done;
    const stop = Math.min(from + values, rows);
    // the page's non-null values, in order
    let valNumbers: Float64Array | undefined;
    let valTexts: string[] | undefined;
    if (numbers !== undefined && encoding === PLAIN && reader.physical === "DOUBLE") {
      // the common cases go straight into the column, with no array of the page's values
      if (p + 8 * present > page.length) corrupt("values past the end");
      if (stop > from) spreadDoubles(defs, view, p, numbers, from, stop - from);
    } else if (numbers !== undefined && (encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY)) {
      if (p >= page.length && present > 0) corrupt("dictionary indices past the end");
      const width = present > 0 ? (page[p] as number) : 0;
      if (width > 32) corrupt("bit width over 32");
      const dict = dictNumbers ?? new Float64Array(0);
      if (!(width > 0 && stop > from && dictionaryWasm(page, p + 1, width, present, defs, dict, numbers, from, stop - from))) {
        if (indexBuffer.length < present) indexBuffer = new Uint32Array(Math.max(present, 2 * indexBuffer.length));
        dictionaryJs(page, p + 1, width, present, defs, dict, numbers, from, stop - from, indexBuffer);
      }
    } else if (texts !== undefined && encoding === PLAIN && reader.physical === "BYTE_ARRAY" && defs === undefined && stop - from === present) {
      // a page of text without nulls, all of it in the column: straight into the column
      plainTexts(page, view, p, page.length, present, texts, from);
    } else if (encoding === PLAIN) {
      if (numbers !== undefined) {
        valNumbers = new Float64Array(present);
        plainValues(reader, page, view, p, page.length, present, valNumbers, undefined);
      } else {
        valTexts = new Array<string>(present);
        plainValues(reader, page, view, p, page.length, present, undefined, valTexts);
      }
    } else if (encoding === BYTE_STREAM_SPLIT && reader.physical !== "BYTE_ARRAY") {
      const width = reader.physical === "DOUBLE" || reader.physical === "INT64" ? 8 : 4;
      const plain = unsplit(page, p, present, width);
      const plainView = new DataView(plain.buffer);
      if (numbers !== undefined) {
        valNumbers = new Float64Array(present);
        plainValues(reader, plain, plainView, 0, plain.length, present, valNumbers, undefined);
      } else {
        valTexts = new Array<string>(present);
        plainValues(reader, plain, plainView, 0, plain.length, present, undefined, valTexts);
      }
    } else if (encoding === PLAIN_DICTIONARY || encoding === RLE_DICTIONARY) {
      // text by dictionary index (numbers were read above), nulls as ""; an index outside the
      // dictionary reads as hyparquet reads it: undefined, so ""
      if (p >= page.length && present > 0) corrupt("dictionary indices past the end");
      const width = present > 0 ? (page[p] as number) : 0;
      if (width > 32) corrupt("bit width over 32");
      if (indexBuffer.length < present) indexBuffer = new Uint32Array(Math.max(present, 2 * indexBuffer.length));
      const indices = indexBuffer.subarray(0, present);
      if (width > 0) hybrid(page, p + 1, page.length, width, indices, present);
      else indices.fill(0);
      const dict = dictTexts ?? [];
      const target = texts as string[];
      for (let i = 0, j = 0; from + i < stop; i++) target[from + i] = defs === undefined || defs[i] === 1 ? (dict[indices[j++] as number] ?? "") : "";
    } else throw UNSUPPORTED;
    // spread the values over the rows, nulls where the definition level is 0
    if (numbers !== undefined && valNumbers !== undefined) {
      const vals = valNumbers;
      if (defs === undefined) {
        if (stop > from) numbers.set(stop - from === vals.length ? vals : vals.subarray(0, stop - from), from);
      } else {
        spreadNumbers(defs, vals, numbers, from, stop - from);
      }
    } else if (texts !== undefined && valTexts !== undefined) {
      const vals = valTexts;
      const target = texts as string[];
      for (let i = 0, j = 0; from + i < stop; i++) target[from + i] = defs === undefined || defs[i] === 1 ? (vals[j++] as string) : "";
    }
    written += Math.max(0, stop - from);
    done += values;
  }
  return written;
}
