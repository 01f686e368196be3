import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { parquetMetadata, parquetSchema, snappyUncompress } from "hyparquet";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeColumnChunk, hybrid, levels, parquetReader, snappyInto, UNSUPPORTED, type ParquetElement, type ParquetFileMetadata } from "./_parquetColumns";
import * as reference from "./_parquetColumnsReference";

// The decoder's fast paths (32-bit bit-unpacking, levels counted as decoded, snappy block
// moves, text decoded in bulk) against the decoder as it was before them (the reference file,
// unchanged): the same values to the bit and the same errors, on random DuckDB files and on
// those files with bytes overwritten. snappyInto against hyparquet's snappyUncompress on
// random streams, valid and broken.

const dir = mkdtempSync(join(tmpdir(), "mahalleh-parquet-fastpaths-"));
let con: DuckDBConnection;
let fileNo = 0;

beforeAll(async () => {
  const db = await DuckDBInstance.create(":memory:");
  con = await db.connect();
});
afterAll(() => con.closeSync());

/** A random file: wide and narrow dictionaries, nulls, ASCII, Persian and long text, -0 and NaN. */
async function write(n: number, seed: number, nullRate: number, rowGroup: number, compression: string, v2: boolean, distinct: number): Promise<Uint8Array> {
  const path = join(dir, `g${fileNo++}.parquet`);
  const nul = (expr: string, salt: number): string => `CASE WHEN hash(i * ${salt} + ${seed}) % 1000 < ${Math.round(nullRate * 1000)} THEN NULL ELSE ${expr} END`;
  const r = (salt: number): string => `(hash(i * ${salt} + ${seed}) % ${distinct})::BIGINT`;
  await con.run(`
    COPY (SELECT
      'u' || i AS id,
      ${nul(`'محلهٔ ' || ${r(3)} || CASE WHEN i % 11 = 0 THEN ' 😀' ELSE '' END`, 5)} AS name,
      ${nul(`repeat('x', (${r(7)} % 300)::INTEGER) || ${r(9)}`, 7)} AS long_text,
      ${nul(`'c' || (${r(11)} % 37)`, 9)} AS county,
      ${nul(`(${r(13)} / 100.0)::DOUBLE`, 11)} AS a,
      ${nul(`CASE WHEN ${r(15)} % 50 = 0 THEN '-0.0'::DOUBLE WHEN ${r(15)} % 50 = 1 THEN 'nan'::DOUBLE ELSE (${r(17)} * 1.5)::DOUBLE END`, 13)} AS b,
      ${nul(`(${r(19)} - ${Math.floor(distinct / 2)})::INTEGER`, 15)} AS c,
      ${nul(`(${r(21)} * 65537)::BIGINT`, 17)} AS d,
      7.25::DOUBLE AS k
    FROM range(0, ${n}) t(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE ${rowGroup}, COMPRESSION ${compression}${v2 ? ", PARQUET_VERSION V2" : ""})`);
  return readFileSync(path);
}

type Outcome = { values: unknown[] } | { error: string };

/** Every column decoded by one decoder: the values, or the error's class and message. */
function decodeAll(decoder: typeof reference, bytes: Uint8Array): Record<string, Outcome> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata: ParquetFileMetadata & { num_rows: bigint };
  let elements: ParquetElement[];
  try {
    metadata = parquetMetadata(buffer) as unknown as typeof metadata;
    elements = parquetSchema(metadata as never).children.map((c) => c.element as ParquetElement);
  } catch {
    return {};
  }
  const rows = Number(metadata.num_rows);
  const result: Record<string, Outcome> = {};
  for (const element of elements) {
    for (const kind of ["number", "text"] as const) {
      const reader = decoder.parquetReader(element, kind);
      if (reader === undefined) continue;
      const out = kind === "text" ? new Array<string>(rows).fill("") : new Float64Array(rows);
      try {
        let start = 0;
        let written = 0;
        for (const group of metadata.row_groups) {
          const chunk = group.columns.find((c) => c.meta_data?.path_in_schema[0] === element.name)?.meta_data;
          if (chunk === undefined) throw new Error("no chunk");
          written += decoder.decodeColumnChunk(bytes, chunk, Number(group.num_rows), reader as never, out, start, rows, snappyUncompress);
          start += Number(group.num_rows);
        }
        result[`${element.name}:${kind}`] = { values: [written, ...Array.from(out as ArrayLike<unknown>, (v) => (Object.is(v, -0) ? "-0" : v))] };
      } catch (error) {
        result[`${element.name}:${kind}`] = { error: error === decoder.UNSUPPORTED ? "UNSUPPORTED" : `${(error as Error).name}: ${(error as Error).message}` };
      }
    }
  }
  return result;
}

/** The decoder under test, in the reference's shape. */
const fast = { decodeColumnChunk, parquetReader, UNSUPPORTED } as unknown as typeof reference;

