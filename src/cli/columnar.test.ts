/**
 * Issue 18: `mahalleh score` reads a CSV straight into typed columns; the result must be the
 * object path's (`fromRows`, which JSON rows still take), to the bit, on random tables.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizePersian } from "../text/index";
import { fromCsvColumns, fromRows } from "./_input";

const cell = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => x.toFixed(3)),
  fc.integer({ min: 0, max: 10_000 }).map((x) => String(x).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] as string)),
  fc.constant(""),
);

const file = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(",", ";", "\t"))
  .chain(([k, n, d]) =>
    fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }).map((rows) => {
      const indicators = ["نرخ بیکاری", "نرخ باسوادي", "crime-rate", "persons per room"].slice(0, k);
      const header = ["شناسه", "نام محله", "شهرستان", "جمعیت", ...indicators];
      const counties = ["كرج", "کرج", "فردیس", "شهرستان نظرآباد"];
      const body = rows.map((r, i) => [`n${i}`, `محلهٔ ${i}`, counties[i % 4], String(1000 + i), ...r]);
      return { header, body, delimiter: d };
    }),
  );

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

describe("the columnar CSV path of mahalleh score", () => {
  it("gives the object path's table, names, counties and roles, to the bit", async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ header, body, delimiter }) => {
        const text = `${[header, ...body].map((r) => r.join(delimiter)).join("\n")}\n`;
        const columnar = await fromCsvColumns(text, once(text), "x.csv", delimiter);
        // the row path reads headers normalised (Arabic ي/ك folded), as fromText gives them
        const names = header.map((h) => normalizePersian(h));
        const rows = body.map((r) => Object.fromEntries(names.map((h, j) => [h, r[j] as string])));
        const objects = fromRows(rows, names, { fa: "پروندهٔ x.csv", en: "file x.csv" }, undefined, delimiter !== ",");
        expect(columnar.table.ids).toEqual(objects.table.ids);
        expect(columnar.table.groups).toEqual(objects.table.groups);
        expect(Object.keys(columnar.table.columns)).toEqual(Object.keys(objects.table.columns));
        for (const [name, values] of Object.entries(objects.table.columns)) {
          const got = Array.from(columnar.table.columns[name] ?? []);
          Array.from(values).forEach((v, i) => expect(Object.is(got[i], v)).toBe(true));
        }
        for (const locale of ["fa", "en"] as const) {
          expect(columnar.table.ids.map((_, i) => columnar.unitName(i, locale))).toEqual(objects.table.ids.map((_, i) => objects.unitName(i, locale)));
        }
        expect([...columnar.groups]).toEqual([...objects.groups]);
        expect(columnar.roles).toEqual(objects.roles);
        expect(columnar.title).toEqual(objects.title);
      }),
      { numRuns: 150 },
    );
  });
});

describe("mahalleh score on a Parquet file", () => {
  it("reads names and counties as text, numeric columns as indicators, and ranks like the same CSV", async () => {
    const { runCli } = await import("./_testing");
    const parquet = await runCli(["score", "examples/data/neighbourhoods.parquet", "--format", "json"]);
    expect(parquet.code).toBe(0);
    // the same six neighbourhoods written by hand as CSV (examples/data/make-neighbourhoods-parquet.ts)
    const csv = [
      "id,name_fa,county,population,unemployment_rate,literacy_rate,persons_per_room",
      "alb-krj-001,شهرک ولیعصر,karaj,28400,18.5,82.1,1.9",
      "alb-krj-002,حصارک,karaj,41200,14.2,86.4,",
      "alb-frd-001,مشکین‌دشت,fardis,19800,16.8,84.0,1.6",
      "alb-nzr-001,محمدشهر,nazarabad,12600,12.1,89.3,1.2",
      "alb-sav-001,اسلام‌آباد,savojbolagh,9100,13.4,87.7,1.4",
      "alb-esh-001,کمال‌آباد,eshtehard,6400,20.3,79.5,2.1",
    ].join("\n");
    const fromCsv = await runCli(["score", "n.csv", "--format", "json"], { "n.csv": csv });
    expect(fromCsv.code).toBe(0);
    type Out = { units: { id: string; name: string; group: string; score: number; rank: number }[] };
    const a = (JSON.parse(parquet.out) as Out).units;
    const b = (JSON.parse(fromCsv.out) as Out).units;
    expect(a.map((u) => [u.id, u.name, u.group, u.rank])).toEqual(b.map((u) => [u.id, u.name, u.group, u.rank]));
    a.forEach((u, i) => expect(u.score).toBeCloseTo(b[i]?.score as number, 9));
    expect(a[0]?.name).toBe("کمال‌آباد");
  });
});
