import type { IndexResult } from "../scoring/index";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, frame, limitOf, localeOf, size, t, type Locale } from "./_common";
import type { ScoreFeatureCollection } from "./ScoreFeatureCollection";
import { levelColors } from "./levelColors";
import { toGeoJSON, type LocatedUnit, type ToGeoJSONOptions } from "./toGeoJSON";

/**
 * Options of {@link mapChart}.
 *
 * @category Charts
 */
export interface MapChartOptions extends ChartOptions, Pick<ToGeoJSONOptions, "bounds"> {
  /** Colour by `"level"` (default; ColorBrewer YlOrRd classes) or by `"score"` (its continuous ramp). */
  readonly by?: "level" | "score" | undefined;
  /**
   * Above this many located units (default 5,000) the map is aggregated: units are put in a
   * grid of at most `limit` cells by their centre, each cell drawn as a circle sized by its
   * number of units and coloured by their mean score; the subtitle and `usermeta` say so.
   */
  readonly limit?: number | undefined;
}

/**
 * A map of the neighbourhoods: a choropleth of their boundaries (GeoJSON Polygons) coloured
 * by level or score, and a point map for the units whose location is only a centre (Points)
 * — both in one Mercator view when the data mixes them. Units without a usable location are
 * named in the subtitle and in `usermeta.notes` (with the reason: no location, invalid
 * geometry, swapped coordinates, outside Iran), never silently dropped.
 *
 * @param result - the result of `computeIndex`
 * @param neighbourhoods - the units' records with `location` (see {@link LocatedUnit})
 * @param options - see {@link MapChartOptions}
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` when the arguments are not arrays
 * @example
 * ```ts
 * import { mapChart } from "mahalleh/charts";
 * const result = {
 *   levels: [{ fa: "محروم", en: "deprived" }],
 *   units: [
 *     { id: "a", score: 70, rank: 1, level: { level: 1, fa: "محروم", en: "deprived" }, coverage: 1, dimensions: {} },
 *     { id: "b", score: 20, rank: 2, level: { level: 1, fa: "محروم", en: "deprived" }, coverage: 1, dimensions: {} },
 *   ],
 * };
 * const spec = mapChart(result, [{ id: "a", nameFa: "گلشهر", location: { type: "Point", coordinates: [50.93, 35.82] } }, { id: "b", nameFa: "حصارک" }]);
 * (spec.layer as { mark: { type: string } }[]).map((l) => l.mark.type); // => ["circle"]
 * spec.usermeta.notes.map((n) => [n.code, n.unitId]); // => [["CHARTS_NO_LOCATION", "b"]]
 * ```
 *
 * @category Charts
 */
export function mapChart(
  result: Pick<IndexResult, "levels"> & Parameters<typeof toGeoJSON>[0],
  neighbourhoods: readonly LocatedUnit[],
  options?: MapChartOptions | undefined,
): VegaLiteSpec {
  const locale = localeOf(options);
  const fc = toGeoJSON(result, neighbourhoods, options?.bounds === undefined ? undefined : { bounds: options.bounds });
  const byScore = options?.by === "score";
  const nameField = locale === "fa" ? "nameFa" : "nameEn";
  const levelField = locale === "fa" ? "levelFa" : "levelEn";
  const levelNames = (result.levels ?? []).map((l) => l[locale]);
  const levelTitle = t(locale, "سطح محرومیت", "Deprivation level");
  const scoreTitle = t(locale, "امتیاز", "Score");
  const color = (prefix: string): Record<string, unknown> =>
    byScore
      ? { field: `${prefix}score`, type: "quantitative", title: scoreTitle, scale: { scheme: "yelloworangered" } }
      : {
          field: `${prefix}${levelField}`,
          type: "ordinal",
          title: levelTitle,
          scale: { domain: levelNames, range: levelNames.length >= 1 && levelNames.length <= 9 ? levelColors(levelNames.length) : levelColors(5) },
        };
  const tooltip = (prefix: string): Record<string, unknown>[] => [
    { field: `${prefix}${nameField}`, type: "nominal", title: t(locale, "محله", "Neighbourhood") },
    { field: `${prefix}score`, type: "quantitative", title: scoreTitle, format: ".1f" },
    { field: `${prefix}rank`, type: "quantitative", title: t(locale, "رتبه", "Rank"), format: "d" },
    { field: `${prefix}${levelField}`, type: "nominal", title: levelTitle },
  ];
  const limit = limitOf(options, 5000);
  if (fc.features.length > limit) return gridMap(fc, limit, locale, options);
  const polygons = fc.features.filter((f) => f.geometry.type === "Polygon");
  const points = fc.features.filter((f) => f.geometry.type === "Point");
  const layer: Record<string, unknown>[] = [];
  if (polygons.length > 0) {
    layer.push({
      data: { values: { type: "FeatureCollection", features: polygons }, format: { type: "json", property: "features" } },
      mark: { type: "geoshape", stroke: "#555", strokeWidth: 0.5 },
      encoding: { color: color("properties."), tooltip: tooltip("properties.") },
    });
  }
  if (points.length > 0 || layer.length === 0) {
    layer.push({
      data: { values: points.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })) },
      mark: { type: "circle", size: 70, stroke: "#333", strokeWidth: 0.5, opacity: 0.9 },
      encoding: { longitude: { field: "lon", type: "quantitative" }, latitude: { field: "lat", type: "quantitative" }, color: color(""), tooltip: tooltip("") },
    });
  }
  const byId = new Map(neighbourhoods.map((n) => [n.id, n]));
  const missing = fc.unlocated.map((id) => byId.get(id)?.[nameField] ?? id);
  const subtitle =
    missing.length === 0
      ? undefined
      : t(locale, `بدون موقعیت معتبر (${digits(missing.length, locale)}): `, `No valid location (${missing.length}): `) +
        missing.slice(0, 6).join(t(locale, "، ", ", ")) +
        (missing.length > 6 ? "…" : "");
  const description = t(
    locale,
    `نقشهٔ ${digits(fc.features.length, locale)} محله، رنگ به تفکیک ${byScore ? "امتیاز" : "سطح محرومیت"}` +
      `${polygons.length > 0 ? `؛ ${digits(polygons.length, locale)} با مرز` : ""}${points.length > 0 ? `؛ ${digits(points.length, locale)} با نقطهٔ مرکز` : ""}.` +
      (missing.length > 0 ? ` ${digits(missing.length, locale)} واحد موقعیت معتبر ندارد و در زیرعنوان نام برده شده است.` : ""),
    `Map of ${fc.features.length} neighbourhoods coloured by ${byScore ? "score" : "deprivation level"}` +
      `${polygons.length > 0 ? `; ${polygons.length} with boundaries` : ""}${points.length > 0 ? `; ${points.length} with centre points` : ""}.` +
      (missing.length > 0 ? ` ${missing.length} units have no valid location and are named in the subtitle.` : ""),
  );
  return frame(locale, options?.title ?? t(locale, "نقشهٔ محرومیت محله‌ها", "Deprivation map of the neighbourhoods"), subtitle, description, fc.notes, {
    ...size(options, undefined),
    projection: { type: "mercator" },
    layer,
  });
}

