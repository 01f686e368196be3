import { isMahallehError } from "../errors/MahallehError";
import { fail } from "../internal/safe";
import { checkIds, resolveRoles, type RoleOptions } from "./_columnRoles";
import type { ParquetElement, ParquetFileMetadata, SnappyUncompress } from "./_parquetColumns";
import type { ColumnarSource, TableFromColumnsOptions } from "./tableFromArrow";

/** The parts of hyparquet's API used here (hyparquet is an optional peer dependency). */
interface Hyparquet {
  parquetMetadata(bytes: Uint8Array): ParquetFileMetadata & { num_rows: bigint | number; schema: readonly unknown[] };
  parquetSchema(metadata: unknown): { children: readonly { element: ParquetElement; children: readonly unknown[] }[] };
  snappyUncompress: SnappyUncompress;
  parquetRead(options: {
    file: ArrayBuffer;
    metadata: unknown;
    columns: string[];
    onChunk: (chunk: { columnName: string; columnData: ArrayLike<unknown>; rowStart: number; rowEnd: number }) => void;
  }): Promise<void>;
}

const NUMERIC_PHYSICAL = new Set(["INT32", "INT64", "FLOAT", "DOUBLE"]);

function unreadable(fa: string, en: string, details: Record<string, unknown>, cause?: unknown): never {
  throw fail("INDEX_UNREADABLE_FILE", fa, en, details, cause);
}

async function loadHyparquet(): Promise<Hyparquet> {
  try {
    return (await import("hyparquet")) as unknown as Hyparquet;
  } catch (error) {
    throw fail(
      "INDEX_MISSING_PACKAGE",
      "برای خواندن Parquet بستهٔ hyparquet را نصب کنید: npm install hyparquet",
      "Reading Parquet needs the hyparquet package: npm install hyparquet",
      { package: "hyparquet" },
      error,
    );
  }
}

/** hyparquet's own decoding (value arrays per page), for the columns the fast decoder leaves. */
async function readWithHyparquet(
  hp: Hyparquet,
  buffer: ArrayBuffer,
  metadata: unknown,
  columns: string[],
  rows: number,
  numeric: Map<string, Float64Array>,
  text: Map<string, string[]>,
  filled: Map<string, number>,
): Promise<void> {
  const decoder = new TextDecoder();
  try {
    await hp.parquetRead({
      // a SharedArrayBuffer copied into the ArrayBuffer hyparquet expects (columns it alone reads)
      file: buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer,
      metadata,
      columns,
      onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
        const end = Math.min(rowEnd, rows);
        const num = numeric.get(columnName);
        if (num !== undefined) {
          for (let r = rowStart; r < end; r++) {
            const v = columnData[r - rowStart];
            num[r] = typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : Number.NaN;
          }
        } else {
          const out = text.get(columnName);
          if (out === undefined) return;
          for (let r = rowStart; r < end; r++) {
            const v = columnData[r - rowStart];
            out[r] = v === null || v === undefined ? "" : v instanceof Uint8Array ? decoder.decode(v) : String(v);
          }
        }
        filled.set(columnName, (filled.get(columnName) ?? 0) + Math.max(0, end - rowStart));
      },
    });
  } catch (error) {
    if (isMahallehError(error)) throw error;
    unreadable("داده‌های Parquet خوانده نشد (پرونده خراب یا بریده است)", "The Parquet data could not be read (the file is corrupt or truncated)", { byteLength: buffer.byteLength }, error);
  }
}

/**
 * Private: the Parquet reader of {@link tableFromParquet} (the table) and
 * {@link columnsFromParquet} (with `ids` false: the indicator columns alone, no id, group or
 * label column read and no id check); `shared`: the numeric columns in `SharedArrayBuffer`s.
 */
