/**
 * Issue 11: wide-layout headers named like Object.prototype members, with empty cells, must
 * not invent observations (they used to read the prototype's member as the cell).
 */
import { describe, expect, it } from "vitest";
import { readCsv } from "./readCsv";
import { readJson } from "./readJson";

describe("wide layout with headers named like Object.prototype members", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "__defineGetter__"])("an empty «%s» cell gives no observation", (name) => {
    const table = readCsv(`شناسه محله,دوره,${name},x\nn1,1403,,12\nn2,1403,5,\n`, { layout: "wide" });
    const records = table.rows as Record<string, unknown>[];
    // n1: only the x value; n2: only the prototype-named one, with its own value.
    expect(records.map((r) => [r["neighbourhoodId"], r["indicatorId"], r["value"]])).toEqual([
      ["n1", "x", "12"],
      ["n2", name, "5"],
    ]);
    expect(records.every((r) => typeof r["value"] === "string")).toBe(true);
  });
});

describe("JSON-lines sniffing", () => {
  it("tells JSON lines from one document, with blank lines and a BOM around them", () => {
    expect(readJson('\uFEFF\n\n {"a":1}\n\n{"a":2}\n').rows).toEqual([{ a: 1 }, { a: 2 }]);
    expect(readJson('{"rows":[{"a":1}]}\n', { key: "rows" }).rows).toEqual([{ a: 1 }]);
    expect(readJson('[{"a":1},\n{"a":2}]').rows).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
