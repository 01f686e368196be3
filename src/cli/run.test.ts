import { describe, expect, it } from "vitest";
import { sampleDataset } from "../models/index";
import { computeIndex, tableFromObservations } from "../scoring/index";
import { persianDigits } from "../internal/chars";
import { LRM, displayWidth } from "./_table";
import { realMain, type CliIO } from "./run";

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], files: Record<string, string> = {}, tty = false): Promise<Captured> {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stderrIsTTY: tty,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error("no such file"), { code: "ENOENT" });
      return text;
    },
  };
  const code = await realMain(argv, io);
  return { code, out, err };
}

/** Display cells of a line: each code point expanded to its width, zero-width ones dropped. */
function cells(line: string): string[] {
  const out: string[] = [];
  for (const ch of line) {
    const w = displayWidth(ch);
    for (let k = 0; k < w; k++) out.push(k === 0 ? ch : "");
  }
  return out;
}

/** The sample scored by the library directly, to check what the command prints. */
function expectedSample() {
  const table = tableFromObservations(sampleDataset.observations, { period: "1403", indicators: sampleDataset.indicators.map((i) => i.id) });
  const result = computeIndex(table, { indicators: sampleDataset.indicators.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction })) });
  const byRank = [...result.units].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  const name = (id: string): string => sampleDataset.neighbourhoods.find((n) => n.id === id)?.nameFa ?? id;
  return { byRank, name };
}

