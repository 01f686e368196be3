import * as z from "zod/v4";
import { cleaned, report } from "./_fields";

/**
 * A position `[longitude, latitude]` in WGS 84 degrees (GeoJSON order: longitude first).
 *
 * @category Models
 */
export type GeoPosition = [longitude: number, latitude: number];

/**
 * A GeoJSON Point (RFC 7946).
 *
 * @category Models
 */
export interface GeoPoint {
  /** Always `"Point"`. */
  type: "Point";
  /** `[longitude, latitude]`, e.g. `[50.99, 35.83]` in Karaj. */
  coordinates: GeoPosition;
}

/**
 * A GeoJSON Polygon (RFC 7946): an outer ring and optional holes, each ring closed (first
 * position equals the last) with at least 4 positions.
 *
 * @category Models
 */
export interface GeoPolygon {
  /** Always `"Polygon"`. */
  type: "Polygon";
  /** Linear rings: the first is the outline, the others are holes. */
  coordinates: GeoPosition[][];
}

/**
 * Where a neighbourhood is: a GeoJSON Point (its centre) or Polygon (its boundary).
 *
 * @category Models
 */
export type GeoLocation = GeoPoint | GeoPolygon;

function isPosition(value: unknown): value is GeoPosition {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [lon, lat] = value as unknown[];
  return (
    typeof lon === "number" &&
    typeof lat === "number" &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

function isRing(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 4 || !value.every(isPosition)) return false;
  const first = value[0] as GeoPosition;
  const last = value[value.length - 1] as GeoPosition;
  return first[0] === last[0] && first[1] === last[1];
}

function isLocation(value: unknown): value is GeoLocation {
  if (typeof value !== "object" || value === null) return false;
  const { type, coordinates } = value as Record<string, unknown>;
  if (type === "Point") return isPosition(coordinates);
  if (type === "Polygon") return Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(isRing);
  return false;
}

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * Schema of a {@link GeoLocation}: a GeoJSON Point or Polygon with WGS 84 coordinates
 * (longitude first), polygon rings closed. Extra GeoJSON members (`bbox`…) are dropped.
 *
 * @example
 * ```ts
 * import { GeoLocationSchema } from "mahalleh/models";
 * GeoLocationSchema.parse({ type: "Point", coordinates: [50.99, 35.83] }); // => { type: "Point", coordinates: [50.99, 35.83] }
 * GeoLocationSchema.safeParse({ type: "Point", coordinates: [35.83, 200] }).success; // => false
 * ```
 *
 * @category Models
 */
export const GeoLocationSchema: z.ZodType<GeoLocation, GeoLocation> = cleaned(
  (input: GeoLocation, ctx) => {
    if (!isLocation(input)) {
      report(
        ctx,
        "MODELS_INVALID_LOCATION",
        "موقعیت باید نقطه یا چندضلعی GeoJSON با مختصات [طول، عرض] جغرافیایی باشد",
        "A location must be a GeoJSON Point or Polygon with [longitude, latitude] coordinates",
        input,
      );
      return input;
    }
    return input.type === "Point"
      ? { type: "Point", coordinates: [input.coordinates[0], input.coordinates[1]] }
      : { type: "Polygon", coordinates: input.coordinates.map((ring) => ring.map(([lon, lat]) => [lon, lat])) };
  },
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("Point"), coordinates: position }),
    z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(position).min(4)).min(1) }),
  ]),
) as unknown as z.ZodType<GeoLocation, GeoLocation>;
