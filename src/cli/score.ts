/** `mahalleh score`: the composite deprivation index of a file or of the bundled sample. */
import { toGeoJSON, type LocatedUnit } from "../charts/map";
import { persianDigits } from "../internal/chars";
import { splitDetailsWith } from "../internal/detailsKernel";
import { normalizePersian } from "../text/index";
import { computeIndex, computeIndexColumns, uncertainty } from "../scoring/index";
import type { IndexResult, IndexSpec, UncertaintyResult } from "../scoring/index";
import { UsageError, parseArgs } from "./_args";
import { byteSink } from "./_byteOut";
import { SKIP_NAMES, classifyColumns, listHeaders, specHowTo } from "./_columns";
import { located } from "./_coordinates";
import { DataError, type CliCommand, type CliLocale } from "./_command";
import { csvLines, writeCsv } from "./_csvOut";
import { readText } from "./_files";
import { collectGarbage } from "./_memory";
import { describeNote, fromSample, loadFile, type Names, type ScoreInput } from "./_input";
import { progressBar } from "./_progress";
import { type LinesWorker, startLinesWorker } from "./_csvLinesParallel";
import { faDigits, renderScoreTable, scoredView, textCellsAhead, writeScoreCsvParallel, writeScoreJson, type ParallelLinesSettings, type ScoredView, type TextCells } from "./_scoreOutput";
import { escapeControls } from "./_table";
import type { CliIO } from "./run";

/** Units a table shows without --top when the terminal's height is unknown (output to a file or pipe). */
const TABLE_LIMIT = 10_000;

/** Output formats of `mahalleh score`. */
export type ScoreFormat = "table" | "csv" | "json" | "md" | "geojson";

export const SCORE_HELP = `mahalleh score [file] [options]

Scores neighbourhoods with the composite deprivation index (rank 1 = most deprived).
Without a file, scores the bundled synthetic Alborz sample (latest period).

file            JSON ({neighbourhoods, indicators, observations} | {ids, columns} | [rows])
                or CSV (an id column, optional name/county columns, one column per indicator)
--spec FILE     index specification (JSON IndexSpec); default: the dataset's indicators, or
                the columns that are standard indicators (by Persian or English name), with
                their known directions. Row numbers, population, households, area and codes
                are left out. A column of unknown direction stops the command: write a spec
                with  mahalleh spec file > spec.json
--format F      table (default) | csv | json | md | geojson (a FeatureCollection of the units
                with a location: score, rank, level, coverage, dimension scores; units
                without a valid location are listed in "unlocated" and on stderr)
--runs N        Monte Carlo runs for rank intervals (uncertainty); default none
--seed N        seed of the Monte Carlo runs (default 1)
--period P      period to score (default: the latest); for a CSV, the rows whose
                period/year column holds P
--top N         print only the N most deprived
--encoding E    utf-8 | utf-16le | utf-16be | windows-1256 (default: detected)
--delimiter D   , ; tab | (default: detected)
--no-bom        CSV output without the byte-order mark Excel needs to read Persian
--locale L      fa (default) | en
`;

const SCORE_HELP_FA = `mahalleh score [پرونده] [گزینه‌ها]

محله‌ها را با شاخص ترکیبی محرومیت رتبه‌بندی می‌کند (رتبهٔ ۱ = محروم‌ترین).
بی پرونده، نمونهٔ ساختگی البرز را (آخرین دوره) امتیاز می‌دهد.

پرونده          JSON ({neighbourhoods, indicators, observations} | {ids, columns} | [ردیف‌ها])
                یا CSV (یک ستون شناسه، ستون‌های نام و شهرستان اختیاری، یک ستون برای هر شاخص)
--spec FILE     مشخصات شاخص (JSON)؛ پیش‌فرض: شاخص‌های خود داده‌ها، یا ستون‌هایی که با نام
                فارسی یا انگلیسی یکی از شاخص‌های استاندارد هستند، با جهت شناخته‌شده‌شان.
                ستون‌های ردیف، جمعیت، خانوار، مساحت و کد کنار گذاشته می‌شوند. ستونی با جهت
                ناشناخته فرمان را متوقف می‌کند؛ مشخصات بسازید:  mahalleh spec file > spec.json
--format F      table (پیش‌فرض) | csv | json | md | geojson (نقشه: واحدهای دارای موقعیت)
--runs N        شمار اجراهای مونت‌کارلو برای بازهٔ رتبه؛ پیش‌فرض هیچ
--seed N        بذر اجراهای مونت‌کارلو (پیش‌فرض ۱)
--period P      دورهٔ امتیازدهی (پیش‌فرض: آخرین)؛ برای CSV، ردیف‌هایی که ستون دوره/سال آن‌ها P است
--top N         تنها N محلهٔ محروم‌تر
--encoding E    utf-8 | utf-16le | utf-16be | windows-1256 (پیش‌فرض: تشخیص خودکار)
--delimiter D   , ; tab | (پیش‌فرض: تشخیص خودکار)
--no-bom        خروجی CSV بی BOM (اکسل برای خواندن فارسی به آن نیاز دارد)
--locale L      fa (پیش‌فرض) | en
`;

