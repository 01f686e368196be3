/**
 * Regression tests of issue 11 ("First contact"): what broke when a new user brought their
 * own files to the CLI. The files are written by hand as Excel and people produce them —
 * Windows-1256 bytes, UTF-16 with a BOM, `;` and TAB delimiters, Arabic ي/ك, formula cells —
 * and read through the injected byte reader, as `node dist/cli.js` reads them from disk.
 */
import { describe, expect, it } from "vitest";
import { displayWidth } from "./_table";
import { realMain, type CliIO } from "./run";

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], files: Record<string, string | Uint8Array> = {}, columns?: number): Promise<Captured> {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readBytes: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error("no such file"), { code: "ENOENT" });
      return typeof file === "string" ? new TextEncoder().encode(file) : file;
    },
    ...(columns === undefined ? {} : { columns }),
  };
  const code = await realMain(argv, io);
  return { code, out, err };
}

/**
 * Windows-1256 bytes of a text, from the decoder's own table. The code page has no Persian
 * yeh: Excel writes «ی» as the Arabic «ي» (0xED), which the CLI must fold back.
 */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => {
    const byte = table.get(ch === "ی" ? "ي" : ch);
    if (byte === undefined) throw new Error(`no Windows-1256 byte for ${ch}`);
    return byte;
  }));
}

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = endian === "le" ? c & 0xff : c >> 8;
    out[3 + 2 * i] = endian === "le" ? c >> 8 : c & 0xff;
  }
  return out;
}

// A province's CSV as a user has it: row numbers, population, a benefit indicator
// (literacy: higher = better off), a cost indicator (unemployment) and one the catalogue
// does not know (green space per person).
const PROVINCE = [
  "ردیف,نام محله,شهرستان,جمعیت,نرخ باسوادی,نرخ بیکاری,سرانه فضای سبز",
  "1,اسلام‌آباد,کرج,42000,70,20,1.5",
  "2,حصارک,کرج,31500,90,10,4",
  "3,مهرشهر,فردیس,12000,80,15,2",
].join("\n");
const KNOWN = PROVINCE.split("\n")
  .map((line) => line.split(",").slice(0, 6).join(","))
  .join("\n");

