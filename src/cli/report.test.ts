import { beforeAll, describe, expect, it } from "vitest";
import { sampleDataset } from "../models/index";
import { realMain, type CliIO } from "./run";

interface Run {
  code: number;
  out: string;
  err: string;
  files: Map<string, string>;
}

async function run(argv: string[], inputs: Record<string, string> = {}): Promise<Run> {
  let out = "";
  let err = "";
  const files = new Map<string, string>();
  const io = {
    stdout: (t: string) => (out += t),
    stderr: (t: string) => (err += t),
    readFile: async (path: string) => {
      const text = inputs[path];
      if (text === undefined) throw Object.assign(new Error("no such file"), { code: "ENOENT" });
      return text;
    },
    writeFile: async (path: string, text: string) => void files.set(path, text),
  } satisfies CliIO & { writeFile: unknown };
  return { code: await realMain(argv, io), out, err, files };
}

describe("mahalleh report (the sample)", () => {
  let html: string;
  let r: Run;
  beforeAll(async () => {
    r = await run(["report", "--out", "r.html"]);
    html = r.files.get("r.html") ?? "";
  }, 120_000);

  it("writes one RTL HTML file and says so", () => {
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^mahalleh report: r\.html نوشته شد \([۰-۹]+ کیلوبایت، ۷ نمودار\)\n$/);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="fa" dir="rtl">');
  });

  it("is self-contained: no script, no stylesheet link, no image or font fetched from anywhere", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it("holds the seven charts as inline SVG, with their descriptions as captions", () => {
    const charts = [...html.matchAll(/<figure class="chart" data-chart="(\w+)">/g)].map((m) => m[1]);
    expect(charts).toEqual(["ranked", "map", "contributions", "profile", "schedule", "kpis", "followUp"]);
    expect(html.match(/<svg /g)?.length).toBe(7);
    expect(html).toContain("<figcaption>نمودار میله‌ای افقی امتیاز ترکیبی محرومیت ۶۶ واحد");
  });

  it("lists every unit in the ranked table, most deprived first, in Persian digits", () => {
    const table = html.slice(html.indexOf('<table class="ranking">'), html.indexOf("</table>", html.indexOf('<table class="ranking">')));
    expect(table.match(/<tr[ >]/g)?.length).toBe(1 + 66);
    expect(table).toContain('<td class="num">۱</td>');
    expect(table).not.toMatch(/<td class="num">[0-9]/);
  });

  it("writes out the method and weights, and the follow-up tables judged on the dataset's date", () => {
    expect(html).toContain("روش و وزن‌ها");
    expect(html).toContain("پیگیری‌ها به تاریخ ۱۴۰۳/۱۲/۲۷ (تاریخ مجموعه‌داده)");
    expect(html).toContain("به تفکیک دستگاه");
    // every resolution counted once in the by-agency table
    const section = html.slice(html.indexOf('<section id="followup">'));
    expect(section).toContain("گذشته از مهلت");
    expect(sampleDataset.resolutions.length).toBeGreaterThan(0);
  });

  it("has a print stylesheet for A4", () => {
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("@media print");
  });
});

