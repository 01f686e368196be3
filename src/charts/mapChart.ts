import type { IndexResult } from "../scoring/index";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, frame, limitOf, localeOf, size, t, type Locale } from "./_common";
import { featuresOf, locate, type Located, type MapUnit } from "./_geo";
import { levelColors } from "./levelColors";
import type { LocatedUnit, ToGeoJSONOptions, toGeoJSON } from "./toGeoJSON";

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
 * import { mapChart } from "mahalleh/charts/map";
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
  const located = locate(result?.units, neighbourhoods, options?.bounds, false);
  const title = options?.title ?? t(locale, "نقشهٔ محرومیت محله‌ها", "Deprivation map of the neighbourhoods");
  const view = { ...size(options, undefined), projection: { type: "mercator" } };
  const limit = limitOf(options, 5000);
  if (located.units.length > limit) return gridMap(located, limit, locale, title, view);
  const features = featuresOf(located);
  const byScore = options?.by === "score";
  const fa = locale === "fa";
  const nameField = fa ? "nameFa" : "nameEn";
  const levelField = fa ? "levelFa" : "levelEn";
  const levelNames = (result.levels ?? []).map((l) => l[locale]);
  const levelTitle = t(locale, "سطح محرومیت", "Deprivation level");
  const scoreTitle = t(locale, "امتیاز", "Score");
  const encoding = (prefix: string): Record<string, unknown> => ({
    color: byScore
      ? { ...fd(`${prefix}score`, "q", scoreTitle), scale: { scheme: "yelloworangered" } }
      : { ...fd(`${prefix}${levelField}`, "o", levelTitle), scale: { domain: levelNames, range: levelColors(levelNames.length >= 1 && levelNames.length <= 9 ? levelNames.length : 5) } },
    tooltip: [
      fd(`${prefix}${nameField}`, "n", t(locale, "محله", "Neighbourhood")),
      fd(`${prefix}score`, "q", scoreTitle, ".1f"),
      fd(`${prefix}rank`, "q", t(locale, "رتبه", "Rank"), "d"),
      fd(`${prefix}${levelField}`, "n", levelTitle),
    ],
  });
  const polygons = features.filter((f) => f.geometry.type === "Polygon");
  const points = features.filter((f) => f.geometry.type === "Point");
  const layer: Record<string, unknown>[] = [];
  if (polygons.length > 0) {
    layer.push({
      data: { values: { type: "FeatureCollection", features: polygons }, format: { type: "json", property: "features" } },
      mark: { type: "geoshape", stroke: "#555", strokeWidth: 0.5 },
      encoding: encoding("properties."),
    });
  }
  if (points.length > 0 || layer.length === 0) {
    layer.push({
      data: { values: points.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })) },
      mark: { type: "circle", size: 70, stroke: "#333", strokeWidth: 0.5, opacity: 0.9 },
      encoding: { ...lonLat, ...encoding("") },
    });
  }
  const byId = new Map(neighbourhoods.map((n) => [n.id, n]));
  const missing = located.unlocated.map((id) => byId.get(id)?.[nameField] ?? id);
  const m = missing.length;
  const subtitle = m === 0 ? undefined : t(locale, `بدون موقعیت معتبر (${digits(m, locale)}): `, `No valid location (${m}): `) + missing.slice(0, 6).join(t(locale, "، ", ", ")) + (m > 6 ? "…" : "");
  const [n, p, q] = [features.length, polygons.length, points.length];
  const description = t(
    locale,
    `نقشهٔ ${digits(n, locale)} محله، رنگ به تفکیک ${byScore ? "امتیاز" : "سطح محرومیت"}${p > 0 ? `؛ ${digits(p, locale)} با مرز` : ""}${q > 0 ? `؛ ${digits(q, locale)} با نقطهٔ مرکز` : ""}.` +
      (m > 0 ? ` ${digits(m, locale)} واحد موقعیت معتبر ندارد و در زیرعنوان نام برده شده است.` : ""),
    `Map of ${n} neighbourhoods coloured by ${byScore ? "score" : "deprivation level"}${p > 0 ? `; ${p} with boundaries` : ""}${q > 0 ? `; ${q} with centre points` : ""}.` +
      (m > 0 ? ` ${m} units have no valid location and are named in the subtitle.` : ""),
  );
  return frame(locale, title, subtitle, description, located.notes, { ...view, layer });
}

