/**
 * Private: a unit's centre read from a table's longitude and latitude columns, so that
 * `mahalleh score --format geojson` maps a CSV that carries coordinates. Only unambiguous
 * headers are coordinates (no `x`/`y`, no bare «طول» — it also means length); the same names
 * make `_columns.ts` leave these columns out of the indicators.
 */
import type { LocatedUnit } from "../charts/map";
import { foldForMatching } from "../internal/chars";

/** Headers of a longitude column (compared after `foldForMatching`, a bracketed unit dropped). */
export const LONGITUDE_NAMES: readonly string[] = ["lon", "lng", "longitude", "طول جغرافیایی"];

/** Headers of a latitude column. */
export const LATITUDE_NAMES: readonly string[] = ["lat", "latitude", "عرض جغرافیایی"];

const axisOf = new Map<string, "lon" | "lat">([...LONGITUDE_NAMES.map((n) => [foldForMatching(n), "lon"] as const), ...LATITUDE_NAMES.map((n) => [foldForMatching(n), "lat"] as const)]);

/** Whether a header names a longitude (`lon`) or a latitude (`lat`) column, or neither. */
export function coordinateAxis(header: string): "lon" | "lat" | undefined {
  const key = foldForMatching(header);
  return axisOf.get(key) ?? axisOf.get(key.replace(/\s*\(.*\)\s*$/, ""));
}

/** The two coordinate columns of a table, when it has exactly one of each. */
export interface CoordinateColumns {
  readonly lon: ArrayLike<number>;
  readonly lat: ArrayLike<number>;
}

/** The longitude and latitude columns among `columns`, or `undefined` unless there is exactly one of each. */
export function coordinateColumns(columns: Readonly<Record<string, ArrayLike<number>>>): CoordinateColumns | undefined {
  const found: { lon: ArrayLike<number>[]; lat: ArrayLike<number>[] } = { lon: [], lat: [] };
  for (const header of Object.keys(columns)) {
    const axis = coordinateAxis(header);
    if (axis !== undefined) found[axis].push(columns[header] as ArrayLike<number>);
  }
  const [lon] = found.lon;
  const [lat] = found.lat;
  return found.lon.length === 1 && found.lat.length === 1 && lon !== undefined && lat !== undefined ? { lon, lat } : undefined;
}

/**
 * The GeoJSON Point `[longitude, latitude]` of row `i`, as written (swapped or distant values
 * are left for `toGeoJSON` to name), or `undefined` when either cell is empty.
 */
export function pointAt(columns: CoordinateColumns, i: number): { type: "Point"; coordinates: [number, number] } | undefined {
  const lon = columns.lon[i];
  const lat = columns.lat[i];
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  return { type: "Point", coordinates: [lon, lat] };
}

/**
 * A unit's record with its location: the record's own, else the point of row `i` of the
 * input's coordinate columns, if any.
 */
export function located(record: LocatedUnit | undefined, input: { readonly coordinates?: CoordinateColumns | undefined }, i: number): Partial<LocatedUnit> {
  if (record?.location !== undefined && record.location !== null) return record;
  const point = input.coordinates === undefined ? undefined : pointAt(input.coordinates, i);
  return point === undefined ? { ...record } : { ...record, location: point };
}
