/**
 * Private: fixed-width tables for terminals, measured in display cells rather than UTF-16
 * code units, with Persian (right-to-left) cells kept from swallowing their neighbours.
 */

const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Left-to-right mark: anchors the runs around a Persian cell (zero width). */
export const LRM = "\u200E";

/**
 * Terminal display width of a string: combining marks, format characters (ZWNJ, bidi
 * marks) and controls take 0 cells, East Asian wide characters 2, everything else 1.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // a pair: a code point past the BMP, measured directly
        const cp = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width += widthOf(String.fromCodePoint(cp), cp);
        i++;
        continue;
      }
    }
    let w = BMP_WIDTHS[unit] as number;
    if (w < 0) BMP_WIDTHS[unit] = w = widthOf(String.fromCharCode(unit), unit);
    width += w;
  }
  return width;
}

/** Display width of each BMP code unit (a lone surrogate too), −1 until first measured: a table of 10,000 rows measures the same few dozen characters a million times. */
const BMP_WIDTHS: Int8Array = /* @__PURE__ */ new Int8Array(0x10000).fill(-1);

/** Display width of one character `ch` (code point `cp`): 0, 1 or 2 cells. */
function widthOf(ch: string, cp: number): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  for (const [a, b] of WIDE) if (cp >= a && cp <= b) return 2;
  return 1;
}

/** C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9). */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes text from a user's file safe to print on a terminal: every C0/C1 control character
 * (ESC sequences that recolour or rewrite the screen, a carriage return that overwrites a
 * line, a bell…) and every bidi embedding, override or isolate (which would reorder the rest
 * of the line) is shown as a visible escape such as `\x1B` or `\u202E` instead of acting.
 * With `keepNewlines`, `\n` is kept (for multi-line messages).
 */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** True if the text contains right-to-left letters. */
export function hasRtl(text: string): boolean {
  return RTL.test(text);
}

/** Cuts text to at most `max` display cells, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

/** Pads to a display width, on the right (`"left"` alignment) or on the left (`"right"`). */
export function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/**
 * Renders rows as aligned columns separated by two spaces. Each line starts with a
 * left-to-right mark and each cell holding Persian text is followed by one, so that a
 * terminal applying the Unicode bidi algorithm keeps the columns in place (a paragraph
 * starting with a Persian name would otherwise be laid out right to left, and numbers between
 * two Persian cells would join their run).
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("left" | "right")[],
  maxWidth?: number | undefined,
): string {
  const widths = headers.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ""))));
  if (maxWidth !== undefined && maxWidth > 0) {
    // narrow the widest text (left-aligned) columns, one cell at a time, down to 8 cells each
    const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    while (total() > maxWidth) {
      let widest = -1;
      widths.forEach((w, c) => {
        if (align[c] !== "right" && w > 8 && (widest < 0 || w > (widths[widest] as number))) widest = c;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] as number) - 1;
    }
    const fit = (cells: readonly string[]): string[] => cells.map((cell, c) => truncate(cell, widths[c] as number));
    return renderTable(fit(headers), rows.map(fit), align);
  }
  const line = (cells: readonly string[]): string =>
    LRM +
    cells
      .map((cell, c) => {
        const padded = pad(cell, widths[c] as number, align[c] ?? "left");
        return hasRtl(cell) ? (align[c] === "right" ? padded + LRM : cell + LRM + padded.slice(cell.length)) : padded;
      })
      .join("  ")
      .trimEnd();
  const rule = LRM + widths.map((w) => "─".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n") + "\n";
}
