import { persianDigits } from "../internal/chars";
import type { WorkCalendar } from "../jalali/createWorkCalendar";
import { fromDayNumber } from "../jalali/fromDayNumber";
import type { JalaliDate } from "../jalali/types";
import type { Agency, Intervention, Resolution, Session, Transaction } from "../models/index";
import { dayOf } from "./_dates";
import { badOption, checkList } from "./_messages";
import { followUpResolutions } from "./followUpResolutions";
import type { ResolutionFollowUp } from "./followUpResolutions";
import { interventionProgress } from "./interventionProgress";
import type { InterventionProgress, ProgressReason } from "./interventionProgress";

/**
 * The records {@link sessionAgenda} reads (a `ModelDataset` or the sample fits).
 *
 * @category Agenda
 */
export interface AgendaDataset {
  /** Resolutions to follow up. */
  readonly resolutions: readonly Resolution[];
  /** Sessions (for the next session's number). */
  readonly sessions?: readonly Session[] | undefined;
  /** Agencies (for their names). */
  readonly agencies?: readonly Agency[] | undefined;
  /** Interventions (for the off-track and spending sections). */
  readonly interventions?: readonly Intervention[] | undefined;
  /** Their transactions. */
  readonly transactions?: readonly Transaction[] | undefined;
}

/**
 * Options of {@link sessionAgenda}.
 *
 * @category Agenda
 */
export interface SessionAgendaOptions {
  /** The day the report is prepared (Jalali). Required. */
  readonly asOf: JalaliDate;
  /** Number of the session the report is for. Default: one more than the latest session in the dataset (none if there are no sessions). */
  readonly sessionNumber?: number | undefined;
  /** Date of that session: resolutions due by then are listed. Default: 30 calendar days after `asOf`. */
  readonly nextSessionDate?: JalaliDate | undefined;
  /** Language: `"fa"` (Persian, Persian digits) or `"en"`. Default `"fa"`. */
  readonly locale?: "fa" | "en" | undefined;
  /** Which days are working days. Default: `createWorkCalendar()`. */
  readonly calendar?: WorkCalendar | undefined;
}

const WORDS = {
  fa: {
    title: (n: string) => (n === "" ? "گزارش پیگیری مصوبات" : `گزارش پیگیری مصوبات برای جلسهٔ ${n} قرارگاه اجتماعی`),
    prepared: (d: string, next: string) => `تاریخ گزارش: ${d} · جلسهٔ بعد: ${next}`,
    summary: "خلاصه",
    // The summary: "{all}" then each count in this order (a count left out when not given).
    counts: ["مصوبات: {all} — ", "، ", "انجام‌شده به‌موقع", "با تأخیر", "بی تاریخ انجام", "در جریان", "نزدیک به مهلت", "معوق", "لغوشده"],
    overdue: "۱. مصوبات معوق به تفکیک دستگاه (بیشترین تأخیر نخست)",
    due: "۲. مصوبات با مهلت تا جلسهٔ بعد",
    offTrack: "۳. اقدامات خارج از برنامه",
    spending: "۴. هزینه‌کرد عقب‌تر از برنامه",
    undated: "۵. مصوبات انجام‌شده بی تاریخ انجام",
    none: "موردی نیست.",
    resolutionHead: ["مصوبه", "متن", "مهلت", "تأخیر (روز کاری)", "آخرین پیگیری"],
    dueHead: ["مصوبه", "متن", "دستگاه", "مهلت", "روز کاری مانده"],
    offHead: ["اقدام", "عنوان", "دستگاه", "دلیل"],
    spendHead: ["اقدام", "عنوان", "پیشرفت زمانی", "هزینه‌کرد از بودجه"],
    count: (n: string) => `${n} مصوبه`,
    never: "بی‌پیگیری",
    // {days}: a count of days; {actual}, {expected}, {spent}: shares shown in percent.
    reasons: {
      "start-late": "آغاز نشده؛ {days} روز پس از آغاز برنامه‌ریزی‌شده",
      suspended: "متوقف",
      "past-planned-end": "{days} روز پس از پایان برنامه‌ریزی‌شده هنوز تمام نشده",
      "behind-schedule": "پیشرفت {actual} در برابر {expected} مورد انتظار",
      unmeasured: "شاخص عملکرد اندازه‌گیری نشده",
      "spending-behind": "هزینه‌کرد {spent} در برابر {expected} زمان سپری‌شده",
    },
  },
  en: {
    title: (n: string) => (n === "" ? "Follow-up of resolutions" : `Follow-up of resolutions for session ${n} of the Social Headquarters`),
    prepared: (d: string, next: string) => `Prepared on ${d} · next session: ${next}`,
    summary: "Summary",
    counts: ["Resolutions: {all} — ", ", ", "done on time", "done late", "done without a completion date", "open", "due soon", "overdue", "cancelled"],
    overdue: "1. Overdue resolutions by agency (longest delay first)",
    due: "2. Resolutions due by the next session",
    offTrack: "3. Interventions off track",
    spending: "4. Spending behind schedule",
    undated: "5. Done without a completion date",
    none: "None.",
    resolutionHead: ["resolution", "text", "deadline", "delay (working days)", "last follow-up"],
    dueHead: ["resolution", "text", "agency", "deadline", "working days left"],
    offHead: ["intervention", "title", "agency", "reason"],
    spendHead: ["intervention", "title", "time elapsed", "spent of budget"],
    count: (n: string) => `${n} resolution(s)`,
    never: "never",
    reasons: {
      "start-late": "not started, {days} days after the planned start",
      suspended: "suspended",
      "past-planned-end": "still running {days} days after the planned end",
      "behind-schedule": "progress {actual} against {expected} expected",
      unmeasured: "no KPI measured",
      "spending-behind": "spent {spent} against {expected} of the time elapsed",
    },
  },
};

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

