/**
 * Private: what `mahalleh followup` and `mahalleh agenda` read — a file (CSV of resolutions,
 * or JSON: an array of resolutions or a dataset object) or the bundled sample — and the day
 * they judge at (`--as-of`, or today in Asia/Tehran, said aloud).
 */
import type * as z from "zod/v4";
import { safeParseJalali } from "../jalali/safeParseJalali";
import { todayJalali } from "../jalali/todayJalali";
import type { JalaliDate } from "../jalali/types";
import { AgencySchema, InterventionSchema, ResolutionSchema, SessionSchema, TransactionSchema, checkDataset, sampleDataset } from "../models/index";
import type { Agency, Intervention, Resolution, Session, Transaction } from "../models/index";
import { toPersianDigits } from "../text/index";
import { formatReport, validateFile } from "../validation/index";
import { UsageError } from "./_args";
import { DataError, type CliLocale } from "./_command";
import type { CliIO } from "./run";

/** The records the monitoring commands use. */
export interface MonitoringInput {
  readonly resolutions: readonly Resolution[];
  readonly sessions?: readonly Session[] | undefined;
  readonly agencies?: readonly Agency[] | undefined;
  readonly interventions?: readonly Intervention[] | undefined;
  readonly transactions?: readonly Transaction[] | undefined;
}

/** The day chosen and how. */
export interface AsOf {
  readonly date: JalaliDate;
  readonly source: "option" | "today";
}

const pad = (n: number): string => String(n).padStart(2, "0");
/** `1404/01/20`. */
export function dateText(d: JalaliDate): string {
  return `${d.year}/${pad(d.month)}/${pad(d.day)}`;
}

/** `--as-of` read (any digits, `/` or `-`), or today in Asia/Tehran. */
export function asOfFrom(value: string | true | undefined): AsOf {
  if (value === undefined) return { date: todayJalali({ timeZone: "Asia/Tehran" }), source: "today" };
  const parsed = typeof value === "string" && /\d{3,4}/.test(value.replace(/[۰-۹]/g, "0")) ? safeParseJalali(value) : undefined;
  if (parsed === undefined || !parsed.success) {
    throw new UsageError(`تاریخ «${String(value)}» برای --as-of خوانده نشد (نمونه: 1404/01/20)`, `Cannot read "${String(value)}" as the --as-of date (e.g. 1404/01/20)`);
  }
  return { date: { year: parsed.data.year, month: parsed.data.month, day: parsed.data.day }, source: "option" };
}

/** The line that says which day was used (stderr). */
export function asOfNote(name: string, asOf: AsOf, locale: CliLocale): string {
  const d = dateText(asOf.date);
  if (locale === "fa") return `mahalleh ${name}: تاریخ پیگیری ${toPersianDigits(d)}${asOf.source === "today" ? " (امروز به وقت تهران؛ با --as-of تاریخ دیگری بدهید)" : ""}\n`;
  return `mahalleh ${name}: as of ${d}${asOf.source === "today" ? " (today in Asia/Tehran; choose another day with --as-of)" : ""}\n`;
}

async function read(io: CliIO, path: string): Promise<string> {
  try {
    return io.readFile !== undefined ? await io.readFile(path) : await (await import("node:fs/promises")).readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new DataError(`پروندهٔ «${path}» پیدا نشد`, `File "${path}" not found`);
    throw new DataError(`پروندهٔ «${path}» خوانده نشد (${code ?? String(error)})`, `Cannot read "${path}" (${code ?? String(error)})`);
  }
}

/** `resolutions[3] «alb-sh-73-r1»`: the list, the index and the id when the record has one. */
function recordText(list: string, index: number, row: unknown): string {
  const id = typeof row === "object" && row !== null ? (row as { id?: unknown }).id : undefined;
  return `${list}[${index}]${typeof id === "string" && id.trim() !== "" ? ` «${id}»` : ""}`;
}

