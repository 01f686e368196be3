/**
 * The browser suite (issue 16): every subpath bundled for the browser with esbuild
 * (`--platform=browser`, so a Node built-in fails the build), loaded in real Chromium — the
 * system's `chromium` (Debian package) driven by playwright-core, never a downloaded browser —
 * and run through a smoke test whose results must equal Node's; then the report of the
 * sample opened in Chromium: no console error, RTL, every chart's SVG drawn with the expected
 * number of marks, and a screenshot saved under `test-output/browser/` for a person to look at.
 *
 * `MAHALLEH_UPDATE_DOCS=1` also rewrites the chart images of `docs/charts.md`
 * (`docs/images/charts/*.png`) from the same report — on purpose only.
 *
 * Chromium is looked for at `$CHROMIUM_PATH`, `/usr/bin/chromium`, `/usr/bin/chromium-browser`;
 * without one the suite is skipped with a message saying how to install it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realMain } from "../../src/cli/run";

const root = fileURLToPath(new URL("../../", import.meta.url));
const out = `${root}test-output/browser/`;
const docsImages = `${root}docs/images/charts/`;
const executable = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p !== undefined && p !== "" && existsSync(p));
if (executable === undefined) {
  console.warn("browser suite SKIPPED: no Chromium found (set CHROMIUM_PATH, or `apt-get install -y chromium` on Debian/Ubuntu)");
}

type Smoke = (m: any) => unknown;

/** One smoke test per subpath: plain functions, serialised into the page (no closures). */
const SMOKE: Record<string, Smoke> = {
  jalali: (m) => [m.toDayNumber({ year: 1403, month: 12, day: 27 }), m.formatJalali(m.fromDayNumber(20_164), "yyyy/MM/dd", { digits: "persian" }), m.parseJalali("۱۴۰۳/۱۲/۲۷")],
  text: (m) => [m.toPersianDigits("1403"), m.numberToWords(1403), m.normalizePersian("كيك")],
  models: (m) => [m.sampleDataset.neighbourhoods.length, m.NeighbourhoodSchema.safeParse(m.sampleDataset.neighbourhoods[0]).success, m.findProvince("البرز")?.code],
  validation: (m) => {
    const report = m.validateRecords(m.MODEL_SCHEMAS.agency, [{ id: "x" }, {}]);
    return [report.valid.length, report.invalid.length, typeof m.formatReport];
  },
  scoring: (m) => {
    // typed columns of 5,000 units: the audit's WebAssembly SIMD Gram kernel runs in the page
    // (integer arithmetic and correctly rounded division only: Math.sin differs between V8 versions)
    const n = 5_000;
    const columns = Object.fromEntries(["p", "q", "r", "s", "t"].map((id, j) => [id, Float64Array.from({ length: n }, (_, i) => ((i * i * (j + 3)) % 997) / 7 + ((i * 7919 + j * 104_729) % 1000) / 10)]));
    const table = { ids: Array.from({ length: n }, (_, i) => `u${i}`), columns };
    const ids = Object.keys(columns);
    return [
      m.computeIndex({ ids: ["a", "b", "c"], columns: { x: [20, 8, 14], y: [70, 95, 80] } }, { indicators: [{ id: "x", dimension: "e", direction: 1 }, { id: "y", dimension: "s", direction: -1 }] }).units.map((u: any) => [u.score, u.rank]),
      m.principalComponents(table, ids).eigenvalues,
      m.indicatorCorrelations(table, { indicators: ids.map((id, j) => ({ id, dimension: "d", direction: j === 1 ? -1 : 1 })) }, { coherence: false }).r,
      // uncertainty's WebAssembly SIMD weighted means (the same bits as Node's), with the columns
      // laid out in the nominal order (12 runs) and made block by block from the raw ones (4 runs)
      m.uncertainty(table, { indicators: ids.map((id, j) => ({ id, dimension: `d${j % 2}`, direction: j === 1 ? -1 : 1 })) }, { runs: 12, seed: 3, bootstrap: 0 }).units.slice(0, 50),
      m.uncertainty(table, { indicators: ids.map((id, j) => ({ id, dimension: `d${j % 2}`, direction: j === 1 ? -1 : 1 })) }, { runs: 4, seed: 3, sensitivity: false }).units.slice(0, 50),
    ];
  },
  planning: (m) => [typeof m.isMahallehError, m.isMahallehError(new m.MahallehError("INTERNAL", { fa: "خطا", en: "error" }))],
  monitoring: (m) => [typeof m.isMahallehError, m.isMahallehError(new Error("x"))],
  evaluation: (m) => [typeof m.isMahallehError, m.isMahallehError(null)],
  charts: (m) => {
    const result = { levels: [{ fa: "محروم", en: "deprived" }], units: [{ id: "a", score: 70, rank: 1, level: { level: 1, fa: "محروم", en: "deprived" }, coverage: 1, dimensions: { e: 70 }, contributions: { x: 70 } }] };
    return [m.rankedIndexChart(result), m.levelColors(5)];
  },
  "charts/map": (m) => {
    const result = { levels: [{ fa: "محروم", en: "deprived" }], units: [{ id: "a", score: 70, rank: 1, level: { level: 1, fa: "محروم", en: "deprived" }, coverage: 1, dimensions: { e: 70 }, contributions: { x: 70 } }] };
    const located = [{ id: "a", location: { type: "Point", coordinates: [50.93, 35.82] } }];
    return [m.toGeoJSON(result, located), m.mapChart(result, located)];
  },
  "charts/monitoring": (m) => [
    m.scheduleChart([{ id: "i1", plannedStart: { year: 1403, month: 1, day: 1 }, plannedEnd: { year: 1403, month: 6, day: 31 } }], { asOf: { year: 1403, month: 12, day: 27 } }),
    m.kpiProgressChart([{ id: "k1", share: 0.4 }]),
    m.followUpChart([{ agencyId: "a1", state: "overdue", workingDaysOverdue: 12 }]),
  ],
  "": (m) => [m.toDayNumber({ year: 1403, month: 12, day: 27 }), m.toPersianDigits("66"), typeof m.computeIndex, typeof m.rankedIndexChart, typeof m.mapChart, typeof m.followUpChart],
};

