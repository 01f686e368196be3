/**
 * Private: the lines of `mahalleh score --format csv`, written from plain columns (issue 18).
 * Everything a line is made of is in a {@link CsvLineSource}: typed arrays and pre-encoded
 * cells, no function and no object per unit, so that a worker thread can write part of the
 * lines from the same source (`_csvLinesParallel.ts`; its typed arrays then live in
 * `SharedArrayBuffer`s and are not copied).
 */
import { ensureMemory, instantiateBase64, type WasmMemory } from "../internal/wasmModule";
import { CSV_LINES_WASM } from "./_csvLinesWasm";
import { NUMBER_BYTES, POW10, POW10_HI, POW10_LO, writeNumber } from "./_numberBytes";

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
 * Lines gathered per block: about 40 MB of block arrays for 8 dimensions, and at 10⁶ units a
 * column is read every 4th value. Each block reads every column once, so at 10⁶ lines four
 * blocks read a quarter of the memory sixteen blocks of 65,536 did (2.3–2.4 s against 2.8–3.2 s
 * for the JavaScript writer on one thread, with one block).
 */
export const LINE_GATHER: number = 262_144;

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
  if (src.intervals === null && writeCsvLinesWasm(src, from, to, head, write, sizes)) return;
  writeCsvLinesJs(src, from, to, head, write, sizes);
}

/** The most bytes of a line but its text cells: numbers, commas, label, drivers, partial. */
function fixedBytes(src: CsvLineSource): number {
  const longest = (cells: readonly Uint8Array[]): number => cells.reduce((m, c) => Math.max(m, c.length), 0);
  return (4 + 3 + src.dims.length + 1) * NUMBER_BYTES + (14 + src.dims.length + 3 + 1) + longest(src.labelCells) + 3 * longest(src.driverCells) + FALSE.length + 1;
}

/** Block gathering (see {@link writeCsvLines}): each block's units, listed in input order. */
function gatherOrder(src: CsvLineSource, from: number, to: number): Uint32Array {
  const positions = new Uint32Array(src.n).fill(0xffffffff);
  for (let p = from; p < to; p++) positions[src.order[p] as number] = p;
  return positions;
}

/** Lists a block's units in input order into `srcAt` (units) and `dst` (their line slots); returns how many. */
function blockUnits(positions: Uint32Array, start: number, m: number, srcAt: Uint32Array, dst: Uint32Array): number {
  let c = 0;
  for (let i = 0; i < positions.length; i++) {
    const q = ((positions[i] as number) - start) >>> 0; // a position before the block wraps to a large number
    if (q < m) {
      srcAt[c] = i;
      dst[c++] = q;
    }
  }
  return c;
}

/** A block's values in line order (slot q: the block's q-th line), and its units in input order. */
interface Block {
  readonly srcAt: Uint32Array;
  readonly dst: Uint32Array;
  readonly score: Float64Array;
  readonly rank: Float64Array;
  readonly groupRank: Float64Array;
  readonly level: Uint8Array;
  readonly coverage: Float64Array;
  /** Three driver positions a slot, −1 for none. */
  readonly driver: Int32Array;
  readonly dims: readonly Float64Array[];
}

/**
 * Gathers the block of lines `start` to `start + m − 1` into `b`: its units listed in input order
 * (`srcAt`, their slots in `dst`), then each column read in that order, a forward sweep, and
 * written to the units' slots. Returns how many units (m).
 */
function gatherBlock(src: CsvLineSource, positions: Uint32Array, start: number, m: number, b: Block): number {
  const { scores, ranks, groupRanks, levels, coverage, k, drivers, dims } = src;
  const { srcAt, dst } = b;
  const c = blockUnits(positions, start, m, srcAt, dst);
  for (let t = 0; t < c; t++) {
    const i = srcAt[t] as number;
    const q = dst[t] as number;
    b.score[q] = scores[i] as number;
    b.rank[q] = ranks[i] as number;
    if (groupRanks !== null) b.groupRank[q] = groupRanks[i] as number;
    b.level[q] = levels[i] as number;
    b.coverage[q] = coverage[i] as number;
    for (let r = 0; r < 3; r++) b.driver[q * 3 + r] = r < k ? (drivers[i * k + r] as number) : -1;
  }
  for (let d = 0; d < dims.length; d++) {
    const col = dims[d] as Float64Array;
    const out = b.dims[d] as Float64Array;
    for (let t = 0; t < c; t++) out[dst[t] as number] = col[srcAt[t] as number] as number;
  }
  return c;
}

