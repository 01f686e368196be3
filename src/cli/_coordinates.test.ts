/** Coordinates read from a CSV's longitude/latitude columns for `score --format geojson` (issue 16). */
import { describe, expect, it } from "vitest";
import { classifyColumn } from "./_columns";
import { coordinateAxis, coordinateColumns, pointAt } from "./_coordinates";
import { runCli } from "./_testing";

describe("coordinate headers", () => {
  it("knows English and Persian longitude/latitude headers, spelt loosely", () => {
    for (const h of ["lon", "LNG", "Longitude", "longitude (deg)", "طول جغرافیایی", "طول‌جغرافیایی", "طول_جغرافیايي"]) expect(coordinateAxis(h), h).toBe("lon");
    for (const h of ["lat", "Latitude", "عرض جغرافیایی", "عرض  جغرافیایی (درجه)"]) expect(coordinateAxis(h), h).toBe("lat");
  });

  it("takes no ambiguous name for a coordinate", () => {
    for (const h of ["x", "y", "طول", "عرض", "long", "length", "lattice"]) expect(coordinateAxis(h), h).toBeUndefined();
  });

  it("never takes a coordinate column for an indicator", () => {
    for (const h of ["lon", "Latitude", "طول جغرافیایی", "عرض جغرافیایی (درجه)"]) expect(classifyColumn(h)).toEqual({ kind: "skip", header: h, reason: "coordinate" });
  });

  it("needs exactly one column of each axis; an empty cell is no point", () => {
    expect(coordinateColumns({ lon: [51], lat: [35] })).toEqual({ lon: [51], lat: [35] });
    expect(coordinateColumns({ lon: [51] })).toBeUndefined();
    expect(coordinateColumns({ lon: [51], lng: [51], lat: [35] })).toBeUndefined();
    expect(pointAt({ lon: [51, Number.NaN], lat: [35, 35] }, 0)).toEqual({ type: "Point", coordinates: [51, 35] });
    expect(pointAt({ lon: [51, Number.NaN], lat: [35, 35] }, 1)).toBeUndefined();
  });
});

// A hand-made Karaj file with Persian headers: three located neighbourhoods (approximate
// centres of Golshahr, Mehrshahr and Hesarak), one with latitude and longitude swapped, one
// placed in Paris, one without coordinates.
const header = "شناسه,نام محله,نرخ بیکاری,نرخ باسوادی";
const rows = [
  ["k1", "گلشهر", "14.2", "81.5", "50.93", "35.83"],
  ["k2", "مهرشهر", "9.8", "90.1", "50.91", "35.81"],
  ["k3", "حصارک", "16.5", "78.0", "50.98", "35.85"],
  ["k4", "اسلام‌آباد", "12.1", "84.3", "35.82", "51.0"],
  ["k5", "کوی پاریس", "8.0", "95.0", "2.35", "48.85"],
  ["k6", "بی‌نشان", "11.0", "88.0", "", ""],
];
const csv = (withCoordinates: boolean): string =>
  `${withCoordinates ? `${header},طول جغرافیایی,عرض جغرافیایی` : header}\n${rows.map((r) => (withCoordinates ? r : r.slice(0, 4)).join(",")).join("\n")}\n`;

describe("mahalleh score --format geojson on a CSV with coordinate columns", () => {
  it("writes Point features from the columns, with the scores of the same file without them", async () => {
    const geo = await runCli(["score", "k.csv", "--format", "geojson", "--locale", "en"], { "k.csv": csv(true) });
    expect(geo.code).toBe(0);
    const fc = JSON.parse(geo.out) as { features: { id: string; geometry: unknown; properties: { score: number; rank: number } }[]; unlocated: string[] };
    expect(fc.features.map((f) => f.id).sort()).toEqual(["k1", "k2", "k3"]);
    for (const f of fc.features) {
      const r = rows.find((x) => x[0] === f.id)!;
      expect(f.geometry).toEqual({ type: "Point", coordinates: [Number(r[4]), Number(r[5])] });
    }
    // the coordinate columns are not indicators: the scores equal those of the file without them
    const plain = await runCli(["score", "p.csv", "--format", "json", "--locale", "en"], { "p.csv": csv(false) });
    const units = (JSON.parse(plain.out) as { units: { id: string; score: number; rank: number }[] }).units;
    for (const f of fc.features) expect(f.properties).toMatchObject({ score: units.find((u) => u.id === f.id)?.score, rank: units.find((u) => u.id === f.id)?.rank });
    expect(geo.err).toContain('"طول جغرافیایی" (coordinate)');
  });

  it("names swapped, distant and missing coordinates as toGeoJSON does", async () => {
    const { code, out, err } = await runCli(["score", "k.csv", "--format", "geojson", "--locale", "en"], { "k.csv": csv(true) });
    expect(code).toBe(0);
    expect(new Set((JSON.parse(out) as { unlocated: string[] }).unlocated)).toEqual(new Set(["k4", "k5", "k6"]));
    expect(err).toContain("3 units have no valid location");
    expect(err).toMatch(/اسلام‌آباد.*k4.*are swapped.*CHARTS_SWAPPED_COORDINATES/);
    expect(err).toMatch(/کوی پاریس.*k5.*outside Iran's bounds.*CHARTS_OUTSIDE_BOUNDS/);
    expect(err).toMatch(/بی‌نشان.*k6.*has no location.*CHARTS_NO_LOCATION/);
  });

  it("reads the same coordinates from JSON rows", async () => {
    const json = JSON.stringify(rows.slice(0, 2).map((r) => ({ id: r[0], name: r[1], "نرخ بیکاری": Number(r[2]), "نرخ باسوادی": Number(r[3]), lng: Number(r[4]), Latitude: Number(r[5]) })));
    const { code, out } = await runCli(["score", "r.json", "--format", "geojson"], { "r.json": json });
    expect(code).toBe(0);
    const fc = JSON.parse(out) as { features: { id: string; geometry: { coordinates: number[] } }[] };
    expect(Object.fromEntries(fc.features.map((f) => [f.id, f.geometry.coordinates]))).toEqual({ k1: [50.93, 35.83], k2: [50.91, 35.81] });
  });
});
