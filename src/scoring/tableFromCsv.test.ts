import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { safeParseNumber } from "../text/index";
import { readCsv } from "../validation/index";
import { fastNumber } from "./_csvColumns";
import { tableFromCsv } from "./tableFromCsv";
import { tableFromCsvChunks } from "./tableFromCsvChunks";
import { tableFromRows } from "./tableFromRows";

/** Today's object path: csv-parse records → parseNumber per cell → tableFromRows. */
function objectPath(text: string, indicators: readonly string[]): Record<string, Float64Array> {
  const csv = readCsv(text);
  const rows = csv.rows.filter((r): r is Readonly<Record<string, string>> => typeof r === "object");
  const converted = rows.map((r) => {
    const out: Record<string, unknown> = { id: r["id"] };
    for (const h of indicators) {
      const v = r[h] ?? "";
      const parsed = safeParseNumber(v);
      out[h] = v.trim() === "" ? Number.NaN : parsed.success ? parsed.data : "not a number";
    }
    return out;
  });
  return tableFromRows(converted, { id: "id", indicators }).columns as Record<string, Float64Array>;
}

const parseCell = (s: string): number => {
  const r = safeParseNumber(s);
  return r.success ? r.data : Number.NaN;
};

const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC = "٠١٢٣٤٥٦٧٨٩";
/** A number written as people write it in spreadsheets: Latin, Persian or Arabic-Indic digits, grouped or not. */
const cell = fc
  .tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), fc.constantFrom("latin", "persian", "arabic", "grouped", "sci", "blank"))
  .map(([x, decimals, style]) => {
    if (style === "blank") return "";
    if (style === "sci") return x.toExponential(3).toUpperCase();
    if (style === "grouped") return `"${x.toLocaleString("en-US", { maximumFractionDigits: decimals })}"`;
    const text = x.toFixed(decimals);
    if (style === "latin") return text;
    const digits = style === "persian" ? PERSIAN : ARABIC;
    return text.replace(/\d/g, (d) => digits[Number(d)] as string).replace(".", style === "persian" ? "٫" : ".");
  });

const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 25 }))
  .chain(([k, n]) => fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }).map((rows) => ({ k, rows })))
  .map(({ k, rows }) => {
    const names = Array.from({ length: k }, (_, j) => `شاخص ${j}`);
    const lines = [["id", ...names].join(","), ...rows.map((r, i) => [`n${i}`, ...r].join(","))];
    return { names, text: `${lines.join("\r\n")}\r\n` };
  });

/** The code of a caught error, or "foreign: …" for anything that is not a MahallehError. */
function codeOf(error: unknown): string {
  return isMahallehError(error) ? error.code : `foreign: ${String(error)}`;
}

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

