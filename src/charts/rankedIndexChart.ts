import type { IndexResult } from "../scoring/index";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, firstByRank, frame, label, limitNote, limitOf, localeOf, num, rowY, size, t, uniqueLabels, unitsOf, valueScale } from "./_common";
import { levelColors } from "./levelColors";

/**
 * The ranked index: one horizontal bar per scored unit, most deprived at the top, coloured by
 * level (ColorBrewer YlOrRd, see {@link levelColors}), with the rank in each row's label and
 * score, rank and level in the tooltip. In Persian the bars grow leftwards from labels on
 * the right. Units without a score are not drawn and are counted in the description.
 *
 * @param result - the result of `computeIndex` (its `units` and `levels`)
 * @param options - see {@link ChartOptions}; `limit` (default 50) keeps the most deprived
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` when `result` has no `units` array
 * @example
 * ```ts
 * import { computeIndex } from "mahalleh/scoring";
 * import { rankedIndexChart } from "mahalleh/charts";
 * const result = computeIndex(
 *   { ids: ["a", "b", "c"], columns: { x: [20, 8, 14] } },
 *   { indicators: [{ id: "x", dimension: "d", direction: 1 }], levels: { method: "equalIntervals", count: 3 } },
 * );
 * const spec = rankedIndexChart(result, { labels: { a: "گلشهر", b: "مهرشهر", c: "حصارک" } });
 * (spec.data as { values: { label: string }[] }).values.map((r) => r.label); // => ["۱. گلشهر", "۲. حصارک", "۳. مهرشهر"]
 * spec.mark; // => { type: "bar", stroke: "#555", strokeWidth: 0.5 }
 * ```
 *
 * @category Charts
 */
export function rankedIndexChart(
  result: Pick<IndexResult, "levels"> & { readonly units: readonly Pick<IndexResult["units"][number], "id" | "score" | "rank" | "level">[] },
  options?: ChartOptions | undefined): VegaLiteSpec {
  unitsOf(result);
  const locale = localeOf(options);
  const { shown, total } = firstByRank(result.units, (u) => (u.score === null ? null : u.rank), limitOf(options));
  const names = uniqueLabels(shown.map((u) => ({ id: u.id, text: `${digits(u.rank as number, locale)}. ${label(options, u.id)}` })));
  const values = shown.map((u, i) => ({
    id: u.id,
    label: names[i],
    score: u.score,
    rank: u.rank,
    level: u.level?.level ?? null,
    levelLabel: u.level === null ? t(locale, "بی‌سطح", "no level") : u.level[locale],
  }));
  const levelNames = result.levels.map((l) => l[locale]);
  const { note, subtitle } = limitNote(shown.length, total, locale);
  const unscored = result.units.length - total;
  const top = shown[0];
  const description = t(
    locale,
    `نمودار میله‌ای افقی امتیاز ترکیبی محرومیت ${digits(total, locale)} واحد، محروم‌ترین در بالا، رنگ به تفکیک سطح محرومیت.` +
      (top === undefined ? "" : ` محروم‌ترین: ${label(options, top.id)} با امتیاز ${num(top.score as number, locale, 1)}.`) +
      (unscored > 0 ? ` ${digits(unscored, locale)} واحد امتیاز نگرفت و نمایش داده نشد.` : ""),
    `Horizontal bar chart of the composite deprivation score of ${total} units, most deprived at the top, coloured by deprivation level.` +
      (top === undefined ? "" : ` Most deprived: ${label(options, top.id)}, score ${num(top.score as number, locale, 1)}.`) +
      (unscored > 0 ? ` ${unscored} units were not scored and are not shown.` : ""),
  );
  const levelTitle = t(locale, "سطح محرومیت", "Deprivation level");
  return frame(locale, options?.title ?? t(locale, "رتبه‌بندی محله‌ها بر پایهٔ شاخص ترکیبی محرومیت", "Neighbourhoods ranked by the composite deprivation index"), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, shown.length),
    data: { values },
    mark: { type: "bar", stroke: "#555", strokeWidth: 0.5 },
    encoding: {
      y: rowY(locale),
      x: { ...fd("score", "q", t(locale, "امتیاز (۰ تا ۱۰۰؛ بیشتر = محروم‌تر)", "Score (0–100; higher = more deprived)")), scale: valueScale(locale) },
      color: {
        field: "levelLabel",
        type: "ordinal",
        title: levelTitle,
        scale: { domain: levelNames, range: levelNames.length > 0 && levelNames.length <= 9 ? levelColors(levelNames.length) : levelColors(5) },
      },
      tooltip: [
        fd("label", "n", t(locale, "محله", "Neighbourhood")),
        fd("score", "q", t(locale, "امتیاز", "Score"), ".1f"),
        fd("rank", "q", t(locale, "رتبه", "Rank"), "d"),
        fd("levelLabel", "n", levelTitle),
      ],
    },
  });
}