interface Options {
  readonly format: ScoreFormat;
  readonly runs: number | undefined;
  readonly seed: number;
  readonly top: number | undefined;
  readonly locale: "fa" | "en";
  readonly period: string | undefined;
  readonly spec: string | undefined;
  readonly file: string | undefined;
  readonly encoding: string | undefined;
  readonly delimiter: string | undefined;
  readonly bom: boolean;
}

function integerFlag(value: string | true | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} باید عدد صحیحی از ${min} تا ${max} باشد`, `--${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}

/** Parses the arguments of `score` (throws UsageError). */
export function parseScoreArgs(argv: readonly string[]): Options {
  const { positionals, flags } = parseArgs(argv, ["spec", "format", "runs", "seed", "period", "top", "locale", "encoding", "delimiter"], ["no-bom"]);
  if (positionals.length > 1) throw new UsageError(`تنها یک پرونده را می‌توان داد (${positionals.length} داده شد)`, `Only one file can be given (${positionals.length} given)`);
  const format = (flags.get("format") ?? "table") as string;
  if (!["table", "csv", "json", "md", "geojson"].includes(format)) {
    throw new UsageError(`قالب «${format}» شناخته نیست (table، csv، json، md، geojson)`, `Unknown format "${format}" (table, csv, json, md, geojson)`);
  }
  const locale = (flags.get("locale") ?? "fa") as string;
  if (locale !== "fa" && locale !== "en") throw new UsageError(`زبان «${locale}» شناخته نیست (fa، en)`, `Unknown locale "${locale}" (fa, en)`);
  const period = flags.get("period");
  const spec = flags.get("spec");
  const encoding = flags.get("encoding");
  const delimiter = flags.get("delimiter");
  return {
    encoding: typeof encoding === "string" ? encoding : undefined,
    delimiter: typeof delimiter === "string" ? delimiter : undefined,
    bom: flags.get("no-bom") !== true,
    format: format as ScoreFormat,
    runs: integerFlag(flags.get("runs"), "runs", 10, 1_000_000),
    seed: integerFlag(flags.get("seed"), "seed", 0, 2 ** 32 - 1) ?? 1,
    top: integerFlag(flags.get("top"), "top", 1, Number.MAX_SAFE_INTEGER),
    locale,
    period: typeof period === "string" ? period : undefined,
    spec: typeof spec === "string" ? spec : undefined,
    file: positionals[0],
  };
}

/** Reads `--spec FILE`: JSON, every indicator with a direction (a starter spec may still lack some). Also used by `report`. */
export async function readSpec(io: CliIO, path: string, encoding: string | undefined): Promise<IndexSpec> {
  const { text } = await readText(io, path, encoding);
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (error) {
    throw new DataError(`مشخصات ${path} JSON معتبر نیست: ${(error as Error).message}`, `${path} is not valid JSON: ${(error as Error).message}`);
  }
  const indicators = typeof spec === "object" && spec !== null ? (spec as { indicators?: unknown }).indicators : undefined;
  if (Array.isArray(indicators)) {
    const missing = indicators
      .filter((i): i is { id?: unknown; direction?: unknown } => typeof i === "object" && i !== null && (i as { direction?: unknown }).direction !== 1 && (i as { direction?: unknown }).direction !== -1)
      .map((i) => String(i.id));
    if (missing.length > 0) {
      throw new DataError(
        `در «${path}» جهت این شاخص‌ها هنوز نوشته نشده است: ${listHeaders(missing, "fa")}. «direction» را «1» بگذارید اگر مقدار بیشتر یعنی محروم‌تر، و «-1» اگر مقدار بیشتر یعنی برخوردارتر؛ ستونی را که شاخص نیست پاک کنید`,
        `${path} still has indicators without a direction: ${listHeaders(missing, "en")}. Set "direction" to 1 if a higher value means more deprived, -1 if a higher value means better off; delete any column that is not an indicator`,
        "CLI_SPEC_INCOMPLETE",
      );
    }
  }
  return spec as IndexSpec;
}

