/** `mahalleh report`: one self-contained, offline HTML report (tables, charts as inline SVG, the map, the method). */
import { contributionsChart, dimensionProfileChart, rankIntervalChart, rankedIndexChart, type VegaLiteSpec } from "../charts/index";
import { mapChart, type LocatedUnit } from "../charts/map";
import { followUpChart, kpiProgressChart, scheduleChart, type FollowUpItem, type ScheduleItem } from "../charts/monitoring";
import { persianDigits } from "../internal/chars";
import { createWorkCalendar, safeParseJalali, toDayNumber, todayJalali, type JalaliDate } from "../jalali/index";
import { INDICATOR_DIMENSIONS, sampleDataset } from "../models/index";
import { computeIndex, uncertainty, type IndexSpec, type UncertaintyResult } from "../scoring/index";
import { UsageError, parseArgs } from "./_args";
import { DataError, type CliCommand, type CliLocale } from "./_command";
import { located as withPoint } from "./_coordinates";
import { readText } from "./_files";
import { describeNote, fromSample, loadFile, type ScoreInput } from "./_input";
import { reportHtml, type ReportFollowUp, type ReportModel } from "./_reportHtml";
import { renderSvg } from "./_vega";
import { escapeControls } from "./_table";
import { impliedSpec, matchSpecIds, readSpec } from "./score";
import type { CliIO } from "./run";

export const REPORT_HELP = `mahalleh report [file] [options]

Writes one self-contained HTML report (no network: it works offline and can be e-mailed):
the ranked table, charts drawn as inline SVG, the map, the method and weights, and — when the
dataset has them — the schedule, KPI progress and the follow-up of resolutions by agency.
Right-to-left with Persian digits by default; prints on A4.
Without a file, reports on the bundled synthetic Alborz sample.

file            as for \`mahalleh score\` (a dataset JSON brings locations, interventions and
                resolutions; a CSV, Parquet or rows file brings the indicators, and its
                longitude and latitude columns, if any, place the units on the map)
--out FILE      where to write (default report.html; "-" = standard output)
--spec FILE     index specification (JSON IndexSpec); default as for \`mahalleh score\`: the
                dataset's indicators, or the columns that are standard indicators with their
                known directions (a column of unknown direction stops the command)
--period P      period to score (default: the latest)
--runs N        Monte Carlo runs for the rank-interval chart (default none)
--seed N        seed of the Monte Carlo runs (default 1)
--as-of DATE    the Jalali day follow-up is judged on (default: the dataset's asOf, else today,
                and the report says which)
--encoding E    utf-8 | utf-16le | utf-16be | windows-1256 (default: detected)
--delimiter D   , ; tab | (default: detected)
--locale L      fa (default) | en
`;

/** What the report writes through: the CLI's IO plus an optional file writer (tests inject one). */
interface ReportIO extends CliIO {
  writeFile?: ((path: string, text: string) => Promise<void>) | undefined;
}

interface DatasetLike {
  readonly neighbourhoods?: readonly LocatedUnit[];
  readonly interventions?: readonly Record<string, unknown>[];
  readonly resolutions?: readonly Record<string, unknown>[];
  readonly agencies?: readonly { readonly id: string; readonly nameFa?: string; readonly nameEn?: string }[];
  readonly asOf?: unknown;
}

/** A Jalali date from a record field: `{ year, month, day }` or text such as `1403/12/27`. */
function dateOf(value: unknown): JalaliDate | undefined {
  if (typeof value === "string") {
    const parsed = safeParseJalali(value);
    return parsed.success ? parsed.data : undefined;
  }
  if (typeof value === "object" && value !== null && typeof (value as JalaliDate).year === "number") return value as JalaliDate;
  return undefined;
}

