import { describe, expect, it } from "vitest";
import { compareIndices } from "./compareIndices";
import { computeIndex } from "./computeIndex";
import { tableFromObservations } from "./tableFromObservations";
import { tableFromRows } from "./tableFromRows";

const observations = [
  { neighbourhoodId: "golshahr", indicatorId: "unemployment", period: "1402", value: 22 },
  { neighbourhoodId: "golshahr", indicatorId: "unemployment", period: "1403", value: 18 },
  { neighbourhoodId: "mehrshahr", indicatorId: "unemployment", period: "1403", value: 9 },
  { neighbourhoodId: "mehrshahr", indicatorId: "unemployment", period: "1402", value: 10 },
  { neighbourhoodId: "hesarak", indicatorId: "unemployment", period: "1402", value: 12 },
  { neighbourhoodId: "hesarak", indicatorId: "unemployment", period: "1403", value: 25 },
  { neighbourhoodId: "golshahr", indicatorId: "literacy", period: "1403", value: null },
  { neighbourhoodId: "hesarak", indicatorId: "literacy", period: "1403", value: 81 },
];

describe("tableFromObservations", () => {
  it("pivots one period into columns, NaN for gaps, first-seen order", () => {
    const t = tableFromObservations(observations, { period: "1403" });
    expect(t.ids).toEqual(["golshahr", "mehrshahr", "hesarak"]);
    expect(Array.from(t.columns["unemployment"] ?? [])).toEqual([18, 9, 25]);
    expect(Array.from(t.columns["literacy"] ?? [])).toEqual([NaN, NaN, 81]);
  });

  it("takes a unit order, groups from a function, and a subset of indicators", () => {
    const t = tableFromObservations(observations, { period: "1402", ids: ["hesarak", "golshahr"], groupOf: (id) => (id === "hesarak" ? "fardis" : "karaj"), indicators: ["unemployment"] });
    expect(t.ids).toEqual(["hesarak", "golshahr"]);
    expect(t.groups).toEqual(["fardis", "karaj"]);
    expect(Object.keys(t.columns)).toEqual(["unemployment"]);
    expect(Array.from(t.columns["unemployment"] ?? [])).toEqual([12, 22]);
  });

  it("indicator ids that are Object.prototype names are plain columns", () => {
    const t = tableFromObservations(
      [
        { neighbourhoodId: "a", indicatorId: "constructor", period: "1403", value: 1 },
        { neighbourhoodId: "b", indicatorId: "__proto__", period: "1403", value: 2 },
      ],
      { period: "1403" },
    );
    expect(Object.keys(t.columns)).toEqual(["constructor", "__proto__"]);
    expect(Array.from(t.columns["constructor"] ?? [])).toEqual([1, NaN]);
    const scored = computeIndex({ ids: ["a", "b"], columns: t.columns }, { indicators: [{ id: "__proto__", dimension: "__proto__", direction: 1, goalposts: { min: 0, max: 4 } }], normalization: "goalposts" });
    expect(Object.getPrototypeOf(scored.units[0]?.contributions)).toBe(Object.prototype);
    expect(Object.keys(scored.units[0]?.contributions ?? {})).toEqual(["__proto__"]);
    expect(() => computeIndex({ ids: ["a"], columns: {} }, { indicators: [{ id: "toString", dimension: "d", direction: 1 }] })).toThrow(expect.objectContaining({ code: "INDEX_UNKNOWN_INDICATOR" }));
  });

  it("errors: unknown period (lists the available ones), duplicates, no period", () => {
    expect(() => tableFromObservations(observations, { period: "1401" })).toThrow(expect.objectContaining({ code: "INDEX_PERIOD_NOT_FOUND", details: expect.objectContaining({ available: ["1402", "1403"] }) }));
    expect(() => tableFromObservations([...observations, observations[0]!], { period: "1402" })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
    expect(() => tableFromObservations(observations, {} as { period: string })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});

describe("tableFromRows", () => {
  it("reads numbers and numeric strings, blanks become NaN, errors name the cell", () => {
    const t = tableFromRows([{ code: 7, x: "1.5", y: "" }, { code: 8, x: 2, y: 3 }], { id: "code", indicators: ["x", "y"] });
    expect(t.ids).toEqual(["7", "8"]);
    expect(Array.from(t.columns["x"] ?? [])).toEqual([1.5, 2]);
    expect(Array.from(t.columns["y"] ?? [])).toEqual([NaN, 3]);
    expect(() => tableFromRows([{ id: "a", x: "twelve" }], { indicators: ["x"] })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE", details: { row: 0, field: "x" } }));
    expect(() => tableFromRows([{ x: 1 }])).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
  });
});

describe("tableFromObservations: a value is a number, null or NaN (never a silent loss)", () => {
  const obs = (value: unknown) => [
    { neighbourhoodId: "golshahr", indicatorId: "unemployment", period: "1403", value: 18 },
    { neighbourhoodId: "hesarak", indicatorId: "unemployment", period: "1403", value },
  ];
  it("±Infinity is refused, naming the neighbourhood, indicator and period", () => {
    for (const v of [Infinity, -Infinity]) {
      let caught: unknown;
      try {
        tableFromObservations(obs(v) as never, { period: "1403" });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: "INDEX_INVALID_TABLE", details: { neighbourhoodId: "hesarak", indicatorId: "unemployment" } });
      expect((caught as Error).message).toContain("1403");
      expect((caught as { messages: { fa: string } }).messages.fa).toContain("«hesarak»");
      expect((caught as { messages: { fa: string } }).messages.fa).toContain("∞");
    }
  });
  it("a string, a boolean or undefined is refused; null and NaN are missing", () => {
    for (const v of ["18", true, undefined, {}]) expect(() => tableFromObservations(obs(v) as never, { period: "1403" })).toThrow(expect.objectContaining({ code: "INDEX_INVALID_TABLE" }));
    for (const v of [null, Number.NaN]) expect(Array.from(tableFromObservations(obs(v) as never, { period: "1403" }).columns["unemployment"] ?? [])).toEqual([18, Number.NaN]);
    // -0 and the extremes of the doubles are kept as they are
    for (const v of [-0, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE]) expect(Object.is(tableFromObservations(obs(v) as never, { period: "1403" }).columns["unemployment"]?.[1], v)).toBe(true);
  });
});

describe("compareIndices: change between 1402 and 1403", () => {
  it("scores on fixed goalposts are comparable; ranks move", () => {
    const spec = { indicators: [{ id: "unemployment", dimension: "economy", direction: 1 as const, goalposts: { min: 0, max: 50 } }], normalization: "goalposts" as const };
    const before = computeIndex(tableFromObservations(observations, { period: "1402" }), spec);
    const after = computeIndex(tableFromObservations(observations, { period: "1403" }), spec);
    const changes = compareIndices(before, after);
    // hesarak: 12 → 25 on 0–50 goalposts = 24 → 50 (+26), rank 2 → 1
    const hesarak = changes.find((c) => c.id === "hesarak");
    expect(hesarak?.scoreChange).toBeCloseTo(26, 12);
    expect(hesarak).toMatchObject({ rankBefore: 2, rankAfter: 1, rankChange: 1 });
    const golshahr = changes.find((c) => c.id === "golshahr");
    expect(golshahr).toMatchObject({ rankBefore: 1, rankAfter: 2, rankChange: -1 });
    expect(golshahr?.scoreChange).toBeCloseTo(-8, 12);
  });

  it("units present in one period only keep null changes", () => {
    const spec = { indicators: [{ id: "x", dimension: "d", direction: 1 as const }] };
    const before = computeIndex({ ids: ["a", "b"], columns: { x: [1, 2] } }, spec);
    const after = computeIndex({ ids: ["b", "c"], columns: { x: [1, 2] } }, spec);
    expect(compareIndices(before, after).map((c) => [c.id, c.rankChange])).toEqual([["b", -1], ["c", null], ["a", null]]);
    expect(() => compareIndices(before, {} as never)).toThrow(expect.objectContaining({ code: "INDEX_INVALID_OPTIONS" }));
  });
});
