import { Dictionary, Float64, Int32, Int64, Table, Utf8, tableFromArrays, vectorFromArray } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { isMahallehError } from "../errors/MahallehError";
import { computeIndex } from "./computeIndex";
import { tableFromArrow } from "./tableFromArrow";

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return isMahallehError(error) ? { code: error.code, details: error.details } : `foreign: ${String(error)}`;
  }
  return "no error";
}

describe("tableFromArrow", () => {
  it("reads nulls as missing (NaN), not as the zeros Arrow stores under them", () => {
    const arrow = new Table({
      id: vectorFromArray(["a", "b", "c"], new Utf8()),
      x: vectorFromArray([1.5, null, 3], new Float64()),
      n: vectorFromArray([10n, null, 30n], new Int64()),
    });
    const { table } = tableFromArrow(arrow);
    expect(Array.from(table.columns["x"] as Float64Array)).toEqual([1.5, Number.NaN, 3]);
    expect(Array.from(table.columns["n"] as Float64Array)).toEqual([10, Number.NaN, 30]);
  });

  it("hands a Float64 column without nulls over without copying it", () => {
    const values = new Float64Array([1, 2, 3]);
    const arrow = tableFromArrays({ id: ["a", "b", "c"], x: values });
    const column = tableFromArrow(arrow).table.columns["x"] as Float64Array;
    expect(column.buffer).toBe(arrow.getChild("x")?.data[0]?.values.buffer);
  });

  it("decodes dictionary-encoded ids and groups, keeps Persian names, and scores like the same plain table", () => {
    const arrow = new Table({
      "شناسه": vectorFromArray(["n1", "n2", "n3"], new Dictionary(new Utf8(), new Int32())),
      "شهرستان": vectorFromArray(["کرج", "کرج", "فردیس"], new Dictionary(new Utf8(), new Int32())),
      "بیکاری": vectorFromArray([18.5, 12, 15], new Float64()),
      "سواد": vectorFromArray([82, 91, 88], new Int32()),
    });
    const { table } = tableFromArrow(arrow, { group: "شهرستان" });
    expect(table.ids).toEqual(["n1", "n2", "n3"]);
    expect(table.groups).toEqual(["کرج", "کرج", "فردیس"]);
    const spec = {
      indicators: [
        { id: "بیکاری", dimension: "economy", direction: 1 as const },
        { id: "سواد", dimension: "education", direction: -1 as const },
      ],
    };
    const plain = { ids: ["n1", "n2", "n3"], groups: ["کرج", "کرج", "فردیس"], columns: { "بیکاری": [18.5, 12, 15], "سواد": [82, 91, 88] } };
    expect(computeIndex(table, spec).units.map((u) => u.score)).toEqual(computeIndex(plain, spec).units.map((u) => u.score));
  });

  it("names a non-numeric indicator column, a duplicate id and an unknown column", () => {
    const arrow = tableFromArrays({ id: ["a", "a"], name: ["x", "y"], v: new Float64Array([1, 2]) });
    expect(codeOf(() => tableFromArrow(arrow, { indicators: ["name"] }))).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { column: "name" } });
    expect(codeOf(() => tableFromArrow(arrow))).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { id: "a", row: 1 } });
    expect(codeOf(() => tableFromArrow(arrow, { group: "county" }))).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { column: "county" } });
    expect(codeOf(() => tableFromArrow({} as never))).toMatchObject({ code: "INDEX_INVALID_TABLE" });
    expect(codeOf(() => tableFromArrow(null as never))).toMatchObject({ code: "INDEX_INVALID_TABLE" });
  });

  it("skips text columns by default and keeps the ones named as labels", () => {
    const arrow = tableFromArrays({ id: ["a", "b"], name: ["الف", "ب"], v: new Float64Array([1, 2]) });
    const r = tableFromArrow(arrow, { labels: ["name"] });
    expect(Object.keys(r.table.columns)).toEqual(["v"]);
    expect(r.labels["name"]).toEqual(["الف", "ب"]);
  });
});