function integer(value: string | true | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} باید عدد صحیح دست‌کم ${min} باشد`, `--${name} must be an integer of at least ${min}`);
  return n;
}

/** Runs `mahalleh report`. */
async function reportCommand(argv: readonly string[], cliIO: CliIO, _locale: CliLocale): Promise<number> {
  const io = cliIO as ReportIO;
  const { positionals, flags } = parseArgs(argv, ["out", "spec", "period", "runs", "seed", "as-of", "locale", "encoding", "delimiter"], []);
  if (positionals.length > 1) throw new UsageError("تنها یک پرونده را می‌توان داد", "Only one file can be given");
  const locale = flags.get("locale") ?? "fa";
  if (locale !== "fa" && locale !== "en") throw new UsageError(`زبان «${String(locale)}» شناخته نیست (fa، en)`, `Unknown locale "${String(locale)}" (fa, en)`);
  const file = positionals[0];
  const period = flags.get("period");
  const out = flags.get("out");
  const outPath = typeof out === "string" ? out : "report.html";
  const runs = integer(flags.get("runs"), "runs", 10);
  const seed = integer(flags.get("seed"), "seed", 0) ?? 1;

  const encoding = flags.get("encoding");
  const delimiter = flags.get("delimiter");
  const enc = typeof encoding === "string" ? encoding : undefined;
  // read as \`score\` reads: encoding and delimiter detected, CSV, JSON or Parquet; a dataset
  // JSON is read again for what only the report uses (locations, interventions, resolutions)
  let input: ScoreInput;
  let dataset: DatasetLike = {};
  if (file === undefined) {
    input = await fromSample(typeof period === "string" ? period : undefined);
    dataset = sampleDataset as unknown as DatasetLike;
  } else {
    const loaded = await loadFile(io, file, { encoding: enc, delimiter: typeof delimiter === "string" ? delimiter : undefined, period: typeof period === "string" ? period : undefined }, (note) =>
      io.stderr(`mahalleh report: ${escapeControls(describeNote(file, note, locale))}\n`),
    );
    input = loaded.input;
    if (loaded.note.delimiter === undefined && !/\.parquet$/i.test(file)) {
      try {
        const parsed = JSON.parse((await readText(io, file, enc)).text) as unknown;
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) dataset = parsed as DatasetLike;
      } catch {
        // rows or a table: scores only
      }
    }
  }
  const specFlag = flags.get("spec");
  const spec: IndexSpec =
    typeof specFlag === "string" ? matchSpecIds(await readSpec(io, specFlag, enc), input) : (input.spec ?? impliedSpec(input, file ?? "", io, locale, "report"));
  if (spec.indicators.length === 0) throw new DataError("پرونده هیچ ستون عددی برای شاخص ندارد", "the file has no numeric indicator column");

  // the day follow-up is judged on: said in the report (no hidden clock)
  const asOfFlag = flags.get("as-of");
  let asOf: JalaliDate;
  let asOfSource: ReportModel["asOfSource"];
  if (typeof asOfFlag === "string") {
    const parsed = safeParseJalali(asOfFlag);
    if (!parsed.success) throw new UsageError(`تاریخ --as-of «${asOfFlag}» معتبر نیست`, `--as-of "${asOfFlag}" is not a valid Jalali date`);
    [asOf, asOfSource] = [parsed.data, "flag"];
  } else if (dateOf(dataset.asOf) !== undefined) [asOf, asOfSource] = [dateOf(dataset.asOf) as JalaliDate, "dataset"];
  else [asOf, asOfSource] = [todayJalali({ timeZone: "Asia/Tehran" }), "today"];

  const result = computeIndex(input.table, spec);
  let mc: UncertaintyResult | undefined;
  if (runs !== undefined) mc = uncertainty(input.table, spec, { runs, seed, sensitivity: false });

  // labels: units, indicators, dimensions, agencies
  const labels: Record<string, string> = {};
  input.table.ids.forEach((id, i) => (labels[id] = input.unitName(i, locale)));
  for (const [id, names] of input.indicators) labels[id] = names[locale];
  for (const c of INDICATOR_DIMENSIONS) labels[c.id] = locale === "fa" ? c.nameFa : c.nameEn;
  for (const a of dataset.agencies ?? []) labels[a.id] = (locale === "fa" ? a.nameFa : (a.nameEn ?? a.nameFa)) ?? a.id;
  const dimensionOf = Object.fromEntries(spec.indicators.map((i) => [i.id, i.dimension]));
  const records = new Map((dataset.neighbourhoods ?? []).map((n) => [n.id, n]));
  const located: LocatedUnit[] = input.table.ids.map((id, i) => ({
    ...withPoint(records.get(id), input, i),
    id,
    nameFa: input.unitName(i, "fa"),
    nameEn: input.unitName(i, "en"),
  }));

  const charts: { key: string; spec: VegaLiteSpec }[] = [];
  const opts = { locale, labels } as const;
  charts.push({ key: "ranked", spec: rankedIndexChart(result, { ...opts, limit: 30 }) });
  charts.push({ key: "map", spec: mapChart(result, located, { locale }) });
  charts.push({ key: "contributions", spec: contributionsChart(result, { ...opts, limit: 15, dimensionOf }) });
  const top = result.units.find((u) => u.rank === 1);
  if (top !== undefined) charts.push({ key: "profile", spec: dimensionProfileChart(result, top.id, opts) });
  if (mc !== undefined) charts.push({ key: "intervals", spec: rankIntervalChart(mc, { ...opts, limit: 30 }) });

  const schedule: ScheduleItem[] = [];
  const kpis: { id: string; label: string; share: number }[] = [];
  for (const iv of dataset.interventions ?? []) {
    const id = String(iv["id"]);
    const title = String((locale === "en" ? (iv["titleEn"] ?? iv["titleFa"]) : iv["titleFa"]) ?? id);
    const [ps, pe, as, ae] = [dateOf(iv["plannedStart"]), dateOf(iv["plannedEnd"]), dateOf(iv["actualStart"]), dateOf(iv["actualEnd"])];
    if (ps !== undefined && pe !== undefined) schedule.push({ id, label: title, plannedStart: ps, plannedEnd: pe, ...(as === undefined ? {} : { actualStart: as }), ...(ae === undefined ? {} : { actualEnd: ae }) });
    const list = Array.isArray(iv["kpis"]) ? (iv["kpis"] as Record<string, unknown>[]) : [];
    list.forEach((k, j) => {
      const [b, t, a] = [k["baseline"], k["target"], k["actual"]];
      if (typeof b === "number" && typeof t === "number" && typeof a === "number" && t !== b) {
        kpis.push({ id: `${id}/${j}`, label: String((locale === "en" ? (k["nameEn"] ?? k["nameFa"]) : k["nameFa"]) ?? `${id}/${j}`), share: (a - b) / (t - b) });
      }
    });
  }
  if (schedule.length > 0) charts.push({ key: "schedule", spec: scheduleChart(schedule, { locale, asOf, limit: 40 }) });
  if (kpis.length > 0) charts.push({ key: "kpis", spec: kpiProgressChart(kpis, { locale, limit: 40 }) });

  const calendar = createWorkCalendar();
  const followUps: ReportFollowUp[] = [];
  for (const r of dataset.resolutions ?? []) {
    const deadline = dateOf(r["deadline"]);
    const status = String(r["status"] ?? "open");
    const agencyId = String(r["responsibleAgencyId"] ?? "?");
    let state: FollowUpItem["state"] = status === "done" ? "done" : status === "cancelled" ? "cancelled" : "on-track";
    let overdue: number | undefined;
    if (state === "on-track" && deadline !== undefined) {
      if (toDayNumber(deadline) < toDayNumber(asOf)) {
        state = "overdue";
        overdue = calendar.workingDaysBetween(deadline, asOf);
      } else if (calendar.workingDaysBetween(asOf, deadline) <= 10) state = "due-soon";
    }
    followUps.push({ agencyId, agency: labels[agencyId] ?? agencyId, state, text: String(r["text"] ?? ""), number: typeof r["number"] === "number" ? r["number"] : undefined, deadline, workingDaysOverdue: overdue });
  }
  if (followUps.length > 0) {
    charts.push({ key: "followUp", spec: followUpChart(followUps.map((f) => ({ agencyId: f.agencyId, state: f.state, ...(f.workingDaysOverdue === undefined ? {} : { workingDaysOverdue: f.workingDaysOverdue }) })), opts) });
  }

  const rendered = await Promise.all(charts.map(async (c) => ({ key: c.key, description: c.spec.description, notes: c.spec.usermeta.notes, svg: await renderSvg(c.spec) })));
  const html = reportHtml({
    locale,
    title: input.title,
    spec,
    result,
    mc,
    labels,
    groups: Object.fromEntries([...input.groups].map(([k, v]) => [k, v[locale]])),
    charts: rendered,
    followUps,
    asOf,
    asOfSource,
  });
  if (outPath === "-") io.stdout(html);
  else {
    if (io.writeFile !== undefined) await io.writeFile(outPath, html);
    else {
      try {
        await (await import("node:fs/promises")).writeFile(outPath, html, "utf8");
      } catch (error) {
        const code = (error as { code?: string }).code ?? String(error);
        throw new DataError(`نوشتن «${outPath}» ممکن نشد (${code})`, `Cannot write "${outPath}" (${code})`);
      }
    }
    const kb = Math.round(html.length / 1024);
    io.stderr(locale === "fa" ? `mahalleh report: ${outPath} نوشته شد (${persianDigits(String(kb))} کیلوبایت، ${persianDigits(String(charts.length))} نمودار)\n` : `mahalleh report: wrote ${outPath} (${kb} kB, ${charts.length} charts)\n`);
  }
  return 0;
}

/** `mahalleh report`. */
export const report: CliCommand = {
  name: "report",
  summary: {
    en: "write a self-contained HTML report: ranked table, charts, map, method, follow-up (offline, RTL, A4)",
    fa: "گزارش HTML خودبسنده: جدول رتبه‌ها، نمودارها، نقشه، روش و پیگیری (بی‌نیاز از اینترنت، راست‌به‌چپ، A4)",
  },
  usage: "mahalleh report [file] [--out report.html] [--spec spec.json] [--period P] [--runs N]\n                  [--as-of 1403/12/27] [--locale fa|en]",
  help: REPORT_HELP,
  run: reportCommand,
};
