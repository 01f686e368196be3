/** `mahalleh followup`: where each resolution stands, in working days, on a given day. */
import { persianDigits } from "../internal/chars";
import { followUpResolutions } from "../monitoring/index";
import type { FollowUpState, ResolutionFollowUp } from "../monitoring/index";
import { UsageError, parseArgs } from "./_args";
import type { CliCommand, CliLocale } from "./_command";
import { asOfFrom, asOfNote, dateText, readMonitoringInput } from "./_monitoringInput";
import { renderTable } from "./_table";
import type { CliIO } from "./run";

/** Output formats of `mahalleh followup`. */
export type FollowUpFormat = "table" | "csv" | "json" | "md";

const FORMATS: readonly FollowUpFormat[] = ["table", "csv", "json", "md"];

export const FOLLOWUP_HELP = `mahalleh followup [file] [options]

Follows up resolutions (مصوبات): done, done late, open, due soon, overdue or cancelled, with
the delay or the time left in working days (Friday weekend and the solar holidays).
Without a file, follows up the bundled synthetic Alborz sample.

file            CSV export of resolutions (Persian or English headers), or JSON: an array
                of resolutions or a dataset object {resolutions, sessions?, agencies?, …}
--as-of DATE    the day of the follow-up, e.g. 1404/01/20 (default: today in Asia/Tehran;
                the day used is always printed on stderr)
--format F      table (default) | csv | json | md
--due-soon N    working days left that count as due soon (default 10)
--locale L      fa (default) | en
`;

const STATES: Readonly<Record<FollowUpState, { fa: string; en: string }>> = {
  done: { fa: "انجام‌شده", en: "done" },
  "done-late": { fa: "انجام با تأخیر", en: "done late" },
  open: { fa: "در جریان", en: "open" },
  "due-soon": { fa: "نزدیک به مهلت", en: "due soon" },
  overdue: { fa: "معوق", en: "overdue" },
  cancelled: { fa: "لغوشده", en: "cancelled" },
};

/** State label of a resolution marked done whose completion date was never recorded. */
const UNDATED = { fa: "انجام‌شده (بی تاریخ)", en: "done (no date)" };

const HEAD = {
  fa: ["مصوبه", "دستگاه", "وضعیت", "مهلت", "تأخیر (روز کاری)", "مانده (روز کاری)", "آخرین پیگیری"],
  en: ["resolution", "agency", "state", "deadline", "overdue (working days)", "left (working days)", "last follow-up"],
};

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function render(rows: readonly ResolutionFollowUp[], format: FollowUpFormat, locale: CliLocale, asOf: string): string {
  if (format === "json") {
    return `${JSON.stringify({ asOf, followUps: rows }, null, 2)}\n`;
  }
  if (format === "csv") {
    const header = ["id", "sessionId", "agencyId", "state", "deadline", "effectiveDeadline", "completedOn", "workingDaysOverdue", "calendarDaysOverdue", "workingDaysLeft", "calendarDaysLeft", "lastFollowUp", "daysSinceLastFollowUp", "progressPercent", "completionDateMissing"];
    const lines = rows.map((r) =>
      [
        r.id,
        r.sessionId,
        r.agencyId,
        r.state,
        dateText(r.deadline),
        dateText(r.effectiveDeadline),
        r.completedOn === null ? "" : dateText(r.completedOn),
        String(r.workingDaysOverdue),
        String(r.calendarDaysOverdue),
        String(r.workingDaysLeft),
        String(r.calendarDaysLeft),
        r.lastFollowUp === null ? "" : dateText(r.lastFollowUp.date),
        r.daysSinceLastFollowUp === null ? "" : String(r.daysSinceLastFollowUp),
        r.progressPercent === null ? "" : String(r.progressPercent),
        String(r.completionDateMissing),
      ]
        .map(csvCell)
        .join(","),
    );
    return `${[header.join(","), ...lines].join("\n")}\n`;
  }
  const digits = (s: string): string => (locale === "fa" ? persianDigits(s) : s);
  const cells = rows.map((r) => [
    r.id,
    r.agencyId,
    r.completionDateMissing ? UNDATED[locale] : STATES[r.state][locale],
    digits(dateText(r.effectiveDeadline)),
    digits(String(r.workingDaysOverdue)),
    digits(String(r.workingDaysLeft)),
    r.lastFollowUp === null ? "—" : digits(dateText(r.lastFollowUp.date)),
  ]);
  if (format === "md") {
    const head = HEAD[locale];
    return `${[`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...cells.map((c) => `| ${c.join(" | ")} |`)].join("\n")}\n`;
  }
  return renderTable(HEAD[locale], cells, ["left", "left", "left", "left", "right", "right", "left"]);
}

async function followupCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ["as-of", "format", "due-soon", "locale"], []);
  if (positionals.length > 1) throw new UsageError(`تنها یک پرونده را می‌توان داد (${positionals.length} داده شد)`, `Only one file can be given (${positionals.length} given)`);
  const locale = (flags.get("locale") ?? "fa") as string;
  if (locale !== "fa" && locale !== "en") throw new UsageError(`زبان «${locale}» شناخته نیست (fa، en)`, `Unknown locale "${locale}" (fa, en)`);
  const format = (flags.get("format") ?? "table") as FollowUpFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`قالب «${String(format)}» شناخته نیست (table، csv، json، md)`, `Unknown format "${String(format)}" (table, csv, json, md)`);
  const dueText = flags.get("due-soon");
  const dueSoon = dueText === undefined ? 10 : typeof dueText === "string" && /^\d+$/.test(dueText) ? Number(dueText) : Number.NaN;
  if (!Number.isInteger(dueSoon)) throw new UsageError("--due-soon باید عدد صحیح نامنفی باشد", "--due-soon must be a non-negative integer");
  const asOf = asOfFrom(flags.get("as-of"));
  const input = await readMonitoringInput(io, positionals[0], locale);
  io.stderr(asOfNote("followup", asOf, locale));
  const rows = followUpResolutions(input.resolutions, { asOf: asOf.date, dueSoonWorkingDays: dueSoon });
  io.stdout(render(rows, format, locale, dateText(asOf.date)));
  return 0;
}

/** `mahalleh followup`. */
export const followup: CliCommand = {
  name: "followup",
  summary: { en: "follow up resolutions: overdue, due soon, done late (working days)", fa: "پیگیری مصوبات: معوق، نزدیک به مهلت، انجام با تأخیر (روز کاری)" },
  usage: "mahalleh followup [file] [--as-of 1404/01/20] [--format table|csv|json|md]",
  help: FOLLOWUP_HELP,
  run: followupCommand,
};
