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
        expect([...columnar.units]).toEqual([...objects.units]);
        expect([...columnar.groups]).toEqual([...objects.groups]);
        expect(columnar.roles).toEqual(objects.roles);
        expect(columnar.title).toEqual(objects.title);
      }),
      { numRuns: 150 },
    );
  });
});
