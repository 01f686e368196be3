import { describe, expect, it } from "vitest";
import { lazyFields, recordLayout } from "./_lazyRecord";

const columns = [new Float64Array([1, 2]), new Float64Array([3, Number.NaN])];
const layout = recordLayout<number | null>(["x", "__proto__"], (row, j) => {
  const v = (columns[j] as Float64Array)[row] as number;
  return v === v ? v : null;
});

describe("records are plain objects", () => {
  it("own data properties in key order, Object.prototype, __proto__ as an own key", () => {
    const r = layout.record(1);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(Object.keys(r)).toEqual(["x", "__proto__"]);
    expect(Object.entries(r)).toEqual([["x", 2], ["__proto__", null]]);
    expect(Object.getOwnPropertyDescriptor(r, "x")).toEqual({ value: 2, writable: true, enumerable: true, configurable: true });
    expect(JSON.stringify(r)).toBe('{"x":2,"__proto__":null}');
    expect(structuredClone(r)).toEqual(JSON.parse('{"x":2,"__proto__":null}'));
  });
});

describe("lazy fields: built on first read, then plain data", () => {
  let builds = 0;
  // made once, as in computeIndex: the context says which table, the row which record
  const attach = lazyFields<{ layout: typeof layout; tag: string }>({
    values: (context, row, unit) => {
      builds++;
      return { ...context.layout.record(row), tag: context.tag, id: (unit as { id: string }).id };
    },
  });
  const make = (row: number, tag = "t"): Record<string, unknown> => {
    const unit: Record<string, unknown> = { id: `u${row}` };
    attach(unit, { layout, tag }, row);
    unit["after"] = true;
    return unit;
  };

  it("nothing is built until read; the first read builds once and leaves a data property", () => {
    builds = 0;
    const u = make(0);
    expect(builds).toBe(0);
    expect(Object.keys(u)).toEqual(["id", "values", "after"]);
    expect(u["values"]).toEqual({ x: 1, ["__proto__"]: 3, tag: "t", id: "u0" });
    expect(u["values"]).toBe(u["values"]);
    expect(builds).toBe(1);
    expect(Object.getOwnPropertyDescriptor(u, "values")?.value).toBe(u["values"]);
  });

  it("structuredClone, JSON, spread, Object.entries and deep equality see plain data (the context and row stay hidden)", () => {
    const u = make(1);
    const plain = JSON.parse('{"id":"u1","values":{"x":2,"__proto__":null,"tag":"t","id":"u1"},"after":true}');
    expect(structuredClone(make(1))).toEqual(plain);
    expect(JSON.parse(JSON.stringify(make(1)))).toEqual(plain);
    expect({ ...make(1) }).toEqual(plain);
    expect(Object.entries(make(1)).map(([key]) => key)).toEqual(["id", "values", "after"]);
    expect(Reflect.ownKeys(make(1))).toEqual(["id", "values", "after"]);
    expect(Object.getPrototypeOf(make(1))).toBe(Object.prototype);
    expect(u).toEqual(plain);
    expect(Object.getOwnPropertySymbols(u)).toEqual([]);
  });

  it("targets of different calls keep their own context, read in any order", () => {
    const a = make(0, "first");
    const b = make(1, "second");
    const c = make(0, "third");
    expect((c["values"] as { tag: string }).tag).toBe("third");
    expect((a["values"] as { tag: string; x: number }).tag).toBe("first");
    expect(b["values"]).toEqual({ x: 2, ["__proto__"]: null, tag: "second", id: "u1" });
  });

  it("a write replaces the value without building it", () => {
    builds = 0;
    const u = make(0);
    u["values"] = { x: 10 };
    expect(u["values"]).toEqual({ x: 10 });
    expect(builds).toBe(0);
    expect(Object.keys(u)).toEqual(["id", "values", "after"]);
  });

  it("an accessor copied onto an object that was never attached reads as undefined, builds nothing", () => {
    builds = 0;
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(make(0))) as Record<string, unknown>;
    expect(copy["values"]).toBeUndefined();
    expect(builds).toBe(0);
  });
});

describe("computeIndex results are plain data", () => {
  it("structuredClone and JSON give the same values as reading the records", async () => {
    const { computeIndex } = await import("./computeIndex");
    const table = { ids: ["golshahr", "mehrshahr", "hesarak"], columns: { unemployment: [20, 8, 14], literacy: [70, 95, 80] } };
    const r = computeIndex(table, {
      indicators: [
        { id: "unemployment", dimension: "economy", direction: 1 },
        { id: "literacy", dimension: "education", direction: -1 },
      ],
    });
    const read = r.units.map((u) => ({ ...u, dimensions: { ...u.dimensions }, dimensionRanks: { ...u.dimensionRanks }, contributions: { ...u.contributions }, normalized: { ...u.normalized } }));
    expect(structuredClone(computeIndex(table, { indicators: [{ id: "unemployment", dimension: "economy", direction: 1 }, { id: "literacy", dimension: "education", direction: -1 }] }))).toEqual({ ...r, units: read });
    expect(JSON.parse(JSON.stringify(r.units))).toEqual(JSON.parse(JSON.stringify(read)));
    expect(r.units[2]?.contributions).toEqual({ unemployment: 25, literacy: 30 });
    expect(Object.keys(r.units[0]!)).toEqual(["id", "group", "score", "rank", "groupRank", "level", "dimensions", "dimensionRanks", "contributions", "normalized", "coverage"]);
  });
});

describe("computeIndex results of several calls", () => {
  it("each unit reads its own result's records, whichever call made it and in any order", async () => {
    const { computeIndex } = await import("./computeIndex");
    const spec = { indicators: [{ id: "x", dimension: "d", direction: 1 as const }] };
    // two tables with the same ids and different values: a record read from the wrong result would show
    const first = computeIndex({ ids: ["a", "b", "c"], columns: { x: [0, 5, 10] } }, spec);
    const second = computeIndex({ ids: ["a", "b", "c"], columns: { x: [10, 0, 2] } }, spec);
    expect(second.units.map((u) => u.normalized["x"])).toEqual([100, 0, 20]);
    expect(first.units.map((u) => u.normalized["x"])).toEqual([0, 50, 100]);
    expect(structuredClone(first.units[1])?.contributions).toEqual({ x: 50 });
    expect(JSON.parse(JSON.stringify(second.units[2])).dimensions).toEqual({ d: 20 });
  });
});

describe("computeIndex records follow the unit's id", () => {
  it("a unit whose id was changed before its records were read gets a coded error, not another unit's data", async () => {
    const { computeIndex } = await import("./computeIndex");
    const r = computeIndex({ ids: ["a", "b"], columns: { x: [1, 2] } }, { indicators: [{ id: "x", dimension: "d", direction: 1 }] });
    const unit = r.units[0] as { id: string; normalized: unknown };
    unit.id = "renamed";
    expect(() => unit.normalized).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
    expect(r.units[1]?.normalized).toEqual({ x: 100 });
  });
});
