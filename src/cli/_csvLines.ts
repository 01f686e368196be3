/**
 * Private: the lines of `mahalleh score --format csv`, written from plain columns (issue 18).
 * Everything a line is made of is in a {@link CsvLineSource}: typed arrays and pre-encoded
 * cells, no function and no object per unit, so that a worker thread can write part of the
 * lines from the same source (`_csvLinesParallel.ts`; its typed arrays then live in
 * `SharedArrayBuffer`s and are not copied).
 */
import { NUMBER_BYTES, writeNumber } from "./_numberBytes";

/** What the lines are written from. Units are by input position; `order` lists them by rank. */
export interface CsvLineSource {
  /** Positions of the units in line order (rank 1 first); only the first lines written need be listed. */
  readonly order: Uint32Array;
  /** Number of units (the length of the per-unit columns). */
  readonly n: number;
  readonly scores: Float64Array;
  readonly ranks: Float64Array;
  /** Null without groups (the cell is empty). */
  readonly groupRanks: Float64Array | null;
  /** 0: no level (empty cell and label). */
  readonly levels: Uint8Array;
  readonly coverage: Float64Array;
  /** Top contributions kept per unit. */
  readonly k: number;
  /** `k` indicator positions per unit, −1 for none. */
  readonly drivers: Int32Array;
  /** One column per dimension, in header order. */
  readonly dims: readonly Float64Array[];
  /** Rank interval per unit (P05, median, P95), or null when the output has no interval columns. */
  readonly intervals: Float64Array | null;
  /** 1 where `intervals` holds a value, 0 where the unit has none (the cell is empty). */
  readonly intervalSet: Uint8Array | null;
  /** Each unit's first three cells with their commas (`id,name,county,`), UTF-8, from `textStart[i]` to `textEnd[i]`. */
  readonly text: Uint8Array;
  readonly textStart: Uint32Array;
  readonly textEnd: Uint32Array;
  /** The level label cells, index = level (0: empty). */
  readonly labelCells: readonly Uint8Array[];
  /** The driver cells, by indicator position. */
  readonly driverCells: readonly Uint8Array[];
}

/** Sizes of the work (tests set small ones): lines gathered per block, bytes per chunk handed on. */
export interface CsvLineSizes {
  readonly gather: number;
  readonly chunk: number;
}

/**
 * Bytes per chunk handed on: 64 KB. With 1 MB chunks the process grew by about 100 MB while
 * writing 10⁶ lines (large freed blocks are not handed back to the system at once), which
 * took the CLI over 1 GB at 1,000,000 × 40; at 64 KB its peak is that of reading.
 */
export const LINE_CHUNK: number = 1 << 16;

/**
 * Lines gathered per block: about 10 MB of small arrays for 8 dimensions, and at 10⁶ units a
 * column is read every 15th value (2 cache lines apart).
 */
export const LINE_GATHER: number = 65_536;

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const TRUE = new TextEncoder().encode(",true");
const FALSE = new TextEncoder().encode(",false");

/** Copies `bytes` to `buf[at]`; returns the index after them (a loop: the cells are a few bytes). */
function copy(buf: Uint8Array, at: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) buf[at++] = bytes[i] as number;
  return at;
}

/**
 * Writes the lines `from` to `to − 1` (positions in `order`) as UTF-8 bytes straight into chunks
 * of `sizes.chunk` bytes (each a fresh buffer: the sink may keep it), `head` first: numbers by
 * {@link writeNumber} (the bytes of `String(x)`, NaN empty), the text cells copied from the
 * source. No string is built per line or per number, and a line never splits across chunks.
 *
 * Lines go out in rank order, so reading a unit's cells line by line lands somewhere else in
 * memory at every cell, and each cache and TLB miss stalls the formatting. Each block of
 * lines is first gathered into small arrays in line order: the block's units are listed in
 * input order (one pass over their positions), and each column is read in that order — a
 * forward sweep through memory, every few cache lines — and written to the block's line
 * slots. Then the lines are formatted from the small arrays: the same values, so the same
 * bytes.
 */
