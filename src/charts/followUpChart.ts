import type { ChartOptions } from "./ChartOptions";
import type { FollowUpItem } from "./FollowUpItem";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, frame, invalid, label, limitNote, limitOf, localeOf, rowY, size, t, valueScale } from "./_common";

const STATES: readonly [string, string, string, string][] = [
  ["done", "انجام شد", "done", "#009E73"],
  ["on-track", "در جریان", "on track", "#56B4E9"],
  ["due-soon", "نزدیک مهلت", "due soon", "#E69F00"],
  ["overdue", "گذشته از مهلت", "overdue", "#D55E00"],
  ["cancelled", "لغو شد", "cancelled", "#999999"],
];

/**
 * Resolution follow-up by agency: one stacked bar per agency counting its resolutions by
 * state (done, on track, due soon, overdue, cancelled — Okabe–Ito colours, other states
 * grey), agencies with the most overdue items first; the tooltip adds the mean working days
 * overdue. The counting is done here, so the chart stays small for any number of items.
 *
 * @param items - one entry per resolution (see {@link FollowUpItem})
 * @param options - see {@link ChartOptions}; `labels` names the agencies, `limit` (default 50) caps them
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` when `items` is not an array of `{ agencyId, state }`
 * @example
 * ```ts
 * import { followUpChart } from "mahalleh/charts/monitoring";
 * const spec = followUpChart(
 *   [
 *     { agencyId: "welfare", state: "done" },
 *     { agencyId: "municipality", state: "overdue", workingDaysOverdue: 12 },
 *     { agencyId: "municipality", state: "overdue", workingDaysOverdue: 4 },
 *   ],
 *   { locale: "en" },
 * );
 * (spec.data as { values: { agency: string; state: string; count: number }[] }).values.map((r) => [r.agency, r.state, r.count]); // => [["municipality", "overdue", 2], ["welfare", "done", 1]]
 * ```
 *
 * @category Charts
 */
export function followUpChart(items: readonly FollowUpItem[], options?: ChartOptions | undefined): VegaLiteSpec {
  if (!Array.isArray(items)) invalid("فهرست پیگیری باید آرایه باشد", "The follow-up items must be an array");
  const locale = localeOf(options);
  const k = locale === "fa" ? 1 : 2;
  const stateName = (s: string): string => STATES.find((x) => x[0] === s)?.[k] ?? s;
  const agencies = new Map<string, { counts: Map<string, number>; overdue: number; days: number; daysN: number }>();
  for (const it of items) {
    if (typeof it?.agencyId !== "string" || typeof it.state !== "string") invalid("هر مورد پیگیری agencyId و state می‌خواهد", "Each follow-up item needs an agencyId and a state", { item: it });
    const a = agencies.get(it.agencyId) ?? { counts: new Map<string, number>(), overdue: 0, days: 0, daysN: 0 };
    agencies.set(it.agencyId, a);
    a.counts.set(it.state, (a.counts.get(it.state) ?? 0) + 1);
    if (it.state === "overdue") a.overdue++;
    if (typeof it.workingDaysOverdue === "number" && Number.isFinite(it.workingDaysOverdue)) {
      a.days += it.workingDaysOverdue;
      a.daysN++;
    }
  }
  const order = [...agencies].sort((x, y) => y[1].overdue - x[1].overdue || label(options, x[0]).localeCompare(label(options, y[0])));
  const shown = order.slice(0, limitOf(options));
  const known = STATES.map((s) => s[0]);
  const pos = (s: string): number => (known.includes(s) ? known.indexOf(s) : 9);
  const values = shown.flatMap(([id, a]) =>
    [...a.counts]
      .sort((x, y) => pos(x[0]) - pos(y[0]))
      .map(([state, count]) => ({
        agency: label(options, id),
        state: stateName(state),
        order: pos(state),
        count,
        meanDays: a.daysN === 0 ? null : a.days / a.daysN,
      })),
  );
  const domain = [...STATES.map((s) => s[k] as string), ...new Set(values.filter((v) => v.order === 9).map((v) => v.state))];
  const range = [...STATES.map((s) => s[3]), ...domain.slice(STATES.length).map(() => "#cccccc")];
  const overdue = items.filter((i) => i.state === "overdue").length;
  const worst = shown[0];
  const { note, subtitle } = limitNote(shown.length, order.length, locale);
  const description = t(
    locale,
    `پیگیری ${digits(items.length, locale)} مصوبه در ${digits(order.length, locale)} دستگاه؛ ${digits(overdue, locale)} مورد گذشته از مهلت.` +
      (worst !== undefined && worst[1].overdue > 0 ? ` بیشترین تأخیر: ${label(options, worst[0])} با ${digits(worst[1].overdue, locale)} مورد.` : ""),
    `Follow-up of ${items.length} resolutions across ${order.length} agencies; ${overdue} overdue.` +
      (worst !== undefined && worst[1].overdue > 0 ? ` Most overdue: ${label(options, worst[0])} with ${worst[1].overdue}.` : ""),
  );
  return frame(locale, options?.title ?? t(locale, "پیگیری مصوبات به تفکیک دستگاه", "Follow-up of resolutions by agency"), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, shown.length),
    data: { values },
    mark: { type: "bar", stroke: "#fff", strokeWidth: 0.5 },
    encoding: {
      y: rowY(locale, "agency"),
      x: { ...fd("count", "q"), stack: "zero", title: t(locale, "شمار مصوبه‌ها", "Number of resolutions"), axis: { tickMinStep: 1, format: "d" }, scale: valueScale(locale) },
      color: { ...fd("state", "n", t(locale, "وضعیت", "State")), scale: { domain, range } },
      order: fd("order", "q"),
      tooltip: [
        fd("agency", "n", t(locale, "دستگاه", "Agency")),
        fd("state", "n", t(locale, "وضعیت", "State")),
        fd("count", "q", t(locale, "شمار", "Count"), "d"),
        fd("meanDays", "q", t(locale, "میانگین روز کاری تأخیر", "Mean working days overdue"), ".1f"),
      ],
    },
  });
}
