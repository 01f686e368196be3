/**
 * Private: the one CSV writer of the CLI. Every CSV the CLI writes goes through it, so that
 * Excel opens it with Persian text intact (a UTF-8 byte-order mark, unless `--no-bom`) and
 * no cell can run as a formula (CSV injection).
 *
 * Formula neutralisation follows the OWASP "CSV Injection" guidance: a cell that starts
 * with `=`, `+`, `-`, `@`, TAB or CR is prefixed with a single quote `'` (which a spreadsheet
 * shows as text and does not display), and any cell holding a quote, a delimiter or a line
 * break is wrapped in double quotes with inner quotes doubled. A cell that is entirely a
 * plain decimal number (`-3.5`, `+2`, `-1e-3`) is data, not a formula — a spreadsheet cannot
 * execute it — so numbers keep their sign and stay numbers; the check is on the whole cell,
 * so `-3+cmd|…` is still neutralised.
 */

/** A plain decimal number: what a numeric column holds, never a formula. */
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-neutralised, then quoted if needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",;\t|\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Options of {@link writeCsv}. */
export interface CsvWriteOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads the file as UTF-8. Default true. */
  readonly bom?: boolean | undefined;
}

/** A whole CSV document: header, rows, `\n` line ends, a BOM unless `bom: false`. */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[], options?: CsvWriteOptions): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(","));
  return `${options?.bom === false ? "" : "\uFEFF"}${lines.join("\n")}\n`;
}

/** Rows only (no header, no BOM), for the pieces after the first of a long CSV. */
export function csvLines(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.length === 0 ? "" : `${rows.map((cells) => cells.map(csvCell).join(",")).join("\n")}\n`;
}
