import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { readCsv } from "./readCsv";
import { readCsvStream } from "./readCsvStream";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isMahallehError(error) ? error.code : "not a MahallehError";
  }
  return undefined;
}

/** A register of Karaj neighbourhoods as a province office exports it from Excel (BOM, CRLF, Persian digits). */
const REGISTER = [
  "\uFEFFنام محله,جمعیت,شهرستان,شهر",
  "اسلام‌آباد,۴۲٬۰۰۰,karaj,کرج",
  "حصارک,31500,karaj,کرج",
  "",
  '"کوی ""مهر""، فاز ۲",۸۵۰۰,fardis,فردیس',
  "کمالشهر,۲۹۰۰۰,karaj",
  "مشکین‌دشت,12000,fardis,فردیس,اضافه",
  '"شهرک',
  'بنفشه",4000,nazarabad,نظرآباد',
].join("\r\n");

describe("readCsv", () => {
  it("maps Persian headers and keeps cells as text", () => {
    const table = readCsv(REGISTER, { model: "neighbourhood" });
    expect(table.header).toEqual(["نام محله", "جمعیت", "شهرستان", "شهر"]);
    expect(table.fields).toEqual(["nameFa", "population", "countyId", "city"]);
    expect(table.rows[0]).toEqual({ nameFa: "اسلام‌آباد", population: "۴۲٬۰۰۰", countyId: "karaj", city: "کرج" });
    expect(table.rows[2]).toEqual({ nameFa: "کوی \"مهر\"، فاز ۲", population: "۸۵۰۰", countyId: "fardis", city: "فردیس" });
  });

  it("gives each row the file line where it starts, as an editor numbers them", () => {
    // Line 1 header, 2-3 rows, 4 blank, 5-7 rows, 8-9 one quoted cell over two lines.
    const table = readCsv(REGISTER);
    expect(table.rows).toHaveLength(6);
    expect(table.lines).toEqual([2, 3, 5, 6, 7, 8]);
    expect(table.rows[5]).toMatchObject({ nameFa: "شهرک\nبنفشه", population: "4000" });
  });

  it("keeps rows with the wrong number of cells, with a problem", () => {
    const table = readCsv(REGISTER);
    expect(table.problems.map((p) => [p.row, p.code])).toEqual([
      [3, "VALIDATION_COLUMN_COUNT"],
      [4, "VALIDATION_COLUMN_COUNT"],
    ]);
    expect(table.problems[0]?.fa).toBe("این سطر ۳ خانه دارد اما سرستون ۴ ستون دارد");
    expect(table.problems[1]?.en).toBe("this line has 5 cells but the header has 4 columns");
    expect(table.rows[4]).toEqual({ nameFa: "مشکین‌دشت", population: "12000", countyId: "fardis", city: "فردیس", column5: "اضافه" });
  });

  it("keeps a record csv-parse cannot read as its raw text, and every later line", () => {
    const table = readCsv('نام محله,جمعیت\nحصارک,1\n"باز,2\n');
    expect(table.rows).toEqual([{ nameFa: "حصارک", population: "1" }, '"باز,2']);
    expect(table.lines).toEqual([2, 3]);
    expect(table.problems).toMatchObject([{ row: 1, code: "VALIDATION_CSV_RECORD" }]);
    const afterBlanks = readCsv('نام محله,جمعیت\nحصارک,1\n\n,\n"باز,2\nx\n');
    expect(afterBlanks.lines).toEqual([2, 5]);
    expect(afterBlanks.rows[1]).toBe('"باز,2\nx');
    const spanning = readCsv('نام محله,جمعیت\nحصارک,1\n\n\nکرج,"1\n\n2"\n\nفردیس,3');
    expect(spanning.lines).toEqual([2, 5, 9]);
    const quoted = readCsv('نام محله,جمعیت\nکرج,1"2\nفردیس,3\n');
    expect(quoted.rows).toEqual([{ nameFa: "کرج", population: '1"2' }, { nameFa: "فردیس", population: "3" }]);
  });

  it("omits empty cells unless asked, and skips lines of empty cells", () => {
    const text = "نام محله,جمعیت,شهر\nحصارک,,\n,,\nکرج, ,کرج\n";
    expect(readCsv(text).rows).toEqual([{ nameFa: "حصارک" }, { nameFa: "کرج", city: "کرج" }]);
    expect(readCsv(text, { keepEmptyCells: true }).rows).toEqual([
      { nameFa: "حصارک", population: "", city: "" },
      { nameFa: "کرج", population: " ", city: "کرج" },
    ]);
    expect(readCsv(text).lines).toEqual([2, 4]);
  });

  it("matches headers whatever their Arabic letters, ZWNJ, spacing and case", () => {
    const table = readCsv("نام‌محله;تعداد_خانوار;كد شهرستان;POPULATION;جمعيت شاغل\nالف;1;karaj;5;3\n", { delimiter: ";" });
    expect(table.fields).toEqual(["nameFa", "households", "countyId", "population", "جمعيت شاغل"]);
  });

  it("applies the caller's headers over the built-in ones", () => {
    const table = readCsv("محله,نفوس\nکرج,100\n", { headers: { محله: "nameFa", نفوس: "population" } });
    expect(table.rows).toEqual([{ nameFa: "کرج", population: "100" }]);
  });

  it("turns a wide file into observation rows", () => {
    const text = [
      "کد محله,سال,نرخ بیکاری,نرخ باسوادی,دلیل",
      "alb-krj-001,1403,18.5,88,",
      "alb-krj-002,1403,,91.2,x",
      "alb-fds-001,1402,22,,",
    ].join("\n");
    const table = readCsv(text, {
      layout: "wide",
      wide: { indicators: { "نرخ بیکاری": "unemployment-rate", "نرخ باسوادی": "literacy-rate" } },
      headers: { دلیل: "note" },
    });
    expect(table.rows).toEqual([
      { neighbourhoodId: "alb-krj-001", period: "1403", indicatorId: "unemployment-rate", value: "18.5" },
      { neighbourhoodId: "alb-krj-001", period: "1403", indicatorId: "literacy-rate", value: "88" },
      { neighbourhoodId: "alb-krj-002", period: "1403", indicatorId: "literacy-rate", value: "91.2" },
      { neighbourhoodId: "alb-krj-002", period: "1403", indicatorId: "note", value: "x" },
      { neighbourhoodId: "alb-fds-001", period: "1402", indicatorId: "unemployment-rate", value: "22" },
    ]);
    expect(table.lines).toEqual([2, 2, 3, 3, 4]);
  });

  it("rejects wide files without their key columns, and duplicate columns", () => {
    expect(codeOf(() => readCsv("دوره,نرخ بیکاری\n1403,5\n", { layout: "wide" }))).toBe("VALIDATION_CSV_HEADER");
    expect(codeOf(() => readCsv("جمعیت,population\n1,2\n"))).toBe("VALIDATION_CSV_HEADER");
  });

  it("never sets a prototype from a header", () => {
    const table = readCsv("__proto__,constructor,prototype\n1,2,3\n");
    const row = table.rows[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(row, "__proto__")?.value).toBe("1");
  });

  it("reads an empty file and a header-only file as no rows", () => {
    expect(readCsv("").rows).toEqual([]);
    expect(readCsv("\uFEFF").rows).toEqual([]);
    expect(readCsv("نام محله,جمعیت\r\n").rows).toEqual([]);
  });

  it("rejects wrong calls", () => {
    expect(codeOf(() => readCsv(5 as unknown as string))).toBe("VALIDATION_INVALID_INPUT");
    expect(codeOf(() => readCsv("a", { layout: "tall" as "wide" }))).toBe("VALIDATION_INVALID_OPTION");
    expect(codeOf(() => readCsv("a", { delimiter: "||" }))).toBe("VALIDATION_INVALID_OPTION");
  });
});

