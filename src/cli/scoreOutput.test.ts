/**
 * `mahalleh score` prints from the index's columns (issue 18). The expected output is built
 * here a second way, from computeIndex's per-unit records, as the CLI did before.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIndex } from "../scoring/index";
import type { IndexSpec } from "../scoring/index";
import { csvCell } from "./_csvOut";
import { runCli } from "./_testing";

const NAMES = ["محلهٔ گلشهر", "Golshahr, east", '=HYPERLINK("x")', "", "كرج ۲", 'quote "q"', "-3.5", "@sum"];
const COUNTIES = ["کرج", "فردیس", "Nazarabad", ""];

interface Case {
  readonly csv: string;
  readonly spec: IndexSpec;
  readonly ids: string[];
  readonly names: string[];
  readonly counties: string[];
  readonly columns: Record<string, number[]>;
}

function makeCase(n: number, m: number, seed: number): Case {
  let s = seed >>> 0 || 7;
  const next = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const ids = Array.from({ length: n }, (_, i) => `u${i}`);
  const names = ids.map((_, i) => `${NAMES[Math.floor(next() * NAMES.length)]}${i}`);
  const counties = ids.map(() => COUNTIES[Math.floor(next() * COUNTIES.length)] as string);
  const columns: Record<string, number[]> = {};
  for (let j = 0; j < m; j++) columns[`x${j}`] = ids.map((_, i) => (i < 2 ? i * 10 : next() < 0.1 ? Number.NaN : Math.round(next() * 1000) / 10));
  const cell = (t: string): string => (/[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const header = ["id", "name", "county", ...Object.keys(columns)].join(",");
  const lines = ids.map((id, i) => [id, cell(names[i] as string), counties[i], ...Object.values(columns).map((c) => (Number.isNaN(c[i]) ? "" : String(c[i])))].join(","));
  const spec: IndexSpec = { indicators: Object.keys(columns).map((id, j) => ({ id, dimension: `d${j % 3}`, direction: j % 2 === 0 ? 1 : -1 })) };
  return { csv: `${header}\n${lines.join("\n")}\n`, spec, ids, names, counties, columns };
}

/** The CSV the CLI must print, from computeIndex's records (names folded as the CLI folds them). */
function expectedCsv(c: Case, fold: (i: number) => { name: string; group: string }): string {
  const result = computeIndex({ ids: c.ids, columns: c.columns, groups: c.ids.map((_, i) => fold(i).group) }, c.spec);
  const dims = Object.keys(result.weights.dimensions);
  const header = ["id", "name", "group", "score", "rank", "groupRank", "level", "levelLabel", "driver1", "driver2", "driver3", "coverage", "partial", ...dims.map((d) => `dim_${d}`)];
  const order = result.units.map((u, i) => ({ u, i })).sort((a, b) => (a.u.rank ?? Infinity) - (b.u.rank ?? Infinity) || a.i - b.i);
  const lines = order.map(({ u, i }) => {
    const drivers = Object.keys(result.weights.indicators)
      .map((id, j) => ({ id, j, c: u.contributions[id] as number }))
      .filter((x) => x.c > 0)
      .sort((a, b) => b.c - a.c || a.j - b.j)
      .slice(0, 3)
      .map((x) => x.id);
    const str = (x: number | null): string => (x === null ? "" : String(x));
    return [
      u.id,
      fold(i).name,
      fold(i).group,
      str(u.score),
      str(u.rank),
      str(u.groupRank),
      u.level === null ? "" : String(u.level.level),
      u.level === null ? "" : u.level.fa,
      drivers[0] ?? "",
      drivers[1] ?? "",
      drivers[2] ?? "",
      String(u.coverage),
      String(u.score === null || u.coverage < 1),
      ...dims.map((d) => str(u.dimensions[d] ?? null)),
    ]
      .map(csvCell)
      .join(",");
  });
  return `\uFEFF${header.join(",")}\n${lines.map((l) => `${l}\n`).join("")}`;
}

