import { describe, expect, it } from "vitest";
import { recordLayout } from "./_lazyRecord";

const columns = [new Float64Array([1, 2]), new Float64Array([3, Number.NaN])];
const layout = recordLayout<number | null>(["x", "__proto__"], (row, j) => {
  const v = (columns[j] as Float64Array)[row] as number;
  return v === v ? v : null;
});

describe("lazy records behave as plain objects", () => {
  it("reads, in, keys, entries, spread, JSON and deep equality", () => {
    const r = layout.record(1);
    expect(r["x"]).toBe(2);
    expect("x" in r).toBe(true);
    expect("y" in r).toBe(false);
    expect(r["y"]).toBeUndefined();
    expect(Object.keys(r)).toEqual(["x", "__proto__"]);
    expect(Object.entries(r)).toEqual([["x", 2], ["__proto__", null]]);
    expect(JSON.stringify(r)).toBe('{"x":2,"__proto__":null}');
    const plain = { ...r };
    expect(Object.getOwnPropertyNames(plain)).toEqual(["x", "__proto__"]);
    expect(r).toEqual(JSON.parse('{"x":2,"__proto__":null}'));
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(r.constructor).toBe(Object);
    expect(String(r)).toBe("[object Object]");
  });

  it("can be written like a plain object (the values are copied first)", () => {
    const r = layout.record(0);
    r["x"] = 10;
    r["z"] = 5;
    expect({ ...r }).toEqual(JSON.parse('{"x":10,"__proto__":3,"z":5}'));
    delete r["z"];
    expect(Object.keys(r)).toEqual(["x", "__proto__"]);
    expect(layout.record(0)["x"]).toBe(1);
  });
});
