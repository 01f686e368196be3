import type { IndexResult } from "../scoring/index";
import { failAsWritten as fail } from "../internal/safe";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { fd, frame, label, localeOf, rowY, size, t, unitsOf, valueScale } from "./_common";
import { select } from "../internal/select";

/**
 * The median score of each dimension over the scored units: one pass per dimension filling a
 * typed column, then a quickselect (at 100,000 units an array filter and a comparator sort
 * per dimension took a second).
 */
function medians(units: readonly Pick<IndexResult["units"][number], "score" | "dimensions">[], dimensions: readonly string[]): (number | null)[] {
  return dimensions.map((d) => {
    const column = new Float64Array(units.length);
    let n = 0;
    for (const u of units) {
      if (u.score === null) continue;
      const v = u.dimensions[d];
      if (typeof v === "number" && Number.isFinite(v)) column[n++] = v;
    }
    if (n === 0) return null;
    const xs = column.subarray(0, n);
    const m = n >> 1;
    select(xs, 0, n - 1, m);
    const upper = xs[m] as number;
    if (n % 2 === 1) return upper;
    // even: the largest value below the middle one, now all before it
    let lower = -Infinity;
    for (let i = 0; i < m; i++) if ((xs[i] as number) > lower) lower = xs[i] as number;
    return (lower + upper) / 2;
  });
}

/**
 * The dimension profile of one unit: a bar per dimension with the unit's dimension score,
 * and a black tick at the median of all scored units for that dimension — where the unit is
 * worse than a typical neighbourhood, and where it is not.
 *
 * @param result - the result of `computeIndex` (its `units` with `dimensions`)
 * @param unitId - the unit to profile
 * @param options - see {@link ChartOptions}
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_UNKNOWN_UNIT` when `unitId` is not in the result,
 *   `CHARTS_INVALID_INPUT` when `result` has no `units` array
 * @example
 * ```ts
 * import { dimensionProfileChart } from "mahalleh/charts";
 * const result = {
 *   units: [
 *     { id: "a", score: 60, dimensions: { economy: 80, education: 40 } },
 *     { id: "b", score: 30, dimensions: { economy: 20, education: 40 } },
 *     { id: "c", score: 10, dimensions: { economy: 10, education: 10 } },
 *   ],
 * };
 * const spec = dimensionProfileChart(result, "a", { locale: "en" });
 * (spec.data as { values: { dimension: string; value: number; median: number }[] }).values; // => [{ dimension: "economy", value: 80, median: 20 }, { dimension: "education", value: 40, median: 40 }]
 * dimensionProfileChart(result, "z"); // throws CHARTS_UNKNOWN_UNIT
 * ```
 *
 * @category Charts
 */
export function dimensionProfileChart(
  result: { readonly units: readonly Pick<IndexResult["units"][number], "id" | "score" | "dimensions">[] },
  unitId: string,
  options?: ChartOptions | undefined,
): VegaLiteSpec {
  unitsOf(result);
  const locale = localeOf(options);
  const unit = result.units.find((u) => u.id === unitId);
  if (unit === undefined) throw fail("CHARTS_UNKNOWN_UNIT", `واحد «${unitId}» در نتیجه نیست`, `Unit "${unitId}" is not in the result`, { unitId });
  const dimensions = Object.keys(unit.dimensions);
  const middle = medians(result.units, dimensions);
  const values = dimensions.map((d, k) => ({ dimension: label(options, d), value: unit.dimensions[d] ?? null, median: middle[k] ?? null }));
  const name = label(options, unitId);
  const worse = values.filter((v) => v.value !== null && v.median !== null && v.value > v.median).map((v) => v.dimension);
  const description = t(
    locale,
    `امتیاز ابعاد ${name} در برابر میانهٔ همهٔ واحدها. ` + (worse.length === 0 ? "در هیچ بعدی بالاتر از میانه نیست." : `بالاتر از میانه در: ${worse.join("، ")}.`),
    `Dimension scores of ${name} against the median of all units. ` + (worse.length === 0 ? "Above the median in no dimension." : `Above the median in: ${worse.join(", ")}.`),
  );
  const tooltip = [
    fd("dimension", "n", t(locale, "بعد", "Dimension")),
    fd("value", "q", name, ".1f"),
    fd("median", "q", t(locale, "میانه", "Median"), ".1f"),
  ];
  const scale = valueScale(locale);
  return frame(locale, options?.title ?? t(locale, `نیم‌رخ ابعاد ${name}`, `Dimension profile of ${name}`), t(locale, `میله: ${name}، خط سیاه: میانهٔ واحدها`, `bar: ${name}; black tick: median of the units`), description, [], {
    ...size(options, Math.ceil(values.length * 1.6)),
    data: { values },
    encoding: { y: rowY(locale, "dimension") },
    layer: [
      { mark: { type: "bar", color: "#0072B2" }, encoding: { x: { field: "value", type: "quantitative", title: t(locale, "امتیاز بعد (بیشتر = محروم‌تر)", "Dimension score (higher = more deprived)"), scale }, tooltip } },
      { mark: { type: "tick", color: "#000", thickness: 3 }, encoding: { x: fd("median", "q"), tooltip } },
    ],
  });
}
