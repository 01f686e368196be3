import * as vega from "vega";
import * as vl from "vega-lite";
import { describe, expect, it } from "vitest";
import { sampleDataset } from "../models/index";
import { sampleIndex } from "./_testing";
import { mapChart } from "./mapChart";
import { toGeoJSON } from "./toGeoJSON";

const level = { level: 1, fa: "بسیار محروم", en: "very deprived" };
const unit = (id: string, score: number | null, coverage = 1) => ({ id, score, rank: score === null ? null : 1, level: score === null ? null : level, coverage, dimensions: { economic: score } });
// a 0.01° square around Golshahr, Karaj (closed: last position = first)
const square = (lon: number, lat: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [lon, lat],
      [lon + 0.01, lat],
      [lon + 0.01, lat + 0.01],
      [lon, lat + 0.01],
      [lon, lat],
    ],
  ],
});

describe("toGeoJSON", () => {
  it("joins every sample unit to its centre with score, rank, level, coverage and dimension scores", () => {
    const { result } = sampleIndex();
    const fc = toGeoJSON(result, sampleDataset.neighbourhoods);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(66);
    expect(fc.unlocated).toEqual([]);
    for (const [i, f] of fc.features.entries()) {
      const u = result.units[i]!;
      const n = sampleDataset.neighbourhoods.find((x) => x.id === u.id)!;
      expect(f.id).toBe(u.id);
      expect(f.geometry).toEqual(n.location);
      expect(f.properties).toMatchObject({ id: u.id, nameFa: n.nameFa, score: u.score, rank: u.rank, level: u.level?.level, levelFa: u.level?.fa, coverage: u.coverage });
      for (const [d, v] of Object.entries(u.dimensions)) expect(f.properties[`dim_${d}`]).toBe(v);
      expect(f.properties.partial).toBe(u.coverage < 1);
    }
    // the sample has missing 1403 values, so some units are scored on partial data
    expect(fc.features.filter((f) => f.properties.partial).length).toBe(result.units.filter((u) => u.coverage < 1).length);
    expect(fc.features.some((f) => f.properties.partial)).toBe(true);
  });

  it("keeps polygons, and names each unit it cannot place with the reason", () => {
    const result = { units: [unit("poly", 80), unit("open", 70), unit("swapped", 60), unit("paris", 50), unit("none", 40), unit("norecord", 30), unit("twopoints", 20)] };
    const unclosed = square(50.93, 35.82);
    unclosed.coordinates[0]!.pop();
    const fc = toGeoJSON(result, [
      { id: "poly", nameFa: "گلشهر", location: square(50.93, 35.82) },
      { id: "open", nameFa: "حصارک", location: unclosed },
      { id: "swapped", nameFa: "مهرشهر", location: { type: "Point", coordinates: [35.83, 50.99] } },
      { id: "paris", nameFa: "پاریس", location: { type: "Point", coordinates: [2.35, 48.85] } },
      { id: "none", nameFa: "اسلام‌آباد" },
      { id: "twopoints", location: { type: "Polygon", coordinates: [[[50.9, 35.8], [50.9, 35.8]]] } },
    ]);
    expect(fc.features.map((f) => f.id)).toEqual(["poly"]);
    expect(fc.unlocated).toEqual(["open", "swapped", "paris", "none", "norecord", "twopoints"]);
    expect(fc.notes.map((n) => [n.unitId, n.code])).toEqual([
      ["open", "CHARTS_INVALID_GEOMETRY"],
      ["swapped", "CHARTS_SWAPPED_COORDINATES"],
      ["paris", "CHARTS_OUTSIDE_BOUNDS"],
      ["none", "CHARTS_NO_LOCATION"],
      ["norecord", "CHARTS_NO_LOCATION"],
      ["twopoints", "CHARTS_INVALID_GEOMETRY"],
    ]);
    expect(fc.notes[0]?.fa).toContain("حصارک");
    expect(fc.notes[0]?.en).toContain("not closed");
    expect(fc.notes[1]?.fa).toContain("مهرشهر");
  });

  it("judges a polygon by all its rings: swapped, partly outside, an unclosed hole (named by ring), a non-numeric position", () => {
    const swap = (g: ReturnType<typeof square>) => ({ ...g, coordinates: g.coordinates.map((r) => r.map(([x, y]) => [y, x])) });
    const hole = square(50.9, 35.8);
    const places = [
      { id: "swapped", nameFa: "گلشهر", location: swap(square(50.9, 35.8)) },
      // one corner across the Caspian's northern shore (latitude 40.5 > 39.8)
      { id: "partly", location: { type: "Polygon", coordinates: [[[50.9, 35.8], [51, 35.8], [51, 40.5], [50.9, 35.8]]] } },
      { id: "openHole", location: { type: "Polygon", coordinates: [hole.coordinates[0], [[50.901, 35.801], [50.905, 35.801], [50.905, 35.805], [50.901, 35.806]]] } },
      { id: "text", location: { type: "Polygon", coordinates: [[[50.9, 35.8], ["51", 35.8], [51, 35.9], [50.9, 35.8]]] } },
      { id: "ok", location: { type: "Polygon", coordinates: [hole.coordinates[0], [[50.901, 35.801], [50.905, 35.801], [50.905, 35.805], [50.901, 35.801]]] } },
    ];
    const fc = toGeoJSON({ units: places.map((p) => unit(p.id, 50)) }, places as never);
    expect(fc.features.map((f) => f.id)).toEqual(["ok"]);
    expect(fc.notes.map((n) => [n.unitId, n.code])).toEqual([
      ["swapped", "CHARTS_SWAPPED_COORDINATES"],
      ["partly", "CHARTS_OUTSIDE_BOUNDS"],
      ["openHole", "CHARTS_INVALID_GEOMETRY"],
      ["text", "CHARTS_INVALID_GEOMETRY"],
    ]);
    expect(fc.notes[0]?.fa).toBe("طول و عرض جغرافیایی «گلشهر» (swapped) جابه‌جا است (GeoJSON نخست طول را می‌خواهد)");
    expect(fc.notes[2]?.en).toBe('The location of "openHole" (openHole) is invalid: ring 2 is not closed (its last position differs from its first)');
    expect(fc.notes[3]?.en).toBe('The location of "text" (text) is invalid: ring 1 has fewer than 4 numeric positions');
  });

  it("throws CHARTS_INVALID_GEOMETRY with strict, naming the unit; a missing location is still only listed", () => {
    const result = { units: [unit("swapped", 60), unit("none", 40)] };
    expect(() => toGeoJSON(result, [{ id: "swapped", location: { type: "Point", coordinates: [35.83, 50.99] } }], { strict: true })).toThrow(
      expect.objectContaining({ code: "CHARTS_INVALID_GEOMETRY", details: { unitId: "swapped", reason: "CHARTS_SWAPPED_COORDINATES" } }),
    );
    expect(toGeoJSON({ units: [unit("none", 40)] }, [], { strict: true }).unlocated).toEqual(["none"]);
  });

  it("accepts other bounds", () => {
    const fc = toGeoJSON({ units: [unit("paris", 50)] }, [{ id: "paris", location: { type: "Point", coordinates: [2.35, 48.85] } }], { bounds: [-10, 35, 30, 60] });
    expect(fc.unlocated).toEqual([]);
  });

  it("marks a unit that was not scored as partial, with null score", () => {
    const fc = toGeoJSON({ units: [unit("a", null, 0.2)] }, [{ id: "a", location: { type: "Point", coordinates: [50.9, 35.8] } }]);
    expect(fc.features[0]?.properties).toMatchObject({ score: null, rank: null, level: null, levelFa: null, partial: true, coverage: 0.2 });
  });
});

