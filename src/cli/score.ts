/** `mahalleh score`: the composite deprivation index of a file or of the bundled sample. */
import { toGeoJSON, type LocatedUnit } from "../charts/index";
import { persianDigits } from "../internal/chars";
import { sampleDataset } from "../models/index";
import { computeIndex, uncertainty } from "../scoring/index";
import type { IndexResult, IndexSpec, UncertaintyResult } from "../scoring/index";
import { UsageError, parseArgs } from "./_args";
import { DataError, type CliCommand, type CliLocale } from "./_command";
import { defaultSpec, fromSample, fromText, type Names, type ScoreInput } from "./_input";
import { progressBar } from "./_progress";
import { renderTable, truncate } from "./_table";
import type { CliIO } from "./run";

/** Output formats of `mahalleh score`. */
export type ScoreFormat = "table" | "csv" | "json" | "md" | "geojson";

export const SCORE_HELP = `mahalleh score [file] [options]

Scores neighbourhoods with the composite deprivation index (rank 1 = most deprived).
Without a file, scores the bundled synthetic Alborz sample (latest period).

file            JSON ({neighbourhoods, indicators, observations} | {ids, columns} | [rows])
                or CSV (an id column, optional name/county columns, one column per indicator)
--spec FILE     index specification (JSON IndexSpec); default: the dataset's indicators,
                or every numeric column with direction +1
--format F      table (default) | csv | json | md | geojson (a FeatureCollection of the units
                with a location: score, rank, level, coverage, dimension scores; units
                without a valid location are listed in "unlocated" and on stderr)
--runs N        Monte Carlo runs for rank intervals (uncertainty); default none
--seed N        seed of the Monte Carlo runs (default 1)
--period P      period to score (default: the latest)
--top N         print only the N most deprived
--locale L      fa (default) | en
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
  const { positionals, flags } = parseArgs(argv, ["spec", "format", "runs", "seed", "period", "top", "locale"], []);
  if (positionals.length > 1) throw new UsageError(`تنها یک پرونده را می‌توان داد (${positionals.length} داده شد)`, `Only one file can be given (${positionals.length} given)`);
  const format = (flags.get("format") ?? "table") as string;
  if (!["table", "csv", "json", "md", "geojson"].includes(format)) {
    throw new UsageError(`قالب «${format}» شناخته نیست (table، csv، json، md، geojson)`, `Unknown format "${format}" (table, csv, json, md, geojson)`);
  }
  const locale = (flags.get("locale") ?? "fa") as string;
  if (locale !== "fa" && locale !== "en") throw new UsageError(`زبان «${locale}» شناخته نیست (fa، en)`, `Unknown locale "${locale}" (fa, en)`);
  const period = flags.get("period");
  const spec = flags.get("spec");
  return {
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

/** A data error with both messages (exit code 1). */
async function read(io: CliIO, path: string): Promise<string> {
  try {
    return io.readFile !== undefined ? await io.readFile(path) : await (await import("node:fs/promises")).readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new DataError(`پروندهٔ «${path}» پیدا نشد`, `File "${path}" not found`);
    throw new DataError(`پروندهٔ «${path}» خوانده نشد (${code ?? String(error)})`, `Cannot read "${path}" (${code ?? String(error)})`);
  }
}

const fmt = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined ? "—" : x.toFixed(digits));
const fmtRank = (x: number | null | undefined): string => (x === null || x === undefined ? "—" : Number.isInteger(x) ? String(x) : x.toFixed(1));

interface Row {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly groupRank: number | null;
  readonly level: number | null;
  readonly levelLabel: string;
  readonly drivers: { id: string; name: string; share: number }[];
  readonly interval: { p05: number | null; median: number | null; p95: number | null } | undefined;
  /** Share (0–1) of the indicators present. */
  readonly coverage: number;
  /** Scored on partial data (coverage below 1) or not scored. */
  readonly partial: boolean;
  readonly dimensions: Readonly<Record<string, number | null>>;
}

function rowsOf(input: ScoreInput, result: IndexResult, mc: UncertaintyResult | undefined, locale: "fa" | "en"): Row[] {
  const pick = (names: Names | undefined, fallback: string): string => (names === undefined ? fallback : names[locale]);
  const rows = result.units.map((u, i) => {
    const drivers = Object.entries(u.contributions)
      .filter(([, c]) => c > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id, c]) => ({ id, name: pick(input.indicators.get(id), id), share: u.score !== null && u.score !== 0 ? (100 * c) / u.score : 0 }));
    const m = mc?.units[i];
    return {
      id: u.id,
      name: pick(input.units.get(u.id), u.id),
      group: u.group === undefined ? "" : pick(input.groups.get(u.group), u.group),
      score: u.score,
      rank: u.rank,
      groupRank: u.groupRank,
      level: u.level?.level ?? null,
      levelLabel: u.level === null ? "" : u.level[locale],
      drivers,
      interval: m === undefined ? undefined : { p05: m.rankP05, median: m.rankMedian, p95: m.rankP95 },
      coverage: u.coverage,
      partial: u.score === null || u.coverage < 1,
      dimensions: u.dimensions,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

const HEAD = {
  fa: { rank: "رتبه", name: "محله", group: "شهرستان", score: "امتیاز", level: "سطح", drivers: "سه عامل اصلی", interval: "بازهٔ رتبه (۹۰٪)" },
  en: { rank: "rank", name: "neighbourhood", group: "county", score: "score", level: "level", drivers: "top three drivers", interval: "rank 90% interval" },
};

function driversText(row: Row, locale: "fa" | "en", width: number): string {
  const sep = locale === "fa" ? "، " : ", ";
  return row.drivers.map((d) => `${truncate(d.name, width)} ${Math.round(d.share)}%`).join(sep);
}

function intervalText(row: Row): string {
  const iv = row.interval;
  return iv === undefined || iv.p05 === null ? "—" : `${fmtRank(iv.p05)}–${fmtRank(iv.p95)}`;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function render(rows: Row[], input: ScoreInput, result: IndexResult, mc: UncertaintyResult | undefined, opts: Options): string {
  const locale = opts.locale;
  const h = HEAD[locale];
  const hasGroups = rows.some((r) => r.group !== "");
  const withInterval = mc !== undefined;
  if (opts.format === "json") {
    return `${JSON.stringify(
      {
        title: input.title[locale],
        weights: result.weights,
        breaks: result.breaks,
        levels: result.levels,
        excluded: result.excluded,
        ...(mc === undefined ? {} : { runs: mc.runs }),
        units: rows.map((r) => ({
          id: r.id,
          name: r.name,
          group: r.group,
          score: r.score,
          rank: r.rank,
          groupRank: r.groupRank,
          level: r.level,
          levelLabel: r.levelLabel,
          coverage: r.coverage,
          partial: r.partial,
          dimensions: r.dimensions,
          drivers: r.drivers.map((d) => ({ indicator: d.id, name: d.name, share: d.share })),
          ...(r.interval === undefined ? {} : { rankP05: r.interval.p05, rankMedian: r.interval.median, rankP95: r.interval.p95 }),
        })),
      },
      null,
      2,
    )}\n`;
  }
  if (opts.format === "csv") {
    const dims = Object.keys(result.weights.dimensions);
    const header = ["id", "name", "group", "score", "rank", "groupRank", "level", "levelLabel", "driver1", "driver2", "driver3", ...(withInterval ? ["rankP05", "rankMedian", "rankP95"] : []), "coverage", "partial", ...dims.map((d) => `dim_${d}`)];
    const lines = rows.map((r) =>
      [
        r.id,
        r.name,
        r.group,
        r.score === null ? "" : String(r.score),
        r.rank === null ? "" : String(r.rank),
        r.groupRank === null ? "" : String(r.groupRank),
        r.level === null ? "" : String(r.level),
        r.levelLabel,
        ...[0, 1, 2].map((k) => r.drivers[k]?.id ?? ""),
        ...(withInterval ? [r.interval?.p05, r.interval?.median, r.interval?.p95].map((x) => (x === null || x === undefined ? "" : String(x))) : []),
        String(r.coverage),
        String(r.partial),
        ...dims.map((d) => (typeof r.dimensions[d] === "number" ? String(r.dimensions[d]) : "")),
      ]
        .map(csvCell)
        .join(","),
    );
    return `${[header.join(","), ...lines].join("\n")}\n`;
  }
  const headers = [h.rank, h.name, ...(hasGroups ? [h.group] : []), h.score, h.level, h.drivers, ...(withInterval ? [h.interval] : [])];
  const cells = rows.map((r) => [
    fmtRank(r.rank),
    opts.format === "md" ? r.name : truncate(r.name, 26),
    ...(hasGroups ? [opts.format === "md" ? r.group : truncate(r.group, 14)] : []),
    `${fmt(r.score)}${r.partial && r.score !== null ? "*" : ""}`,
    r.levelLabel === "" ? "—" : r.levelLabel,
    r.drivers.length === 0 ? "—" : driversText(r, locale, opts.format === "md" ? 80 : 24),
    ...(withInterval ? [intervalText(r)] : []),
  ]);
  if (opts.format === "md") {
    const esc = (t: string): string => t.replace(/\|/g, "\\|");
    const align = headers.map((_, c) => (c === 0 || c === (hasGroups ? 3 : 2) || (withInterval && c === headers.length - 1) ? "---:" : "---"));
    return `**${esc(input.title[locale])}**\n\n| ${headers.map(esc).join(" | ")} |\n| ${align.join(" | ")} |\n${cells.map((row) => `| ${row.map(esc).join(" | ")} |`).join("\n")}\n`;
  }
  const align: ("left" | "right")[] = headers.map((_, c) => (c === 0 || c === (hasGroups ? 3 : 2) ? "right" : "left"));
  const excluded =
    result.excluded.length === 0
      ? ""
      : locale === "fa"
        ? `\n${result.excluded.length} واحد به دلیل کمبود داده امتیاز نگرفت.\n`
        : `\n${result.excluded.length} units were not scored (too little data).\n`;
  const note =
    locale === "fa"
      ? `\nرتبهٔ ۱ = محروم‌ترین. امتیاز ۰ تا ۱۰۰؛ درصدها سهم هر شاخص از امتیاز است.${withInterval ? ` بازهٔ رتبه از ${mc.runs} اجرای مونت‌کارلو.` : ""}${rows.some((r) => r.partial && r.score !== null) ? " * = امتیاز با دادهٔ ناقص." : ""}\n`
      : `\nRank 1 = most deprived. Scores 0–100; percentages are each indicator's share of the score.${withInterval ? ` Rank intervals from ${mc.runs} Monte Carlo runs.` : ""}${rows.some((r) => r.partial && r.score !== null) ? " * = scored on partial data." : ""}\n`;
  return `${input.title[locale]}\n\n${renderTable(headers, cells, align)}${excluded}${note}`;
}

