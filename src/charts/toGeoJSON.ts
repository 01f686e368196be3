import type { ScoreFeatureCollection } from "./ScoreFeatureCollection";
import type { IndexResult } from "../scoring/index";
import { featuresOf, locate } from "./_geo";

/**
 * What {@link toGeoJSON} and {@link mapChart} read of a neighbourhood: its id, names and
 * location (a `Neighbourhood` from `mahalleh/models` fits; the location is checked, not trusted).
 *
 * @category Map data
 */
export interface LocatedUnit {
  /** Unit id, as in the index result. */
  readonly id: string;
  /** Persian name. */
  readonly nameFa?: string | undefined;
  /** English name. */
  readonly nameEn?: string | undefined;
  /** GeoJSON Point or Polygon, `[longitude, latitude]` (WGS 84). */
  readonly location?: unknown;
}

/**
 * Options of {@link toGeoJSON}.
 *
 * @category Map data
 */
export interface ToGeoJSONOptions {
  /** Throw `CHARTS_INVALID_GEOMETRY` on the first invalid location instead of noting it. Default false. */
  readonly strict?: boolean | undefined;
  /** Allowed area `[west, south, east, north]` in degrees. Default Iran: `[44, 25, 63.4, 39.8]`. */
  readonly bounds?: readonly [number, number, number, number] | undefined;
}

/**
 * Joins an index result to the neighbourhoods' locations as a GeoJSON FeatureCollection
 * (RFC 7946), ready for QGIS, Leaflet, MapLibre or a Vega-Lite map: each feature carries
 * score, rank, level, coverage, a `partial` flag and the dimension scores (`dim_<id>`).
 * Units without a location, or with an invalid one (unclosed ring, coordinates outside Iran,
 * longitude and latitude swapped), are listed in `unlocated` with a note naming each —
 * never silently dropped.
 *
 * @param result - the result of `computeIndex`
 * @param neighbourhoods - the units' records (`Neighbourhood` or any {@link LocatedUnit})
 * @param options - see {@link ToGeoJSONOptions}
 * @returns the FeatureCollection with `unlocated` and `notes`
 * @throws MahallehError `CHARTS_INVALID_GEOMETRY` with `strict: true` on an invalid
 *   location; `CHARTS_INVALID_INPUT` when the arguments are not arrays of the documented shape
 * @example
 * ```ts
 * import { toGeoJSON } from "mahalleh/charts/map";
 * const result = {
 *   units: [
 *     { id: "a", score: 70, rank: 1, level: { level: 1, fa: "محروم", en: "deprived" }, coverage: 1, dimensions: { economy: 70 } },
 *     { id: "b", score: 20, rank: 2, level: { level: 2, fa: "کم‌برخوردار", en: "less deprived" }, coverage: 0.5, dimensions: { economy: 20 } },
 *   ],
 * };
 * const fc = toGeoJSON(result, [
 *   { id: "a", nameFa: "گلشهر", location: { type: "Point", coordinates: [50.93, 35.82] } },
 *   { id: "b", nameFa: "حصارک", location: { type: "Point", coordinates: [35.8, 50.9] } },
 * ]);
 * fc.features[0]?.properties.dim_economy; // => 70
 * fc.unlocated; // => ["b"]
 * fc.notes[0]?.code; // => "CHARTS_SWAPPED_COORDINATES"
 * ```
 *
 * @category Map data
 */
export function toGeoJSON(
  result: { readonly units: readonly Pick<IndexResult["units"][number], "id" | "score" | "rank" | "level" | "coverage" | "dimensions">[] },
  neighbourhoods: readonly LocatedUnit[],
  options?: ToGeoJSONOptions | undefined,
): ScoreFeatureCollection {
  const located = locate(result?.units, neighbourhoods, options?.bounds, options?.strict === true);
  return { type: "FeatureCollection", features: featuresOf(located), unlocated: located.unlocated, notes: located.notes };
}