/** Tests only: the two writers {@link writeCsvLines} chooses from (the WebAssembly one false, having written nothing, where it cannot run). */
export const _writers: { readonly wasm: typeof writeCsvLinesWasm; readonly js: typeof writeCsvLinesJs } = { wasm: writeCsvLinesWasm, js: writeCsvLinesJs };

interface LinesExports {
  readonly memory: WasmMemory;
  setupText(slots: number, slot: number, dst: number): void;
  gatherText(c: number): void;
  setup(text: number, labels: number, drivers: number, ts: number, te: number, score: number, rank: number, grank: number, level: number, cov: number, drv: number, dims: number, nd: number, g: number, fixed: number): void;
  place(at: number, limit: number): void;
  at(): number;
  lines(q: number, m: number): number;
}

/**
 * {@link writeCsvLines} with the lines formatted in WebAssembly (`_csvLines.wat`: the same
 * bytes, by the same steps; the JavaScript writer's byte loops were about 60 % of its time).
 * The blocks are gathered as there, into the module's memory; the text cells are copied
 * into it once. Returns false, having written nothing, where the module cannot be used (no
 * WebAssembly, or more than 2 GB of text): the caller then writes with JavaScript.
 */
function writeCsvLinesWasm(src: CsvLineSource, from: number, to: number, head: Uint8Array, write: (chunk: Uint8Array) => void, sizes: CsvLineSizes): boolean {
  const { n, groupRanks, dims, text, textStart, textEnd, labelCells, driverCells } = src;
  const nd = dims.length;
  const lines = Math.max(0, to - from);
  const fixed = fixedBytes(src);
  let longestText = 0;
  for (let i = 0; i < n; i++) longestText = Math.max(longestText, (textEnd[i] as number) - (textStart[i] as number));
  // a block's text cells are gathered into slots of the longest cell: at most 64 MB of them
  const slot = Math.ceil((longestText + 1) / 8) * 8;
  const g = Math.max(1, Math.min(sizes.gather, lines, Math.floor(2 ** 26 / slot)));
  const capacity = Math.max(sizes.chunk, head.length, fixed + longestText);
  const cellBytes = (cells: readonly Uint8Array[]): number => cells.reduce((t, c) => t + c.length, 0) + 8 * cells.length + 8;
  // the layout (8-byte aligned): text, label and driver tables with their cells, the block, the output area
  const align = (x: number): number => Math.ceil(x / 8) * 8;
  const textAt = 1024;
  const labelsAt = align(textAt + text.length + 8);
  const driversAt = align(labelsAt + cellBytes(labelCells));
  const tsAt = align(driversAt + cellBytes(driverCells));
  const teAt = align(tsAt + 4 * g);
  const scoreAt = align(teAt + 4 * g);
  const rankAt = scoreAt + 8 * g;
  const grankAt = rankAt + 8 * g;
  const covAt = grankAt + 8 * g;
  const dimsAt = covAt + 8 * g;
  const drvAt = dimsAt + 8 * g * nd;
  const levelAt = drvAt + 12 * g;
  const dstAt = align(levelAt + g);
  const slotsAt = dstAt + 4 * g;
  const outAt = slotsAt + slot * g;
  const total = outAt + capacity + 64;
  if (total > 2 ** 31) return false;
  let u8 = new Uint8Array(0);
  const fallback = (x: number, at: number): number => {
    const s = String(x);
    for (let i = 0; i < s.length; i++) u8[at + i] = s.charCodeAt(i);
    return at + s.length;
  };
  // an instance (and memory) of its own for each call: nothing of it outlives the lines
  const ex = instantiateBase64(CSV_LINES_WASM, { env: { fallback } }) as LinesExports | null;
  if (ex === null || !ensureMemory(ex.memory, total)) return false; // the JavaScript writer needs neither
  const buffer = ex.memory.buffer;
  u8 = new Uint8Array(buffer);
  new Float64Array(buffer, 256, POW10.length).set(POW10);
  new Float64Array(buffer, 512, POW10_HI.length).set(POW10_HI);
  new Float64Array(buffer, 768, POW10_LO.length).set(POW10_LO);
  u8.set(text, textAt);
  const table = (at: number, cells: readonly Uint8Array[]): void => {
    const entries = new Int32Array(buffer, at, 2 * cells.length);
    let c = at + 8 * cells.length;
    cells.forEach((cell, i) => {
      entries[2 * i] = c;
      entries[2 * i + 1] = cell.length;
      u8.set(cell, c);
      c += cell.length;
    });
  };
  table(labelsAt, labelCells);
  table(driversAt, driverCells);
  const bTS = new Uint32Array(buffer, tsAt, g);
  const bTE = new Uint32Array(buffer, teAt, g);
  const bScore = new Float64Array(buffer, scoreAt, g);
  const bRank = new Float64Array(buffer, rankAt, g);
  const bGroupRank = new Float64Array(buffer, grankAt, g);
  const bCoverage = new Float64Array(buffer, covAt, g);
  const bDims = dims.map((_, d) => new Float64Array(buffer, dimsAt + 8 * g * d, g));
  const bDriver = new Int32Array(buffer, drvAt, 3 * g);
  const bLevel = new Uint8Array(buffer, levelAt, g);
  const dst = new Uint32Array(buffer, dstAt, g);
  ex.setupText(slotsAt, slot, dstAt);
  ex.setup(textAt, labelsAt, driversAt, tsAt, teAt, scoreAt, rankAt, groupRanks === null ? 0 : grankAt, levelAt, covAt, drvAt, dimsAt, nd, g, fixed);
  const limit = outAt + capacity;
  u8.set(head, outAt);
  ex.place(outAt + head.length, limit);
  const flush = (): void => {
    const end = ex.at();
    if (end > outAt) write(u8.slice(outAt, end));
    ex.place(outAt, limit);
  };
  const positions = gatherOrder(src, from, to);
  const block: Block = { srcAt: new Uint32Array(g), dst, score: bScore, rank: bRank, groupRank: bGroupRank, level: bLevel, coverage: bCoverage, driver: bDriver, dims: bDims };
  for (let start = from; start < to; start += g) {
    const m = Math.min(g, to - start);
    const c = gatherBlock(src, positions, start, m, block);
    for (let t = 0; t < c; t++) {
      const i = block.srcAt[t] as number;
      const q = dst[t] as number;
      bTS[q] = textStart[i] as number;
      bTE[q] = textEnd[i] as number;
    }
    ex.gatherText(c);
    for (let q = 0; q < m; ) {
      q = ex.lines(q, m);
      if (q < m) flush();
    }
  }
  flush();
  return true;
}

