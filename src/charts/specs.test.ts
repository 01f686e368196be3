/**
 * Every chart of the sample, in Persian and English: valid against Vega-Lite's own JSON
 * schema (`vega-lite/build/vega-lite-schema.json`), compiled by vega-lite, rendered by vega to
 * SVG with the expected number of marks, and equal to its golden file. Golden files change
 * only on purpose: `MAHALLEH_UPDATE_GOLDEN=1 npx vitest run … src/charts/specs.test.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv";
import * as vega from "vega";
import * as vl from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleDataset } from "../models/index";
import { sampleCharts } from "./_testing";
import type { VegaLiteSpec } from "./VegaLiteSpec";

const require = createRequire(import.meta.url);
const vlDir = require.resolve("vega-lite").replace(/build[\\/].*$/, "");
const schema = JSON.parse(readFileSync(`${vlDir}build/vega-lite-schema.json`, "utf8")) as object;
// Ajv knows no formats without ajv-formats: it ignored the schema's "uri" and "color-hex"
// while printing a warning for each to the test output; `validateFormats: false` ignores them quietly.
const validate = new Ajv({ strict: false, allErrors: false, allowUnionTypes: true, validateFormats: false }).compile(schema);
const golden = new URL("./__golden__/", import.meta.url);
const update = process.env["MAHALLEH_UPDATE_GOLDEN"] === "1";

async function render(spec: VegaLiteSpec): Promise<string> {
  const view = new vega.View(vega.parse(vl.compile(spec as unknown as vl.TopLevelSpec).spec), { renderer: "none" });
  return view.toSVG();
}

/** Marks of one kind in Vega's SVG: `<g class="mark-rect role-mark …">…</g>` holds one child per datum. */
function markCount(svg: string, kind: string): number {
  let count = 0;
  const re = new RegExp(`<g class="mark-${kind} role-mark [^"]*"[^>]*>(.*?)</g>`, "g");
  for (const m of svg.matchAll(re)) count += ((m[1] as string).match(/<(path|line|rect|circle)\b/g) ?? []).length;
  return count;
}

describe.each(["fa", "en"] as const)("charts of the sample (%s)", (locale) => {
  let charts: Record<string, VegaLiteSpec>;
  beforeAll(() => {
    charts = sampleCharts(locale);
  });

  it("validates every spec against the Vega-Lite JSON schema", () => {
    for (const [name, spec] of Object.entries(charts)) {
      const ok = validate(JSON.parse(JSON.stringify(spec)));
      expect({ name, errors: ok ? null : validate.errors?.slice(0, 3) }).toEqual({ name, errors: null });
    }
  });

  it("has a schema validator that rejects a wrong spec (so the check above means something)", () => {
    expect(validate({ ...charts["ranked"], mark: "barz" })).toBe(false);
    expect(validate({ ...charts["ranked"], encoding: { x: { field: "score", type: "quantitive" } } })).toBe(false);
  });

  it("gives every chart a description and notes", () => {
    for (const spec of Object.values(charts)) {
      expect(spec.description.length).toBeGreaterThan(40);
      expect(Array.isArray(spec.usermeta.notes)).toBe(true);
    }
  });

  it("compiles and renders each spec with the expected number of marks", async () => {
    const svg = Object.fromEntries(await Promise.all(Object.entries(charts).map(async ([k, s]) => [k, await render(s)] as const)));
    // 25 bars (limit), 25 interval lines, points and ticks
    expect(markCount(svg["ranked"] as string, "rect")).toBe(25);
    expect(markCount(svg["intervals"] as string, "rule")).toBe(25);
    expect(markCount(svg["intervals"] as string, "symbol")).toBe(25); // median dots
    expect(markCount(svg["intervals"] as string, "rect")).toBe(25); // nominal-rank ticks
    expect(markCount(svg["map"] as string, "symbol")).toBe(66);
    const contributions = charts["contributions"] as VegaLiteSpec;
    expect(markCount(svg["contributions"] as string, "rect")).toBe((contributions["data"] as { values: unknown[] }).values.length);
    expect(markCount(svg["schedule"] as string, "rect")).toBe(((charts["schedule"] as VegaLiteSpec)["data"] as { values: unknown[] }).values.length);
    for (const text of Object.values(svg)) expect(text).toMatch(/^<svg/);
    if (locale === "fa") {
      // Persian digits on the axes, no Latin digit in any label
      const labels = [...(svg["ranked"] as string).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
      expect(labels.some((l) => /[۰-۹]/.test(l))).toBe(true);
      expect(labels.filter((l) => /[0-9]/.test(l))).toEqual([]);
      // the tooltips, as Vega writes them into each mark's aria-label («امتیاز: ۸۷٫۵; رتبه: ۱»): Persian digits only
      for (const key of ["ranked", "intervals", "map", "profile", "schedule"]) {
        const marks = [...(svg[key] as string).matchAll(/<(?:path|line|rect|circle)\b[^>]*aria-label="([^"]*)"/g)].map((m) => m[1] as string);
        expect(marks.length, key).toBeGreaterThan(0);
        // (a field name such as p95 is a Latin word, not a number)
        expect(marks.filter((l) => !/[۰-۹]/.test(l) || /[0-9]/.test(l.replace(/\b[a-z]+[0-9]+\b/g, ""))), key).toEqual([]);
      }
    }
  });

  it("matches the golden files (regenerated only with MAHALLEH_UPDATE_GOLDEN=1)", () => {
    if (update) mkdirSync(golden, { recursive: true });
    for (const [name, spec] of Object.entries(charts)) {
      const file = new URL(`${name}.${locale}.json`, golden);
      const text = `${JSON.stringify(spec, null, 1)}\n`;
      if (update) writeFileSync(file, text);
      expect(existsSync(file), `${file.pathname} missing: run with MAHALLEH_UPDATE_GOLDEN=1`).toBe(true);
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
    }
  });
});

it("draws all 66 sample neighbourhoods on the map, as points (the sample knows centres only)", async () => {
  const spec = sampleCharts("en")["map"] as VegaLiteSpec;
  const layers = spec["layer"] as { mark: { type: string }; data: { values: unknown[] } }[];
  expect(layers.map((l) => l.mark.type)).toEqual(["circle"]);
  expect(layers[0]?.data.values.length).toBe(sampleDataset.neighbourhoods.length);
  const svg = await render(spec);
  expect(markCount(svg, "symbol")).toBe(66);
});
