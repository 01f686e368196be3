/** `mahalleh agenda`: the follow-up report for the next session, as Markdown. */
import { safeParseJalali } from "../jalali/safeParseJalali";
import { sessionAgenda } from "../monitoring/index";
import { UsageError, parseArgs } from "./_args";
import type { CliCommand, CliLocale } from "./_command";
import { asOfFrom, asOfNote, readMonitoringInput } from "./_monitoringInput";
import type { CliIO } from "./run";

export const AGENDA_HELP = `mahalleh agenda [file] [options]

Prints the follow-up report a secretariat brings to the next session (Markdown): overdue
resolutions by agency, resolutions due by the next session, interventions off track,
spending behind schedule. Without a file, uses the bundled synthetic Alborz sample.

file            JSON dataset {resolutions, sessions?, agencies?, interventions?, transactions?},
                a JSON array of resolutions, or a CSV export of resolutions
--as-of DATE    the day the report is prepared, e.g. 1404/01/20 (default: today in
                Asia/Tehran; the day used is always printed on stderr)
--session N     number of the next session (default: the latest in the file + 1)
--next DATE     date of the next session (default: 30 days after --as-of)
--locale L      fa (default) | en
`;

async function agendaCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const { positionals, flags } = parseArgs(argv, ["as-of", "session", "next", "locale"], []);
  if (positionals.length > 1) throw new UsageError(`تنها یک پرونده را می‌توان داد (${positionals.length} داده شد)`, `Only one file can be given (${positionals.length} given)`);
  const locale = (flags.get("locale") ?? "fa") as string;
  if (locale !== "fa" && locale !== "en") throw new UsageError(`زبان «${locale}» شناخته نیست (fa، en)`, `Unknown locale "${locale}" (fa, en)`);
  const sessionText = flags.get("session");
  const session = sessionText === undefined ? undefined : typeof sessionText === "string" && /^\d+$/.test(sessionText) && Number(sessionText) >= 1 ? Number(sessionText) : Number.NaN;
  if (Number.isNaN(session)) throw new UsageError("--session باید عدد صحیح مثبت باشد", "--session must be a positive integer");
  const nextText = flags.get("next");
  let next;
  if (nextText !== undefined) {
    const parsed = typeof nextText === "string" ? safeParseJalali(nextText) : undefined;
    if (parsed === undefined || !parsed.success) throw new UsageError(`تاریخ «${String(nextText)}» برای --next خوانده نشد`, `Cannot read "${String(nextText)}" as the --next date`);
    next = parsed.data;
  }
  const asOf = asOfFrom(flags.get("as-of"));
  const input = await readMonitoringInput(io, positionals[0], locale);
  io.stderr(asOfNote("agenda", asOf, locale));
  io.stdout(
    `${sessionAgenda(input, {
      asOf: asOf.date,
      locale,
      ...(session === undefined ? {} : { sessionNumber: session }),
      ...(next === undefined ? {} : { nextSessionDate: next }),
    })}\n`,
  );
  return 0;
}

/** `mahalleh agenda`. */
export const agenda: CliCommand = {
  name: "agenda",
  summary: { en: "the follow-up report for the next session (Markdown)", fa: "گزارش پیگیری برای جلسهٔ بعد (مارک‌داون)" },
  usage: "mahalleh agenda [file] [--as-of 1404/01/20] [--session N] [--locale fa|en]",
  help: AGENDA_HELP,
  run: agendaCommand,
};