/** {@link writeCsvLines} with JavaScript alone. */
function writeCsvLinesJs(src: CsvLineSource, from: number, to: number, head: Uint8Array, write: (chunk: Uint8Array) => void, sizes: CsvLineSizes): void {
  const { groupRanks, dims, intervals, intervalSet, text, textStart, textEnd, labelCells, driverCells } = src;
  const nd = dims.length;
  const fixed = fixedBytes(src);
  // buf and at are plain locals (no closure writes them), so the optimiser keeps them in registers
  let buf = new Uint8Array(Math.max(sizes.chunk, head.length));
  let at = copy(buf, 0, head);
  const lines = Math.max(0, to - from);
  const size = Math.min(sizes.gather, Math.max(lines, 1));
  const positions = gatherOrder(src, from, to);
  const bUnit = new Uint32Array(size);
  const block: Block = {
    srcAt: new Uint32Array(size),
    dst: new Uint32Array(size),
    score: new Float64Array(size),
    rank: new Float64Array(size),
    groupRank: new Float64Array(size),
    level: new Uint8Array(size),
    coverage: new Float64Array(size),
    driver: new Int32Array(size * 3),
    dims: dims.map(() => new Float64Array(size)),
  };
  const { score: bScore, rank: bRank, groupRank: bGroupRank, level: bLevel, coverage: bCoverage, driver: bDriver, dims: bDims } = block;
  for (let start = from; start < to; start += size) {
    const m = Math.min(size, to - start);
    const c = gatherBlock(src, positions, start, m, block);
    for (let t = 0; t < c; t++) bUnit[block.dst[t] as number] = block.srcAt[t] as number;
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