/** The centre of a feature: the point, or the mean of its outer ring's distinct positions. */
function centre(f: ScoreFeatureCollection["features"][number]): readonly [number, number] {
  if (f.geometry.type === "Point") return f.geometry.coordinates;
  const ring = (f.geometry.coordinates[0] ?? []).slice(0, -1);
  return [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
}

/** A map of many units: a grid of at most `limit` cells, circle size = units, colour = mean score. */
function gridMap(fc: ScoreFeatureCollection, limit: number, locale: Locale, options: MapChartOptions | undefined): VegaLiteSpec {
  const centres = fc.features.map(centre);
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lon, lat] of centres) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  const side = Math.max(1, Math.floor(Math.sqrt(limit)));
  const dx = (e - w) / side || 1;
  const dy = (n - s) / side || 1;
  const cells = new Map<number, { lon: number; lat: number; count: number; sum: number; scored: number }>();
  fc.features.forEach((f, i) => {
    const [lon, lat] = centres[i] as readonly [number, number];
    const cx = Math.min(side - 1, Math.floor((lon - w) / dx));
    const cy = Math.min(side - 1, Math.floor((lat - s) / dy));
    const key = cy * side + cx;
    const c = cells.get(key) ?? { lon: w + (cx + 0.5) * dx, lat: s + (cy + 0.5) * dy, count: 0, sum: 0, scored: 0 };
    cells.set(key, c);
    c.count++;
    if (f.properties.score !== null) {
      c.sum += f.properties.score;
      c.scored++;
    }
  });
  const values = [...cells.values()].map((c) => ({ lon: c.lon, lat: c.lat, count: c.count, score: c.scored === 0 ? null : c.sum / c.scored }));
  const note = {
    code: "CHARTS_LIMITED" as const,
    fa: `${digits(fc.features.length, locale)} محله در ${digits(values.length, locale)} خانهٔ شبکه تجمیع شد (اندازه = شمار، رنگ = میانگین امتیاز)`,
    en: `${fc.features.length} neighbourhoods aggregated into ${values.length} grid cells (size = count, colour = mean score)`,
  };
  return frame(locale, options?.title ?? t(locale, "نقشهٔ محرومیت محله‌ها", "Deprivation map of the neighbourhoods"), note[locale], t(locale, `نقشهٔ تجمیعی: ${note.fa}.`, `Aggregated map: ${note.en}.`), [note, ...fc.notes], {
    ...size(options, undefined),
    projection: { type: "mercator" },
    data: { values },
    mark: { type: "circle", opacity: 0.85 },
    encoding: {
      longitude: { field: "lon", type: "quantitative" },
      latitude: { field: "lat", type: "quantitative" },
      size: { field: "count", type: "quantitative", title: t(locale, "شمار محله‌ها", "Neighbourhoods") },
      color: { field: "score", type: "quantitative", title: t(locale, "میانگین امتیاز", "Mean score"), scale: { scheme: "yelloworangered" } },
      tooltip: [
        { field: "count", type: "quantitative", title: t(locale, "شمار محله‌ها", "Neighbourhoods"), format: "d" },
        { field: "score", type: "quantitative", title: t(locale, "میانگین امتیاز", "Mean score"), format: ".1f" },
      ],
    },
  });
}