export function writeCsvLines(src: CsvLineSource, from: number, to: number, head: Uint8Array, write: (chunk: Uint8Array) => void, sizes: CsvLineSizes = { gather: LINE_GATHER, chunk: LINE_CHUNK }): void {
  const { order, n, scores, ranks, groupRanks, levels, coverage, k, drivers, dims, intervals, intervalSet, text, textStart, textEnd, labelCells, driverCells } = src;
  const nd = dims.length;
  const longest = (cells: readonly Uint8Array[]): number => cells.reduce((m, c) => Math.max(m, c.length), 0);
  // the most bytes of a line but its text cells: numbers, commas, label, drivers, partial
  const fixed = (4 + 3 + nd + 1) * NUMBER_BYTES + (14 + nd + 3 + 1) + longest(labelCells) + 3 * longest(driverCells) + FALSE.length + 1;
  // buf and at are plain locals (no closure writes them), so the optimiser keeps them in registers
  let buf = new Uint8Array(Math.max(sizes.chunk, head.length));
  let at = copy(buf, 0, head);
  const lines = Math.max(0, to - from);
  const size = Math.min(sizes.gather, Math.max(lines, 1));
  const positions = new Uint32Array(n).fill(0xffffffff);
  for (let p = from; p < to; p++) positions[order[p] as number] = p;
  const srcAt = new Uint32Array(size);
  const dst = new Uint32Array(size);
  const bUnit = new Uint32Array(size);
  const bScore = new Float64Array(size);
  const bRank = new Float64Array(size);
  const bGroupRank = new Float64Array(size);
  const bLevel = new Uint8Array(size);
  const bCoverage = new Float64Array(size);
  const bDriver = new Int32Array(size * 3);
  const bDims = dims.map(() => new Float64Array(size));
  for (let start = from; start < to; start += size) {
    const m = Math.min(size, to - start);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const q = ((positions[i] as number) - start) >>> 0; // a position before the block wraps to a large number
      if (q < m) {
        srcAt[c] = i;
        dst[c++] = q;
      }
    }
    for (let t = 0; t < m; t++) {
      const i = srcAt[t] as number;
      const q = dst[t] as number;
      bUnit[q] = i;
      bScore[q] = scores[i] as number;
      bRank[q] = ranks[i] as number;
      if (groupRanks !== null) bGroupRank[q] = groupRanks[i] as number;
      bLevel[q] = levels[i] as number;
      bCoverage[q] = coverage[i] as number;
      for (let r = 0; r < 3; r++) bDriver[q * 3 + r] = r < k ? (drivers[i * k + r] as number) : -1;
    }
    for (let d = 0; d < nd; d++) {
      const col = dims[d] as Float64Array;
      const out = bDims[d] as Float64Array;
      for (let t = 0; t < m; t++) out[dst[t] as number] = col[srcAt[t] as number] as number;
    }
    for (let q = 0; q < m; q++) {
      const i = bUnit[q] as number;
      const textFrom = textStart[i] as number;
      const textTo = textEnd[i] as number;
      const need = fixed + (textTo - textFrom);
      if (at + need > buf.length) {
        if (at > 0) write(buf.subarray(0, at));
        buf = new Uint8Array(Math.max(sizes.chunk, need));
        at = 0;
      }
      for (let b = textFrom; b < textTo; b++) buf[at++] = text[b] as number;
      const level = bLevel[q] as number;
      const score = bScore[q] as number;
      const rank = bRank[q] as number;
      const cover = bCoverage[q] as number;
      if (score === score) at = writeNumber(buf, at, score);
      buf[at++] = COMMA;
      if (rank === rank) at = writeNumber(buf, at, rank);
      buf[at++] = COMMA;
      if (groupRanks !== null) {
        const gr = bGroupRank[q] as number;
        if (gr === gr) at = writeNumber(buf, at, gr);
      }
      buf[at++] = COMMA;
      if (level !== 0) at = writeNumber(buf, at, level);
      buf[at++] = COMMA;
      at = copy(buf, at, labelCells[level] as Uint8Array);
      for (let r = 0; r < 3; r++) {
        buf[at++] = COMMA;
        const j = bDriver[q * 3 + r] as number;
        if (j >= 0) at = copy(buf, at, driverCells[j] as Uint8Array);
      }
      if (intervals !== null && intervalSet !== null) {
        for (let r = 0; r < 3; r++) {
          buf[at++] = COMMA;
          if (intervalSet[i * 3 + r] === 1) at = writeNumber(buf, at, intervals[i * 3 + r] as number);
        }
      }
      buf[at++] = COMMA;
      at = writeNumber(buf, at, cover);
      at = copy(buf, at, score !== score || cover < 1 ? TRUE : FALSE);
      for (let d = 0; d < nd; d++) {
        buf[at++] = COMMA;
        const x = (bDims[d] as Float64Array)[q] as number;
        if (x === x) at = writeNumber(buf, at, x);
      }
      buf[at++] = NEWLINE;
    }
  }
  if (at > 0) write(buf.subarray(0, at));
}