describe("readCsvStream", () => {
  async function collect(chunks: Iterable<string | Uint8Array>): Promise<unknown[]> {
    const out: unknown[] = [];
    for await (const row of readCsvStream(chunks, { model: "neighbourhood" })) out.push(row);
    return out;
  }

  /** readCsv's result as the stream's rows, for comparison. */
  function asStream(text: string): unknown[] {
    const table = readCsv(text, { model: "neighbourhood" });
    return table.rows.map((record, row) => ({
      row,
      line: table.lines[row],
      record,
      problems: table.problems.filter((p) => p.row === row),
    }));
  }

  it("yields what readCsv reads, whatever the chunking (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: REGISTER.length }), { maxLength: 12 }), async (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let last = 0;
        for (const point of points) {
          chunks.push(REGISTER.slice(last, point));
          last = point;
        }
        chunks.push(REGISTER.slice(last));
        expect(await collect(chunks)).toEqual(asStream(REGISTER));
      }),
      { numRuns: 60 },
    );
  });

  it("decodes UTF-8 bytes split inside a Persian letter and inside \\r\\n", async () => {
    const bytes = new TextEncoder().encode(REGISTER);
    const oneByteChunks = Array.from(bytes, (b) => Uint8Array.of(b));
    expect(await collect(oneByteChunks)).toEqual(asStream(REGISTER));
  });

  it("rejects a source that is not iterable", async () => {
    const iterate = async (): Promise<unknown> => {
      for await (const _ of readCsvStream(42 as unknown as string[])) void _;
      return undefined;
    };
    await expect(iterate()).rejects.toMatchObject({ code: "VALIDATION_INVALID_INPUT" });
  });
});
