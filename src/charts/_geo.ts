/** Private: checking a neighbourhood's GeoJSON location before it is mapped. */
import { failAsWritten as fail } from "../internal/safe";
import { persianDigits } from "../internal/chars";
import type { GeoLocation } from "../models/index";
import type { IndexResult } from "../scoring/index";
import type { ChartNote } from "./ChartNote";
import type { ScoreFeature, ScoreFeatureProperties } from "./ScoreFeatureCollection";
import type { LocatedUnit } from "./toGeoJSON";

/** `[west, south, east, north]` in degrees. */
export type Bounds = readonly [number, number, number, number];

/**
 * Iran's bounding box, rounded outwards: longitude 44.0–63.4° E, latitude 25.0–39.8° N
 * (the extreme points of the country are about 44.03° E, 63.33° E, 25.06° N and 39.78° N).
 */
export const IRAN_BOUNDS: Bounds = [44, 25, 63.4, 39.8];

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === "number" && typeof p[1] === "number" && Number.isFinite(p[0]) && Number.isFinite(p[1]);

const inside = (lon: number, lat: number, b: Bounds): boolean => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** What is wrong with a location (its Persian and English reason), or where it lies. */
type Verdict = "inside" | "swapped" | "outside" | "none" | readonly [fa: string, en: string];

/**
 * Where a location lies, or what is wrong with it — no closure and no array of positions
 * built per call, as it runs once per unit of a map of 100,000 polygons. A Point is checked
 * as one ring of one position.
 */
function verdictOf(loc: { type?: unknown; coordinates?: unknown } | null | undefined, bounds: Bounds): Verdict {
  if (loc === undefined || loc === null) return "none";
  const { type, coordinates } = loc;
  const point = type === "Point";
  if (point ? !isPosition(coordinates) : type !== "Polygon") return point ? ["مختصات نقطه دو عدد نیست", "the point's coordinates are not two numbers"] : ["نوع آن Point یا Polygon نیست", "its type is not Point or Polygon"];
  const rings = (point ? [[coordinates]] : coordinates) as unknown[][];
  if (!Array.isArray(rings) || rings.length === 0) return ["چندضلعی حلقه ندارد", "the polygon has no ring"];
  // whether every position is inside the bounds, and whether every one is inside when swapped
  let inBounds = true;
  let swapped = true;
  for (let k = 0; k < rings.length; k++) {
    const ring = rings[k];
    if (!Array.isArray(ring) || (!point && ring.length < 4) || !ring.every(isPosition)) return [`حلقهٔ ${persianDigits(String(k + 1))} کمتر از ۴ نقطهٔ عددی دارد`, `ring ${k + 1} has fewer than 4 numeric positions`];
    for (const p of ring) {
      inBounds &&= inside(p[0], p[1], bounds);
      swapped &&= inside(p[1], p[0], bounds);
    }
    const first = ring[0] as [number, number];
    const last = ring[ring.length - 1] as [number, number];
    if (first[0] !== last[0] || first[1] !== last[1]) return [`حلقهٔ ${persianDigits(String(k + 1))} بسته نیست (نقطهٔ آخر با نخست یکی نیست)`, `ring ${k + 1} is not closed (its last position differs from its first)`];
  }
  return inBounds ? "inside" : swapped ? "swapped" : "outside";
}

/** The unit's location if it is a valid Point or Polygon inside the bounds, or the note saying why not. */
export function checkLocation(location: unknown, unitId: string, name: string, bounds: Bounds): { readonly geometry: GeoLocation } | { readonly note: ChartNote } {
  const verdict = verdictOf(location as { type?: unknown; coordinates?: unknown } | null | undefined, bounds);
  if (verdict === "inside") return { geometry: location as GeoLocation };
  const who = `«${name}» (${unitId})`;
  const whoEn = `"${name}" (${unitId})`;
  const note = (code: ChartNote["code"], fa: string, en: string): { note: ChartNote } => ({ note: { code, unitId, fa, en } });
  if (verdict === "none") return note("CHARTS_NO_LOCATION", `${who} موقعیت ندارد و روی نقشه نیست`, `${whoEn} has no location and is not on the map`);
  if (verdict === "swapped") {
    return note(
      "CHARTS_SWAPPED_COORDINATES",
      `طول و عرض جغرافیایی ${who} جابه‌جا است (GeoJSON نخست طول را می‌خواهد)`,
      `The longitude and latitude of ${whoEn} are swapped (GeoJSON wants longitude first)`,
    );
  }
  if (verdict === "outside") return note("CHARTS_OUTSIDE_BOUNDS", `موقعیت ${who} بیرون از محدودهٔ ایران است`, `The location of ${whoEn} is outside Iran's bounds`);
  return note("CHARTS_INVALID_GEOMETRY", `موقعیت ${who} نامعتبر است: ${verdict[0]}`, `The location of ${whoEn} is invalid: ${verdict[1]}`);
}

