import { toDayNumber, type JalaliDate } from "../jalali/index";
import type { ChartOptions } from "./ChartOptions";
import type { ScheduleItem } from "./ScheduleItem";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { digits, fd, frame, invalid, label, limitNote, limitOf, localeOf, rowY, size, t, uniqueLabels } from "./_common";

/**
 * Options of {@link scheduleChart}.
 *
 * @category Charts
 */
export interface ScheduleChartOptions extends ChartOptions {
  /**
   * The day the schedule is judged on (no hidden clock): work started but not finished is
   * drawn up to it, work running past its planned end is marked late, and a vertical rule
   * marks it. Default: none (unfinished work is drawn as its start day only).
   */
  readonly asOf?: JalaliDate | undefined;
}

const MONTHS_FA = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(" ");
const MONTHS_EN = "Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand".split(" ");
const KINDS = { planned: ["برنامه", "planned"], actual: ["اجرا", "actual"], late: ["اجرا (دیرکرد)", "actual (late)"] } as const;

const day = (d: JalaliDate, id: string): number => {
  try {
    return toDayNumber(d);
  } catch (error) {
    return invalid(`تاریخ «${id}» معتبر نیست`, `A date of "${id}" is not valid`, { id, date: d, cause: error });
  }
};

/**
 * An intervention schedule (Gantt-like): for each item a light bar for the planned dates and
 * a darker, thinner bar for the actual ones — vermillion when the work ended, or is still
 * running on `asOf`, after its planned end. The time axis is Jalali: ticks at the first day
 * of Jalali months (or of every 2, 3, 6 or 12 months on long schedules), labelled with the
 * Jalali month and year; tooltips give the dates as `1403/12/27` (Persian digits in
 * Persian).
 *
 * Vega-Lite draws the bars on day numbers (days since 1970-01-01, as `toDayNumber`), so no
 * Gregorian date ever shows.
 *
 * @param items - the rows (see {@link ScheduleItem}), drawn in the given order
 * @param options - see {@link ScheduleChartOptions}
 * @returns a Vega-Lite specification
 * @throws MahallehError `CHARTS_INVALID_INPUT` for a missing or invalid date, or a planned
 *   end before the planned start
 * @example
 * ```ts
 * import { scheduleChart } from "mahalleh/charts/monitoring";
 * const spec = scheduleChart(
 *   [{ id: "i1", label: "کارگاه مهارت‌آموزی", plannedStart: { year: 1403, month: 1, day: 1 }, plannedEnd: { year: 1403, month: 6, day: 31 }, actualStart: { year: 1403, month: 2, day: 1 } }],
 *   { asOf: { year: 1403, month: 12, day: 27 } }, // 1403/12/27 = 2025-03-17
 * );
 * (spec.data as { values: { kind: string; end: string }[] }).values.map((r) => [r.kind, r.end]); // => [["برنامه", "۱۴۰۳/۰۶/۳۱"], ["اجرا (دیرکرد)", "ادامه دارد"]]
 * ```
 *
 * @category Charts
 */