describe("score never guesses a direction (issue 11)", () => {
  it("refuses a column of unknown direction with exit 1, a code, and how to write a spec", async () => {
    const r = await run(["score", "my.csv"], { "my.csv": PROVINCE });
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("[CLI_UNKNOWN_DIRECTION]");
    expect(r.err).toContain("«سرانه فضای سبز»");
    expect(r.err).toContain("mahalleh spec my.csv > spec.json");
    expect(r.err).toContain("mahalleh score my.csv --spec spec.json");
    const en = await run(["score", "my.csv", "--locale", "en"], { "my.csv": PROVINCE });
    expect(en.err).toContain('the direction of column "سرانه فضای سبز" is unknown');
  });

  it("`mahalleh spec` prints a starter spec: known directions filled, unknown ones null, non-indicators left out", async () => {
    const r = await run(["spec", "my.csv"], { "my.csv": PROVINCE });
    expect(r.code).toBe(0);
    const spec = JSON.parse(r.out) as { indicators: { id: string; dimension: string; direction: number | null }[] };
    expect(spec.indicators.map((i) => [i.id, i.dimension, i.direction])).toEqual([
      ["نرخ باسوادی", "education", -1],
      ["نرخ بیکاری", "employment", 1],
      ["سرانه فضای سبز", "", null],
    ]);
    // «ردیف» is read as the id column (there is no code column); «جمعیت» is left out
    expect(r.out).not.toContain("ردیف");
    expect(r.err).toContain("«جمعیت» (جمعیت)");
    // the starter spec as printed is refused until the user fills it in
    const unfilled = await run(["score", "my.csv", "--spec", "spec.json"], { "my.csv": PROVINCE, "spec.json": r.out });
    expect(unfilled.code).toBe(1);
    expect(unfilled.err).toContain("[CLI_SPEC_INCOMPLETE]");
    // filled in: green space is a benefit (-1)
    const filled = r.out.replace('"dimension": "",\n      "direction": null', '"dimension": "environment",\n      "direction": -1');
    const ok = await run(["score", "my.csv", "--spec", "spec.json", "--format", "json"], { "my.csv": PROVINCE, "spec.json": filled });
    expect(ok.code).toBe(0);
    // hand-worked min-max, dimensions equally weighted (education, employment, environment):
    // اسلام‌آباد: literacy 70 → 100, unemployment 20 → 100, green 1.5 → 100 ⇒ 100
    // حصارک: 90 → 0, 10 → 0, 4 → 0 ⇒ 0; مهرشهر: 80 → 50, 15 → 50, 2 → 80 ⇒ 60
    const units = (JSON.parse(ok.out) as { units: { name: string; score: number; rank: number }[] }).units;
    expect(units.map((u) => [u.name, u.rank])).toEqual([
      ["اسلام‌آباد", 1],
      ["مهرشهر", 2],
      ["حصارک", 3],
    ]);
    units.forEach((u, i) => expect(u.score).toBeCloseTo([100, 60, 0][i] as number, 9));
  });

  it("scores standard indicators with their known directions; row numbers and population are never drivers", async () => {
    const r = await run(["score", "k.csv", "--format", "json"], { "k.csv": KNOWN });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { units: { name: string; score: number; drivers: { name: string }[] }[] };
    // literacy reversed (-1): اسلام‌آباد (70% literate, 20% unemployed) is the most deprived
    expect(data.units.map((u) => [u.name, u.score])).toEqual([
      ["اسلام‌آباد", 100],
      ["مهرشهر", 50],
      ["حصارک", 0],
    ]);
    const drivers = data.units.flatMap((u) => u.drivers.map((d) => d.name));
    expect(drivers).not.toContain("ردیف");
    expect(drivers).not.toContain("جمعیت");
    expect(r.err).toContain("«نرخ باسوادی» (literacy-rate، جهت -۱)");
  });

  it("matches headers after folding Arabic letters, ZWNJ and spacing, and English names", async () => {
    const text = "id,نرخ  بيكاري,Literacy rate\na,20,70\nb,10,90\n";
    const r = await run(["spec", "f.csv"], { "f.csv": text });
    const spec = JSON.parse(r.out) as { indicators: { id: string; direction: number }[] };
    expect(spec.indicators.map((i) => i.direction)).toEqual([1, -1]);
  });
});

