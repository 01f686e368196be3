import type { IndexResult } from "../scoring/index";
import { CATEGORY_COLORS } from "./CATEGORY_COLORS";
import type { ChartOptions } from "./ChartOptions";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, firstByRank, frame, label, limitNote, limitOf, localeOf, num, rowY, size, t, uniqueLabels, unitsOf, valueScale } from "./_common";

/**
 * Options of {@link contributionsChart}.
 *
 * @category Charts
 */
export interface ContributionsChartOptions extends ChartOptions {
  /**
   * Indicator id → dimension id: when given, contributions are summed per dimension (fewer,
   * steadier colours). Default: one segment per indicator.
   */
  readonly dimensionOf?: Readonly<Record<string, string>> | undefined;
}

/**
 * What drives each score: one stacked bar per unit (most deprived first, default `limit` 20)
 * whose segments are the contributions of its indicators — or of its dimensions with
 * `dimensionOf` — summing to the unit's score. Segment colours are the Okabe–Ito palette
 * ({@link CATEGORY_COLORS}); the tooltip gives each segment's share of the score.
 *
 * @param result - the result of `computeIndex` (its `units`)
 * @param options - see {@link ContributionsChartOptions}
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` when `result` has no `units` array
 * @example
 * ```ts
 * import { contributionsChart } from "mahalleh/charts";
 * const spec = contributionsChart(
 *   { units: [{ id: "a", score: 55, rank: 1, contributions: { unemployment: 25, literacy: 30 } }] },
 *   { locale: "en", dimensionOf: { unemployment: "economy", literacy: "education" } },
 * );
 * (spec.data as { values: { part: string; value: number }[] }).values.map((r) => [r.part, r.value]); // => [["economy", 25], ["education", 30]]
 * ```
 *
 * @category Charts
 */
export function contributionsChart(
  result: { readonly units: readonly Pick<IndexResult["units"][number], "id" | "score" | "rank" | "contributions">[] },
  options?: ContributionsChartOptions | undefined,
): VegaLiteSpec {
  unitsOf(result);
  const locale = localeOf(options);
  const { shown, total } = firstByRank(result.units, (u) => (u.score === null ? null : u.rank), limitOf(options, 20));
  const names = uniqueLabels(shown.map((u) => ({ id: u.id, text: `${digits(u.rank as number, locale)}. ${label(options, u.id)}` })));
  const dimensionOf = options?.dimensionOf;
  const values: { id: string; label: string; part: string; value: number; share: number }[] = [];
  const parts = new Set<string>();
  shown.forEach((u, i) => {
    const sums = new Map<string, number>();
    for (const [indicator, c] of Object.entries(u.contributions) as [string, number][]) {
      const part = label(options, dimensionOf?.[indicator] ?? indicator);
      sums.set(part, (sums.get(part) ?? 0) + c);
    }
    for (const [part, value] of sums) {
      parts.add(part);
      values.push({ id: u.id, label: names[i] as string, part, value, share: u.score ? value / u.score : 0 });
    }
  });
  const { note, subtitle } = limitNote(shown.length, total, locale);
  const by = dimensionOf === undefined ? t(locale, "شاخص", "indicator") : t(locale, "بعد", "dimension");
  const first = shown[0];
  const lead = first === undefined ? undefined : values.filter((v) => v.id === first.id).sort((a, b) => b.value - a.value)[0];
  const description = t(
    locale,
    `نمودار میله‌ای انباشته: سهم هر ${by} از امتیاز ${digits(shown.length, locale)} محروم‌ترین واحد.` +
      (lead === undefined ? "" : ` بزرگ‌ترین سهم در محروم‌ترین واحد: ${lead.part} (${num(100 * lead.share, locale)}٪).`),
    `Stacked bar chart: each ${by}'s contribution to the score of the ${shown.length} most deprived units.` +
      (lead === undefined ? "" : ` Largest share in the most deprived unit: ${lead.part} (${num(100 * lead.share, locale)}%).`),
  );
  return frame(locale, options?.title ?? t(locale, `سهم هر ${by} از امتیاز محرومیت`, `What drives each score, by ${by}`), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, shown.length),
    data: { values },
    mark: { type: "bar", stroke: "#fff", strokeWidth: 0.5 },
    encoding: {
      y: rowY(locale),
      x: { ...fd("value", "q"), stack: "zero", title: t(locale, "سهم از امتیاز", "Contribution to the score"), scale: valueScale(locale) },
      color: { ...fd("part", "n", by), scale: { domain: [...parts], range: CATEGORY_COLORS } },
      tooltip: [
        fd("label", "n", t(locale, "محله", "Neighbourhood")),
        fd("part", "n", by),
        fd("value", "q", t(locale, "سهم", "Contribution"), ".1f"),
        fd("share", "q", t(locale, "درصد امتیاز", "Share of score"), ".0%"),
      ],
    },
  });
}