export function scheduleChart(items: readonly ScheduleItem[], options?: ScheduleChartOptions | undefined): VegaLiteSpec {
  if (!Array.isArray(items)) invalid("برنامهٔ زمانی باید آرایه باشد", "The schedule items must be an array");
  const locale = localeOf(options);
  const k = locale === "fa" ? 0 : 1;
  const text = (d: JalaliDate): string => digits(`${d.year}/${String(d.month).padStart(2, "0")}/${String(d.day).padStart(2, "0")}`, locale);
  const asOf = options?.asOf === undefined ? undefined : day(options.asOf, "asOf");
  const shown = items.slice(0, limitOf(options));
  const names = uniqueLabels(shown.map((it) => ({ id: it.id, text: it.label ?? label(options, it.id) })));
  const values: Record<string, unknown>[] = [];
  let lo = Infinity;
  // the month (year × 12 + month − 1) of the earliest day drawn
  let first = 0;
  let hi = -Infinity;
  let late = 0;
  shown.forEach((it, i) => {
    if (it.plannedStart === undefined || it.plannedEnd === undefined) invalid(`«${it.id}» تاریخ برنامه ندارد`, `"${it.id}" has no planned dates`, { id: it.id });
    const ps = day(it.plannedStart, it.id);
    const pe = day(it.plannedEnd, it.id) + 1;
    if (pe <= ps) invalid(`پایان برنامهٔ «${it.id}» پیش از آغاز آن است`, `The planned end of "${it.id}" is before its start`, { id: it.id });
    const row = { id: it.id, label: names[i] };
    values.push({ ...row, kind: KINDS.planned[k], from: ps, to: pe, start: text(it.plannedStart), end: text(it.plannedEnd) });
    if (ps < lo) [lo, first] = [ps, it.plannedStart.year * 12 + it.plannedStart.month - 1];
    hi = Math.max(hi, pe);
    if (it.actualStart !== undefined) {
      const as = day(it.actualStart, it.id);
      const ae = it.actualEnd !== undefined ? day(it.actualEnd, it.id) + 1 : asOf !== undefined ? Math.max(asOf + 1, as + 1) : as + 1;
      const isLate = ae > pe && (it.actualEnd !== undefined || asOf !== undefined);
      if (isLate) late++;
      values.push({
        ...row,
        kind: (isLate ? KINDS.late : KINDS.actual)[k],
        from: as,
        to: ae,
        start: text(it.actualStart),
        end: it.actualEnd !== undefined ? text(it.actualEnd) : t(locale, "ادامه دارد", "ongoing"),
      });
      if (as < lo) [lo, first] = [as, it.actualStart.year * 12 + it.actualStart.month - 1];
      hi = Math.max(hi, ae);
    }
  });
  if (asOf !== undefined && shown.length > 0) hi = Math.max(hi, asOf + 1);
  // ticks at the first day of Jalali months, thinned to at most ~12
  const ticks: number[] = [];
  const labels: string[] = [];
  if (shown.length > 0) {
    const monthStart = (m: number): number => toDayNumber({ year: Math.floor(m / 12), month: (m % 12) + 1, day: 1 });
    let last = first;
    while (monthStart(last + 1) <= hi) last++;
    const months = last - first + 1;
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= 12) ?? 12 * Math.ceil(months / 144);
    for (let m = Math.ceil(first / step) * step; ; m += step) {
      const d = { year: Math.floor(m / 12), month: (m % 12) + 1, day: 1 };
      const n = toDayNumber(d);
      if (n > hi) break;
      if (n < lo) continue;
      ticks.push(n);
      labels.push(`${(locale === "fa" ? MONTHS_FA : MONTHS_EN)[d.month - 1]} ${digits(d.year, locale)}`);
    }
  }
  const { note, subtitle } = limitNote(shown.length, items.length, locale);
  const description = t(
    locale,
    `برنامهٔ زمانی ${digits(shown.length, locale)} مداخله: میلهٔ روشن دورهٔ برنامه، میلهٔ تیره دورهٔ اجرا.` + (late > 0 ? ` ${digits(late, locale)} مداخله از برنامه عقب است.` : ""),
    `Schedule of ${shown.length} interventions: light bar planned period, dark bar actual period.` + (late > 0 ? ` ${late} are behind schedule.` : ""),
  );
  const kindNames = [KINDS.planned[k], KINDS.actual[k], KINDS.late[k]];
  const tooltip = [
    fd("label", "n", t(locale, "مداخله", "Intervention")),
    fd("kind", "n", t(locale, "نوع", "Kind")),
    fd("start", "n", t(locale, "آغاز", "Start")),
    fd("end", "n", t(locale, "پایان", "End")),
  ];
  const layer: Record<string, unknown>[] = [
    {
      // what a screen reader says of a bar: its dates in Jalali, not the day numbers it is drawn on
      transform: [{ calculate: "datum.label+': '+datum.kind+' '+datum.start+' – '+datum.end", as: "aria" }],
      mark: { type: "bar", cornerRadius: 2 },
      encoding: {
        description: fd("aria", "n"),
        y: rowY(locale),
        x: {
          field: "from",
          type: "quantitative",
          title: t(locale, "تاریخ (خورشیدی)", "Date (Jalali)"),
          scale: { domain: [lo === Infinity ? 0 : lo, hi === -Infinity ? 1 : hi], nice: false, zero: false, ...(locale === "fa" ? { reverse: true } : {}) },
          // the axis is drawn on day numbers: hidden from screen readers, which read each bar's dates
          axis: { aria: false, values: ticks, labelExpr: `${JSON.stringify(labels)}[indexof(${JSON.stringify(ticks)}, datum.value)]`, labelAngle: 0, labelOverlap: true, grid: true },
        },
        x2: { field: "to" },
        yOffset: { ...fd("kind", "n"), scale: { domain: kindNames } },
        color: { ...fd("kind", "n", null), scale: { domain: kindNames, range: ["#56B4E9", "#0072B2", "#D55E00"] } },
        tooltip,
      },
    },
  ];
  if (asOf !== undefined) {
    layer.push({ data: { values: [{ asOf }] }, mark: { type: "rule", color: "#000", strokeDash: [4, 3] }, encoding: { x: fd("asOf", "q") } });
  }
  return frame(locale, options?.title ?? t(locale, "برنامهٔ زمانی مداخله‌ها: برنامه و اجرا", "Intervention schedule: planned and actual"), subtitle, description, note === undefined ? [] : [note], {
    ...size(options, shown.length * 2),
    data: { values },
    layer,
  });
}