export async function readParquet(file: ArrayBuffer | Uint8Array, options: TableFromColumnsOptions | undefined, ids: boolean, shared = false): Promise<ColumnarSource & { columns: Record<string, Float64Array> }> {
  let buffer: ArrayBuffer;
  if (file instanceof ArrayBuffer) buffer = file;
  // the file's own ArrayBuffer when the bytes are all of it (no 100 MB copy), else a copy
  // (a SharedArrayBuffer's too, which workers read without a copy)
  else if (file instanceof Uint8Array) buffer = (file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file.buffer : file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)) as ArrayBuffer;
  else throw fail("INDEX_INVALID_TABLE", "ورودی باید بایت‌های پروندهٔ Parquet باشد", "The input must be the bytes of a Parquet file");
  const n = buffer.byteLength;
  const magic = n >= 12 ? new TextDecoder().decode(new Uint8Array(buffer, n - 4, 4)) : "";
  if (magic !== "PAR1") {
    unreadable(
      `پرونده Parquet کامل نیست: نشانهٔ پایانی PAR1 در بایت‌های ${Math.max(0, n - 4)} تا ${n} نیست (پرونده بریده شده؟)`,
      `Not a complete Parquet file: no PAR1 footer magic in bytes ${Math.max(0, n - 4)}–${n} (truncated?)`,
      { byteStart: Math.max(0, n - 4), byteEnd: n },
    );
  }
  const footerLength = new DataView(buffer).getUint32(n - 8, true);
  if (footerLength > n - 12) {
    unreadable(
      `پانویس Parquet (${footerLength} بایت) از خود پرونده بزرگ‌تر است`,
      `The Parquet footer (${footerLength} bytes) is larger than the file`,
      { byteStart: n - 8 - footerLength, byteEnd: n - 8 },
    );
  }
  const hp = await loadHyparquet();
  // the page decoder is loaded with hyparquet, on first use: importing mahalleh/scoring does not carry it
  const { decodeColumnChunk, parquetReader, UNSUPPORTED } = await import("./_parquetColumns");
  let metadata: ReturnType<Hyparquet["parquetMetadata"]>;
  let top: ReturnType<Hyparquet["parquetSchema"]>["children"];
  try {
    metadata = hp.parquetMetadata(new Uint8Array(buffer));
    top = hp.parquetSchema(metadata).children;
  } catch (error) {
    unreadable("فرادادهٔ Parquet خوانده نشد", "The Parquet metadata could not be read", { byteStart: n - 8 - footerLength, byteEnd: n - 8 }, error);
  }
  const names = top.map((c) => c.element.name);
  const isNumeric = (i: number): boolean => {
    const e = top[i];
    if (e === undefined || e.children.length > 0) return false;
    const el = e.element;
    if (el.converted_type === "DECIMAL" || el.logical_type?.type === "DECIMAL") return true;
    return el.type !== undefined && NUMERIC_PHYSICAL.has(el.type) && el.converted_type !== "DATE" && el.logical_type?.type !== "DATE" && el.logical_type?.type !== "TIMESTAMP";
  };
  const roles = resolveRoles(names, options as RoleOptions | undefined, isNumeric, !ids);
  for (const i of roles.indicators) {
    if (!isNumeric(i)) {
      const el = top[i]?.element;
      throw fail(
        "INDEX_INVALID_TABLE",
        `ستون «${names[i]}» عددی نیست (${el?.logical_type?.type ?? el?.converted_type ?? el?.type ?? "ساختار تو در تو"})`,
        `Column "${names[i]}" is not numeric (${el?.logical_type?.type ?? el?.converted_type ?? el?.type ?? "nested"})`,
        { column: names[i] },
      );
    }
  }
  const rows = Number(metadata.num_rows);
  const numeric = new Map<string, Float64Array>();
  const text = new Map<string, string[]>();
  const filled = new Map<string, number>();
  for (const i of roles.indicators) numeric.set(names[i] as string, shared ? new Float64Array(new SharedArrayBuffer(8 * rows)) : new Float64Array(rows));
  for (const i of [roles.id, roles.group, ...roles.labels]) if (i >= 0) text.set(names[i] as string, new Array<string>(rows).fill(""));
  const wanted = [...numeric.keys(), ...text.keys()];
  // columns as columns: each column chunk decoded straight into its array; what the fast
  // decoder leaves (other codecs and encodings, unsigned or nested columns) goes to hyparquet
  const bytes = new Uint8Array(buffer);
  const later: string[] = [];
  try {
    for (const i of [...roles.indicators, roles.id, roles.group, ...roles.labels]) {
      if (i < 0) continue;
      const name = names[i] as string;
      if (filled.has(name)) continue;
      const out = numeric.get(name) ?? (text.get(name) as string[]);
      const reader = parquetReader(top[i]?.element as ParquetElement, numeric.has(name) ? "number" : "text");
      if (reader === undefined || (top[i]?.children.length ?? 0) > 0) {
        later.push(name);
        continue;
      }
      let count = 0;
      let start = 0;
      // where the chunk being decoded lies, for the error of a corrupt page
      let rowGroup = 0;
      let byteStart = 0;
      let byteEnd = 0;
      try {
        for (const group of metadata.row_groups) {
          const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name)?.meta_data;
          if (chunk === undefined) throw UNSUPPORTED;
          byteStart = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
          byteEnd = byteStart + Number(chunk.total_compressed_size);
          const groupRows = Number(group.num_rows);
          count += decodeColumnChunk(bytes, chunk, groupRows, reader, out, start, rows, hp.snappyUncompress);
          start += groupRows;
          rowGroup++;
        }
      } catch (error) {
        if (error === UNSUPPORTED) {
          later.push(name);
          continue;
        }
        if (isMahallehError(error)) throw error;
        // a page that cannot be decoded: the user learns which column and which bytes
        unreadable(
          `ستون «${name}» خوانده نشد: دادهٔ آن در گروه ردیف ${rowGroup + 1}، بایت‌های ${byteStart} تا ${byteEnd}، خراب یا بریده است`,
          `Column "${name}" could not be read: its data in row group ${rowGroup + 1}, bytes ${byteStart}–${byteEnd}, is corrupt or truncated`,
          { column: name, rowGroup, byteStart, byteEnd },
          error,
        );
      }
      filled.set(name, count);
    }
  } catch (error) {
    // a page that cannot be decoded (our decoder's _CorruptParquet, a RangeError of a DataView
    // read, hyparquet's snappy errors) is a corrupt file, as hyparquet's own failures are
    if (isMahallehError(error)) throw error;
    unreadable("داده‌های Parquet خوانده نشد (پرونده خراب یا بریده است)", "The Parquet data could not be read (the file is corrupt or truncated)", { byteLength: n }, error);
  }
  if (later.length > 0) await readWithHyparquet(hp, buffer, metadata, later, rows, numeric, text, filled);
  for (const name of wanted) {
    if ((filled.get(name) ?? 0) < rows) {
      unreadable(
        `ستون «${name}» تنها ${filled.get(name) ?? 0} از ${rows} ردیف را دارد`,
        `Column "${name}" holds only ${filled.get(name) ?? 0} of ${rows} rows`,
        { column: name },
      );
    }
  }
  const columns: Record<string, Float64Array> = Object.create(null) as Record<string, Float64Array>;
  for (const [name, values] of numeric) columns[name] = values;
  if (!ids) return { table: { ids: [], columns }, labels: {}, columns };
  const idName = names[roles.id] as string;
  const idValues = (text.get(idName) as string[]).map((s) => s.trim());
  checkIds(idValues, idName);
  const labels: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
  for (const i of roles.labels) labels[names[i] as string] = text.get(names[i] as string) as string[];
  const groups = roles.group >= 0 ? (text.get(names[roles.group] as string) as string[]).map((s) => s.trim()) : undefined;
  return { table: groups === undefined ? { ids: idValues, columns } : { ids: idValues, groups, columns }, labels, columns };
}
