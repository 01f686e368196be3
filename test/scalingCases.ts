/**
 * The cases of test/scaling.test.ts, shared with test/scaling-ratios.ts (which prints each
 * case's ratio and time): a name, the work for a size `n`, the base size and how to measure.
 */
import { safeParseJalali } from "mahalleh/jalali";
import { readBallotsCsv } from "mahalleh/planning";
import { isValidNationalId, normalizePersian, safeParseMoney, safeParseNumber, safeWordsToNumber } from "mahalleh/text";
import { tableFromCsv, tableFromCsvChunks, tableFromRows } from "mahalleh/scoring";
import { runCli } from "../src/cli/_testing";
import { formatReport, safeReadCsv, safeReadJson, validateFile, type FileValidationReport } from "mahalleh/validation";
import { readCsvStream } from "mahalleh/validation/node";
import type { ScalingOptions } from "./scaling";

/** 10× the input may take at most this many times the work (a quadratic pass takes ~100×). */
export const LIMIT = 15;

const csvRows = (n: number): string => `نام محله,جمعیت\n${"حصارک,31500\n".repeat(n)}`;
const jsonLines = (n: number): string => '{"nameFa":"حصارک","population":31500}\n'.repeat(n);
const chunked = (text: string): string[] => text.match(/[^]{1,4096}/g) ?? [];
const ballots = (n: number, row: (i: number) => string): string => `_uuid,vote/projects\n${Array.from({ length: n }, (_, i) => row(i)).join("\n")}`;

/**
 * Passes that keep an object (or a string) per row are measured from 32,768 or 65,536 rows:
 * below that the small input's result dies young in V8's young generation while the large
 * one's is promoted, which costs about 1.5× per row (measured on an idle machine: readCsv
 * 2.2 µs per row at 16,000 rows, 3.2–3.3 µs at 64,000 and 640,000), so ratios swung from 10
 * to 18 for a linear pass. The same holds for a Set of every id (tableFromCsv's duplicate
 * check), whose large form outgrows the CPU caches. tableFromCsv (a fresh id string per row)
 * still swung between 9 and 19 from 65,536 rows, on this code and on the previous release's
 * alike (idle machine, three runs each), so it was measured from 131,072 (12.5 and 13.1). It
 * still read 15.7 (in CI) and 18.2 at times on an idle machine (session 9), although its cost
 * per row is the same at both sizes over many runs (1.09 and 1.11 µs over 2.6 million rows
 * each): one run of 1.3 million rows paid 1.3–1.6× the CPU of ten runs of 131,072 in a row
 * (every part of the reader slower, from a larger live heap to mark and caches it outgrows,
 * not one step). So its small input is timed as 10 runs in a row (`smallRuns`, see
 * test/scaling.ts) and it is measured from 262,144 rows, where both sizes are outside the
 * caches: 13.6, 10.3 and 13.2 (idle, three runs; 10.7, 17.3, 12.2 and 9.8 from 131,072). The
 * limit is the same 15.
 */
const ROWS = { repeats: 3 } as const;

/** One synthetic invalid row of a neighbourhood CSV, as validateFile reports it, copied `n` times. */
function invalidReport(n: number): FileValidationReport {
  const one = validateFile("نام محله,جمعیت\nحصارک,-1\n", { model: "neighbourhood" });
  const entry = one.invalid[0];
  if (entry === undefined) throw new Error("the template row should be invalid");
  const invalid = Array.from({ length: n }, (_, row) => ({ ...entry, row, line: row + 2 }));
  return { ...one, invalid, summary: { ...one.summary, total: n, invalid: n, valid: 0 } };
}

/** A synchronous case: name, work for size n, base size, options, limit (default LIMIT). */
export type SyncCase = readonly [string, (n: number) => () => unknown, number, (ScalingOptions | undefined)?, number?];
/** An asynchronous case. */
export type AsyncCase = readonly [string, (n: number) => () => Promise<unknown>, number, (ScalingOptions | undefined)?, number?];