/** Subpaths that do not bundle for the browser, with why (none since issue 11 made validation browser-safe). */
const EXPECTED_TO_FAIL: Record<string, string> = {};

/** The source entry of a subpath: "" → src/index.ts, "x" → src/x/index.ts, "x/y" → src/x/y.ts. */
const entryOf = (subpath: string): string => `${root}src/${subpath === "" ? "index.ts" : subpath.includes("/") ? `${subpath}.ts` : `${subpath}/index.ts`}`;

async function bundle(subpath: string): Promise<string> {
  const entry = entryOf(subpath);
  // highs (mahalleh/planning's solver) is imported lazily and left to the app's bundler: its
  // ESM build loads its WebAssembly through Node's module API
  const result = await build({ entryPoints: [entry], bundle: true, platform: "browser", format: "iife", globalName: "M", write: false, logLevel: "silent", target: "es2022", external: ["highs"] });
  return result.outputFiles[0]?.text ?? "";
}

describe.skipIf(executable === undefined)("in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    browser = await chromium.launch({ executablePath: executable as string, args: ["--no-sandbox", "--disable-gpu"] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(Object.keys(SMOKE))("mahalleh%s", (name) => {
    const subpath = name === "" ? "" : name;
    const label = subpath === "" ? "mahalleh" : `mahalleh/${subpath}`;
    const test = subpath in EXPECTED_TO_FAIL ? it.fails : it;
    test(`bundles for the browser and gives Node's results (${label})`, async () => {
      const code = await bundle(subpath);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.setContent("<!doctype html><meta charset=utf-8><body></body>");
      await page.addScriptTag({ content: code });
      const smoke = SMOKE[name] as Smoke;
      const inBrowser = await page.evaluate(`(${smoke.toString()})(globalThis.M)`);
      const inNode = JSON.parse(JSON.stringify(smoke(await import(entryOf(subpath))))) as unknown;
      await page.close();
      expect(errors).toEqual([]);
      expect(inBrowser).toEqual(inNode);
    }, 120_000);
  });

  describe("the report of the sample", () => {
    let page: Page;
    const errors: string[] = [];
    beforeAll(async () => {
      const files = new Map<string, string>();
      const io = { stdout: () => undefined, stderr: () => undefined, writeFile: async (p: string, t: string) => void files.set(p, t) };
      expect(await realMain(["report", "--out", "report.html", "--runs", "50"], io)).toBe(0);
      writeFileSync(`${out}report.html`, files.get("report.html") ?? "");
      page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (r) => void (r.url().startsWith("file:") || errors.push(`network request: ${r.url()}`)));
      await page.goto(`file://${out}report.html`);
    }, 180_000);

    it("opens without console errors or network requests, right to left", async () => {
      expect(errors).toEqual([]);
      expect(await page.evaluate("[document.documentElement.dir, getComputedStyle(document.body).direction]")).toEqual(["rtl", "rtl"]);
    });

    it("draws every chart as a non-empty SVG with the expected number of marks", async () => {
      // counted in the page: the drawn items (role="graphics-symbol") of each kind of mark, per figure
      const marks = (await page.evaluate(`Object.fromEntries([...document.querySelectorAll("figure.chart")].map((f) => {
        const box = f.querySelector("svg").getBoundingClientRect();
        const count = (kind) => f.querySelectorAll("g.mark-" + kind + ".role-mark [role=graphics-symbol]").length;
        return [f.dataset.chart, { w: Math.round(box.width), h: Math.round(box.height), rect: count("rect"), symbol: count("symbol"), rule: count("rule") }];
      }))`)) as Record<string, { w: number; h: number; rect: number; symbol: number; rule: number }>;
      expect(Object.keys(marks)).toEqual(["ranked", "map", "contributions", "profile", "intervals", "schedule", "kpis", "followUp"]);
      for (const m of Object.values(marks)) expect(m.w * m.h).toBeGreaterThan(100 * 100);
      expect(marks["ranked"]).toMatchObject({ rect: 30 }); // the 30 most deprived
      expect(marks["map"]).toMatchObject({ symbol: 66 }); // every sample neighbourhood has a centre
      expect(marks["intervals"]).toMatchObject({ rule: 30, symbol: 30 });
      expect(marks["profile"]).toMatchObject({ rect: 2 * 8 }); // 8 dimension bars + 8 median ticks
    });

    it("shows Persian digits on the axes and an accessible description of each chart", async () => {
      const texts = (await page.evaluate(`[...document.querySelectorAll('figure[data-chart="ranked"] svg text')].map((t) => t.textContent)`)) as string[];
      expect(texts.some((t) => /[۰-۹]/.test(t))).toBe(true);
      expect(texts.filter((t) => /[0-9]/.test(t))).toEqual([]);
      const labels = (await page.evaluate(`[...document.querySelectorAll("figure.chart > .svg > svg")].map((s) => s.getAttribute("aria-label") ?? "")`)) as string[];
      for (const l of labels) expect(l.length).toBeGreaterThan(20);
    });

    it("saves a screenshot of the report (and, on purpose, the docs' chart images)", async () => {
      await page.screenshot({ path: `${out}report.png`, fullPage: true });
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: `${out}report.pdf`, format: "A4" });
      await page.emulateMedia({ media: "screen" });
      if (process.env["MAHALLEH_UPDATE_DOCS"] === "1") {
        mkdirSync(docsImages, { recursive: true });
        for (const key of ["ranked", "map", "contributions", "profile", "intervals", "schedule", "kpis", "followUp"]) {
          await page.locator(`figure[data-chart="${key}"] svg`).screenshot({ path: `${docsImages}${key}.png` });
        }
      }
      expect(existsSync(`${out}report.png`)).toBe(true);
      for (const key of ["ranked", "map", "contributions", "profile", "intervals", "schedule", "kpis", "followUp"]) expect(existsSync(`${docsImages}${key}.png`), `${key}.png: run with MAHALLEH_UPDATE_DOCS=1`).toBe(true);
    }, 120_000);
  });
});