describe("tableFromCsv", () => {
  it("gives the same numbers, to the bit, as the object path (csv-parse + parseNumber)", () => {
    fc.assert(
      fc.property(table, ({ names, text }) => {
        const expected = objectPath(text, names);
        const { table: got } = tableFromCsv(text, { parseCell });
        for (const name of names) expect(sameBits(got.columns[name] as Float64Array, expected[name] as Float64Array)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a plain decimal in place exactly as Number() does", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 12 }), (x, d) => {
        const text = Math.abs(x) < 1e15 ? x.toFixed(d) : String(Math.trunc(x));
        const fast = fastNumber(text, 0, text.length);
        // undefined = handed to parseCell (more than 15 significant digits)
        if (fast !== undefined) expect(Object.is(fast, Number(text) === 0 ? 0 : Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a decimal past the fast path (more than 22 decimals: 10^k is inexact there) as Number does, with or without parseCell", () => {
    const tiny = "0.00000000000000000000001"; // 23 decimals
    expect(fastNumber(tiny, 0, tiny.length)).toBeUndefined();
    expect(tableFromCsv(`id,x\na,${tiny}\n`, { parseCell }).table.columns["x"]?.[0]).toBe(1e-23);
    expect(tableFromCsv(`id,x\na,${tiny}\n`).table.columns["x"]?.[0]).toBe(1e-23);
  });

  it("reads by default every plain decimal String(x) writes, quoted or not, in any digits, as the double x (pandas' and DuckDB's 17 digits)", async () => {
    const toPersian = (t: string): string => t.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))).replace(".", "٫");
    await fc.assert(
      fc.asyncProperty(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("plain", "quoted", "persian", "spaced"), async (x, form) => {
        const t = String(x);
        if (/e/.test(t)) return; // exponents are parseCell's
        const cell = form === "quoted" ? `"${t}"` : form === "persian" ? toPersian(t) : form === "spaced" ? ` ${t} ` : t;
        const text = `id,x\na,${cell}\nb,1\n`;
        const expected = x === 0 ? 0 : x; // -0 is 0, as parseNumber reads it
        expect(Object.is(tableFromCsv(text).table.columns["x"]?.[0], expected)).toBe(true);
        expect(Object.is((await tableFromCsvChunks([new TextEncoder().encode(text)])).table.columns["x"]?.[0], expected)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // the cases that brought it: 0.1 + 0.2 as JavaScript and pandas write it, 19 digits, a quoted cell
    const r = tableFromCsv('id,x\na,0.30000000000000004\nb,1234567890123456789\nc,"12.5"\nd," 7 "\n');
    expect(Array.from(r.table.columns["x"] ?? [])).toEqual([0.1 + 0.2, 1234567890123456789, 12.5, 7]);
  });

  it("still refuses by default what is not a plain decimal, naming the cell", () => {
    // the last: 400 digits, past the largest double
    for (const cell of ["1e3", "12.", "1,250", "1.2.3", "--1", "۱۲٫", "+", ".", "12a", "1 2", '"1e3"', "0x10", "١٢٬٥", "9".repeat(400)]) {
      const quoted = cell.includes(",") && !cell.startsWith('"') ? `"${cell}"` : cell;
      let error: unknown;
      try {
        tableFromCsv(`id,x\na,${quoted}\nb,1\n`);
      } catch (e) {
        error = e;
      }
      expect(codeOf(error)).toBe("INDEX_INVALID_TABLE");
      expect((error as { details?: { line?: number } }).details?.line).toBe(2);
    }
  });

  it("reads every shape of number cell from bytes in one pass as the text path reads it, to the bit (issue 18)", async () => {
    // sign, integer digits, point, fraction digits (up to 30: past 15 significant digits and 22
    // decimals), in Latin, Persian (with «٫») or Arabic-Indic digits, with stray spaces or
    // characters that make the cell text; chunks cut anywhere
    const digitString = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
    const numberCell = fc
      .record({
        sign: fc.constantFrom("", "", "-", "+"),
        int: fc.integer({ min: 0, max: 18 }).chain(digitString),
        point: fc.boolean(),
        frac: fc.integer({ min: 0, max: 30 }).chain(digitString),
        script: fc.constantFrom("latin", "latin", "persian", "arabic", "mixed"),
        odd: fc.constantFrom("", "", "", "", " ", "x", "e5", "'", "٬"),
        at: fc.nat(),
      })
      .map(({ sign, int, point, frac, script, odd, at }) => {
        let text = `${sign}${int}${point ? "." : ""}${point ? frac : ""}`;
        if (script !== "latin") {
          text = [...text].map((ch, i) => (/\d/.test(ch) && (script !== "mixed" || i % 2 === 0) ? ((script === "arabic" ? ARABIC : PERSIAN)[Number(ch)] as string) : ch)).join("");
          if (script === "persian") text = text.replace(".", "٫");
        }
        const k = at % (text.length + 1);
        return text.slice(0, k) + odd + text.slice(k);
      });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(numberCell, numberCell), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), async (rows, cuts, eol) => {
        const text = `id,x,y${eol}${rows.map(([x, y], i) => `n${i},${x},${y}`).join(eol)}${eol}`;
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, bytes.length].map((p, k, all) => bytes.subarray(k === 0 ? 0 : (all[k - 1] as number), p));
        const options = { parseCell, textColumns: "drop" as const };
        const outcome = async (run: () => unknown): Promise<unknown> => {
          try {
            const r = (await run()) as ReturnType<typeof tableFromCsv>;
            return { dropped: r.dropped, columns: Object.entries(r.table.columns).map(([k, v]) => [k, Array.from(v, (z) => (Object.is(z, -0) ? "-0" : z))]) };
          } catch (error) {
            return { code: codeOf(error), message: (error as Error).message };
          }
        };
        const expected = await outcome(() => tableFromCsv(text, options));
        expect(await outcome(() => tableFromCsvChunks(chunks, options))).toEqual(expected);
        if ((expected as { code?: string }).code !== undefined) return;
        const read = await tableFromCsvChunks(chunks, options);
        // plain Latin decimals are Number()'s double (parseNumber reads "-0" as 0)
        rows.forEach(([x], i) => {
          if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(x) && !x.endsWith(".")) {
            const want = Number(x) === 0 ? 0 : Number(x);
            expect(Object.is(read.table.columns["x"]?.[i], want)).toBe(true);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same table whatever the chunking, splits inside quotes, CRLF and multi-byte characters included", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 8 }), async ({ names, text }, cuts) => {
        const whole = tableFromCsv(text, { parseCell });
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let last = 0;
        for (const p of [...points, bytes.length]) {
          chunks.push(bytes.subarray(last, p));
          last = p;
        }
        const streamed = await tableFromCsvChunks(chunks, { parseCell });
        expect(streamed.table.ids).toEqual(whole.table.ids);
        for (const name of names) expect(sameBits(streamed.table.columns[name] as Float64Array, whole.table.columns[name] as Float64Array)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reads UTF-8 bytes as the text path reads the decoded text: labels, groups, quotes, BOMs, errors (issue 18)", async () => {
    const text = fc.constantFrom("محلهٔ گلشهر", "حصارک", "نیم‌راه", "Golshahr", "محلهٔ گلشهر ".repeat(12), "a,b", 'q"t', "x\ny", " pad ", "", "😀", "\uFEFF", "١٢", "=1+2", "کرج");
    const numberCell = fc.oneof(cell, fc.constantFrom(" 12.5 ", "-0", "+3", ".", "1.", "abc", "۱۲٫۵", '"7"', "   "));
    const csvField = (t: string): string => (/[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    const doc = fc
      .record({
        rows: fc.array(fc.tuple(fc.nat(40), text, text, numberCell, numberCell, text), { maxLength: 12 }),
        bom: fc.integer({ min: 0, max: 2 }),
        eol: fc.constantFrom("\n", "\r\n", "\r"),
        blank: fc.boolean(),
        cuts: fc.array(fc.nat(), { maxLength: 8 }),
      })
      .map(({ rows, bom, eol, blank, cuts }) => {
        const lines = ["id,نام,شهرستان,x,y,توضیح", ...rows.map(([id, name, county, x, y, note]) => [`n${id}`, csvField(name), csvField(county), x, y, csvField(note)].join(","))];
        if (blank) lines.splice(1, 0, "");
        return { text: `${"\uFEFF".repeat(bom)}${lines.join(eol)}${eol}`, cuts };
      });
    const outcome = async (run: () => unknown): Promise<unknown> => {
      try {
        const r = (await run()) as Awaited<ReturnType<typeof tableFromCsvChunks>>;
        return { ids: r.table.ids, groups: r.table.groups, labels: r.labels, header: r.header, dropped: r.dropped, columns: Object.entries(r.table.columns).map(([k, v]) => [k, Array.from(v, (x) => (Object.is(x, -0) ? "-0" : x))]) };
      } catch (error) {
        return { code: codeOf(error), message: (error as Error).message };
      }
    };
    await fc.assert(
      fc.asyncProperty(doc, fc.constantFrom<"error" | "drop">("error", "drop"), async ({ text, cuts }, textColumns) => {
        const options = { labels: ["نام"], group: "شهرستان", indicators: ["x", "y"], parseCell, textColumns };
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [...points, bytes.length].map((p, k, all) => bytes.subarray(k === 0 ? 0 : (all[k - 1] as number), p));
        // the text path as the chunks' decoder would hand it over (one BOM dropped)
        const expected = await outcome(() => tableFromCsv(text.replace(/^\uFEFF/, ""), options));
        expect(await outcome(() => tableFromCsvChunks(chunks, options))).toEqual(expected);
        // text chunks cut at the same places (a CR ending a chunk used to join two records)
        const clean = text.replace(/^\uFEFF/, "");
        const textPoints = [...new Set(cuts.map((c) => c % (clean.length + 1)))].sort((a, b) => a - b);
        const textChunks = [...textPoints, clean.length].map((p, k, all) => clean.slice(k === 0 ? 0 : (all[k - 1] as number), p));
        expect(await outcome(() => tableFromCsvChunks(textChunks, options))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps ids, groups and labels as text, quotes undone, and skips unnamed columns", () => {
    const csv = 'id,نام,شهرستان,توضیح,x\nn1,"شهرک ""ولیعصر""",كرج,"یک,دو",1\nn2,"حصارک\nشمالی",کرج,—,2\n\n';
    const r = tableFromCsv(csv, { labels: ["نام"], group: "شهرستان", indicators: ["x"] });
    expect(r.table.ids).toEqual(["n1", "n2"]);
    expect(r.labels["نام"]).toEqual(['شهرک "ولیعصر"', "حصارک\nشمالی"]);
    expect(r.table.groups).toEqual(["كرج", "کرج"]);
    expect(Object.keys(r.table.columns)).toEqual(["x"]);
    expect(r.header).toEqual(["id", "نام", "شهرستان", "توضیح", "x"]);
  });

  it("finds columns by loosely folded names (Arabic ي/ك, ZWNJ, spaces)", () => {
    const r = tableFromCsv("شناسه,نرخ بيکاري,سهم خانوار‌ها\na,1,2\n", { id: "شناسه", indicators: ["نرخ بیکاری", "سهم خانوار ها"] });
    expect(Object.keys(r.table.columns)).toEqual(["نرخ بيکاري", "سهم خانوار‌ها"]);
  });

  it("sniffs ; TAB and | delimiters from the header, and honours an explicit one", () => {
    expect(tableFromCsv("id;x\na;1.5\n").delimiter).toBe(";");
    expect(tableFromCsv("id\tx\na\t1\n").delimiter).toBe("\t");
    expect(tableFromCsv("id|x\na|1\n").delimiter).toBe("|");
    expect(Object.keys(tableFromCsv("id;x\na;1\n", { delimiter: "," }).table.columns)).toEqual([]);
  });

  it("names the line and the column of every problem", () => {
    const at = (text: string, options?: Parameters<typeof tableFromCsv>[1]): unknown => {
      try {
        tableFromCsv(text, options);
      } catch (error) {
        return { code: codeOf(error), details: (error as { details?: unknown }).details };
      }
      return "no error";
    };
    expect(at("id,x\na,1\nb,2,3\n")).toEqual({ code: "INDEX_INVALID_TABLE", details: { line: 3, fields: 3, expected: 2 } });
    expect(at('id,x\na,"1\nb,2\n')).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { line: 2 } });
    expect(at("id,x\na,1\na,2\n")).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { line: 3, id: "a" } });
    expect(at("id,x\n,1\n")).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { line: 2 } });
    expect(at("id,x\na,1\nb,ندارد\n")).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { line: 3, column: "x" } });
    expect(at('id,x\n"a\nb",1\nc,ندارد\n')).toMatchObject({ details: { line: 4, column: "x" } });
    expect(at("")).toMatchObject({ code: "INDEX_INVALID_TABLE" });
    expect(at("id,x\na,1\n", { indicators: ["y"] })).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { column: "y" } });
    expect(at("id,x\na,1\n", { delimiter: "ab" })).toMatchObject({ code: "INDEX_INVALID_OPTIONS" });
    expect(at("id,x\na,1\n", { id: "x", indicators: ["x"] })).toMatchObject({ code: "INDEX_INVALID_OPTIONS" });
    expect(at(42 as unknown as string)).toMatchObject({ code: "INDEX_INVALID_TABLE" });
  });

  it("reads a blank cell as missing and -0 as 0, like parseNumber", () => {
    const r = tableFromCsv("id,x\na, \nb,-0\nc,-۲٫۵\n");
    expect(Array.from(r.table.columns["x"] as Float64Array)).toEqual([Number.NaN, 0, -2.5]);
    expect(Object.is((r.table.columns["x"] as Float64Array)[1], 0)).toBe(true);
  });

  it("survives any string: a table or a coded error, nothing else", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "1", "۲", ",", ";", '"', "\n", "\r", " ", "٫", ".", "-", "\u200c", "\uFEFF") , maxLength: 200 }), (text) => {
        try {
          tableFromCsv(text, { parseCell });
        } catch (error) {
          expect(codeOf(error)).toMatch(/^INDEX_/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("survives any expectedRows, shared or not: the table it gives without one, or INDEX_INVALID_OPTIONS", () => {
    const rows = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double(), fc.constantFrom(1024, 1025, 2 ** 27, 2 ** 27 + 1, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), rows, fc.boolean(), (n, expectedRows, shared) => {
        const text = `id,x\n${Array.from({ length: n }, (_, i) => `u${i},${i % 3 === 0 ? "" : i / 7}`).join("\n")}\n`;
        const plain = tableFromCsv(text);
        let got;
        try {
          got = tableFromCsv(text, { expectedRows, shared });
        } catch (error) {
          expect(codeOf(error)).toBe("INDEX_INVALID_OPTIONS");
          expect(Number.isSafeInteger(expectedRows) && expectedRows >= 0).toBe(false);
          return;
        }
        expect(got.table.ids).toEqual(plain.table.ids);
        const x = got.table.columns["x"] as Float64Array;
        expect(sameBits(x, plain.table.columns["x"] as Float64Array)).toBe(true);
        expect(x.buffer instanceof SharedArrayBuffer).toBe(shared);
      }),
      { numRuns: 300 },
    );
  });

  // Linear time (one record split over many chunks, and 20,000 → 200,000 rows) is checked in
  // test/scalingCases.ts (vitest project "scaling"), in CPU time rather than wall-clock time.
  it("passes a failing stream's error on as the cause, with the byte offset", async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode("id,x\na,1\n");
      throw new Error("disk gone");
    }
    const error = await tableFromCsvChunks(broken()).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("INDEX_INVALID_TABLE");
    expect((error as { cause?: Error }).cause?.message).toBe("disk gone");
    expect((error as { details?: unknown }).details).toEqual({ offset: 9 });
  });

  /** n rows of a name, x = i / 8 and y = −i with every seventh blank, as text and as 4 KB byte chunks. */
  const blockFile = (n: number): { text: string; chunks: Uint8Array[] } => {
    const lines = ["id,name,x,y", ...Array.from({ length: n }, (_, i) => `u${i},محلهٔ ${i},${i / 8},${i % 7 === 0 ? "" : -i}`)];
    const text = `${lines.join("\n")}\n`;
    const bytes = new TextEncoder().encode(text);
    return { text, chunks: Array.from({ length: Math.ceil(bytes.length / 4096) }, (_, k) => bytes.subarray(k * 4096, (k + 1) * 4096)) };
  };

  it("keeps every row across the column blocks (1,024 rows, then doubling), on both paths", async () => {
    const n = 5000;
    const { text, chunks } = blockFile(n);
    for (const r of [tableFromCsv(text, { labels: ["name"] }), await tableFromCsvChunks(chunks, { labels: ["name"] })]) {
      expect(r.table.ids.length).toBe(n);
      expect(Array.from(r.table.columns["x"] ?? [])).toEqual(Array.from({ length: n }, (_, i) => i / 8));
      expect(Array.from(r.table.columns["y"] ?? [])).toEqual(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? Number.NaN : i === 0 ? 0 : -i)));
      expect(r.labels["name"]?.[4999]).toBe("محلهٔ 4999");
    }
  });

  it("gives the same table with any expectedRows, filling one array in place when the guess holds every row", async () => {
    const n = 3000;
    const { text, chunks } = blockFile(n);
    const plain = tableFromCsv(text, { labels: ["name"] });
    const x = (r: { table: { columns: Record<string, ArrayLike<number>> } }): Float64Array => r.table.columns["x"] as Float64Array;
    for (const guess of [0, 1, 1024, 1025, n - 1, n, n + 1, 2 * n, 2 ** 27 + 1, 2 ** 40]) {
      for (const r of [tableFromCsv(text, { labels: ["name"], expectedRows: guess }), await tableFromCsvChunks(chunks, { labels: ["name"], expectedRows: guess })]) {
        expect(r.table.ids).toEqual(plain.table.ids);
        expect(r.labels).toEqual(plain.labels);
        for (const c of ["x", "y"]) expect(sameBits(r.table.columns[c] as Float64Array, plain.table.columns[c] as Float64Array)).toBe(true);
        const col = x(r);
        expect(col.length).toBe(n);
        // a guess of more than 1,024 rows that holds them all: a view of the one array allocated
        // at the guessed length; any other guess (too small, or above 2²⁷): an array of the exact length
        expect(col.buffer.byteLength).toBe(guess > 1024 && guess >= n && guess <= 2 ** 27 ? guess * 8 : n * 8);
      }
    }
  });

  it("puts every column in shared memory on request, with the bits of the plain read, whatever the guess of the rows", async () => {
    const sizes = [0, 1, 1023, 1024, 1025, 3000];
    for (const n of sizes) {
      const { text, chunks } = blockFile(n);
      const plain = tableFromCsv(text, { labels: ["name"] });
      for (const guess of [undefined, 0, 1, 1025, Math.max(0, n - 1), n, n + 1, 2 * n + 2000, 2 ** 27 + 1]) {
        const options = { labels: ["name"], shared: true, ...(guess === undefined ? {} : { expectedRows: guess }) };
        for (const r of [tableFromCsv(text, options), await tableFromCsvChunks(chunks, options)]) {
          expect(r.table.ids).toEqual(plain.table.ids);
          expect(r.labels).toEqual(plain.labels);
          for (const c of ["x", "y"]) {
            const col = r.table.columns[c] as Float64Array;
            expect(col.buffer instanceof SharedArrayBuffer).toBe(true);
            expect(col.length).toBe(n);
            expect(sameBits(col, plain.table.columns[c] as Float64Array)).toBe(true);
          }
          // a guess that holds every row (above the first block's 1,024) is filled in place: the
          // column is a view of the one shared array allocated at that length
          const x = r.table.columns["x"] as Float64Array;
          expect(x.buffer.byteLength).toBe(guess !== undefined && guess > 1024 && guess >= n && guess <= 2 ** 27 ? guess * 8 : n * 8);
        }
      }
      // without the option nothing is shared
      expect((plain.table.columns["x"] as Float64Array).buffer instanceof SharedArrayBuffer).toBe(false);
    }
  });

  it("refuses a shared option that is not a boolean, naming it", async () => {
    for (const bad of ["yes", 1, null, {}]) {
      for (const read of [() => tableFromCsv("id,x\na,1\n", { shared: bad as boolean }), () => tableFromCsvChunks(["id,x\na,1\n"], { shared: bad as boolean })]) {
        let error: unknown;
        try {
          await read();
        } catch (e) {
          error = e;
        }
        expect(codeOf(error)).toBe("INDEX_INVALID_OPTIONS");
        expect((error as Error).message).toContain("shared");
      }
    }
    // where there is no SharedArrayBuffer (a browser page that is not cross-origin isolated):
    // refused, and the plain read still works
    vi.stubGlobal("SharedArrayBuffer", undefined);
    try {
      let error: unknown;
      try {
        await tableFromCsvChunks(["id,x\na,1\n"], { shared: true });
      } catch (e) {
        error = e;
      }
      expect(codeOf(error)).toBe("INDEX_INVALID_OPTIONS");
      expect(Array.from(tableFromCsv("id,x\na,1\n").table.columns["x"] ?? [])).toEqual([1]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("refuses an expectedRows that is not a non-negative integer", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "10", 2 ** 53]) {
      let error: unknown;
      try {
        tableFromCsv("id,x\na,1\n", { expectedRows: bad as number });
      } catch (e) {
        error = e;
      }
      expect(codeOf(error)).toBe("INDEX_INVALID_OPTIONS");
    }
  });

  it("refuses invalid UTF-8 in any field on the byte path: a label, a skipped column, a number", async () => {
    const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
    const join = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
    const bad = Uint8Array.from([0xd8]); // a lead byte without its continuation
    for (const line of [join(enc("a,"), bad, enc(",1,x\n")), join(enc("a,n,1,"), bad, enc("\n")), join(enc("a,n,1"), bad, enc(",x\n"))]) {
      const error = await tableFromCsvChunks([enc("id,name,v,note\n"), line], { labels: ["name"], indicators: ["v"] }).catch((e: unknown) => e);
      expect(codeOf(error)).toBe("INDEX_INVALID_TABLE");
    }
  });

  it("refuses bytes that are not valid in the encoding instead of replacing them", async () => {
    const bad = Uint8Array.from([0x69, 0x64, 0x2c, 0x78, 0x0a, 0x61, 0x2c, 0xff, 0x0a]);
    expect(codeOf(await tableFromCsvChunks([bad]).catch((e: unknown) => e))).toBe("INDEX_INVALID_TABLE");
    // the same bytes are valid Windows-1256 (0xFF is «ے»), so the cell is text, not a number
    const error = await tableFromCsvChunks([bad], { encoding: "windows-1256" }).catch((e: unknown) => e);
    expect((error as { details?: unknown }).details).toMatchObject({ line: 2, column: "x" });
    expect(codeOf(await tableFromCsvChunks([bad], { encoding: "klingon" }).catch((e: unknown) => e))).toBe("INDEX_INVALID_OPTIONS");
  });
});

describe("tableFromCsv with textColumns: drop", () => {
  it("leaves out a column with no number, keeps numeric ones, and still refuses a mixed column", () => {
    const r = tableFromCsv("id,address,x\na,خیابان ۱۲,1\nb,,2\nc,میدان,3\n", { textColumns: "drop" });
    expect(r.dropped).toEqual(["address"]);
    expect(Object.keys(r.table.columns)).toEqual(["x"]);
    let details: unknown;
    try {
      tableFromCsv("id,x\na,1\nb,—\nc,ندارد\n", { textColumns: "drop" });
    } catch (error) {
      details = (error as { details?: unknown }).details;
    }
    expect(details).toEqual({ line: 3, column: "x", row: 1 });
  });
});
