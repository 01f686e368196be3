import { describe, expect, it } from "vitest";
import { computeIndex } from "../scoring/index";
import { compareGroups } from "./compareGroups";

const table = { ids: ["a", "b", "c", "d"], columns: { unemployment: [20, 10, 14, Number.NaN], literacy: [70, 90, 80, 85] } };
const result = computeIndex(table, {
  indicators: [
    { id: "unemployment", dimension: "work", direction: 1 },
    { id: "literacy", dimension: "education", direction: -1 },
  ],
});
const units = [
  { id: "a", provinceCode: "IR-30", countyId: "karaj", population: 3000 },
  { id: "b", provinceCode: "IR-30", countyId: "fardis", population: 1000 },
  { id: "c", provinceCode: "IR-07", countyId: "shiraz", population: 2000 },
  { id: "d", provinceCode: "IR-07", countyId: "shiraz", population: 500 },
];

describe("compareGroups", () => {
  it("population-weighted means equal Σw·x/Σw written out by hand", () => {
    const g = compareGroups(result, { by: "province", units, table });
    const score = (id: string) => result.units.find((u) => u.id === id)?.score as number;
    expect(g[0]).toMatchObject({ group: "IR-30", n: 2, scored: 2, population: 4000 });
    expect(g[0]?.score).toBeCloseTo((3000 * score("a") + 1000 * score("b")) / 4000, 12);
    expect(g[1]?.indicators["unemployment"]).toBe(14); // d has no value: left out of the mean
    expect(g[1]?.indicators["literacy"]).toBeCloseTo((2000 * 80 + 500 * 85) / 2500, 12);
  });

  it("groups by treated status and by county, with equal weights on request", () => {
    const g = compareGroups(result, { by: "treated", units, treated: ["a", "c"], weights: "equal", table });
    expect(g.map((x) => [x.group, x.n])).toEqual([
      ["treated", 2],
      ["comparison", 2],
    ]);
    expect(g[0]?.indicators["unemployment"]).toBe(17);
    expect(compareGroups(result, { by: "county", units }).map((x) => x.group)).toEqual(["karaj", "fardis", "shiraz"]);
  });

  it("refuses a zero population under population weights", () => {
    const bad = units.map((u) => (u.id === "b" ? { ...u, population: 0 } : u));
    expect(() => compareGroups(result, { by: "province", units: bad })).toThrow(expect.objectContaining({ code: "EVALUATION_ZERO_POPULATION" }));
  });
});