/**
 * A spec's indicator ids matched to the table's columns as the columns are read (normalised
 * Persian): an id written with Arabic ي/ك, as in a Windows-1256 file, finds its column.
 * Also used by `report`.
 */
export function matchSpecIds(spec: IndexSpec, input: ScoreInput): IndexSpec {
  if (typeof spec !== "object" || spec === null || !Array.isArray(spec.indicators)) return spec;
  const columns = input.table.columns;
  const indicators = spec.indicators.map((i) => {
    if (typeof i !== "object" || i === null || typeof i.id !== "string" || Object.hasOwn(columns, i.id)) return i;
    const id = normalizePersian(i.id);
    return Object.hasOwn(columns, id) ? { ...i, id } : i;
  });
  return { ...spec, indicators };
}

/**
 * The spec of an input without one: its columns that are standard indicators, with their
 * known directions. A column of unknown direction is an error that shows how to write a spec.
 * Also used by `report` (`command` names the command in its messages; default `score`).
 */
export function impliedSpec(input: ScoreInput, file: string, io: CliIO, locale: CliLocale, command = "score"): IndexSpec {
  const roles = input.roles ?? classifyColumns(Object.keys(input.table.columns));
  const candidates = roles.filter((r) => r.kind !== "skip");
  if (candidates.length === 0) {
    throw new DataError(
      "فایل هیچ ستون عددی برای شاخص ندارد (یک ستون شناسه و دست‌کم یک ستون عددی لازم است)",
      "the file has no numeric indicator column (an id column and at least one numeric column are needed)",
    );
  }
  const unknown = roles.filter((r) => r.kind === "unknown").map((r) => r.header);
  if (unknown.length > 0) {
    const how = specHowTo(file, command);
    throw new DataError(
      `جهت ${unknown.length === 1 ? "ستون" : "ستون‌های"} ${listHeaders(unknown, "fa")} شناخته نیست (شاخص استاندارد نیست)، و امتیازدهی بی‌دانستن اینکه مقدار بیشتر محروم‌تر است یا برخوردارتر، رتبه‌ای وارونه می‌دهد.\n${how.fa}\n`.trimEnd(),
      `the direction of ${unknown.length === 1 ? "column" : "columns"} ${listHeaders(unknown, "en")} is unknown (not a standard indicator), and scoring without knowing whether a higher value is worse or better would rank neighbourhoods backwards.\n${how.en}\n`.trimEnd(),
      "CLI_UNKNOWN_DIRECTION",
    );
  }
  const matched = roles.flatMap((r) => (r.kind === "indicator" ? [r] : []));
  const skipped = roles.flatMap((r) => (r.kind === "skip" ? [r] : []));
  const n = (x: number): string => (locale === "fa" ? persianDigits(String(x)) : String(x));
  const dir = (d: number): string => (d === 1 ? "+1" : "-1");
  const lines = [
    locale === "fa"
      ? `mahalleh ${command}: مشخصاتی (--spec) داده نشد؛ ${n(matched.length)} ستون با شاخص‌های استاندارد و جهت شناخته‌شده‌شان به کار رفت: ${matched.map((r) => `«${r.header}» (${r.indicator.id}، جهت ${n(r.indicator.direction)})`).join("، ")}`
      : `mahalleh ${command}: no --spec given; ${matched.length} ${matched.length === 1 ? "column" : "columns"} used as standard indicators with their known directions: ${matched.map((r) => `"${r.header}" (${r.indicator.id}, direction ${dir(r.indicator.direction)})`).join(", ")}`,
  ];
  if (skipped.length > 0) {
    lines.push(
      locale === "fa"
        ? `mahalleh ${command}: کنار گذاشته (شاخص نیست): ${skipped.map((r) => `«${r.header}» (${SKIP_NAMES[r.reason].fa})`).join("، ")}`
        : `mahalleh ${command}: left out (not indicators): ${skipped.map((r) => `"${r.header}" (${SKIP_NAMES[r.reason].en})`).join(", ")}`,
    );
  }
  io.stderr(`${escapeControls(lines.join("\n"), true)}\n`);
  return { indicators: matched.map((r) => ({ id: r.header, dimension: r.indicator.dimension, direction: r.indicator.direction })) };
}