export const SYNC_CASES: readonly SyncCase[] = [
  ["readJson auto on newlines only", (n) => { const t = "\n".repeat(n); return () => safeReadJson(t); }, 10_000],
  ["readJson auto on blank lines with spaces", (n) => { const t = " \r\n\t".repeat(n); return () => safeReadJson(t); }, 1_000],
  ["readJson auto: an object, then newlines", (n) => { const t = `{"a":1}${"\n".repeat(n)}`; return () => safeReadJson(t); }, 10_000],
  // an object per row, as validateFile CSV below: the small input timed as 10 runs in a row;
  // it read 15.2 in a CI run under load (session 16), and its blank-lines twin 15.6 alone
  ["readJson JSON lines", (n) => { const t = jsonLines(n); return () => safeReadJson(t); }, 1_000, { smallRuns: 10 }],
  ["readJson array", (n) => { const t = `[${'{"nameFa":"حصارک"},'.repeat(n)}{}]`; return () => safeReadJson(t); }, 1_000, { smallRuns: 10 }],
  ["validateFile auto on newlines only", (n) => { const t = "\n".repeat(n); return () => { try { validateFile(t, { model: "neighbourhood" }); } catch { /* coded error is fine */ } }; }, 1_000],
  // a record per row, as tableFromCsv's strings: its small input timed as 10 runs in a row
  // (`smallRuns`), which pay for their collections as the large run does; timed alone it read
  // 15.3 in a CI run under load (session 16), 8.1–11.9 on this machine alone, 9.2–11.6 so
  ["validateFile CSV", (n) => { const t = csvRows(n); return () => validateFile(t, { model: "neighbourhood", format: "csv" }); }, 200, { smallRuns: 10 }],
  ["readCsv", (n) => { const t = csvRows(n); return () => safeReadCsv(t); }, 65_536, ROWS],
  ["readCsv with an unclosed quote", (n) => { const t = `${csvRows(n)}"${"x,".repeat(n)}`; return () => safeReadCsv(t); }, 1_000],
  ["readCsv wide layout", (n) => { const t = `شناسه محله,دوره,الف,ب\n${"n1,1403,1,2\n".repeat(n)}`; return () => safeReadCsv(t, { layout: "wide" }); }, 32_768, ROWS],
  ["normalizePersian", (n) => { const t = "كتاب‌هاي ۱۲٣ ".repeat(n); return () => normalizePersian(t); }, 1_000],
  ["parseNumber on long input", (n) => { const t = "۱٬".repeat(n); return () => safeParseNumber(t); }, 10_000],
  ["parseMoney on long input", (n) => { const t = "هزار ".repeat(n); return () => safeParseMoney(t); }, 10_000],
  ["wordsToNumber on long input", (n) => { const t = "صد و ".repeat(n); return () => safeWordsToNumber(t); }, 10_000],
  ["parseJalali on long input", (n) => { const t = "۱۴۰۳/".repeat(n); return () => safeParseJalali(t); }, 10_000],
  ["isValidNationalId on long input", (n) => { const t = "0".repeat(n); return () => isValidNationalId(t); }, 10_000],
  ["tableFromRows", (n) => { const rows = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: i, y: String(i) })); return () => tableFromRows(rows); }, 1_000],
  ["readCsv with blank lines between rows", (n) => { const t = `نام محله,جمعیت\n${"حصارک,31500\n\n\n".repeat(n)}`; return () => safeReadCsv(t); }, 1_000],
  ["readJson JSON lines with blank lines between rows", (n) => { const t = '{"nameFa":"حصارک"}\n\n\n'.repeat(n); return () => safeReadJson(t); }, 1_000, { smallRuns: 10 }],
  // a record object per line: its small input timed as 10 runs in a row (`smallRuns`, see
  // test/scaling.ts), as tableFromCsv's; it read 15.1 in CI (session 9) and 10.4, 11.8, 14.5 on
  // the idle machine with one small run, 10.3–11.7 (five runs) with ten; the limit is the same
  ["validateFile JSON lines", (n) => { const t = jsonLines(n); return () => validateFile(t, { model: "neighbourhood" }); }, 200, { smallRuns: 10 }],
  // measured 15.1–18.7 while the readers checked ids with a Set<string>, whose cost per id
  // grew with the memory it touched (0.3 µs at 20,000 ids, 0.8 µs at 2,000,000); 12.9 on the
  // idle machine with the typed-array IdSet (src/internal/idSet.ts)
  ["tableFromCsv", (n) => { const t = `id,x,y\n${Array.from({ length: n }, (_, i) => `n${i},${i},۱۲٫۵`).join("\n")}`; return () => tableFromCsv(t); }, 1_000],
  ["tableFromCsv with a long quoted cell", (n) => { const t = `id,x\nn1,"${"ab\n".repeat(n)}"\n`; return () => { try { tableFromCsv(t); } catch { /* a coded error is fine */ } }; }, 1_000],
  // Once listed as a todo at 16.2/15.4 (from 200 rows): linear when started past the young generation.
  ["readBallotsCsv", (n) => { const t = ballots(n, (i) => `u${i},park library`); return () => readBallotsCsv(t, { question: "projects" }); }, 32_768, ROWS],
  // every row has a field too many: each looked up its problem by searching the whole list
  // (quadratic; from 4,096 rows the search outweighs readCsv's ~55 µs per broken row)
  ["readBallotsCsv of broken rows", (n) => { const t = ballots(n, (i) => `u${i},park,extra`); return () => readBallotsCsv(t, { question: "projects" }); }, 4_096, ROWS],
  // The report is copied from one validated row: validating 2^18 invalid rows for each size
  // was what timed out at 120 s, not formatReport.
  ["formatReport of many invalid rows", (n) => { const report = invalidReport(n); return () => formatReport(report, { maxRows: n }); }, 32_768, ROWS],
];