describe("mahalleh score from columns", () => {
  it("CSV output equals the one built from computeIndex's records, on random files", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 120 }), fc.integer({ min: 1, max: 6 }), fc.integer(), async (n, m, seed) => {
        const c = makeCase(n, m, seed);
        const files = { "x.csv": c.csv, "spec.json": JSON.stringify(c.spec) };
        const { code, out } = await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "csv"], files);
        expect(code).toBe(0);
        // names and counties as the CLI shows them, read from its JSON output (folding is tested elsewhere)
        const json = JSON.parse((await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "json"], files)).out) as { units: { id: string; name: string; group: string }[] };
        const shown = new Map(json.units.map((u) => [u.id, u]));
        expect(out).toBe(expectedCsv(c, (i) => ({ name: shown.get(c.ids[i] as string)?.name ?? "", group: shown.get(c.ids[i] as string)?.group ?? "" })));
      }),
      { numRuns: 40 },
    );
  });

  it("CSV output equals the records' construction across the writer's gathered blocks (16,384 lines each)", async () => {
    // 16,384 × 2 + 3 units: two full blocks and a part block, rank order far from input order
    const c = makeCase(16_384 * 2 + 3, 3, 20261130);
    const files = { "x.csv": c.csv, "spec.json": JSON.stringify(c.spec) };
    const { code, out } = await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "csv"], files);
    expect(code).toBe(0);
    const json = JSON.parse((await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "json"], files)).out) as { units: { id: string; name: string; group: string }[] };
    const shown = new Map(json.units.map((u) => [u.id, u]));
    expect(out).toBe(expectedCsv(c, (i) => ({ name: shown.get(c.ids[i] as string)?.name ?? "", group: shown.get(c.ids[i] as string)?.group ?? "" })));
  });

  it("JSON output has computeIndex's numbers and is valid JSON at any size", async () => {
    const c = makeCase(5000, 4, 11);
    const files = { "x.csv": c.csv, "spec.json": JSON.stringify(c.spec) };
    const { code, out } = await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "json"], files);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { excluded: string[]; units: { id: string; score: number | null; rank: number | null; coverage: number; dimensions: Record<string, number | null> }[] };
    const result = computeIndex({ ids: c.ids, columns: c.columns }, c.spec);
    expect(json.units).toHaveLength(5000);
    expect(json.excluded).toEqual(result.excluded);
    const byId = new Map(result.units.map((u) => [u.id, u]));
    for (const u of json.units) {
      const r = byId.get(u.id);
      expect(u.score).toBe(r?.score);
      expect(u.rank).toBe(r?.rank);
      expect(u.coverage).toBe(r?.coverage);
      expect(u.dimensions).toEqual(r?.dimensions);
    }
  });

  it("a table shows what fits the terminal and says how to get the rest; --top is obeyed silently", async () => {
    const c = makeCase(200, 3, 5);
    const files = { "x.csv": c.csv, "spec.json": JSON.stringify(c.spec) };
    const fits = await runCli(["score", "x.csv", "--spec", "spec.json", "--locale", "en"], files, { rows: 40 });
    expect(fits.code).toBe(0);
    // 40 rows − 12 for the title, header, rule and notes
    expect(fits.err).toContain("28 of 200 units shown; --top N for more, --format csv for all");
    const fa = await runCli(["score", "x.csv", "--spec", "spec.json"], files, { rows: 40 });
    expect(fa.err).toContain("۲۸ واحد از ۲۰۰ نشان داده شد");
    const top = await runCli(["score", "x.csv", "--spec", "spec.json", "--locale", "en", "--top", "5"], files, { rows: 40 });
    expect(top.err).not.toContain("units shown");
    // no terminal (a file or a pipe): every unit up to 10,000
    const all = await runCli(["score", "x.csv", "--spec", "spec.json", "--locale", "en"], files);
    expect(all.err).not.toContain("units shown");
    expect(all.out.split("\n").filter((l) => /^\u200e?\s*\d+(\.\d)?\s/.test(l))).toHaveLength(200);
  });

  it("--top N prints the first N units of the full output, drivers included (found for those units only)", async () => {
    const c = makeCase(300, 6, 13);
    const files = { "x.csv": c.csv, "spec.json": JSON.stringify(c.spec) };
    const all = await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "csv"], files);
    const top = await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "csv", "--top", "7"], files);
    expect(top.code).toBe(0);
    expect(top.out).toBe(`${all.out.split("\n").slice(0, 8).join("\n")}\n`);
    // the drivers are there: some of the first seven lines name one
    expect(top.out.split("\n").slice(1, 8).some((line) => /,x\d/.test(line))).toBe(true);
    const allJson = JSON.parse((await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "json"], files)).out) as { units: unknown[] };
    const topJson = JSON.parse((await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "json", "--top", "7"], files)).out) as { units: unknown[] };
    expect(topJson.units).toEqual(allJson.units.slice(0, 7));
  });

  it("duplicate ids are a coded data error naming the id, not a partial result", async () => {
    const c = makeCase(10, 2, 3);
    const csv = c.csv.replace("\nu5,", "\nu4,");
    const { code, err, out } = await runCli(["score", "x.csv", "--spec", "spec.json", "--format", "csv", "--locale", "en"], { "x.csv": csv, "spec.json": JSON.stringify(c.spec) });
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain('"u4"');
  });
});