describe("files as people have them (issue 11)", () => {
  const csv = "شناسه,نام محله,شهرستان,نرخ بیکاری\nn1,اسلام‌آباد,کرج,20\nn2,حصارک,کرج,10\n";

  it.each([
    ["Windows-1256 (Excel on Persian Windows)", windows1256(csv), "Windows-1256 (the file is not valid UTF-8"],
    ["UTF-16 LE with BOM", utf16(csv, "le"), "encoding UTF-16LE with BOM"],
    ["UTF-16 BE with BOM", utf16(csv, "be"), "encoding UTF-16BE with BOM"],
    ["UTF-8 with BOM", new TextEncoder().encode(`\uFEFF${csv}`), "encoding UTF-8 with BOM"],
  ])("reads %s and says which encoding it used", async (_name, bytes, note) => {
    const r = await run(["score", "f.csv", "--format", "csv", "--locale", "en"], { "f.csv": bytes });
    expect(r.code).toBe(0);
    expect(r.err).toContain(note);
    expect(r.out).toContain("n1,");
    expect(r.out).toMatch(/n1,اسلام.آباد,Karaj,100,1/);
  });

  it("Excel on Persian Windows as a user sends it: Windows-1256, «;», decimal commas, Arabic ي in headers", async () => {
    const text = "ردیف;نام محله;شهرستان;جمعیت;نرخ باسوادی;نرخ بیکاری\n1;اسلام‌آباد;کرج;42000;70,5;20\n2;حصارک;کرج;31500;90;10\n";
    const r = await run(["score", "w.csv", "--format", "json"], { "w.csv": windows1256(text) });
    expect(r.code).toBe(0);
    expect(r.err).toContain("رمزگذاری Windows-1256");
    expect(r.err).toContain("جداکننده نقطه‌ویرگول «;»");
    const units = (JSON.parse(r.out) as { units: { name: string; score: number; drivers: { name: string }[] }[] }).units;
    expect(units.map((u) => [u.name, u.score])).toEqual([["اسلام‌آباد", 100], ["حصارک", 0]]);
    // the header came as «نرخ باسوادي» (Arabic yeh): read and printed as «نرخ باسوادی»
    expect(units[0]?.drivers.map((d) => d.name)).toContain("نرخ باسوادی");
    // a spec written with the file's Arabic yeh still finds its column
    const spec = JSON.stringify({ indicators: [{ id: "نرخ باسوادي", dimension: "education", direction: -1 }] });
    const s = await run(["score", "w.csv", "--spec", "s.json", "--format", "json"], { "w.csv": windows1256(text), "s.json": spec });
    expect(s.code).toBe(0);
  });

  it("--encoding overrides detection; an unknown encoding is a usage error", async () => {
    const r = await run(["score", "f.csv", "--encoding", "cp1256", "--locale", "en"], { "f.csv": windows1256(csv) });
    expect(r.code).toBe(0);
    expect(r.err).toContain("encoding Windows-1256 (--encoding)");
    expect((await run(["score", "f.csv", "--encoding", "klingon"], { "f.csv": csv })).code).toBe(2);
  });

  it("validate reads Windows-1256 and UTF-16 files and names the encoding in its report", async () => {
    const obs = "شناسه محله,شاخص,دوره,مقدار\nalb-krj-001,unemployment-rate,1403,18.5\n";
    const a = await run(["validate", "o.csv"], { "o.csv": windows1256(obs) });
    expect(a.code).toBe(0);
    expect(a.out).toContain("Windows-1256");
    expect(a.out).toContain("۱ ردیف بررسی شد: ۱ معتبر");
    const b = await run(["validate", "o.csv", "--locale", "en"], { "o.csv": utf16(obs, "le") });
    expect(b.code).toBe(0);
    expect(b.out).toContain("encoding UTF-16LE with BOM");
  });

  it.each([
    [";", "semicolon"],
    ["\t", "TAB"],
    ["|", "pipe"],
  ])("sniffs the delimiter %j and names it", async (d, name) => {
    const text = csv.replace(/,/g, d);
    const r = await run(["score", "f.csv", "--format", "csv", "--locale", "en"], { "f.csv": text });
    expect(r.code).toBe(0);
    expect(r.err).toContain(`delimiter ${name}`);
    expect(r.out).toMatch(/n1,اسلام.آباد,Karaj,100,1/);
    const v = await run(["validate", "o.csv", "--locale", "en"], { "o.csv": "neighbourhoodId;indicatorId;period;value\nalb-krj-001;unemployment-rate;1403;18,5\n".replace(/;/g, d) });
    expect(v.out).toContain(`delimiter ${name}`);
  });

  it("a decimal comma in a ;-separated file is a value, not a delimiter; --delimiter forces one", async () => {
    const text = "id;نرخ بیکاری\na;20,5\nb;10,25\n";
    const r = await run(["score", "f.csv", "--format", "csv", "--locale", "en"], { "f.csv": text });
    expect(r.err).toContain("delimiter semicolon");
    const forced = await run(["score", "f.csv", "--delimiter", "tab", "--locale", "en"], { "f.csv": text });
    expect(forced.code).toBe(1); // one column only: nothing to score
    expect((await run(["score", "f.csv", "--delimiter", ";;"], { "f.csv": text })).code).toBe(2);
  });

  it("CSV output has a BOM (Excel) unless --no-bom, and formula cells are neutralised", async () => {
    const hostile = "شناسه,نام محله,نرخ بیکاری\nn1,=HYPERLINK(\"http://x\";\"y\"),20\nn2,@SUM(A1),10\nn3,-2+3,15\n";
    const r = await run(["score", "f.csv", "--format", "csv"], { "f.csv": hostile });
    expect(r.code).toBe(0);
    expect(r.out.startsWith("\uFEFFid,name,")).toBe(true);
    expect(r.out).toContain(`n1,"'=HYPERLINK(""http://x"";""y"")"`);
    expect(r.out).toContain("n2,'@SUM(A1)");
    expect(r.out).toContain("n3,'-2+3");
    // a score is data: no cell of the data columns starts with a formula character
    const plain = await run(["score", "f.csv", "--format", "csv", "--no-bom"], { "f.csv": hostile });
    expect(plain.out.startsWith("id,name,")).toBe(true);
  });

  it("«كرج» (Arabic kaf) and «کرج» are one county: group ranks are right", async () => {
    const text = "شناسه,نام,شهرستان,نرخ بیکاری\nn1,الف,كرج,30\nn2,ب,کرج,20\nn3,ج,شهرستان کرج,10\nn4,د,فردیس,25\n";
    const r = await run(["score", "f.csv", "--format", "json"], { "f.csv": text });
    expect(r.code).toBe(0);
    const units = (JSON.parse(r.out) as { units: { id: string; group: string; groupRank: number }[] }).units;
    expect(units.map((u) => [u.id, u.group, u.groupRank])).toEqual([
      ["n1", "کرج", 1],
      ["n4", "فردیس", 1],
      ["n2", "کرج", 2],
      ["n3", "کرج", 3],
    ]);
    const en = await run(["score", "f.csv", "--format", "json", "--locale", "en"], { "f.csv": text });
    expect((JSON.parse(en.out) as { units: { group: string }[] }).units[0]?.group).toBe("Karaj");
  });

  it("names are normalised (Arabic ي/ك folded) in the output", async () => {
    const text = "شناسه,نام,نرخ بیکاری\nn1,كوي مهدي,30\nn2,کوی مهدی ۲,20\n";
    const r = await run(["score", "f.csv", "--format", "json"], { "f.csv": text });
    expect((JSON.parse(r.out) as { units: { name: string }[] }).units[0]?.name).toBe("کوی مهدی");
  });

  it("validate accepts Persian county names as it accepts Persian province names; Persian messages list values in Persian", async () => {
    const rows = "شناسه محله,نام محله,استان,شهرستان,جمعیت\nalb-krj-001,اسلام‌آباد,البرز,كرج,42000\nalb-krj-002,حصارک,آتلانتیس,کرج,31500\n";
    const r = await run(["validate", "n.csv", "--model", "neighbourhood"], { "n.csv": rows });
    expect(r.out).toContain("استان: مقدار مجاز نیست؛ یکی از این‌ها را بنویسید: مرکزی (IR-00)، گیلان (IR-01)");
    expect(r.out).toContain("البرز (IR-30)");
    // «كرج» and «کرج» are read as the county id "karaj": no county issue on either row
    expect(r.out).not.toMatch(/شهرستان:/);
  });

  it("validate reads {\"interventions\": […]} (the model's plural, or --key); a path given as text is a coded error", async () => {
    const data = JSON.stringify({ interventions: [{ id: "x" }], meta: { n: 1 } });
    const r = await run(["validate", "d.json", "--model", "intervention", "--locale", "en"], { "d.json": data });
    expect(r.out).toContain('JSON (key "interventions")');
    expect(r.out).toContain("1 row checked: 0 valid, 1 invalid.");
    const keyed = await run(["validate", "d.json", "--model", "agency", "--key", "interventions", "--locale", "en"], { "d.json": data });
    expect(keyed.out).toContain("1 row checked");
    const none = await run(["validate", "d.json", "--model", "agency", "--locale", "en"], { "d.json": data });
    expect(none.code).toBe(1);
    expect(none.err).toContain("give the key of its rows with --key (keys holding arrays: interventions)");
  });
});

