/**
 * Private: what `mahalleh score` prints, read straight from the index's columns — no object
 * per unit. A national file has a million units: the CSV and JSON outputs are written in
 * pieces as they are built, and the table formats show only the top of the ranking.
 */
import { persianDigits } from "../internal/chars";
import type { IndexColumns, UncertaintyResult } from "../scoring/index";
import { textCellBytes, writeTextCell } from "./_csvBytes";
import { type CsvLineSizes, type CsvLineSource, writeCsvLines } from "./_csvLines";
import { type LinesRunner, ownLines, writeLinesParallel } from "./_csvLinesParallel";
import { csvCell } from "./_csvOut";
import type { Names, ScoreInput } from "./_input";
import { sharedCopy } from "../internal/sharedMemory";
import { escapeControls, renderTable, truncate } from "./_table";

/** Units per piece written (CSV lines or JSON records). */
const PIECE = 4096;

/** The scored units as columns, with their display names, in rank order. */
export interface ScoredView {
  readonly input: ScoreInput;
  readonly cols: IndexColumns & { readonly details: NonNullable<IndexColumns["details"]> };
  readonly mc: UncertaintyResult | undefined;
  readonly locale: "fa" | "en";
  /** Positions of the units by rank (1 first); units not scored last; ties in input order (with a `limit`, the first `limit` of them). */
  readonly order: Uint32Array;
  /** Display name of the unit at a position. */
  readonly name: (i: number) => string;
  /** Display name of the unit's group ("" without groups). */
  readonly group: (i: number) => string;
  /** Display names of the indicators, by position in the spec. */
  readonly indicatorNames: readonly string[];
}

/** Digits of a Persian line: one digit system per line (Persian digits, «٪» and «٫»). */
export const faDigits = (text: string): string => persianDigits(text).replace(/%/g, "٪").replace(/(?<=[۰-۹])\.(?=[۰-۹])/g, "٫");

/** The display names of an input's units and their groups (what the text cells are made of). */
type UnitLabels = Pick<ScoredView, "name" | "group"> & { readonly ids: readonly string[] };

function unitLabels(input: ScoreInput, locale: "fa" | "en"): UnitLabels {
  const groupKeys = input.table.groups;
  const groupNames = new Map<string, string>();
  return {
    ids: input.table.ids,
    name: (i) => input.unitName(i, locale),
    group: (i) => {
      const key = groupKeys?.[i];
      if (key === undefined) return "";
      let name = groupNames.get(key);
      if (name === undefined) groupNames.set(key, (name = pickName(input.groups.get(key), key, locale)));
      return name;
    },
  };
}

const pickName = (names: Names | undefined, fallback: string, locale: "fa" | "en"): string => (names === undefined ? fallback : names[locale]);

/** The view of a scored input. */
export function scoredView(input: ScoreInput, cols: ScoredView["cols"], mc: UncertaintyResult | undefined, locale: "fa" | "en", limit?: number | undefined): ScoredView {
  const { name, group } = unitLabels(input, locale);
  return {
    input,
    cols,
    mc,
    locale,
    // the index's own rank order (the CLI once counted it again from the ranks: 0.15–0.3 s at 10⁶ units)
    order: limit === undefined ? cols.details.order : cols.details.order.subarray(0, limit),
    name,
    group,
    indicatorNames: cols.details.drivers.indicators.map((id) => pickName(input.indicators.get(id), id, locale)),
  };
}

/** Every unit's text cells (`id,name,county,`, UTF-8) in shared memory, unit `i`'s from `start[i]` to `end[i]`. */
export interface TextCells {
  readonly text: Uint8Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
}

/**
 * Every unit's text cells, encoded before the index is known (they do not depend on it): the
 * CLI makes them while the worker thread takes its claims of the index's details pass, so
 * that both threads can write their lines as soon as the rank order is known.
 */
