import type { ChartOptions } from "./ChartOptions";
import type { KpiProgressItem } from "./KpiProgressItem";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, frame, invalid, label, limitNote, limitOf, localeOf, rowY, size, t, uniqueLabels, valueScale } from "./_common";

/**
 * KPI progress: one bar per KPI with its share of the way from baseline to target, a rule at
 * 100 % (the target), and a colour by band — vermillion below 50 %, orange from 50 % to
 * below 100 %, bluish green at or above the target (Okabe–Ito colours). Shares beyond
 * −50 %…150 % are drawn at the edge; the tooltip keeps the true value.
 *
 * @param items - the KPIs (see {@link KpiProgressItem}), drawn in the given order
 * @param options - see {@link ChartOptions}
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` when a share is not a finite number
 * @example
 * ```ts
 * import { kpiProgressChart } from "mahalleh/charts/monitoring";
 * const spec = kpiProgressChart([{ id: "k1", label: "نرخ اشتغال زنان", share: 0.4 }, { id: "k2", share: 1.2 }], { locale: "en" });
 * (spec.data as { values: { band: string; shown: number }[] }).values.map((r) => [r.band, r.shown]); // => [["below half", 0.4], ["target met", 1.2]]
 * ```
 *
 * @category Charts
 */
export function kpiProgressChart(items: readonly KpiProgressItem[], options?: ChartOptions | undefined): VegaLiteSpec {
  if (!Array.isArray(items)) invalid("فهرست شاخص‌های کلیدی باید آرایه باشد", "The KPI items must be an array");
  const locale = localeOf(options);
  const bands = [t(locale, "زیر نیمه", "below half"), t(locale, "در راه", "on the way"), t(locale, "هدف محقق شد", "target met")];
  const shown = items.slice(0, limitOf(options));
  const names = uniqueLabels(shown.map((it) => ({ id: it.id, text: it.label ?? label(options, it.id) })));
  const values = shown.map((it, i) => {
    if (typeof it.share !== "number" || !Number.isFinite(it.share)) invalid(`پیشرفت «${it.id}» عدد نیست`, `The progress of "${it.id}" is not a finite number`, { id: it.id });
    return { id: it.id, label: names[i], share: it.share, shown: Math.min(1.5, Math.max(-0.5, it.share)), band: bands[it.share < 0.5 ? 0 : it.share < 1 ? 1 : 2] };
  });
  const met = values.filter((v) => v.share >= 1).length;
  const { note, subtitle } = limitNote(shown.length, items.length, locale);
  const description = t(
    locale,
    `پیشرفت ${digits(values.length, locale)} شاخص کلیدی از خط پایه تا هدف؛ ${digits(met, locale)} به هدف رسیده است.`,
    `Progress of ${values.length} KPIs from baseline to target; ${met} have met their target.`,
  );
  return frame(locale, options?.title ?? t(locale, "پیشرفت شاخص‌های کلیدی عملکرد", "Progress of the key performance indicators"), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, values.length),
    data: { values },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: rowY(locale),
          x: { ...fd("shown", "q", t(locale, "پیشرفت به سوی هدف", "Progress towards the target")), axis: { format: "%" }, scale: valueScale(locale, { domain: [Math.min(0, ...values.map((v) => v.shown)), 1.5] }) },
          color: { ...fd("band", "o", null), scale: { domain: bands, range: ["#D55E00", "#E69F00", "#009E73"] } },
          tooltip: [
            fd("label", "n", t(locale, "شاخص", "KPI")),
            fd("share", "q", t(locale, "پیشرفت", "Progress"), ".0%"),
          ],
        },
      },
      { data: { values: [{ target: 1 }] }, mark: { type: "rule", color: "#000", strokeDash: [4, 3] }, encoding: { x: fd("target", "q") } },
    ],
  });
}