/** The neighbourhood records with locations: the sample's, or a dataset file's `neighbourhoods`. */
async function locatedUnits(text: string | undefined, input: ScoreInput): Promise<LocatedUnit[]> {
  let records: readonly LocatedUnit[] = [];
  if (text === undefined) records = (await import("../models/sampleDataset")).sampleDataset.neighbourhoods;
  else {
    try {
      const data = JSON.parse(text.replace(/^\uFEFF/, "")) as { neighbourhoods?: unknown };
      if (Array.isArray(data?.neighbourhoods)) records = data.neighbourhoods as LocatedUnit[];
    } catch {
      // CSV or rows: no locations
    }
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  return input.table.ids.map((id, i) => ({ ...located(byId.get(id), input, i), id, nameFa: input.unitName(i, "fa"), nameEn: input.unitName(i, "en") }));
}

/** `--format geojson`: the FeatureCollection of the shown units, notes about the rest on stderr. */
function renderGeoJSON(shownIds: readonly string[], result: IndexResult, units: LocatedUnit[], io: CliIO, locale: CliLocale): string {
  const shown = new Set(shownIds);
  const fc = toGeoJSON({ units: result.units.filter((u) => shown.has(u.id)).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)) }, units);
  if (fc.unlocated.length > 0) {
    io.stderr(
      locale === "fa"
        ? `mahalleh score: ${persianDigits(String(fc.unlocated.length))} واحد موقعیت معتبر ندارد و در "unlocated" آمده است:\n${fc.notes.map((n) => `  ${n.fa} [${n.code}]`).join("\n")}\n`
        : `mahalleh score: ${fc.unlocated.length} units have no valid location and are listed in "unlocated":\n${fc.notes.map((n) => `  ${n.en} [${n.code}]`).join("\n")}\n`,
    );
  }
  return `${JSON.stringify(fc, null, 1)}\n`;
}

/** Outputs from this many lines are written on two threads (a worker's start is about 50 ms). */
const PARALLEL_MIN_LINES = 65_536;

/**
 * How the CSV output of `count` lines is written: on two threads from {@link PARALLEL_MIN_LINES}
 * lines, the worker started now (its start overlaps the scoring); `MAHALLEH_WRITE_WORKERS=off`
 * keeps it on one, `MAHALLEH_WRITE_WORKERS=<lines>` sets the least number of lines (tests);
 * `MAHALLEH_WRITE_WORKERS_TRACE=1` says on stderr which path was taken. The same worker takes
 * claims of the index's details pass first, in turn with this thread (`details`), when the
 * indicator columns are in shared memory (a large Parquet file's are). `stop` ends a worker
 * that was never given its task.
 */
function writeWorkers(io: CliIO, count: number): ParallelLinesSettings & { readonly details: LinesWorker["details"] | undefined; readonly stop: () => void } {
  const setting = typeof process === "undefined" ? undefined : process.env["MAHALLEH_WRITE_WORKERS"];
  const trace = typeof process !== "undefined" && process.env["MAHALLEH_WRITE_WORKERS_TRACE"] === "1" ? (note: string) => io.stderr(`${note}\n`) : undefined;
  const minLines = setting === "off" ? Number.POSITIVE_INFINITY : setting !== undefined && /^\d+$/.test(setting) ? Number(setting) : PARALLEL_MIN_LINES;
  // the details pass is shared out with the same worker from the same size
  const worker = count >= minLines ? startLinesWorker(trace, minLines) : undefined;
  return { minLines, runInWorker: worker?.run ?? (() => Promise.reject(new Error("no worker"))), trace, details: worker?.details, stop: () => worker?.stop() };
}

/** The input of `score`: the file's, or the sample's (a function of its own: nothing of the load outlives it). */
async function loadInput(opts: Options, io: CliIO): Promise<ScoreInput> {
  const file = opts.file;
  if (file === undefined) return await fromSample(opts.period);
  const loaded = await loadFile(io, file, { encoding: opts.encoding, delimiter: opts.delimiter, period: opts.period }, (note) =>
    io.stderr(`mahalleh score: ${escapeControls(describeNote(file, note, opts.locale))}\n`),
  );
  return loaded.input;
}

