/**
 * Issue 18: a big CSV is read in two parts (the second in a worker thread) and joined; the
 * result must be the serial read's, to the bit, and anything the parts cannot settle (an error
 * in either, ids repeated across them, a cut inside quotes) must send the file to the serial
 * path. Here the "worker" runs in-process (the same `readCsvRange`); test/csvWorkers.test.ts
 * runs the real worker through the built CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { tableFromCsvChunks } from "../scoring/index";
import { guessRows, readCsvParallel } from "./_csvParallel";
import { csvReadOptions, packRange, readCsvRange, unpackRange, type CsvRangeTask } from "./_csvRange";

const dir = mkdtempSync(join(tmpdir(), "mahalleh-csv-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

const options = { delimiter: ",", id: "id", group: "county", labels: ["name"], indicators: ["x", "y", "note"], decimalComma: false };

/** The serial read's result or error, as comparable data (-0 spelled out). */
async function serial(bytes: Uint8Array): Promise<unknown> {
  try {
    return shape(await tableFromCsvChunks([bytes], csvReadOptions(options)));
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function shape(r: Awaited<ReturnType<typeof tableFromCsvChunks>>): unknown {
  return {
    ids: r.table.ids,
    groups: r.table.groups,
    labels: r.labels,
    header: r.header,
    dropped: r.dropped,
    columns: Object.entries(r.table.columns).map(([k, v]) => [k, Array.from(v, (z) => (Object.is(z, -0) ? "-0" : z))]),
  };
}

const inProcess = (task: CsvRangeTask): ReturnType<typeof readCsvRange> => readCsvRange(task);

async function parallel(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof readCsvParallel>>> {
  const path = join(dir, `f${fileNo++}.csv`);
  writeFileSync(path, bytes);
  return readCsvParallel(path, options, { readInWorker: inProcess, minBytes: 0 });
}

const name = fc.constantFrom("محلهٔ گلشهر", "حصارک", "نیم‌راه", "a,b", 'q"t', "x\ny", "x\r\ny", "", " pad ", "😀");
const number = fc.constantFrom("12.5", "", "-0", "۱۲٫۵", "٣", "7", "0.25", " 3 ", "+4", "1e3");
const quoteIfNeeded = (t: string): string => (/[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

const doc = fc
  .record({
    rows: fc.array(fc.tuple(fc.nat(1000), name, fc.constantFrom("کرج", "فردیس", "كرج"), number, number, name), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
    unique: fc.boolean(),
  })
  .map(({ rows, eol, bom, unique }) => {
    const lines = ["id,name,county,x,y,note", ...rows.map(([id, n, c, x, y, note], i) => [`n${unique ? i : id}`, quoteIfNeeded(n), c, x, y, quoteIfNeeded(note)].join(","))];
    return new TextEncoder().encode(`${bom ? "\uFEFF" : ""}${lines.join(eol)}${eol}`);
  });

describe("readCsvParallel", () => {
  it("gives the serial read's table, or declines (and the serial path answers), on random files", async () => {
    let joined = 0;
    await fc.assert(
      fc.asyncProperty(doc, async (bytes) => {
        const expected = await serial(bytes);
        const outcome = await parallel(bytes);
        if (outcome.read !== undefined) {
          joined++;
          expect(shape(outcome.read)).toEqual(expected);
        } else expect(outcome.reason).toMatch(/part|ids?|columns|cut|line break/);
      }),
      { numRuns: 300 },
    );
    // most random files are joined (the test would be vacuous otherwise)
    expect(joined).toBeGreaterThan(100);
    // 300 files, each read twice: 24 s in a CI run, too near the unit suite's 30 s on a slower one
  }, 120_000);

  it("declines a cut inside a quoted field, a bad cell in the second part and an id repeated across the parts", async () => {
    const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
    const rows = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `n${from + i},نام,کرج,${i}.5,1,\n`).join("");
    // a quoted note of many lines around the middle: the cut falls inside it
    const quoted = enc(`id,name,county,x,y,note\n${rows(0, 3)}n9,نام,کرج,1,2,"${"line\n".repeat(40)}"\n${rows(10, 3)}`);
    expect((await parallel(quoted)).reason).toMatch(/first part/);
    expect(await serial(quoted)).not.toHaveProperty("error");
    const bad = enc(`id,name,county,x,y,note\n${rows(0, 20)}${rows(20, 19)}n99,نام,کرج,abc,1,\n`);
    expect((await parallel(bad)).reason).toMatch(/second part/);
    expect(await serial(bad)).toEqual({ error: 'Value "abc" on line 41, column "x" is not a number' });
    const twice = enc(`id,name,county,x,y,note\n${rows(0, 20)}${rows(20, 19)}n3,نام,کرج,1,1,\n`);
    expect((await parallel(twice)).reason).toBe("an id in both parts");
    expect(await serial(twice)).toEqual({ error: 'Duplicate id "n3" on line 41' });
  });

  it("declines a column that is text in one part only (the serial read refuses or keeps it)", async () => {
    const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
    const head = Array.from({ length: 20 }, (_, i) => `n${i},نام,کرج,1,1,\n`).join("");
    const tail = Array.from({ length: 20 }, (_, i) => `m${i},نام,کرج,1,1,7\n`).join("");
    const outcome = await parallel(enc(`id,name,county,x,y,note\n${head}${tail}`));
    expect(outcome.reason).toBe("the parts disagree on the columns");
  });

  it("adds the second part behind the first part's rows when the guess of rows holds, and copies both when it does not", async () => {
    const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
    const line = (i: number, pad: number): string => `n${i},${"ن".repeat(pad)},کرج,${i / 4},${i % 5 === 0 ? "" : -i},\n`;
    // even lines: the guess (from the lines after the header and after the middle) holds every row
    const even = enc(`id,name,county,x,y,note\n${Array.from({ length: 6000 }, (_, i) => line(i, 8)).join("")}`);
    // long lines where the samples are taken, short ones elsewhere: the guess is far too low
    const n = 6000;
    const uneven = enc(`id,name,county,x,y,note\n${Array.from({ length: n }, (_, i) => line(i, (i >= 0 && i < 400) || (i >= n / 2 - 50 && i < n / 2 + 450) ? 200 : 1)).join("")}`);
    for (const [bytes, inPlace] of [[even, true], [uneven, false]] as const) {
      const outcome = await parallel(bytes);
      expect(outcome.reason).toBeUndefined();
      const read = outcome.read as NonNullable<typeof outcome.read>;
      expect(shape(read)).toEqual(await serial(bytes));
      const x = read.table.columns["x"] as Float64Array;
      // in place: a view of the first part's array, allocated at the guessed length; else an array of the exact length
      expect(x.buffer.byteLength > x.length * 8).toBe(inPlace);
      // either way every column is in shared memory, where the details pass and the writer's worker read it
      for (const col of Object.values(read.table.columns)) expect((col as Float64Array).buffer instanceof SharedArrayBuffer).toBe(true);
    }
  });

  it("guesses the rows of a range from the shorter lines of its samples, 6 % more", () => {
    // 10 and 12 bytes a line: 1000 bytes are about 100 lines; 106, plus 16
    expect(guessRows(1000, [{ bytes: 100, lines: 10 }, { bytes: 120, lines: 10 }])).toBe(122);
    expect(guessRows(1000, [{ bytes: 100, lines: 0 }, { bytes: 500, lines: 2 }])).toBe(Math.ceil(1060 / 250) + 16);
    expect(guessRows(1000, [{ bytes: 100, lines: 0 }])).toBeUndefined();
    expect(guessRows(1000, [])).toBeUndefined();
    // samples of empty lines, or lines shorter than a row can be: no more rows than bytes / fields
    expect(guessRows(1000, [{ bytes: 10, lines: 10 }], 20)).toBe(Math.ceil(1060 / 20) + 16);
    expect(guessRows(1000, [{ bytes: 0, lines: 10 }])).toBe(1060 + 16);
  });

  it("leaves small files, files without a line break after the middle and one-line files to the serial path", async () => {
    const path = join(dir, "small.csv");
    writeFileSync(path, "id,x\na,1\n");
    expect((await readCsvParallel(path, options, { readInWorker: inProcess })).reason).toBe("small");
    expect((await parallel(new TextEncoder().encode("id,x\na,1"))).reason).toBe("no line break to cut at");
    expect((await parallel(new TextEncoder().encode("id,x"))).reason).toMatch(/header|line break/);
  });
});

describe("packRange / unpackRange (the worker's message)", () => {
  it("gives back the same groups, each distinct name one string, and the rest untouched", () => {
    fc.assert(
      fc.property(fc.option(fc.array(fc.constantFrom("کرج", "فردیس", "", "a", "كرج", "😀"), { maxLength: 60 }), { nil: undefined }), (groups) => {
        const n = groups?.length ?? 3;
        const result = {
          ids: Array.from({ length: n }, (_, i) => `u${i}`),
          idHashes: Int32Array.from({ length: n }, (_, i) => i * 7),
          groups,
          labels: { name: Array.from({ length: n }, (_, i) => `n${i}`) },
          header: ["id", "x"],
          dropped: [],
          delimiter: ",",
          names: ["x"],
          columns: [Float64Array.from({ length: n }, (_, i) => i / 3)],
        };
        const packed = packRange(result);
        // the distinct names once each, in order of first appearance
        expect(packed.groupNames).toEqual(groups === undefined ? [] : [...new Set(groups)]);
        expect(unpackRange(packed)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});
