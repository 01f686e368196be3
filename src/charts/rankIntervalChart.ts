import type { UncertaintyResult } from "../scoring/index";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, firstByRank, frame, label, limitNote, limitOf, localeOf, rowY, size, t, uniqueLabels, unitsOf, valueScale } from "./_common";

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
  unitsOf(result, "عدم قطعیت", "uncertainty");
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
  const y = rowY(locale);
  const scale = valueScale(locale, { zero: false });
  const tooltip = [
    fd("label", "n", t(locale, "محله", "Neighbourhood")),
    fd("nominal", "q", t(locale, "رتبهٔ اسمی", "Nominal rank"), "d"),
    fd("median", "q", t(locale, "میانهٔ رتبه", "Median rank"), ".1f"),
    fd("p05", "q", t(locale, "صدک ۵", "5th percentile"), ".1f"),
    fd("p95", "q", t(locale, "صدک ۹۵", "95th percentile"), ".1f"),
  ];
  return frame(locale, options?.title ?? t(locale, "بازهٔ رتبه‌ها (۵ تا ۹۵ درصد)", "Rank intervals (5–95 %)"), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, shown.length),
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "rule", color: "#0072B2", strokeWidth: 2 }, encoding: { x: { field: "p05", type: "quantitative", title: rankTitle, scale }, x2: { field: "p95" }, tooltip } },
      { mark: { type: "point", filled: true, color: "#0072B2", size: 50 }, encoding: { x: fd("median", "q"), tooltip } },
      { mark: { type: "tick", color: "#D55E00", thickness: 2 }, encoding: { x: fd("nominal", "q"), tooltip } },
    ],
  });
}
