import type { GeoLocation } from "../models/index";
import type { ChartNote } from "./ChartNote";

/**
 * The properties {@link toGeoJSON} gives each neighbourhood: identity, the index result and,
 * flattened for GIS tools, one `dim_<dimension>` member per dimension score.
 *
 * @category Map data
 */
export interface ScoreFeatureProperties {
  /** Unit id. */
  readonly id: string;
  /** Persian name (the id when unknown). */
  readonly nameFa: string;
  /** English name (the Persian name when unknown). */
  readonly nameEn: string;
  /** Composite score, `null` when not scored. */
  readonly score: number | null;
  /** Rank (1 = most deprived), `null` when not scored. */
  readonly rank: number | null;
  /** Level number (1 = most deprived), `null` when not scored. */
  readonly level: number | null;
  /** Persian level label («بسیار محروم»…), `null` when not scored. */
  readonly levelFa: string | null;
  /** English level label, `null` when not scored. */
  readonly levelEn: string | null;
  /** Share (0–1) of the indicators present for this unit. */
  readonly coverage: number;
  /** True when the unit was scored on partial data (coverage below 1) or not scored. */
  readonly partial: boolean;
  /** `dim_<dimension id>`: the dimension's score (`null` = no value). */
  readonly [dimension: `dim_${string}`]: number | null;
}

/**
 * One neighbourhood on the map: a GeoJSON Feature (RFC 7946) with its location and scores.
 *
 * @category Map data
 */
export interface ScoreFeature {
  /** Always `"Feature"`. */
  readonly type: "Feature";
  /** The unit id. */
  readonly id: string;
  /** The neighbourhood's Point (centre) or Polygon (boundary), WGS 84. */
  readonly geometry: GeoLocation;
  /** Scores and names. */
  readonly properties: ScoreFeatureProperties;
}

/**
 * The result of {@link toGeoJSON}: a GeoJSON FeatureCollection (RFC 7946) with two foreign
 * members — the units that could not be placed and the notes saying why — so that no unit
 * is silently dropped.
 *
 * @category Map data
 */
export interface ScoreFeatureCollection {
  /** Always `"FeatureCollection"`. */
  readonly type: "FeatureCollection";
  /** One feature per located unit, in the result's order. */
  readonly features: readonly ScoreFeature[];
  /** Ids of the units without a (valid) location, in the result's order. */
  readonly unlocated: readonly string[];
  /** Why each unlocated unit is missing (no location, invalid geometry, swapped coordinates…). */
  readonly notes: readonly ChartNote[];
}