/**
 * The follow-up report a secretariat brings to the next session, as Markdown: a summary of
 * the resolutions' states, the overdue resolutions grouped by agency (agencies and
 * resolutions with the longest working-day delay first), the resolutions due by the next
 * session, the interventions off track with their reasons, and those whose spending is
 * behind the time elapsed; and, when there are any, the resolutions marked done without a
 * completion date (records to complete: whether they were on time cannot be said). Persian
 * with Persian digits by default; Jalali dates throughout.
 * Counting rules are those of {@link followUpResolutions} and {@link interventionProgress}.
 *
 * @param dataset - resolutions, and optionally sessions, agencies, interventions, transactions
 * @param options - `asOf` (required), `sessionNumber`, `nextSessionDate`, `locale`, `calendar`
 * @returns the report as Markdown
 * @throws MahallehError as {@link followUpResolutions} and {@link interventionProgress};
 *   `MONITORING_INVALID_INPUT` for a bad `locale` or `sessionNumber`
 * @example
 * ```ts
 * import { sessionAgenda } from "mahalleh/monitoring";
 * import { sampleDataset } from "mahalleh/models";
 * const md = sessionAgenda(sampleDataset, { asOf: { year: 1404, month: 1, day: 20 } });
 * md.split("\n")[0]; // => "# گزارش پیگیری مصوبات برای جلسهٔ ۷۴ قرارگاه اجتماعی"
 * md.includes("| alb-sh-68-r2 |"); // => true
 * const en = sessionAgenda(sampleDataset, { asOf: { year: 1404, month: 1, day: 20 }, locale: "en" });
 * en.split("\n")[0]; // => "# Follow-up of resolutions for session 74 of the Social Headquarters"
 * ```
 * @category Agenda
 */