describe("mahalleh report options", () => {
  it("writes English to standard output with --out - and --locale en", async () => {
    const r = await run(["report", "--out", "-", "--locale", "en", "--as-of", "1404/01/15"]); // 1404/01/15 = 2025-04-04
    expect(r.code).toBe(0);
    expect(r.out).toContain('<html lang="en" dir="ltr">');
    expect(r.out).toContain("Follow-up judged on 1404/01/15 (the --as-of option)");
  }, 120_000);

  it("refuses a bad --as-of date with a usage error", async () => {
    const r = await run(["report", "--as-of", "1403/13/01", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of "1403/13/01" is not a valid Jalali date');
  });

  it("reports on a CSV table as score does: known directions, lon/lat columns on the map, unlocated units named", async () => {
    // Persian headers: two standard indicators (unemployment +1, literacy −1) and coordinates;
    // «ماهدشت» has latitude and longitude swapped, «کمال‌شهر» none
    const csv = [
      "شناسه,نام محله,نرخ بیکاری,نرخ باسوادی,طول جغرافیایی,عرض جغرافیایی",
      "m1,گلشهر,18.5,82,50.93,35.82",
      "m2,حصارک,21,79,50.98,35.85",
      "m3,اسلام‌آباد,15,88,51.01,35.80",
      "m4,مهرشهر,9,93,50.88,35.81",
      "m5,کمال‌شهر,17,84,,",
      "m6,ماهدشت,14,86,35.76,50.76",
    ].join("\n");
    const r = await run(["report", "m2.csv", "--out", "t.html"], { "m2.csv": csv });
    expect(r.code).toBe(0);
    expect(r.err).toContain("mahalleh report: مشخصاتی (--spec) داده نشد؛ ۲ ستون");
    const html = r.files.get("t.html") ?? "";
    // the file's name keeps its digits; the count is in Persian digits
    expect(html).toContain("<title>پروندهٔ m2.csv، ۶ واحد</title>");
    expect([...html.matchAll(/data-chart="(\w+)"/g)].map((m) => m[1])).toEqual(["ranked", "map", "contributions", "profile"]);
    // by hand (min–max, literacy reversed, equal weights): حصارک has the highest unemployment
    // and the lowest literacy, so it is rank 1; مهرشهر has the lowest and the highest, so it is last
    const table = html.slice(html.indexOf('<table class="ranking">'));
    const names = [...table.matchAll(/<tr[^>]*><td class="num">[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(names[0]).toBe("حصارک");
    expect(names.at(-1)).toBe("مهرشهر");
    // the four units with coordinates inside Iran are drawn; the other two are named with their reason
    const map = html.slice(html.indexOf('data-chart="map"'), html.indexOf("</figure>", html.indexOf('data-chart="map"')));
    expect(map.match(/aria-roledescription="circle"/g)?.length).toBe(4);
    expect(map).toContain("«کمال‌شهر» (m5) موقعیت ندارد");
    expect(map).toContain("CHARTS_SWAPPED_COORDINATES");
    expect(html).not.toContain('id="followup"');
    expect(html).not.toContain("پیگیری‌ها به تاریخ"); // nothing was judged on a date
  }, 120_000);

  it("stops, as score does, on a column whose direction it does not know", async () => {
    const r = await run(["report", "t.csv", "--out", "t.html", "--locale", "en"], { "t.csv": "id,name,x\na,گلشهر,1\nb,حصارک,3\n" });
    expect(r.code).toBe(1);
    expect(r.err).toContain('the direction of column "x" is unknown');
    expect(r.err).toContain("mahalleh report t.csv --spec spec.json");
    expect(r.files.size).toBe(0);
  });

  it("reads a spec with --spec and refuses one that still lacks a direction", async () => {
    const csv = "id,name,x,y\na,گلشهر,1,5\nb,حصارک,3,2\nc,مهرشهر,2,9\n";
    const spec = { indicators: [{ id: "x", dimension: "economy", direction: 1 }, { id: "y", dimension: "health", direction: -1 }] };
    const ok = await run(["report", "t.csv", "--spec", "s.json", "--out", "t.html"], { "t.csv": csv, "s.json": JSON.stringify(spec) });
    expect(ok.code).toBe(0);
    // x: b highest (worse), y: b lowest (worse, direction −1) → b is rank 1, c (x mid, y best) and a (x best) after
    const html = ok.files.get("t.html") ?? "";
    const table = html.slice(html.indexOf('<table class="ranking">'));
    expect([...table.matchAll(/<tr[^>]*><td class="num">[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => m[1])[0]).toBe("حصارک");
    const half = { indicators: [{ id: "x", dimension: "economy", direction: 1 }, { id: "y", dimension: "health" }] };
    const bad = await run(["report", "t.csv", "--spec", "s.json", "--out", "t.html"], { "t.csv": csv, "s.json": JSON.stringify(half) });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("CLI_SPEC_INCOMPLETE");
  });
});