/** A unit of an index result, as much as a map needs. */
export type MapUnit = Pick<IndexResult["units"][number], "id" | "score" | "rank" | "level" | "coverage" | "dimensions">;

/** The units with a valid location (with their record and geometry), and the notes on the others. */
export interface Located<U> {
  readonly units: U[];
  readonly records: (LocatedUnit | undefined)[];
  readonly geometries: GeoLocation[];
  readonly unlocated: string[];
  readonly notes: ChartNote[];
}

/**
 * Checks the location of every unit of `units`, in their order (one pass, no feature built):
 * with `strict`, the first invalid location throws `CHARTS_INVALID_GEOMETRY`.
 */
export function locate<U extends { readonly id: string }>(units: readonly U[], neighbourhoods: readonly LocatedUnit[], bounds: Bounds | undefined, strict: boolean): Located<U> {
  if (!Array.isArray(units) || !Array.isArray(neighbourhoods)) {
    throw fail("CHARTS_INVALID_INPUT", "نتیجهٔ شاخص و فهرست محله‌ها آرایه نیستند", "The index result's units and the neighbourhoods must be arrays");
  }
  // records usually come in the units' order: a map of ids is built only when one does not
  let byId: Map<string, LocatedUnit> | undefined;
  const out: Located<U> = { units: [], records: [], geometries: [], unlocated: [], notes: [] };
  for (const [i, u] of units.entries()) {
    let n = neighbourhoods[i];
    if (n?.id !== u.id) n = (byId ??= new Map(neighbourhoods.map((r) => [r.id, r]))).get(u.id);
    const checked = checkLocation(n?.location, u.id, n?.nameFa ?? u.id, bounds ?? IRAN_BOUNDS);
    if ("note" in checked) {
      const { code, fa, en } = checked.note;
      if (strict && code !== "CHARTS_NO_LOCATION") throw fail("CHARTS_INVALID_GEOMETRY", fa, en, { unitId: u.id, reason: code });
      out.unlocated.push(u.id);
      out.notes.push(checked.note);
    } else {
      out.units.push(u);
      out.records.push(n);
      out.geometries.push(checked.geometry);
    }
  }
  return out;
}

/** The features of the located units: score, rank, level, coverage, `partial` and `dim_<dimension>`. */
export function featuresOf(located: Located<MapUnit>): ScoreFeature[] {
  const keys = new Map<string, string>();
  return located.units.map((u, i) => {
    const n = located.records[i];
    const properties: Record<string, unknown> = {
      id: u.id,
      nameFa: n?.nameFa ?? u.id,
      nameEn: n?.nameEn ?? n?.nameFa ?? u.id,
      score: u.score,
      rank: u.rank,
      level: u.level?.level ?? null,
      levelFa: u.level?.fa ?? null,
      levelEn: u.level?.en ?? null,
      coverage: u.coverage,
      partial: u.score === null || u.coverage < 1,
    };
    for (const d in u.dimensions) {
      if (!Object.hasOwn(u.dimensions, d)) continue;
      let key = keys.get(d);
      if (key === undefined) keys.set(d, (key = `dim_${d}`));
      properties[key] = u.dimensions[d];
    }
    return { type: "Feature", id: u.id, geometry: located.geometries[i] as GeoLocation, properties: properties as unknown as ScoreFeatureProperties };
  });
}