describe("the Parquet decoder's fast paths", () => {
  it("give the reference decoder's values and errors on random files, whole and with bytes overwritten", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          n: fc.oneof(fc.constantFrom(0, 1, 2, 9), fc.integer({ min: 10, max: 5000 })),
          seed: fc.integer({ min: 0, max: 1 << 20 }),
          nullRate: fc.constantFrom(0, 0.02, 0.5, 1),
          rowGroup: fc.constantFrom(700, 2048, 122880),
          compression: fc.constantFrom("snappy", "uncompressed"),
          v2: fc.boolean(),
          distinct: fc.constantFrom(1, 2, 3, 255, 256, 4097, 100003, 1 << 30),
          breaks: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        }),
        async ({ n, seed, nullRate, rowGroup, compression, v2, distinct, breaks }) => {
          const bytes = await write(n, seed, nullRate, rowGroup, compression, v2, distinct);
          expect(decodeAll(fast, bytes)).toEqual(decodeAll(reference, bytes));
          for (const [where, length, value] of breaks) {
            const broken = Uint8Array.from(bytes);
            const at = 4 + Math.floor(where * Math.max(0, bytes.length - 600));
            broken.fill(value, at, at + length);
            expect(decodeAll(fast, broken)).toEqual(decodeAll(reference, broken));
          }
        },
      ),
      { numRuns: 40, seed: 1818 },
    );
  }, 180_000);
});

/** A random snappy stream: literals (short and with 1–3 length bytes) and copies of the three kinds, overlapping ones too. */
const snappyStream = fc
  .array(
    fc.oneof(
      fc.record({ literal: fc.uint8Array({ minLength: 1, maxLength: 300 }) }),
      fc.record({ kind: fc.constantFrom(1, 2, 3), offset: fc.integer({ min: 1, max: 400 }), length: fc.integer({ min: 1, max: 64 }) }),
    ),
    { maxLength: 30 },
  )
  .map((elements) => {
    const bytes: number[] = [];
    let size = 0;
    for (const e of elements) {
      if ("literal" in e) {
        const n = e.literal.length - 1;
        if (n < 60) bytes.push(n << 2);
        else if (n < 256) bytes.push(60 << 2, n);
        else bytes.push(61 << 2, n & 255, n >> 8);
        bytes.push(...e.literal);
        size += e.literal.length;
        continue;
      }
      if (size === 0) continue;
      const offset = Math.min(e.offset, size);
      if (e.kind === 1) {
        const length = 4 + (e.length % 8);
        if (offset >= 2048) continue;
        bytes.push(1 | ((length - 4) << 2) | ((offset >> 8) << 5), offset & 255);
        size += length;
      } else if (e.kind === 2) {
        bytes.push(2 | ((e.length - 1) << 2), offset & 255, offset >> 8);
        size += e.length;
      } else {
        bytes.push(3 | ((e.length - 1) << 2), offset & 255, (offset >> 8) & 255, 0, 0);
        size += e.length;
      }
    }
    // the preamble: the uncompressed length as a varint
    const head: number[] = [];
    for (let v = size; ; v = Math.floor(v / 128)) {
      if (v < 128) {
        head.push(v);
        break;
      }
      head.push((v & 127) | 128);
    }
    return { input: Uint8Array.from([...head, ...bytes]), size };
  })
  // no byte 0xFC anywhere, so that no broken stream holds a literal tag with a four-byte length
  // (hyparquet's loop never ends on one of 2³¹ or more: snappyInto refuses those, see below)
  .filter(({ input }) => !input.includes(0xfc));

function outcome(run: (input: Uint8Array, output: Uint8Array) => void, input: Uint8Array, size: number): string | number[] {
  const output = new Uint8Array(size);
  try {
    run(input, output);
    return Array.from(output);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe("snappyInto", () => {
  const ours = (input: Uint8Array, output: Uint8Array): void => snappyInto(input, output, snappyUncompress);

  it("gives hyparquet's bytes on valid streams", () => {
    fc.assert(
      fc.property(snappyStream, ({ input, size }) => {
        const expected = outcome(snappyUncompress, input, size);
        expect(typeof expected).not.toBe("string");
        expect(outcome(ours, input, size)).toEqual(expected);
      }),
      { numRuns: 400, seed: 18 },
    );
  });

  it("gives hyparquet's bytes or its error on broken streams and wrong output sizes", () => {
    fc.assert(
      fc.property(
        snappyStream,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 254 }).map((v) => (v === 0xfc ? 0xff : v))), { maxLength: 3 }),
        fc.integer({ min: -3, max: 3 }),
        fc.nat(),
        ({ input, size }, flips, sizeChange, cut) => {
          const broken = Uint8Array.from(input);
          for (const [at, value] of flips) if (broken.length > 0) broken[at % broken.length] = value;
          const truncated = cut % 4 === 0 ? broken.subarray(0, cut % (broken.length + 1)) : broken;
          const outSize = Math.max(0, size + sizeChange);
          expect(outcome(ours, truncated, outSize)).toEqual(outcome(snappyUncompress, truncated, outSize));
        },
      ),
      { numRuns: 1000, seed: 19 },
    );
  });

  it("handles the edges: an empty stream, a lone tag, a four-byte literal length, a zero offset", () => {
    for (const [input, size] of [
      [[], 0],
      [[0], 0],
      [[5, 4 << 2], 5],
      [[3, 63 << 2, 2, 0, 0, 0, 1, 2, 3], 3],
      [[8, 0, 7, 1 | (0 << 2), 0], 8],
      [[2, 4, 9, 9], 2],
      [[2, 63 << 2, 1, 0, 0, 0, 7, 8], 2],
    ] as const) {
      expect(outcome(ours, Uint8Array.from(input), size)).toEqual(outcome(snappyUncompress, Uint8Array.from(input), size));
    }
  });

  it("refuses a literal with a four-byte length of 2³¹ or more, on which hyparquet's loop would not end", () => {
    expect(outcome(ours, Uint8Array.from([2, 63 << 2, 0, 0, 0, 128, 7, 8]), 2)).toBe("CorruptParquet: snappy literal length");
  });
});