/** A header, then one quoted field of `n` × 100 characters cut into chunks of 100. */
const quotedChunks = (n: number): string[] => ["id,name,x\n", 'a,"', ...Array.from({ length: n }, () => "x".repeat(100)), '",1\n'];

export const ASYNC_CASES: readonly AsyncCase[] = [
  // The CLI's own readers (encoding detection, delimiter sniffing, the score and validate
  // paths) on files served from memory.
  ["mahalleh validate (CSV)", (n) => { const files = { "n.csv": csvRows(n) }; return () => runCli(["validate", "n.csv", "--model", "neighbourhood"], files); }, 200],
  [
    "mahalleh score (semicolon CSV)",
    (n) => {
      const files = { "s.csv": `id;unemployment-rate;literacy-rate\n${Array.from({ length: n }, (_, i) => `n${i};${i % 50},5;${i % 90}`).join("\n")}\n` };
      return () => runCli(["score", "s.csv", "--format", "csv"], files);
    },
    200,
  ],
  // Moved from src/scoring/tableFromCsv.test.ts, where they were timed by the wall clock.
  ["tableFromCsvChunks of one record split over many chunks", (n) => { const chunks = quotedChunks(n); return () => tableFromCsvChunks(chunks, { labels: ["name"] }); }, 2_000],
  ["tableFromCsv from 262,144 rows", (n) => { const t = `id,x\n${Array.from({ length: n }, (_, i) => `u${i},${i}.5`).join("\n")}`; return async () => tableFromCsv(t); }, 262_144, { ...ROWS, smallRuns: 10 }],
  ["readCsvStream", (n) => { const chunks = chunked(csvRows(n)); return async () => { for await (const _ of readCsvStream(chunks)) void _; }; }, 500],
  // Once listed as a todo at 16.2 (from 1,000 rows of one number each). The reader is linear;
  // what grew was the Set of ids (see the tableFromCsv case). With 16 numbers a row, as
  // indicator tables have, the reading dominates; measured 15.6 under a load average of 17
  // with the Set, 10.4 idle with the IdSet.
  [
    "tableFromCsvChunks",
    (n) => {
      const row = Array.from({ length: 16 }, (_, k) => `${k}.5`).join(",");
      const chunks = chunked(`id,${Array.from({ length: 16 }, (_, k) => `x${k}`).join(",")}\n${Array.from({ length: n }, (_, i) => `n${i},${row}`).join("\n")}`);
      return () => tableFromCsvChunks(chunks);
    },
    32_768,
    ROWS,
  ],
];
