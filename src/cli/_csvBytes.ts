/**
 * Private: CSV text cells written as UTF-8 straight into a byte buffer (issue 18), with the
 * rules of `csvCell` (`_csvOut.ts`): a cell that needs neither quotes nor formula
 * neutralisation is encoded as it is while it is checked, in one pass; any other goes through
 * `csvCell`. UTF-8 as `Buffer#write` and `TextEncoder` write it: a surrogate pair as one
 * four-byte character, a lone surrogate as U+FFFD.
 */
import { csvCell } from "./_csvOut";

/** ASCII codes that `csvCell` quotes anywhere in a cell: `"` `,` `;` TAB `|` LF CR. */
const QUOTED = new Uint8Array(128);
for (const c of '",;\t|\n\r') QUOTED[c.charCodeAt(0)] = 1;
/** ASCII codes that may not start a plain cell: those, and the formula starts `=` `+` `-` `@`. */
const NOT_FIRST = QUOTED.slice();
for (const c of "=+-@") NOT_FIRST[c.charCodeAt(0)] = 1;

/** Most bytes {@link writeTextCell} writes for a string of `length` UTF-16 units (quotes doubled, a `'` and two quotes added, 3 bytes a unit). */
export function textCellBytes(length: number): number {
  return 6 * length + 9;
}

/** Writes `text` as UTF-8 at `buf[at]` (room for 3 bytes a UTF-16 unit) and returns the index after it. */
export function writeUtf8(buf: Uint8Array, at: number, text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) buf[at++] = c;
    else {
      at = writeWide(buf, at, text, i, c);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
  }
  return at;
}

/** Writes the non-ASCII unit `c` at `text[i]` (with its low surrogate, if it is a pair's first). */
function writeWide(buf: Uint8Array, at: number, text: string, i: number, c: number): number {
  if (c < 0x800) {
    buf[at] = 0xc0 | (c >> 6);
    buf[at + 1] = 0x80 | (c & 0x3f);
    return at + 2;
  }
  if ((c & 0xf800) === 0xd800) {
    const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c <= 0xdbff && (d & 0xfc00) === 0xdc00) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      buf[at] = 0xf0 | (cp >> 18);
      buf[at + 1] = 0x80 | ((cp >> 12) & 0x3f);
      buf[at + 2] = 0x80 | ((cp >> 6) & 0x3f);
      buf[at + 3] = 0x80 | (cp & 0x3f);
      return at + 4;
    }
    c = 0xfffd; // a lone surrogate
  }
  buf[at] = 0xe0 | (c >> 12);
  buf[at + 1] = 0x80 | ((c >> 6) & 0x3f);
  buf[at + 2] = 0x80 | (c & 0x3f);
  return at + 3;
}

/**
 * Writes the CSV cell of `text` (what `csvCell(text)` gives, as UTF-8) at `buf[at]` and returns
 * the index after it. The buffer must have {@link textCellBytes}`(text.length)` free bytes.
 */
export function writeTextCell(buf: Uint8Array, at: number, text: string): number {
  const n = text.length;
  if (n === 0) return at;
  const c0 = text.charCodeAt(0);
  if (c0 < 0x80 && NOT_FIRST[c0] === 1) return writeUtf8(buf, at, csvCell(text));
  const start = at;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (QUOTED[c] === 1) return writeUtf8(buf, start, csvCell(text));
      buf[at++] = c;
    } else {
      at = writeWide(buf, at, text, i, c);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
  }
  return at;
}