describe("mahalleh score (the bundled sample)", () => {
  it("prints a Persian table ranked like computeIndex, one row per neighbourhood", async () => {
    const { code, out, err } = await run(["score"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("نمونهٔ مصنوعی البرز");
    expect(out).toContain("دورهٔ ۱۴۰۳");
    // one digit system per Persian line: ranks, scores and shares in Persian digits
    const rows = out.split("\n").filter((l) => /^\u200E\s*[۰-۹]+\u200E?\s/.test(l));
    expect(rows).toHaveLength(66);
    for (const line of out.split("\n")) if (/[\u0600-\u06FF]/.test(line)) expect(line, line).not.toMatch(/[0-9]/);
    const { byRank, name } = expectedSample();
    expect(rows[0]).toContain(name(byRank[0]!.id));
    expect(rows[0]).toContain(persianDigits(byRank[0]!.score!.toFixed(1)).replace(".", "٫"));
    expect(rows[0]).toContain("بسیار محروم");
  });

  it("columns line up in display cells despite Persian text, ZWNJ and bidi marks", async () => {
    const { out } = await run(["score"]);
    const lines = out.split("\n").filter((l) => l.startsWith(LRM));
    const rule = lines.find((l) => l.includes("──")) as string;
    const ruleCells = cells(rule);
    const gaps = ruleCells.map((c, i) => (c === " " ? i : -1)).filter((i) => i >= 0);
    expect(gaps.length).toBeGreaterThan(4);
    for (const line of lines) {
      const lc = cells(line);
      for (const g of gaps) if (g < lc.length) expect(lc[g], `column gap at ${g} in «${line}»`).toBe(" ");
    }
  });

  it("English, CSV: names in English, ranks ascending, three drivers", async () => {
    const { code, out } = await run(["score", "--format", "csv", "--locale", "en"]);
    expect(code).toBe(0);
    const [header, ...rows] = out.trim().split("\n");
    expect(header?.startsWith("id,name,group,score,rank,groupRank,level,levelLabel,driver1,driver2,driver3,coverage,partial,dim_")).toBe(true);
    expect(rows).toHaveLength(66);
    const ranks = rows.map((r) => Number(r.split(",")[4]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const { byRank } = expectedSample();
    expect(rows[0]?.startsWith(`${byRank[0]!.id},`)).toBe(true);
    expect(rows[0]).toContain("very deprived");
  });

  it("JSON with --runs: rank intervals around the median; progress on a TTY stderr only", async () => {
    const quiet = await run(["score", "--format", "json", "--runs", "200"]);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe("");
    const data = JSON.parse(quiet.out) as { runs: number; units: { rank: number; rankP05: number; rankMedian: number; rankP95: number }[] };
    expect(data.units).toHaveLength(66);
    for (const u of data.units) {
      expect(u.rankP05).toBeLessThanOrEqual(u.rankMedian);
      expect(u.rankMedian).toBeLessThanOrEqual(u.rankP95);
    }
    const loud = await run(["score", "--runs", "200", "--top", "3"], {}, true);
    expect(loud.err).toContain("۱۰۰٪ ۲۰۰/۲۰۰");
    // the bar is drawn at 0 before the index and the runs' set-up, then only grows
    const bars = loud.err.split("\r").filter((s) => s.startsWith("مونت‌کارلو"));
    expect(bars[0]).toContain("۰٪ ۰/۲۰۰");
    const done = bars.map((b) => Number(/(\d+)\/200/.exec(b.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)))?.[1]));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.length).toBeGreaterThan(10);
    expect(loud.err).toContain("\r");
    expect(loud.out).toContain("بازهٔ رتبه");
  });

  it("Markdown and --top", async () => {
    const { out } = await run(["score", "--format", "md", "--top", "5"]);
    expect(out.startsWith("**")).toBe(true);
    expect(out.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(7); // header, rule, 5 rows
    expect(out).toContain("| ---: |");
  });

  it("--period 1402 scores the earlier year", async () => {
    const { code, out } = await run(["score", "--period", "1402", "--top", "1"]);
    expect(code).toBe(0);
    expect(out).toContain("دورهٔ ۱۴۰۲");
  });
});

describe("mahalleh score FILE", () => {
  // hand-worked: min-max per column, equal weights in one dimension (no spec given):
  // a: (100 + 0)/2 = 50, b: (0 + 100)/2 = 50, c: (50 + 25)/2 = 37.5 → ranks 1, 1, 3
  const csv = "شناسه,نام,شهرستان,بیکاری,اعتیاد\nn1,کوی الف,کرج,۲۰,۱\nn2,کوی ب,کرج,۱۰,۵\nn3,کوی ج,فردیس,۱۵,۲\n";

  it("reads a Persian CSV (Persian digits) and scores the columns that are standard indicators", async () => {
    const { code, out, err } = await run(["score", "data.csv", "--format", "csv"], { "data.csv": csv });
    expect(code).toBe(0);
    expect(err).toContain("«بیکاری» (unemployment-rate، جهت ۱)");
    expect(err).toContain("«اعتیاد» (addiction-treatment-rate، جهت ۱)");
    const rows = out.trim().split("\n").slice(1).map((r) => r.split(","));
    expect(rows.map((r) => [r[0], r[1], r[2], Number(r[3]), Number(r[4])])).toEqual([
      ["n1", "کوی الف", "کرج", 50, 1],
      ["n2", "کوی ب", "کرج", 50, 1],
      ["n3", "کوی ج", "فردیس", 37.5, 3],
    ]);
  });

  it("reads grouped Persian numbers but never takes number-word names for an indicator", async () => {
    // «صد» and «هفت» are number words; as names they must stay names. Budgets use «٬» grouping.
    const text = "شناسه,نام,بودجه\nn1,صد,۱٬۲۰۰\nn2,هفت,۳۰۰\n";
    const spec = JSON.stringify({ indicators: [{ id: "بودجه", dimension: "economy", direction: 1 }] });
    const { code, out } = await run(["score", "b.csv", "--format", "json", "--spec", "s.json"], { "b.csv": text, "s.json": spec });
    expect(code).toBe(0);
    const data = JSON.parse(out) as { units: { id: string; score: number }[] };
    // one indicator (بودجه): min-max gives n1 100, n2 0
    expect(data.units.map((u) => [u.id, u.score])).toEqual([["n1", 100], ["n2", 0]]);
  });

  it("refuses a file without any numeric column, in Persian and English", async () => {
    const names = "شناسه,نام\nn1,کوی الف\n";
    const fa = await run(["score", "names.csv"], { "names.csv": names });
    expect(fa.code).toBe(1);
    expect(fa.err).toContain("هیچ ستون عددی");
    const en = await run(["score", "names.csv", "--locale", "en"], { "names.csv": names });
    expect(en.code).toBe(1);
    expect(en.err).toContain("no numeric indicator column");
  });

  it("applies --spec (directions and weights)", async () => {
    const spec = JSON.stringify({ indicators: [{ id: "بیکاری", dimension: "economy", direction: -1 }, { id: "اعتیاد", dimension: "harms", direction: 1, weight: 1 }], dimensions: [{ id: "economy", weight: 3 }, { id: "harms", weight: 1 }] });
    // economy reversed: n1 0, n2 100, n3 50; harms: n1 0, n2 100, n3 25 → 0, 100, 43.75
    const { code, out } = await run(["score", "data.csv", "--spec", "spec.json", "--format", "json"], { "data.csv": csv, "spec.json": spec });
    expect(code).toBe(0);
    const data = JSON.parse(out) as { units: { id: string; score: number; rank: number }[] };
    expect(data.units.map((u) => [u.id, u.score, u.rank])).toEqual([
      ["n2", 100, 1],
      ["n3", 43.75, 2],
      ["n1", 0, 3],
    ]);
  });

  it("reads a JSON table {ids, columns} and a JSON array of rows", async () => {
    const table = JSON.stringify({ ids: ["a", "b"], columns: { x: [1, 3] }, names: { a: "کوی یک" } });
    const spec = { "s.json": JSON.stringify({ indicators: [{ id: "x", dimension: "d", direction: 1 }] }) };
    const t = await run(["score", "t.json", "--format", "csv", "--spec", "s.json"], { "t.json": table, ...spec });
    expect(t.code).toBe(0);
    expect(t.out).toContain("b,b,,100,1");
    const rows = JSON.stringify([{ id: "a", x: 1 }, { id: "b", x: null }, { id: "c", x: 3 }]);
    const r = await run(["score", "r.json", "--format", "csv", "--spec", "s.json"], { "r.json": rows, ...spec });
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").at(-1)).toBe("b,b,,,,,,,,,,0,true,");
  });
});

describe("mahalleh score: errors", () => {
  it.each([
    [["score", "--format", "xml"], "قالب «xml» شناخته نیست"],
    [["score", "--runs", "many"], "--runs باید عدد صحیحی"],
    [["score", "--runs", "5"], "--runs باید عدد صحیحی"],
    [["score", "--colour"], "گزینهٔ ناشناختهٔ «--colour»"],
    [["score", "--spec"], "گزینهٔ --spec مقدار لازم دارد"],
    [["score", "a.csv", "b.csv"], "تنها یک پرونده"],
    [["score", "--locale", "de"], "زبان «de» شناخته نیست"],
  ])("usage error %j → exit 2 with a Persian message and the help", async (argv, message) => {
    const { code, err, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).toContain("--format F");
  });

  it("usage errors in English with --locale en", async () => {
    const { code, err } = await run(["score", "--locale", "en", "--format", "xml"]);
    expect(code).toBe(2);
    expect(err).toContain('Unknown format "xml"');
  });

  it.each([
    [["score", "missing.csv"], {}, "پروندهٔ «missing.csv» پیدا نشد"],
    [["score", "bad.json"], { "bad.json": "{ nope" }, "JSON معتبر نیست"],
    [["score", "odd.json"], { "odd.json": '{"a": 1}' }, "ساختار odd.json شناخته نیست"],
    [["score", "v.csv"], { "v.csv": "id,x\na,1\nb,دوازده\n" }, "«دوازده»"],
    [["score", "--spec", "s.json"], { "s.json": '{"indicators":[{"id":"crime","dimension":"d","direction":1}]}' }, "INDEX_UNKNOWN_INDICATOR"],
    [["score", "c.csv"], { "c.csv": "id,بیکاری\na,1\nb,1\n" }, "INDEX_CONSTANT_INDICATOR"],
  ])("data error %j → exit 1", async (argv, files, message) => {
    const { code, err, out } = await run(argv, files as Record<string, string>);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(message);
  });

  it("an unexpected failure is reported as an internal error with exit 3, without a stack trace", async () => {
    let err = "";
    const code = await realMain(["score"], {
      stdout: () => {
        throw new RangeError("boom");
      },
      stderr: (t) => (err += t),
    });
    expect(code).toBe(3);
    expect(err).toContain("خطای داخلی");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("data errors in English", async () => {
    const { code, err } = await run(["score", "missing.csv", "--locale", "en"]);
    expect(code).toBe(1);
    expect(err).toContain('File "missing.csv" not found');
  });
});

describe("mahalleh validate", () => {
  const bad = "شناسه محله,شاخص,دوره,مقدار\nalb-krj-001,unemployment-rate,1403,۱۸٫۵\nalb-krj-002,unemployment-rate,۱۴۰۳,\n";
  const good = "شناسه محله,شاخص,دوره,مقدار\nalb-krj-001,unemployment-rate,1403,۱۸٫۵\n";

  it("reports invalid rows (exit 1) and passes a valid file (exit 0)", async () => {
    const r = await run(["validate", "obs.csv"], { "obs.csv": bad });
    expect(r.code).toBe(1);
    expect(r.out).toContain("۱ نامعتبر");
    const en = await run(["validate", "obs.csv", "--locale", "en"], { "obs.csv": bad });
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/line 3|3/);
    const ok = await run(["validate", "obs.csv", "--locale", "en"], { "obs.csv": good });
    expect(ok.code).toBe(0);
  });

  it("usage and file errors", async () => {
    expect((await run(["validate"])).code).toBe(2);
    expect((await run(["validate", "x.csv", "--model", "planet"])).code).toBe(2);
    const missing = await run(["validate", "x.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("x.csv");
  });
});

describe("mahalleh", () => {
  it("help, version, unknown commands", async () => {
    expect((await run([])).out).toContain("mahalleh score");
    expect((await run(["score", "--help"])).out).toContain("--runs N");
    expect((await run(["validate", "--help"])).out).toContain("--model M");
    expect((await run(["--version"])).code).toBe(0);
    const unknown = await run(["rank"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("«rank»");
  });
});