export function textCellsAhead(input: ScoreInput, locale: "fa" | "en"): TextCells {
  const n = input.table.ids.length;
  const start = new Uint32Array(new SharedArrayBuffer(4 * n));
  const end = new Uint32Array(new SharedArrayBuffer(4 * n));
  return { text: encodeText(unitLabels(input, locale), null, start, end, true), start, end };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The header of the CSV output (BOM first when `bom`). */
function csvHead(view: ScoredView, bom: boolean): Uint8Array {
  const dims = Object.keys(view.cols.dimensions);
  const header = ["id", "name", "group", "score", "rank", "groupRank", "level", "levelLabel", "driver1", "driver2", "driver3", ...(view.mc !== undefined ? ["rankP05", "rankMedian", "rankP95"] : []), "coverage", "partial", ...dims.map((d) => `dim_${d}`)];
  return utf8(`${bom ? "\uFEFF" : ""}${header.map(csvCell).join(",")}\n`);
}

/**
 * The text cells (`id,name,county,`, UTF-8) of the units flagged in `wanted` (every unit if null),
 * encoded in input order (one forward pass; each repeated county cell encoded once), their
 * ranges recorded in `textStart`/`textEnd`; in a `SharedArrayBuffer` with `share`.
 */
function encodeText(labels: UnitLabels, wanted: { readonly flags: Uint8Array; readonly count: number } | null, textStart: Uint32Array, textEnd: Uint32Array, share: boolean): Uint8Array {
  const ids = labels.ids;
  const n = textStart.length;
  const groupCells = new Map<string, Uint8Array>();
  const flags = wanted?.flags;
  const count = wanted?.count ?? n;
  let text = new Uint8Array(Math.max(64, 32 * count));
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (flags !== undefined && flags[i] === 0) continue;
    const id = ids[i] as string;
    const name = labels.name(i);
    const g = labels.group(i);
    let gc = groupCells.get(g);
    if (gc === undefined) groupCells.set(g, (gc = utf8(csvCell(g))));
    const need = textCellBytes(id.length) + textCellBytes(name.length) + gc.length + 3;
    if (at + need > text.length) {
      const grown = new Uint8Array(Math.max(2 * text.length, at + need));
      grown.set(text.subarray(0, at));
      text = grown;
    }
    textStart[i] = at;
    at = writeTextCell(text, at, id);
    text[at++] = 0x2c;
    at = writeTextCell(text, at, name);
    text[at++] = 0x2c;
    for (let b = 0; b < gc.length; b++) text[at++] = gc[b] as number;
    text[at++] = 0x2c;
    textEnd[i] = at;
  }
  return share ? sharedCopy<Uint8Array>(text.subarray(0, at), (b) => new Uint8Array(b)) : text.subarray(0, at);
}

const labelsOf = (view: ScoredView): UnitLabels => ({ ids: view.input.table.ids, name: view.name, group: view.group });

/** The units on lines `from` to `to − 1` of the view's order, flagged 1 by position, and how many. */
function onLines(view: ScoredView, from: number, to: number): { flags: Uint8Array; count: number } {
  const flags = new Uint8Array(view.cols.scores.length);
  for (let p = from; p < to; p++) flags[view.order[p] as number] = 1;
  return { flags, count: to - from };
}

/**
 * The source of the CSV lines of the first `count` units in rank order, but their text cells
 * (empty: see {@link encodeText}; `cells`' ranges when given). With `share`, every typed array is a copy in a
 * `SharedArrayBuffer`, for a worker thread to write part of the lines from.
 */