/** Runs `mahalleh score`; returns the exit code (errors are reported by `runCommand`). */
async function scoreCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const opts = { ...parseScoreArgs(argv), columns: io.columns };
  const locale = opts.locale;
  let input: ScoreInput = await loadInput(opts, io);
  const spec = opts.spec !== undefined ? matchSpecIds(await readSpec(io, opts.spec, opts.encoding), input) : (input.spec ?? impliedSpec(input, opts.file ?? "", io, locale));
  // on a terminal the bar is drawn as soon as the file is read: the index and the runs' set-up
  // take seconds at a million units before the first run is done
  const bar = opts.runs !== undefined && io.stderrIsTTY === true ? (locale === "fa" ? progressBar(io.stderr, "مونت‌کارلو", 30, faDigits) : progressBar(io.stderr, "Monte Carlo")) : undefined;
  if (bar !== undefined && opts.runs !== undefined) bar(0, opts.runs);
  const n = input.table.ids.length;
  // a table is for reading: what fits the terminal, or the first TABLE_LIMIT units
  const tableFormat = opts.format !== "csv" && opts.format !== "json" && opts.format !== "geojson";
  const count = Math.min(n, opts.top ?? (tableFormat ? (io.rows !== undefined ? Math.max(10, io.rows - 12) : TABLE_LIMIT) : n));
  // the CSV of a long ranking is written on two threads: the worker starts while the index is computed
  const writers = opts.format === "csv" ? writeWorkers(io, count) : undefined;
  try {
    // the drivers of the units shown only: at 10⁶ units and a table of 10,000 rows, most of the details' work
    // the details pass on two threads when the csv writer's worker is started and the columns are shared
    const index = () => computeIndexColumns(input.table, spec, { details: true, topContributions: 3, ...(count < n ? { topContributionsUpToRank: count } : {}) });
    // every line's text cells are encoded while the worker takes its claims of the pass
    let ahead: TextCells | undefined;
    const early = count === n ? () => void (ahead = textCellsAhead(input, locale)) : undefined;
    const split = writers?.details;
    const cols = split === undefined ? index() : splitDetailsWith((job) => split(job, early), index);
    let mc: UncertaintyResult | undefined;
    if (opts.runs !== undefined) {
      mc = uncertainty(input.table, spec, { runs: opts.runs, seed: opts.seed, sensitivity: false, ...(bar === undefined ? {} : { onProgress: bar }) });
    }
    // the output reads the index's columns: the indicator columns (most of the memory of a
    // national file) are let go before it is written
    if (opts.format !== "geojson") input = { ...input, table: { ...input.table, columns: {} } };
    // a table shows the first count units: only those are put in order
    const view = scoredView(input, cols as ScoredView["cols"], mc, locale, tableFormat ? count : undefined);
    if (opts.format === "geojson") {
      // locations come from a dataset file's neighbourhoods (read again only for this format)
      const text = opts.file === undefined ? undefined : (await readText(io, opts.file, opts.encoding)).text;
      const shown = Array.from(view.order.subarray(0, count), (i) => input.table.ids[i] as string);
      io.stdout(renderGeoJSON(shown, computeIndex(input.table, spec), await locatedUnits(text, input), io, locale));
    } else if (opts.format === "csv") {
      // the indicator columns, let go above, are freed before the writer's shared copies are made
      if (count >= PARALLEL_MIN_LINES) collectGarbage();
      await writeScoreCsvParallel(view, count, opts.bom, byteSink(io.stdoutBytes, io.stdout), writers as ParallelLinesSettings, ahead);
    }
    else if (opts.format === "json") writeScoreJson(view, count, input.title[locale], io.stdout);
    else {
      io.stdout(renderScoreTable(view, count, opts.format, input.title, io.columns));
      if (opts.top === undefined && count < n) {
        io.stderr(
          locale === "fa"
            ? `mahalleh score: ${faDigits(String(count))} واحد از ${faDigits(String(n))} نشان داده شد؛ برای بیشتر --top N، و برای همه --format csv\n`
            : `mahalleh score: ${count} of ${n} units shown; --top N for more, --format csv for all\n`,
        );
      }
    }
  } finally {
    writers?.stop();
  }
  return 0;
}

/** `mahalleh score`. */
export const score: CliCommand = {
  name: "score",
  summary: {
    en: "rank neighbourhoods by the composite deprivation index (no file: the bundled synthetic Alborz sample)",
    fa: "رتبه‌بندی محله‌ها با شاخص ترکیبی محرومیت (بی پرونده: نمونهٔ ساختگی البرز)",
  },
  usage:
    "mahalleh score [file] [--spec spec.json] [--format table|csv|json|md|geojson] [--runs N]\n                 [--seed N] [--period P] [--top N] [--encoding E] [--delimiter D] [--no-bom] [--locale fa|en]",
  help: { en: SCORE_HELP, fa: SCORE_HELP_FA },
  run: scoreCommand,
};