describe("hostile and malformed input reaches no stack trace and no terminal (issue 11)", () => {
  it.each([
    ['{"observations": [null]}', "item 1 of \"observations\" must be an object"],
    ['{"neighbourhoods": "abc", "observations": []}', '"neighbourhoods" must be an array'],
    ['{"observations": [{"neighbourhoodId": 5, "indicatorId": "x", "period": "1403", "value": 1}]}', '"neighbourhoodId" of item 1'],
    ['{"observations": "abc"}', '"observations" must be an array'],
    ['{"indicators": [{"id": "x", "dimension": "d", "direction": 2}], "observations": []}', '"direction" of item 1 of "indicators" must be 1 or -1'],
    ["[1, 2]", "row 1 must be an object"],
    ['{"ids": "a", "columns": {}}', '"ids" must be an array of strings'],
    ['{"ids": ["a"], "columns": {"x": ["1"]}}', 'column "x" must be an array of numbers or nulls'],
  ])("malformed JSON %s → exit 1 with a coded data message", async (json, message) => {
    const r = await run(["score", "d.json", "--locale", "en"], { "d.json": json });
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.err).toContain("[INDEX_INVALID_TABLE]");
    expect(r.err).not.toContain("internal error");
  });

  it("escapes terminal control characters and bidi overrides from data in tables and messages", async () => {
    const text = "شناسه,نام,نرخ بیکاری\nn1,\u001b[2J\u001b[31mکوی\u202Eالف\u0007,30\nn2,ب\u0008\u009b,20\n";
    const r = await run(["score", "f.csv"], { "f.csv": text });
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(r.out).toContain("\\x1B[2J\\x1B[31mکوی\\u202E");
    expect(r.out).toContain("ب\\x08\\x9B");
    const bad = await run(["score", "g.csv"], { "g.csv": "id,نرخ بیکاری\na,\u001b[31mx\n" });
    expect(bad.code).toBe(1);
    expect(bad.err).not.toContain("\u001b");
  });

  it("the table fits the terminal width when CliIO carries columns", async () => {
    const wide = await run(["score", "--top", "5"], {});
    expect(Math.max(...wide.out.split("\n").map(displayWidth))).toBeGreaterThan(80);
    const r = await run(["score", "--top", "5"], {}, 80);
    for (const line of r.out.split("\n").filter((l) => l.startsWith("\u200E"))) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it("--period on a CSV is honoured through its period column, or refused without one", async () => {
    const text = "شناسه,سال,نرخ بیکاری\na,1402,10\nb,1402,20\na,1403,30\nb,1403,5\n";
    const r = await run(["score", "f.csv", "--period", "۱۴۰۲", "--format", "json"], { "f.csv": text });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { units: { id: string }[] }).units.map((u) => u.id)).toEqual(["b", "a"]);
    const none = await run(["score", "g.csv", "--period", "1402", "--locale", "en"], { "g.csv": "id,نرخ بیکاری\na,1\nb,2\n" });
    expect(none.code).toBe(1);
    expect(none.err).toContain("--period applies only to data with periods");
  });

  it("help follows --locale (Persian by default, like the messages)", async () => {
    const fa = await run(["score", "--help"]);
    expect(fa.out).toContain("محله‌ها را با شاخص ترکیبی محرومیت رتبه‌بندی می‌کند");
    const en = await run(["score", "--help", "--locale", "en"]);
    expect(en.out).toContain("Scores neighbourhoods with the composite deprivation index");
    const usage = await run(["validate", "--locale", "en"]);
    expect(usage.err).toContain("Validates every row");
  });

  it("one word per meaning across commands: «سطر» is a file line, «ردیف» a data row", async () => {
    const broken = await run(["score", "f.csv"], { "f.csv": 'id,نرخ بیکاری\na,1\nb,"2\n' });
    expect(broken.err).not.toContain("خط");
  });
});