function lineColumns(view: ScoredView, count: number, share: boolean, cells?: TextCells | undefined): CsvLineSource {
  const { cols, mc } = view;
  const { details } = cols;
  const n = cols.scores.length;
  let intervals: Float64Array | null = null;
  let intervalSet: Uint8Array | null = null;
  if (mc !== undefined) {
    intervals = new Float64Array(3 * n);
    intervalSet = new Uint8Array(3 * n);
    for (let i = 0; i < n; i++) {
      const u = mc.units[i];
      [u?.rankP05, u?.rankMedian, u?.rankP95].forEach((x, r) => {
        if (x === null || x === undefined) return;
        (intervals as Float64Array)[3 * i + r] = x;
        (intervalSet as Uint8Array)[3 * i + r] = 1;
      });
    }
  }
  const f64 = (a: Float64Array): Float64Array => (share ? sharedCopy(a, (b) => new Float64Array(b)) : a);
  const u32 = (a: Uint32Array): Uint32Array => (share ? sharedCopy(a, (b) => new Uint32Array(b)) : a);
  const u8 = (a: Uint8Array): Uint8Array => (share ? sharedCopy(a, (b) => new Uint8Array(b)) : a);
  return {
    order: u32(view.order.subarray(0, count)),
    n,
    scores: f64(cols.scores),
    ranks: f64(cols.ranks),
    groupRanks: details.groupRanks === null ? null : f64(details.groupRanks),
    levels: u8(details.levels),
    coverage: f64(details.coverage),
    k: details.drivers.k,
    drivers: share ? sharedCopy(details.drivers.indicator, (b) => new Int32Array(b)) : details.drivers.indicator,
    dims: Object.keys(cols.dimensions).map((d) => f64(cols.dimensions[d] as Float64Array)),
    intervals: intervals === null ? null : f64(intervals),
    intervalSet: intervalSet === null ? null : u8(intervalSet),
    text: new Uint8Array(0),
    textStart: cells?.start ?? u32(new Uint32Array(n)),
    textEnd: cells?.end ?? u32(new Uint32Array(n)),
    labelCells: [new Uint8Array(0), ...details.levelLabels.map((l) => utf8(csvCell(l[view.locale])))],
    driverCells: details.drivers.indicators.map((id) => utf8(csvCell(id))),
  };
}

/**
 * Writes the CSV output as UTF-8 bytes straight into chunks (see {@link writeCsvLines}): numbers
 * as the bytes of `String(x)` (NaN empty), ids and names by `csvCell`'s rules, the repeated
 * cells — counties, level labels, driver ids — encoded once. `sizes` (tests): lines gathered per
 * block, bytes per chunk.
 */
export function writeScoreCsv(view: ScoredView, count: number, bom: boolean, write: (chunk: Uint8Array) => void, sizes?: CsvLineSizes): void {
  const columns = lineColumns(view, count, false);
  const text = encodeText(labelsOf(view), onLines(view, 0, count), columns.textStart, columns.textEnd, false);
  writeCsvLines({ ...columns, text }, 0, count, csvHead(view, bom), write, sizes);
}

/** Settings of {@link writeScoreCsvParallel}. */
export interface ParallelLinesSettings {
  /** Outputs of fewer lines are written on this thread alone. */
  readonly minLines: number;
  /** Writes lines in a worker thread (tests inject their own); rejects when it cannot. */
  readonly runInWorker: LinesRunner;
  /** Told which path was taken (`MAHALLEH_WRITE_WORKERS_TRACE=1`). */
  readonly trace?: ((note: string) => void) | undefined;
}

/**
 * {@link writeScoreCsv} on two threads for a long output: the last lines are written by a worker
 * thread from a shared copy of the source while this thread writes the first ones, and handed
 * on after them. The worker's text cells are encoded and sent first, this thread's own while the
 * worker writes, unless every unit's are given (`ahead`, see {@link textCellsAhead}): then both
 * threads start at once. The same bytes in the same order; if the worker fails, this thread
 * writes its lines too.
 */
export async function writeScoreCsvParallel(view: ScoredView, count: number, bom: boolean, write: (chunk: Uint8Array) => void, settings: ParallelLinesSettings, ahead?: TextCells | undefined): Promise<void> {
  if (count < settings.minLines) {
    settings.trace?.("write workers: serial");
    writeScoreCsv(view, count, bom, write);
    return;
  }
  const labels = labelsOf(view);
  if (ahead !== undefined && ahead.start.length === view.cols.scores.length) {
    const source = { ...lineColumns(view, count, true, ahead), text: ahead.text };
    await writeLinesParallel(source, ownLines(count, true), count, csvHead(view, bom), write, settings, () => source);
    return;
  }
  const columns = lineColumns(view, count, true);
  const split = ownLines(count, false);
  const theirs = { ...columns, text: encodeText(labels, onLines(view, split, count), columns.textStart, columns.textEnd, true) };
  await writeLinesParallel(theirs, split, count, csvHead(view, bom), write, settings, () => ({ ...columns, text: encodeText(labels, onLines(view, 0, split), columns.textStart, columns.textEnd, false) }));
}

