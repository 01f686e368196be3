/**
 * The CSV writer of `mahalleh score` (bytes written directly) against the line-string writer
 * it replaced (`_scoreCsvReference.ts`), and that reference against Node's own UTF-8 encoding
 * of the cells as `String(x)` and `csvCell` write them: the same bytes for any cells, across
 * chunk boundaries.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell } from "./_csvOut";
import { lineWriter, numberText, textCell, writeScoreCsvReference } from "./_scoreCsvReference";
import { type LinesTask, ownLines, runLinesTask } from "./_csvLinesParallel";
import { type ScoredView, textCellsAhead, writeScoreCsv, writeScoreCsvParallel } from "./_scoreOutput";

type Cell = { kind: "number"; x: number } | { kind: "text"; text: string };

const double = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, 1, 1e21, -1e21, 1.5e300, 5e-324, 1e-7, 123456789012345680000, 2147483647, 2147483648, -2147483648, 0.1 + 0.2, 69.24462500000001),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000),
);
const persian = fc.constantFrom("محلهٔ ۱۲", "نرخ بی‌کاری", "كرج", "‌", "\u200c", "«اسلام‌شهر»", "a,b", 'm"n', "x\ny", "\r", "=1+2", "-3", "@", "😀", "\ud83d", "\ude00", "\ud83d,", "|", ";", "\t");
const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), // lone surrogates included
  fc.array(persian, { maxLength: 5 }).map((a) => a.join("")),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(double.map((x) => ({ kind: "number" as const, x })), text.map((t) => ({ kind: "text" as const, text: t })));

function joined(chunks: Uint8Array[]): Buffer {
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

describe("the score CSV line encoder", () => {
  it("writes Node's UTF-8 bytes of String(x) and csvCell for random lines of numbers and text, any chunk size", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 }), fc.integer({ min: 4, max: 200 }), (lines, size) => {
        const after: Uint8Array[] = [];
        const { put, end } = lineWriter((c) => after.push(c), size);
        let expected = "";
        for (const line of lines) {
          expected += `${line.map((c) => (c.kind === "number" ? (c.x !== c.x ? "" : String(c.x)) : csvCell(c.text))).join(",")}\n`;
          put(`${line.map((c) => (c.kind === "number" ? numberText(c.x) : textCell(c.text))).join(",")}\n`);
        }
        end();
        // Buffer.from writes a lone surrogate as U+FFFD, as a TextEncoder does
        expect(joined(after).equals(Buffer.from(expected, "utf8"))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("number cells: String(x), -0 as 0, NaN empty, exponent forms as String writes them", () => {
    const cases: [number, string][] = [
      [-0, "0"],
      [Number.NaN, ""],
      [1e21, "1e+21"],
      [5e-324, "5e-324"],
      [1e-7, "1e-7"],
      [69.24462500000001, "69.24462500000001"],
      [2147483648, "2147483648"],
      [-12.5, "-12.5"],
    ];
    for (const [x, s] of cases) expect(numberText(x)).toBe(s);
  });

  it("a lone surrogate is written as U+FFFD, a pair as one four-byte character", () => {
    const chunks: Uint8Array[] = [];
    const { put, end } = lineWriter((c) => chunks.push(c), 8);
    put(`${textCell("\ud83d")},${textCell("😀")}\n`);
    end();
    expect([...joined(chunks)]).toEqual([0xef, 0xbf, 0xbd, 0x2c, 0xf0, 0x9f, 0x98, 0x80, 0x0a]);
  });

  it("a line longer than the chunk goes out whole, each chunk a fresh buffer", () => {
    const chunks: Uint8Array[] = [];
    const { put, end } = lineWriter((c) => chunks.push(c), 8);
    put("ab\n");
    put("محلهٔ بسیار بلند\n");
    put("c\n");
    end();
    expect(chunks.map((c) => Buffer.from(c).toString("utf8"))).toEqual(["ab\n", "محلهٔ بسیار بلند\nc\n"]);
    expect(chunks[0]?.buffer).not.toBe(chunks[1]?.buffer);
  });
});

describe("writeScoreCsv (bytes written directly) against the line-string writer it replaced", () => {
  const numbers = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100) },
    { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 9 })).map(([a, b, c]) => (a / 100 + b / 100) / c) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -0, 0, 1, 1e21, 1e-7, 5e-324, 0.1 + 0.2, 57.540000000000006, 2147483648, -12.5) },
  );
  const textCells = fc.oneof(text, fc.constantFrom("محلهٔ ۱۲", "u12", "كرج", ""));

  /** A random scored view: the writer reads only these fields (the order is any permutation). */
  const view = fc
    .record({
      n: fc.integer({ min: 0, max: 40 }),
      dims: fc.integer({ min: 0, max: 3 }),
      k: fc.integer({ min: 0, max: 4 }),
      withGroupRanks: fc.boolean(),
      withInterval: fc.boolean(),
      locale: fc.constantFrom("fa" as const, "en" as const),
      seed: fc.integer(),
    })
    .chain((o) =>
      fc.record({
        o: fc.constant(o),
        ids: fc.array(textCells, { minLength: o.n, maxLength: o.n }),
        names: fc.array(textCells, { minLength: o.n, maxLength: o.n }),
        groups: fc.array(fc.constantFrom("کرج", "فردیس", "a,b", "=x", ""), { minLength: o.n, maxLength: o.n }),
        values: fc.array(numbers, { minLength: o.n * (5 + o.dims), maxLength: o.n * (5 + o.dims) }),
        levels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: o.n, maxLength: o.n }),
        drivers: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: o.n * o.k, maxLength: o.n * o.k }),
        order: fc.shuffledSubarray(Array.from({ length: o.n }, (_, i) => i), { minLength: o.n, maxLength: o.n }),
        intervals: fc.array(fc.option(fc.record({ rankP05: fc.option(numbers), rankMedian: fc.option(numbers), rankP95: fc.option(numbers) }), { nil: undefined }), { minLength: o.n, maxLength: o.n }),
      }),
    )
    .map(({ o, ids, names, groups, values, levels, drivers, order, intervals }): ScoredView => {
      const col = (c: number): Float64Array => Float64Array.from({ length: o.n }, (_, i) => values[c * o.n + i] as number);
      const dimensions: Record<string, Float64Array> = {};
      for (let d = 0; d < o.dims; d++) dimensions[`d${d}`] = col(5 + d);
      const details = {
        groupRanks: o.withGroupRanks ? col(2) : null,
        levels: Uint8Array.from(levels),
        coverage: col(3),
        breaks: [],
        levelLabels: [
          { fa: "بسیار محروم", en: "very deprived" },
          { fa: "محروم، نسبی", en: "deprived, relatively" },
          { fa: "=کم", en: '"low"' },
        ],
        weights: { indicators: {}, dimensions: {} },
        excluded: 0,
        drivers: { k: o.k, indicator: Int32Array.from(drivers), value: new Float64Array(o.n * o.k), indicators: ["ind0", "نرخ بی‌کاری", "a;b", "-x", "😀"] },
      };
      const cols = { ids, scores: col(0), ranks: col(1), dimensions, details };
      return {
        // what textCellsAhead reads: the same names and groups as the view's
        input: { table: { ids, groups }, groups: new Map(), unitName: (i: number) => names[i] as string },
        cols,
        mc: o.withInterval ? { units: intervals, runs: 10 } : undefined,
        locale: o.locale,
        order: Uint32Array.from(order),
        name: (i: number) => names[i] as string,
        group: (i: number) => groups[i] as string,
        indicatorNames: [],
      } as unknown as ScoredView;
    });

  it("writes the same bytes for random views, any count, block size and chunk size", () => {
    fc.assert(
      fc.property(view, fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 600 }), (v, bom, c, gather, chunk) => {
        const count = v.order.length === 0 ? 0 : c % (v.order.length + 1);
        const before: Uint8Array[] = [];
        const after: Uint8Array[] = [];
        writeScoreCsvReference(v, count, bom, (x) => before.push(x.slice()));
        writeScoreCsv(v, count, bom, (x) => after.push(x.slice()), { gather, chunk });
        expect(joined(after).equals(joined(before))).toBe(true);
        expect(after.every((x) => x.length > 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  /** A runner that writes the task in this thread, from a structured clone of it (what a worker is posted). */
  const cloned = (task: LinesTask): Promise<Uint8Array[]> => Promise.resolve(runLinesTask(structuredClone(task)));

  it("on two threads: the same bytes as on one, whether the worker's lines come back or it fails (property)", async () => {
    await fc.assert(
      fc.asyncProperty(view, fc.boolean(), fc.nat(), fc.boolean(), async (v, bom, c, fails) => {
        const count = v.order.length === 0 ? 0 : c % (v.order.length + 1);
        const serial: Uint8Array[] = [];
        writeScoreCsv(v, count, bom, (x) => serial.push(x.slice()));
        const parallel: Uint8Array[] = [];
        const notes: string[] = [];
        const tasks: LinesTask[] = [];
        await writeScoreCsvParallel(v, count, bom, (x) => parallel.push(x.slice()), {
          minLines: 0,
          runInWorker: (task) => {
            tasks.push(task);
            return fails ? Promise.reject(new Error("no worker")) : cloned(task);
          },
          trace: (note) => notes.push(note),
        });
        expect(joined(parallel).equals(joined(serial))).toBe(true);
        // the worker got the last lines (all but the first 47 %), from arrays it shares without a copy
        expect(ownLines(count, false)).toBe(Math.floor(0.47 * count));
        expect(tasks.map((t) => [t.from, t.to])).toEqual([[ownLines(count, false), count]]);
        expect((tasks[0] as LinesTask).source.scores.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect((tasks[0] as LinesTask).source.text.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect(notes).toEqual([fails ? "write workers: serial (Error: no worker)" : "write workers: parallel"]);
      }),
      { numRuns: 200 },
    );
  });

  it("on two threads with every text cell encoded ahead: the same bytes, 54 % of the lines here (property)", async () => {
    await fc.assert(
      fc.asyncProperty(view, fc.boolean(), async (v, bom) => {
        const count = v.order.length;
        const serial: Uint8Array[] = [];
        writeScoreCsv(v, count, bom, (x) => serial.push(x.slice()));
        const ahead = textCellsAhead(v.input, v.locale);
        expect(ahead.text.buffer).toBeInstanceOf(SharedArrayBuffer);
        const parallel: Uint8Array[] = [];
        const tasks: LinesTask[] = [];
        await writeScoreCsvParallel(v, count, bom, (x) => parallel.push(x.slice()), { minLines: 0, runInWorker: (task) => (tasks.push(task), cloned(task)) }, ahead);
        expect(joined(parallel).equals(joined(serial))).toBe(true);
        expect(tasks.map((t) => [t.from, t.to])).toEqual([[Math.floor(0.54 * count), count]]);
        // the worker writes from the cells encoded ahead, not from a copy
        expect((tasks[0] as LinesTask).source.textStart).toBe(ahead.start);
      }),
      { numRuns: 200 },
    );
  });

  it("on two threads only from minLines lines: below, no worker is asked", async () => {
    const base = fc.sample(view, { numRuns: 50, seed: 11 }).find((v) => v.order.length >= 3) as ScoredView;
    const asked: LinesTask[] = [];
    const notes: string[] = [];
    const out: Uint8Array[] = [];
    await writeScoreCsvParallel(base, 3, true, (x) => out.push(x.slice()), { minLines: 4, runInWorker: (t) => (asked.push(t), cloned(t)), trace: (n) => notes.push(n) });
    const serial: Uint8Array[] = [];
    writeScoreCsv(base, 3, true, (x) => serial.push(x.slice()));
    expect(asked).toEqual([]);
    expect(notes).toEqual(["write workers: serial"]);
    expect(joined(out).equals(joined(serial))).toBe(true);
  });

  it("writes the header alone for 0 units, one line for 1, with or without the byte-order mark", () => {
    const base = fc.sample(view, { numRuns: 50, seed: 7 }).find((v) => v.order.length >= 1) as ScoredView;
    for (const count of [0, 1]) {
      for (const bom of [true, false]) {
        const out: Uint8Array[] = [];
        writeScoreCsv(base, count, bom, (x) => out.push(x));
        const csv = joined(out).toString("utf8");
        expect(csv.startsWith("\uFEFF")).toBe(bom);
        expect(csv.split("\n").length - 1).toBeGreaterThanOrEqual(1 + count);
        const ref: Uint8Array[] = [];
        writeScoreCsvReference(base, count, bom, (x) => ref.push(x));
        expect(csv).toBe(joined(ref).toString("utf8"));
      }
    }
  });
});