/** The neighbourhood records with locations: the sample's, or a dataset file's `neighbourhoods`. */
function locatedUnits(text: string | undefined, input: ScoreInput): LocatedUnit[] {
  let records: readonly LocatedUnit[] = [];
  if (text === undefined) records = sampleDataset.neighbourhoods;
  else {
    try {
      const data = JSON.parse(text.replace(/^\uFEFF/, "")) as { neighbourhoods?: unknown };
      if (Array.isArray(data?.neighbourhoods)) records = data.neighbourhoods as LocatedUnit[];
    } catch {
      // CSV or rows: no locations
    }
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  return input.table.ids.map((id) => ({ ...byId.get(id), id, nameFa: input.units.get(id)?.fa ?? id, nameEn: input.units.get(id)?.en ?? id }));
}

/** `--format geojson`: the FeatureCollection of the shown units, notes about the rest on stderr. */
function renderGeoJSON(rows: Row[], result: IndexResult, units: LocatedUnit[], io: CliIO, locale: CliLocale): string {
  const shown = new Set(rows.map((r) => r.id));
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

/** Runs `mahalleh score`; returns the exit code (errors are reported by `runCommand`). */
async function scoreCommand(argv: readonly string[], io: CliIO, _locale: CliLocale): Promise<number> {
  const opts = parseScoreArgs(argv);
  const locale = opts.locale;
  const text = opts.file === undefined ? undefined : await read(io, opts.file);
  const input = text === undefined || opts.file === undefined ? fromSample(opts.period) : fromText(text, opts.file, opts.period);
  let spec: IndexSpec;
  if (opts.spec !== undefined) {
    const text = await read(io, opts.spec);
    try {
      spec = JSON.parse(text) as IndexSpec;
    } catch (error) {
      throw new DataError(`مشخصات ${opts.spec} JSON معتبر نیست: ${(error as Error).message}`, `${opts.spec} is not valid JSON: ${(error as Error).message}`);
    }
  } else if (input.spec !== undefined) spec = input.spec;
  else {
    spec = defaultSpec(input.table);
    if (spec.indicators.length === 0) {
      throw new DataError(
        "فایل هیچ ستون عددی برای شاخص ندارد (یک ستون شناسه و دست‌کم یک ستون عددی لازم است)",
        "the file has no numeric indicator column (an id column and at least one numeric column are needed)",
      );
    }
    io.stderr(
      locale === "fa"
        ? `mahalleh score: مشخصاتی (--spec) داده نشد؛ همهٔ ${persianDigits(String(spec.indicators.length))} ستون عددی با جهت ۱+ (مقدار بیشتر = محروم‌تر) و وزن برابر در نظر گرفته شد
`
        : `mahalleh score: no --spec given; all ${spec.indicators.length} numeric columns taken with direction +1 (higher = more deprived) and equal weights
`,
    );
  }
  const result = computeIndex(input.table, spec);
  let mc: UncertaintyResult | undefined;
  if (opts.runs !== undefined) {
    const bar = io.stderrIsTTY === true ? progressBar(io.stderr, locale === "fa" ? "مونت‌کارلو" : "Monte Carlo") : undefined;
    mc = uncertainty(input.table, spec, { runs: opts.runs, seed: opts.seed, sensitivity: false, ...(bar === undefined ? {} : { onProgress: bar }) });
  }
  let rows = rowsOf(input, result, mc, locale);
  if (opts.top !== undefined) rows = rows.slice(0, opts.top);
  io.stdout(opts.format === "geojson" ? renderGeoJSON(rows, result, locatedUnits(text, input), io, locale) : render(rows, input, result, mc, opts));
  return 0;
}

/** `mahalleh score`. */
export const score: CliCommand = {
  name: "score",
  summary: {
    en: "rank neighbourhoods by the composite deprivation index (no file: the bundled synthetic Alborz sample)",
    fa: "رتبه‌بندی محله‌ها با شاخص ترکیبی محرومیت (بی پرونده: نمونهٔ ساختگی البرز)",
  },
  usage: "mahalleh score [file] [--spec spec.json] [--format table|csv|json|md|geojson] [--runs N]\n                 [--seed N] [--period P] [--top N] [--locale fa|en]",
  help: SCORE_HELP,
  run: scoreCommand,
};