describe("mapChart", () => {
  it("draws polygons as a choropleth and centres as points in one view, listing the rest", async () => {
    const result = { levels: [level], units: [unit("p1", 80), unit("p2", 60), unit("c1", 50), unit("x", 10)] };
    const spec = mapChart(result, [
      { id: "p1", nameFa: "گلشهر", location: square(50.93, 35.82) },
      { id: "p2", nameFa: "حصارک", location: square(50.95, 35.84) },
      { id: "c1", nameFa: "مهرشهر", location: { type: "Point", coordinates: [50.9, 35.8] } },
      { id: "x", nameFa: "اسلام‌آباد" },
    ]);
    expect((spec["layer"] as { mark: { type: string } }[]).map((l) => l.mark.type)).toEqual(["geoshape", "circle"]);
    expect((spec["title"] as { subtitle: string }).subtitle).toBe("بدون موقعیت معتبر (۱): اسلام‌آباد");
    expect(spec.usermeta.notes.map((n) => n.unitId)).toEqual(["x"]);
    const svg = await new vega.View(vega.parse(vl.compile(spec as unknown as vl.TopLevelSpec).spec), { renderer: "none" }).toSVG();
    expect(svg.match(/aria-roledescription="geoshape"/g)?.length).toBe(2);
    expect(svg.match(/aria-roledescription="circle"/g)?.length).toBe(1);
  });

  it("colours by score on request", () => {
    const spec = mapChart({ levels: [level], units: [unit("c1", 50)] }, [{ id: "c1", location: { type: "Point", coordinates: [50.9, 35.8] } }], { by: "score", locale: "en" });
    const layer = (spec["layer"] as { encoding: { color: { field: string; type: string } } }[])[0]!;
    expect(layer.encoding.color).toMatchObject({ field: "score", type: "quantitative" });
  });

  it("aggregates many units into a grid of at most `limit` cells, counting every unit once", () => {
    const units = Array.from({ length: 300 }, (_, i) => unit(`u${i}`, i % 100));
    const places = units.map((u, i) => ({ id: u.id, location: { type: "Point", coordinates: [50 + (i % 20) / 20, 35 + Math.floor(i / 20) / 20] } }));
    const spec = mapChart({ levels: [level], units }, places, { limit: 16, locale: "en" });
    const cells = (spec["data"] as { values: { count: number; score: number }[] }).values;
    expect(cells.length).toBeLessThanOrEqual(16);
    expect(cells.reduce((s, c) => s + c.count, 0)).toBe(300);
    expect(spec.usermeta.aggregated).toBe(true);
    expect((spec["title"] as { subtitle: string }).subtitle).toBe(`300 neighbourhoods aggregated into ${cells.length} grid cells (size = count, colour = mean score)`);
  });

  it("gives each grid cell the mean score of its units (brute force), polygons placed by their ring's centre", () => {
    // 4 × 4 cells over 50–51° E, 35–36° N: the corner units fix the box, each unit's cell is known
    const units = Array.from({ length: 40 }, (_, i) => unit(`u${i}`, i % 7 === 0 ? null : i));
    const where = (i: number): [number, number] => (i === 0 ? [50, 35] : i === 1 ? [51, 36] : [50 + ((i * 37) % 100) / 100, 35 + ((i * 53) % 100) / 100]);
    const places = units.map((u, i) => ({ id: u.id, location: i % 5 === 2 ? square(where(i)[0] - 0.005, where(i)[1] - 0.005) : { type: "Point", coordinates: where(i) } }));
    const spec = mapChart({ levels: [level], units }, places, { limit: 16, locale: "en" });
    const cells = (spec["data"] as { values: { lon: number; lat: number; count: number; score: number | null }[] }).values;
    const expected = new Map<string, number[]>();
    const counts = new Map<string, number>();
    units.forEach((u, i) => {
      const [lon, lat] = where(i);
      const key = `${Math.min(3, Math.floor((lon - 50) / 0.25))},${Math.min(3, Math.floor((lat - 35) / 0.25))}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (u.score !== null) expected.set(key, [...(expected.get(key) ?? []), u.score]);
    });
    expect(cells).toHaveLength(counts.size);
    for (const c of cells) {
      const key = `${Math.floor((c.lon - 50) / 0.25)},${Math.floor((c.lat - 35) / 0.25)}`;
      expect(c.count).toBe(counts.get(key));
      const scores = expected.get(key);
      if (scores === undefined) expect(c.score).toBeNull();
      else expect(c.score).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
    }
  });

  it("matches records by id whatever their order (the same spec for records in unit order, reversed, or with extras)", () => {
    const units = Array.from({ length: 30 }, (_, i) => unit(`u${i}`, i));
    const places = units.map((u, i) => ({ id: u.id, nameFa: `محله ${i}`, location: { type: "Point", coordinates: [50 + i / 100, 35 + i / 100] } }));
    for (const limit of [10, 5000]) {
      const inOrder = mapChart({ levels: [level], units }, places, { limit });
      expect(mapChart({ levels: [level], units }, [...places].reverse(), { limit })).toEqual(inOrder);
      expect(mapChart({ levels: [level], units }, [{ id: "other", location: { type: "Point", coordinates: [51, 36] } }, ...places], { limit })).toEqual(inOrder);
    }
    expect(toGeoJSON({ units }, [...places].reverse())).toEqual(toGeoJSON({ units }, places));
  });
});
