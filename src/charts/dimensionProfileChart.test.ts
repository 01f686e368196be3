import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dimensionProfileChart } from "./dimensionProfileChart";

type Unit = { id: string; score: number | null; dimensions: Record<string, number | null> };
const valuesOf = (units: Unit[], id: string, locale: "fa" | "en" = "en"): { dimension: string; value: number | null; median: number | null }[] =>
  (dimensionProfileChart({ units }, id, { locale }).data as { values: { dimension: string; value: number | null; median: number | null }[] }).values;

/** The median as a textbook writes it: the scored units' values, sorted, middle one or mean of the two. */
function bruteMedian(units: Unit[], d: string): number | null {
  const xs = units.filter((u) => u.score !== null).map((u) => u.dimensions[d]).filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const m = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? (xs[m] as number) : ((xs[m - 1] as number) + (xs[m] as number)) / 2;
}

describe("dimensionProfileChart", () => {
  it("marks the median of the scored units only, by hand", () => {
    const units: Unit[] = [
      { id: "a", score: 60, dimensions: { economy: 80, health: 10 } },
      { id: "b", score: 30, dimensions: { economy: 20, health: null } },
      { id: "c", score: 10, dimensions: { economy: 10, health: 30 } },
      { id: "d", score: null, dimensions: { economy: 99, health: 99 } }, // not scored: left out of the medians
    ];
    // economy: 10, 20, 80 → 20; health: 10, 30 → 20
    expect(valuesOf(units, "a")).toEqual([
      { dimension: "economy", value: 80, median: 20 },
      { dimension: "health", value: 10, median: 20 },
    ]);
  });

  it("says in which dimensions the unit is above the median (Persian)", () => {
    const units: Unit[] = [
      { id: "a", score: 60, dimensions: { economy: 80, health: 10 } },
      { id: "b", score: 30, dimensions: { economy: 20, health: 40 } },
    ];
    const spec = dimensionProfileChart({ units }, "a", { labels: { a: "گلشهر", economy: "اقتصاد و معیشت", health: "سلامت" } });
    expect(spec.description).toBe("امتیاز ابعاد گلشهر در برابر میانهٔ همهٔ واحدها. بالاتر از میانه در: اقتصاد و معیشت.");
  });

  it("gives the same medians as sorting each dimension's values (property)", () => {
    // doubles, and small integers for many ties (the quickselect's hard case)
    const value = fc.option(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 5 })), { nil: null });
    const unit = fc.record({ score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), x: value, y: value, z: value });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 300 }), (rows) => {
        const units: Unit[] = rows.map((r, i) => ({ id: `u${i}`, score: r.score, dimensions: { x: r.x, y: r.y, z: r.z } }));
        const got = valuesOf(units, "u0").map((v) => v.median);
        // == 0 for −0 and +0 alike (either may come first among equal values)
        expect(got.map((x) => (x === 0 ? 0 : x))).toEqual(["x", "y", "z"].map((d) => bruteMedian(units, d)).map((x) => (x === 0 ? 0 : x)));
      }),
      { numRuns: 300 },
    );
  });

  it("throws CHARTS_UNKNOWN_UNIT for a unit not in the result", () => {
    expect(() => dimensionProfileChart({ units: [] }, "z")).toThrow(expect.objectContaining({ code: "CHARTS_UNKNOWN_UNIT" }));
  });
});
