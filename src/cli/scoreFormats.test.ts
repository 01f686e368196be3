/** `mahalleh score --format geojson`, and coverage / dimension scores in JSON and CSV (issue 16). */
import { describe, expect, it } from "vitest";
import { sampleDataset } from "../models/index";
import { computeIndex, tableFromObservations } from "../scoring/index";
import { runCli } from "./_testing";

const run = runCli;

const d = sampleDataset;
const direct = computeIndex(tableFromObservations(d.observations, { period: "1403", groupOf: Object.fromEntries(d.neighbourhoods.map((n) => [n.id, n.countyId])) }), {
  indicators: d.indicators.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction })),
});

describe("mahalleh score --format geojson", () => {
  it("writes a FeatureCollection of the sample with the library's numbers, rank order", async () => {
    const { code, out, err } = await run(["score", "--format", "geojson"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const fc = JSON.parse(out) as { type: string; features: { id: string; geometry: unknown; properties: Record<string, unknown> }[]; unlocated: string[] };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(66);
    expect(fc.unlocated).toEqual([]);
    const top = direct.units.find((u) => u.rank === 1)!;
    expect(fc.features[0]?.id).toBe(top.id);
    expect(fc.features[0]?.geometry).toEqual(d.neighbourhoods.find((n) => n.id === top.id)?.location);
    expect(fc.features[0]?.properties).toMatchObject({ score: top.score, rank: 1, coverage: top.coverage, dim_economy: top.dimensions["economy"] });
  });

  it("lists units of a dataset file without a valid location, naming them on stderr", async () => {
    const neighbourhoods = d.neighbourhoods.slice(0, 3).map((n, i) =>
      i === 0 ? { ...n, location: undefined } : i === 1 ? { ...n, location: { type: "Point", coordinates: [35.8, 50.9] } } : n,
    );
    const ids = new Set(neighbourhoods.map((n) => n.id));
    const file = JSON.stringify({ neighbourhoods, indicators: d.indicators, observations: d.observations.filter((o) => ids.has(o.neighbourhoodId)) });
    const { code, out, err } = await run(["score", "data.json", "--format", "geojson", "--locale", "en"], { "data.json": file });
    expect(code).toBe(0);
    const fc = JSON.parse(out) as { features: unknown[]; unlocated: string[] };
    expect(fc.features).toHaveLength(1);
    expect(new Set(fc.unlocated)).toEqual(new Set([neighbourhoods[0]!.id, neighbourhoods[1]!.id]));
    expect(err).toContain("2 units have no valid location");
    expect(err).toContain(`${neighbourhoods[1]!.nameFa}`);
    expect(err).toContain("CHARTS_SWAPPED_COORDINATES");
  });

  it("refuses an unknown format, naming geojson among the choices", async () => {
    const { code, err } = await run(["score", "--format", "kml", "--locale", "en"]);
    expect(code).toBe(2);
    expect(err).toContain("table, csv, json, md, geojson");
  });
});

describe("coverage and dimension scores in json and csv", () => {
  it("json: each unit has coverage, partial and its dimension scores", async () => {
    const units = (JSON.parse((await run(["score", "--format", "json"])).out) as { units: { id: string; coverage: number; partial: boolean; dimensions: Record<string, number | null> }[] }).units;
    for (const u of units) {
      const r = direct.units.find((x) => x.id === u.id)!;
      expect(u.coverage).toBe(r.coverage);
      expect(u.partial).toBe(r.coverage < 1);
      expect(u.dimensions).toEqual(r.dimensions);
    }
    // the sample's 1403 data has missing values, so some units are marked
    expect(units.some((u) => u.partial)).toBe(true);
  });

  it("csv: coverage, partial and one dim_ column per dimension", async () => {
    const [header, ...lines] = (await run(["score", "--format", "csv"])).out.trim().split("\n");
    const cols = header!.split(",");
    expect(cols.slice(11, 13)).toEqual(["coverage", "partial"]);
    expect(cols.filter((c) => c.startsWith("dim_")).map((c) => c.slice(4))).toEqual(Object.keys(direct.weights.dimensions));
    const partial = lines.filter((l) => l.split(",")[cols.indexOf("partial")] === "true").length;
    expect(partial).toBe(direct.units.filter((u) => u.coverage < 1).length);
  });
});