export function sessionAgenda(dataset: AgendaDataset, options: SessionAgendaOptions): string {
  if (typeof dataset !== "object" || dataset === null) throw badOption("dataset", "{ resolutions, … }", dataset);
  checkList(dataset.resolutions, "resolutions");
  const locale = options.locale ?? "fa";
  if (locale !== "fa" && locale !== "en") throw badOption("locale", "fa | en", locale);
  const w = WORDS[locale];
  const digits = (x: number | string): string => (locale === "fa" ? persianDigits(String(x)) : String(x));
  const date = (d: JalaliDate): string => digits(`${d.year}/${String(d.month).padStart(2, "0")}/${String(d.day).padStart(2, "0")}`);
  const asOfDay = dayOf(options.asOf, { list: "options", field: "asOf" });
  const next = options.nextSessionDate ?? fromDayNumber(asOfDay + 30);
  const nextDay = dayOf(next, { list: "options", field: "nextSessionDate" });
  let number = options.sessionNumber;
  if (number === undefined && dataset.sessions !== undefined && dataset.sessions.length > 0) number = Math.max(...dataset.sessions.map((s) => s.number)) + 1;
  if (number !== undefined && !(Number.isInteger(number) && number >= 1)) throw badOption("sessionNumber", "an integer ≥ 1", number);
  const agencyName = new Map((dataset.agencies ?? []).map((a) => [a.id as string, locale === "fa" ? a.nameFa : (a.nameEn ?? a.id)]));
  const nameOf = (id: string): string => agencyName.get(id) ?? id;
  const calendar = options.calendar === undefined ? {} : { calendar: options.calendar };

  const follow = followUpResolutions(dataset.resolutions, { asOf: options.asOf, ...calendar });
  const byId = new Map(dataset.resolutions.map((r) => [r.id as string, r]));
  const undated = follow.filter((f) => f.completionDateMissing);
  // Done on time, done late, done undated (only when any), open, due soon, overdue, cancelled.
  const counts = ["done", "done-late", "undated", "open", "due-soon", "overdue", "cancelled"].flatMap((s, k) => {
    const n = s === "undated" ? undated.length : follow.filter((f) => f.state === s && !f.completionDateMissing).length;
    return s === "undated" && n === 0 ? [] : [`${w.counts[k + 2]} ${digits(n)}`];
  });
  const summary = w.counts[0]!.replace("{all}", digits(follow.length)) + counts.join(w.counts[1]);
  const pct = (x: number | null | undefined): string => (x == null ? "—" : `${digits(Math.round(100 * x))}${locale === "fa" ? "٪" : "%"}`);
  const reason = (r: ProgressReason): string => w.reasons[r.code].replace(/\{(\w+)\}/g, (_, key: string) => (key === "days" ? digits(r.params[key] ?? 0) : pct(r.params[key])));

  const out: string[] = [`# ${w.title(number === undefined ? "" : digits(number))}`, "", w.prepared(date(options.asOf), date(next)), "", `## ${w.summary}`, "", summary, ""];

  // 1. Overdue, grouped by agency, longest delay first.
  out.push(`## ${w.overdue}`, "");
  const overdue = follow.filter((f) => f.state === "overdue");
  const groups = new Map<string, ResolutionFollowUp[]>();
  for (const f of overdue) groups.set(f.agencyId, [...(groups.get(f.agencyId) ?? []), f]);
  const sorted = [...groups.entries()]
    .map(([agency, rows]) => [agency, rows.sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue || b.calendarDaysOverdue - a.calendarDaysOverdue)] as const)
    .sort((a, b) => b[1][0]!.workingDaysOverdue - a[1][0]!.workingDaysOverdue || (a[0] < b[0] ? -1 : 1));
  if (sorted.length === 0) out.push(w.none, "");
  for (const [agency, rows] of sorted) {
    out.push(`### ${nameOf(agency)} (${w.count(digits(rows.length))})`, "");
    out.push(
      table(
        w.resolutionHead,
        rows.map((f) => [
          f.id,
          byId.get(f.id)?.text ?? "",
          date(f.effectiveDeadline),
          digits(f.workingDaysOverdue),
          f.lastFollowUp === null ? w.never : `${date(f.lastFollowUp.date)}: ${f.lastFollowUp.note}`,
        ]),
      ),
      "",
    );
  }

  // 2. Due by the next session.
  out.push(`## ${w.due}`, "");
  const due = follow
    .filter((f) => (f.state === "open" || f.state === "due-soon") && dayOf(f.effectiveDeadline, { list: "resolutions", id: f.id, field: "deadline" }) <= nextDay)
    .sort((a, b) => a.calendarDaysLeft - b.calendarDaysLeft);
  out.push(due.length === 0 ? w.none : table(w.dueHead, due.map((f) => [f.id, byId.get(f.id)?.text ?? "", nameOf(f.agencyId), date(f.effectiveDeadline), digits(f.workingDaysLeft)])), "");

  // 3 and 4. Interventions.
  let progress: InterventionProgress[] = [];
  if (dataset.interventions !== undefined) {
    progress = interventionProgress(dataset.interventions, { asOf: options.asOf, transactions: dataset.transactions ?? [], ...calendar });
  }
  const off = progress.filter((p) => p.state === "off-track");
  out.push(`## ${w.offTrack}`, "");
  out.push(
    off.length === 0
      ? w.none
      : table(
          w.offHead,
          off.map((p) => [p.id, p.titleFa, nameOf(p.leadAgencyId), p.reasons.filter((r) => r.code !== "spending-behind").map(reason).join(locale === "fa" ? "؛ " : "; ")]),
        ),
    "",
  );
  const behind = progress.filter((p) => p.reasons.some((r) => r.code === "spending-behind"));
  out.push(`## ${w.spending}`, "");
  out.push(behind.length === 0 ? w.none : table(w.spendHead, behind.map((p) => [p.id, p.titleFa, pct(p.schedule.expectedProgress), pct(p.budget.spentShare)])), "");

  // 5. Only when there are any: done resolutions whose completion date was never recorded.
  if (undated.length > 0) {
    out.push(`## ${w.undated}`, "", table(w.dueHead.slice(0, 4), undated.map((f) => [f.id, byId.get(f.id)?.text ?? "", nameOf(f.agencyId), date(f.effectiveDeadline)])), "");
  }
  return out.join("\n");
}