/** The three largest contributions of a unit, as shares (%) of its score. */
function drivers(view: ScoredView, i: number): { id: string; name: string; share: number }[] {
  const { details } = view.cols;
  const k = details.drivers.k;
  const score = view.cols.scores[i] as number;
  const out: { id: string; name: string; share: number }[] = [];
  for (let r = 0; r < Math.min(3, k); r++) {
    const j = details.drivers.indicator[i * k + r] as number;
    if (j < 0) break;
    const c = details.drivers.value[i * k + r] as number;
    out.push({ id: details.drivers.indicators[j] as string, name: view.indicatorNames[j] as string, share: score === score && score !== 0 ? (100 * c) / score : 0 });
  }
  return out;
}

const nullable = (x: number): number | null => (x === x ? x : null);

/** Writes the JSON output, unit records in pieces. */
export function writeScoreJson(view: ScoredView, count: number, title: string, write: (chunk: string) => void): void {
  const { cols, mc, order } = view;
  const { details } = cols;
  const excluded: string[] = [];
  for (let i = 0; i < cols.scores.length; i++) if (cols.scores[i] !== cols.scores[i]) excluded.push(cols.ids[i] as string);
  const head = {
    title,
    weights: details.weights,
    breaks: details.breaks,
    levels: details.levelLabels,
    excluded,
    ...(mc === undefined ? {} : { runs: mc.runs }),
  };
  // the head as JSON.stringify(…, null, 2) writes it, then the units one by one at depth 2
  const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);
  const headJson = JSON.stringify(head, null, 2);
  const dims = Object.keys(cols.dimensions);
  let text = `${headJson.slice(0, -2)},\n  "units": [`;
  if (count === 0) {
    write(`${text}]\n}\n`);
    return;
  }
  for (let p = 0; p < count; p++) {
    const i = order[p] as number;
    const level = details.levels[i] as number;
    const score = cols.scores[i] as number;
    const dimensions: Record<string, number | null> = {};
    for (const d of dims) dimensions[d] = nullable((cols.dimensions[d] as Float64Array)[i] as number);
    const m = mc?.units[i];
    const unit = {
      id: cols.ids[i],
      name: view.name(i),
      group: view.group(i),
      score: nullable(score),
      rank: nullable(cols.ranks[i] as number),
      groupRank: details.groupRanks === null ? null : nullable(details.groupRanks[i] as number),
      level: level === 0 ? null : level,
      levelLabel: level === 0 ? "" : (details.levelLabels[level - 1] as { fa: string; en: string })[view.locale],
      coverage: details.coverage[i],
      partial: score !== score || (details.coverage[i] as number) < 1,
      dimensions,
      drivers: drivers(view, i).map((d) => ({ indicator: d.id, name: d.name, share: d.share })),
      ...(m === undefined ? {} : { rankP05: m.rankP05, rankMedian: m.rankMedian, rankP95: m.rankP95 }),
    };
    text += `${p === 0 ? "" : ","}\n    ${indent(JSON.stringify(unit, null, 2), "    ")}`;
    if ((p + 1) % PIECE === 0) {
      write(text);
      text = "";
    }
  }
  write(`${text}\n  ]\n}\n`);
}

const HEAD = {
  fa: { rank: "رتبه", name: "محله", group: "شهرستان", score: "امتیاز", level: "سطح", drivers: "سه عامل اصلی", interval: "بازهٔ رتبه (۹۰٪)" },
  en: { rank: "rank", name: "neighbourhood", group: "county", score: "score", level: "level", drivers: "top three drivers", interval: "rank 90% interval" },
};

