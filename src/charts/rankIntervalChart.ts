import type { UncertaintyResult } from "../scoring/index";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, firstByRank, frame, invalid, label, limitNote, limitOf, localeOf, rowAxis, size, t, uniqueLabels, valueScale } from "./_common";

/**
 * Rank intervals from `uncertainty`: for each unit (in the order of its nominal rank) a line
 * from the 5th to the 95th percentile of its Monte Carlo ranks, a dot at the median rank and a
 * tick at the nominal rank. Long lines are the ranks the data cannot settle.
 *
 * @param result - the result of `uncertainty` (its `units` and `runs`)
 * @param options - see {@link ChartOptions}; `limit` (default 50) keeps the best-ranked units
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` when `result` has no `units` array
 * @example
 * ```ts
 * import { rankIntervalChart } from "mahalleh/charts";
 * const spec = rankIntervalChart({
 *   runs: 200,
 *   units: [
 *     { id: "b", rankNominal: 2, rankMedian: 2, rankP05: 1, rankP95: 3, rankMean: 2.1 },
 *     { id: "a", rankNominal: 1, rankMedian: 1, rankP05: 1, rankP95: 2, rankMean: 1.2 },
 *   ],
 * }, { locale: "en" });
 * (spec.data as { values: { id: string }[] }).values.map((r) => r.id); // => ["a", "b"]
 * (spec.layer as unknown[]).length; // => 3
 * ```
 *
 * @category Charts
 */
export function rankIntervalChart(result: Pick<UncertaintyResult, "units" | "runs">, options?: ChartOptions | undefined): VegaLiteSpec {
  if (!Array.isArray(result?.units)) invalid("نتیجهٔ عدم قطعیت آرایهٔ units ندارد", "The uncertainty result has no units array");
  const locale = localeOf(options);
  const { shown, total } = firstByRank(result.units, (u) => (u.rankP05 === null || u.rankP95 === null || u.rankMedian === null ? null : u.rankNominal), limitOf(options));
  const names = uniqueLabels(shown.map((u) => ({ id: u.id, text: label(options, u.id) })));
  const values = shown.map((u, i) => ({ id: u.id, label: names[i], nominal: u.rankNominal, median: u.rankMedian, p05: u.rankP05, p95: u.rankP95 }));
  const { note, subtitle } = limitNote(shown.length, total, locale);
  const widest = values.reduce<(typeof values)[number] | undefined>((w, v) => (w === undefined || (v.p95 as number) - (v.p05 as number) > (w.p95 as number) - (w.p05 as number) ? v : w), undefined);
  const description = t(
    locale,
    `بازهٔ رتبهٔ ${digits(shown.length, locale)} واحد از ${digits(result.runs, locale)} اجرای مونت‌کارلو: خط از صدک ۵ تا ۹۵، نقطه میانه.` +
      (widest === undefined ? "" : ` نامطمئن‌ترین رتبه: ${widest.label} از ${digits(widest.p05 as number, locale)} تا ${digits(widest.p95 as number, locale)}.`),
    `Rank intervals of ${shown.length} units from ${result.runs} Monte Carlo runs: line from the 5th to the 95th percentile, dot at the median.` +
      (widest === undefined ? "" : ` Least certain rank: ${widest.label}, from ${widest.p05} to ${widest.p95}.`),
  );
  const rankTitle = t(locale, "رتبه (۱ = محروم‌ترین)", "Rank (1 = most deprived)");
  const y = { field: "label", type: "nominal", sort: null, axis: rowAxis(locale) };
  const scale = valueScale(locale, { zero: false });
  const tooltip = [
    { field: "label", type: "nominal", title: t(locale, "محله", "Neighbourhood") },
    { field: "nominal", type: "quantitative", title: t(locale, "رتبهٔ اسمی", "Nominal rank"), format: "d" },
    { field: "median", type: "quantitative", title: t(locale, "میانهٔ رتبه", "Median rank"), format: ".1f" },
    { field: "p05", type: "quantitative", title: t(locale, "صدک ۵", "5th percentile"), format: ".1f" },
    { field: "p95", type: "quantitative", title: t(locale, "صدک ۹۵", "95th percentile"), format: ".1f" },
  ];
  return frame(locale, options?.title ?? t(locale, "بازهٔ رتبه‌ها (۵ تا ۹۵ درصد)", "Rank intervals (5–95 %)"), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, shown.length),
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "rule", color: "#0072B2", strokeWidth: 2 }, encoding: { x: { field: "p05", type: "quantitative", title: rankTitle, scale }, x2: { field: "p95" }, tooltip } },
      { mark: { type: "point", filled: true, color: "#0072B2", size: 50 }, encoding: { x: { field: "median", type: "quantitative" }, tooltip } },
      { mark: { type: "tick", color: "#D55E00", thickness: 2 }, encoding: { x: { field: "nominal", type: "quantitative" }, tooltip } },
    ],
  });
}
