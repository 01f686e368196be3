/** Private: checking a neighbourhood's GeoJSON location before it is mapped. */
import type { GeoLocation } from "../models/index";
import type { ChartNote } from "./ChartNote";

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

/** The unit's location if it is a valid Point or Polygon inside the bounds, or the note saying why not. */
export function checkLocation(location: unknown, unitId: string, name: string, bounds: Bounds): { readonly geometry: GeoLocation } | { readonly note: ChartNote } {
  // the common case first: a Point inside the bounds, no allocation
  const loc = location as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (loc?.type === "Point" && isPosition(loc.coordinates) && inside(loc.coordinates[0], loc.coordinates[1], bounds)) return { geometry: location as GeoLocation };
  if (location === undefined || location === null) {
    return { note: { code: "CHARTS_NO_LOCATION", unitId, fa: `«${name}» (${unitId}) موقعیت ندارد و روی نقشه نیست`, en: `"${name}" (${unitId}) has no location and is not on the map` } };
  }
  const bad = (why: { fa: string; en: string }): { note: ChartNote } => ({
    note: { code: "CHARTS_INVALID_GEOMETRY", unitId, fa: `موقعیت «${name}» (${unitId}) نامعتبر است: ${why.fa}`, en: `The location of "${name}" (${unitId}) is invalid: ${why.en}` },
  });
  const { type, coordinates } = location as { type?: unknown; coordinates?: unknown };
  let positions: [number, number][];
  if (type === "Point") {
    if (!isPosition(coordinates)) return bad({ fa: "مختصات نقطه دو عدد نیست", en: "the point's coordinates are not two numbers" });
    positions = [coordinates];
  } else if (type === "Polygon") {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return bad({ fa: "چندضلعی حلقه ندارد", en: "the polygon has no ring" });
    positions = [];
    for (const [k, ring] of (coordinates as unknown[]).entries()) {
      if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) {
        return bad({ fa: `حلقهٔ ${k + 1} کمتر از ۴ نقطهٔ عددی دارد`, en: `ring ${k + 1} has fewer than 4 numeric positions` });
      }
      const first = ring[0] as [number, number];
      const last = ring[ring.length - 1] as [number, number];
      if (first[0] !== last[0] || first[1] !== last[1]) return bad({ fa: `حلقهٔ ${k + 1} بسته نیست (نقطهٔ آخر با نخست یکی نیست)`, en: `ring ${k + 1} is not closed (its last position differs from its first)` });
      positions.push(...(ring as [number, number][]));
    }
  } else return bad({ fa: "نوع آن Point یا Polygon نیست", en: "its type is not Point or Polygon" });
  if (positions.every(([lon, lat]) => inside(lon, lat, bounds))) return { geometry: location as GeoLocation };
  if (positions.every(([lon, lat]) => inside(lat, lon, bounds))) {
    return {
      note: {
        code: "CHARTS_SWAPPED_COORDINATES",
        unitId,
        fa: `طول و عرض جغرافیایی «${name}» (${unitId}) جابه‌جا است (GeoJSON نخست طول را می‌خواهد)`,
        en: `The longitude and latitude of "${name}" (${unitId}) are swapped (GeoJSON wants longitude first)`,
      },
    };
  }
  return { note: { code: "CHARTS_OUTSIDE_BOUNDS", unitId, fa: `موقعیت «${name}» (${unitId}) بیرون از محدودهٔ ایران است`, en: `The location of "${name}" (${unitId}) is outside Iran's bounds` } };
}