const fmt = (x: number, digits = 1): string => (x === x ? x.toFixed(digits) : "—");
const fmtRank = (x: number | null | undefined): string => (x === null || x === undefined || x !== x ? "—" : Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The table (`md`: Markdown) of the first `count` units in rank order, with its title and notes. */
export function renderScoreTable(view: ScoredView, count: number, format: "table" | "md", title: Names, columns: number | undefined): string {
  const { cols, mc, order, locale } = view;
  const { details } = cols;
  const h = HEAD[locale];
  const shown = Array.from(order.subarray(0, count));
  const hasGroups = shown.some((i) => view.group(i) !== "");
  const withInterval = mc !== undefined;
  const headers = [h.rank, h.name, ...(hasGroups ? [h.group] : []), h.score, h.level, h.drivers, ...(withInterval ? [h.interval] : [])];
  const digits = (text: string): string => (locale === "fa" ? faDigits(text) : text);
  const partial = (i: number): boolean => cols.scores[i] !== cols.scores[i] || (details.coverage[i] as number) < 1;
  const driversText = (i: number, width: number): string => {
    const list = drivers(view, i);
    if (list.length === 0) return "—";
    const sep = locale === "fa" ? "، " : ", ";
    return list.map((d) => `${truncate(escapeControls(d.name), width)} ${digits(`${Math.round(d.share)}%`)}`).join(sep);
  };
  const cells = shown.map((i) => {
    const level = details.levels[i] as number;
    const score = cols.scores[i] as number;
    const m = mc?.units[i];
    return [
      digits(fmtRank(cols.ranks[i])),
      format === "md" ? escapeControls(view.name(i)) : truncate(escapeControls(view.name(i)), 26),
      ...(hasGroups ? [format === "md" ? escapeControls(view.group(i)) : truncate(escapeControls(view.group(i)), 14)] : []),
      `${digits(fmt(score))}${partial(i) && score === score ? "*" : ""}`,
      level === 0 ? "—" : (details.levelLabels[level - 1] as { fa: string; en: string })[locale],
      driversText(i, format === "md" ? 80 : 24),
      ...(withInterval ? [digits(m === undefined || m.rankP05 === null ? "—" : `${fmtRank(m.rankP05)}–${fmtRank(m.rankP95)}`)] : []),
    ];
  });
  const heading = escapeControls(locale === "fa" ? faDigits(title.fa) : title.en);
  if (format === "md") {
    const esc = (t: string): string => t.replace(/\|/g, "\\|");
    const align = headers.map((_, c) => (c === 0 || c === (hasGroups ? 3 : 2) || (withInterval && c === headers.length - 1) ? "---:" : "---"));
    return `**${esc(heading)}**\n\n| ${headers.map(esc).join(" | ")} |\n| ${align.join(" | ")} |\n${cells.map((row) => `| ${row.map(esc).join(" | ")} |`).join("\n")}\n`;
  }
  const align: ("left" | "right")[] = headers.map((_, c) => (c === 0 || c === (hasGroups ? 3 : 2) ? "right" : "left"));
  const excluded =
    details.excluded === 0
      ? ""
      : locale === "fa"
        ? `\n${faDigits(String(details.excluded))} واحد به دلیل کمبود داده امتیاز نگرفت.\n`
        : `\n${details.excluded} units were not scored (too little data).\n`;
  const anyPartial = shown.some((i) => partial(i) && cols.scores[i] === cols.scores[i]);
  const note =
    locale === "fa"
      ? `\nرتبهٔ ۱ = محروم‌ترین. امتیاز ۰ تا ۱۰۰؛ درصدها سهم هر شاخص از امتیاز است.${withInterval ? ` بازهٔ رتبه از ${faDigits(String(mc.runs))} اجرای مونت‌کارلو.` : ""}${anyPartial ? " * = امتیاز با دادهٔ ناقص." : ""}\n`
      : `\nRank 1 = most deprived. Scores 0–100; percentages are each indicator's share of the score.${withInterval ? ` Rank intervals from ${mc.runs} Monte Carlo runs.` : ""}${anyPartial ? " * = scored on partial data." : ""}\n`;
  return `${heading}\n\n${renderTable(headers, cells, align, columns)}${excluded}${note}`;
}