const lonLat = { longitude: { field: "lon", type: "quantitative" }, latitude: { field: "lat", type: "quantitative" } };

/**
 * A map of many units: a grid of at most `limit` cells, circle size = units, colour = mean
 * score. One pass over typed arrays of centres (a point, or the mean of a polygon's outer
 * ring without its closing position); no feature is built.
 */
function gridMap(located: Located<MapUnit>, limit: number, locale: Locale, title: string, view: Record<string, unknown>): VegaLiteSpec {
  const count = located.units.length;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  located.geometries.forEach((g, i) => {
    let lon: number;
    let lat: number;
    if (g.type === "Point") [lon, lat] = g.coordinates;
    else {
      // the mean of the outer ring without its closing position (no copy of the ring)
      const ring = g.coordinates[0] ?? [];
      const m = ring.length - 1;
      lon = 0;
      lat = 0;
      for (let k = 0; k < m; k++) {
        const p = ring[k] as readonly [number, number];
        lon += p[0];
        lat += p[1];
      }
      lon /= m;
      lat /= m;
    }
    xs[i] = lon;
    ys[i] = lat;
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  });
  const side = Math.max(1, Math.floor(Math.sqrt(limit)));
  const dx = (e - w) / side || 1;
  const dy = (n - s) / side || 1;
  // per cell: units, scored units and their score sum, in cell order of first use
  const units = new Float64Array(side * side);
  const scored = new Float64Array(side * side);
  const sums = new Float64Array(side * side);
  const order: number[] = [];
  located.units.forEach((u, i) => {
    const cx = Math.min(side - 1, Math.floor(((xs[i] as number) - w) / dx));
    const cy = Math.min(side - 1, Math.floor(((ys[i] as number) - s) / dy));
    const key = cy * side + cx;
    const seen = units[key] as number;
    units[key] = seen + 1;
    if (seen === 0) order.push(key);
    if (u.score !== null) {
      sums[key] = (sums[key] as number) + u.score;
      scored[key] = (scored[key] as number) + 1;
    }
  });
  const values = order.map((key) => ({
    lon: w + ((key % side) + 0.5) * dx,
    lat: s + (Math.floor(key / side) + 0.5) * dy,
    count: units[key] as number,
    score: scored[key] === 0 ? null : (sums[key] as number) / (scored[key] as number),
  }));
  const note = {
    code: "CHARTS_LIMITED" as const,
    fa: `${digits(count, locale)} محله در ${digits(values.length, locale)} خانهٔ شبکه تجمیع شد (اندازه = شمار، رنگ = میانگین امتیاز)`,
    en: `${count} neighbourhoods aggregated into ${values.length} grid cells (size = count, colour = mean score)`,
  };
  const countTitle = t(locale, "شمار محله‌ها", "Neighbourhoods");
  const meanTitle = t(locale, "میانگین امتیاز", "Mean score");
  return frame(locale, title, note[locale], t(locale, `نقشهٔ تجمیعی: ${note.fa}.`, `Aggregated map: ${note.en}.`), [note, ...located.notes], {
    ...view,
    data: { values },
    mark: { type: "circle", opacity: 0.85 },
    encoding: {
      ...lonLat,
      size: fd("count", "q", countTitle),
      color: { ...fd("score", "q", meanTitle), scale: { scheme: "yelloworangered" } },
      tooltip: [fd("count", "q", countTitle, "d"), fd("score", "q", meanTitle, ".1f")],
    },
  });
}