/** A run-length/bit-packed hybrid of random runs; the last bit-packed run maybe trimmed. */
const hybridRuns = fc.record({
  width: fc.integer({ min: 1, max: 32 }),
  runs: fc.array(fc.record({ packed: fc.boolean(), count: fc.integer({ min: 1, max: 40 }), values: fc.array(fc.nat(), { minLength: 320, maxLength: 320 }) }), { minLength: 1, maxLength: 6 }),
  trim: fc.nat({ max: 5 }),
  junk: fc.uint8Array({ maxLength: 8 }),
});

function encodeHybrid({ width, runs, trim, junk }: { width: number; runs: { packed: boolean; count: number; values: number[] }[]; trim: number; junk: Uint8Array }): { bytes: Uint8Array; n: number } {
  const bytes: number[] = [];
  const varint = (v: number): void => {
    for (; v >= 128; v = Math.floor(v / 128)) bytes.push((v % 128) | 128);
    bytes.push(v);
  };
  let n = 0;
  for (const run of runs) {
    const value = (k: number): number => (run.values[k] as number) % 2 ** width;
    if (!run.packed) {
      varint(run.count * 2);
      // a run-length value of its full bytes, which may exceed the width (kept as written)
      const v = run.values[0] as number;
      for (let i = 0; i < (width + 7) >> 3; i++) bytes.push(Math.floor(v / 2 ** (8 * i)) % 256);
      n += run.count;
      continue;
    }
    const groups = Math.ceil(run.count / 8);
    varint(groups * 2 + 1);
    const bits: number[] = [];
    for (let k = 0; k < groups * 8; k++) for (let b = 0; b < width; b++) bits.push(Math.floor(value(k) / 2 ** b) % 2);
    for (let i = 0; i < bits.length; i += 8) bytes.push(bits.slice(i, i + 8).reduce((a, bit, j) => a + bit * 2 ** j, 0));
    n += groups * 8;
  }
  return { bytes: Uint8Array.from([...bytes.slice(0, Math.max(0, bytes.length - trim)), ...junk]), n };
}

function hybridOutcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe("hybrid and levels", () => {
  it("decode as the reference decoder does, trimmed runs, junk and wrong counts included", () => {
    fc.assert(
      fc.property(hybridRuns, fc.integer({ min: -3, max: 3 }), (spec, extra) => {
        const { bytes, n } = encodeHybrid(spec);
        const count = Math.max(0, n + extra);
        const expected = hybridOutcome(() => {
          const out = new Uint32Array(count);
          return [reference.hybrid(bytes, 0, bytes.length, spec.width, out, count), Array.from(out)];
        });
        const actual = hybridOutcome(() => {
          const out = new Uint32Array(count);
          return [hybrid(bytes, 0, bytes.length, spec.width, out, count), Array.from(out)];
        });
        expect(actual).toEqual(expected);
        if (spec.width === 1) {
          // levels: the reference's values into a Uint8Array, and how many are exactly 1
          const levelsExpected = hybridOutcome(() => {
            const out = new Uint8Array(count);
            reference.hybrid(bytes, 0, bytes.length, 1, out as unknown as Uint32Array, count);
            return [out.reduce((a, v) => a + (v === 1 ? 1 : 0), 0), Array.from(out)];
          });
          const levelsActual = hybridOutcome(() => {
            const out = new Uint8Array(count);
            const ones = levels(bytes, 0, bytes.length, out, count);
            return [ones, Array.from(out)];
          });
          expect(levelsActual).toEqual(levelsExpected);
        }
      }),
      { numRuns: 1500, seed: 20 },
    );
  });
});