/** Refuses a dataset with problems across records, listing them all (the first 20) on stderr. */
function checkAcross(io: CliIO, input: MonitoringInput, locale: CliLocale): void {
  const issues = checkDataset(input);
  if (issues.length === 0) return;
  const place = (issue: (typeof issues)[number]): string => {
    const row = (input[issue.list as keyof MonitoringInput] as readonly unknown[] | undefined)?.[issue.index];
    return `${recordText(issue.list, issue.index, row)}${issue.path.length > 0 ? `.${issue.path.join(".")}` : ""}`;
  };
  const lines = issues.slice(0, 20).map((issue) => `  • ${place(issue)}: ${locale === "fa" ? issue.fa : issue.en} [${issue.code}]`);
  if (issues.length > 20) lines.push(locale === "fa" ? `  … و ${toPersianDigits(String(issues.length - 20))} ایراد دیگر` : `  … and ${issues.length - 20} more`);
  io.stderr(`${lines.join("\n")}\n`);
  const first = issues[0]!;
  const at = place(first);
  throw new DataError(`${issues.length} ایراد در مجموعهٔ داده؛ نخستین: ${at}: ${first.fa} [${first.code}]`, `${issues.length} problem(s) in the dataset; first: ${at}: ${first.en} [${first.code}]`);
}

function parseList<T>(schema: z.ZodType<T>, rows: unknown, list: string, locale: CliLocale): T[] | undefined {
  if (rows === undefined) return undefined;
  if (!Array.isArray(rows)) throw new DataError(`«${list}» باید فهرست باشد`, `"${list}" must be an array`);
  return rows.map((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const params = (issue as { params?: { fa?: string; en?: string } }).params;
    const at = `${recordText(list, index, row)}${issue.path.length > 0 ? `.${issue.path.join(".")}` : ""}`;
    const message = locale === "fa" ? (params?.fa ?? issue.message) : (params?.en ?? issue.message);
    throw new DataError(`رکورد نامعتبر در ${at}: ${message}`, `Invalid record at ${at}: ${params?.en ?? issue.message}`);
  });
}

/** Reads the file (or the sample when `file` is undefined). */
export async function readMonitoringInput(io: CliIO, file: string | undefined, locale: CliLocale): Promise<MonitoringInput> {
  if (file === undefined) return sampleDataset;
  const text = await read(io, file);
  const trimmed = text.replace(/^\ufeff/, "").trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
    // A CSV export of resolutions (Persian or English headers).
    const report = validateFile(text, { model: "resolution", format: "csv", locale });
    if (report.summary.invalid > 0) {
      io.stderr(formatReport(report, { locale, maxRows: 20 }));
      throw new DataError(`${report.summary.invalid} ردیف نامعتبر در «${file}»`, `${report.summary.invalid} invalid row(s) in "${file}"`);
    }
    const input: MonitoringInput = { resolutions: report.valid.map((r) => r.data as Resolution) };
    checkAcross(io, input, locale);
    return input;
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    throw new DataError(`پروندهٔ «${file}» JSON معتبر نیست`, `"${file}" is not valid JSON (${(error as Error).message})`);
  }
  const object = (Array.isArray(data) ? { resolutions: data } : data) as Record<string, unknown>;
  if (typeof object !== "object" || object === null || !Array.isArray(object["resolutions"])) {
    throw new DataError(`پرونده باید فهرست مصوبات یا شیئی با «resolutions» باشد`, `The file must hold an array of resolutions or an object with "resolutions"`);
  }
  const input: MonitoringInput = {
    resolutions: parseList(ResolutionSchema as unknown as z.ZodType<Resolution>, object["resolutions"], "resolutions", locale)!,
    sessions: parseList(SessionSchema as unknown as z.ZodType<Session>, object["sessions"], "sessions", locale),
    agencies: parseList(AgencySchema as unknown as z.ZodType<Agency>, object["agencies"], "agencies", locale),
    interventions: parseList(InterventionSchema as unknown as z.ZodType<Intervention>, object["interventions"], "interventions", locale),
    transactions: parseList(TransactionSchema as unknown as z.ZodType<Transaction>, object["transactions"], "transactions", locale),
  };
  checkAcross(io, input, locale);
  return input;
}
