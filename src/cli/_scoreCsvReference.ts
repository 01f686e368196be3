/**
 * Test helper (imported by tests only; no entry point reaches it): the CSV writer of `score`
 * before it wrote bytes directly (issue 18) — each line built as one string (numbers as
 * `String(x)`) and encoded by one native call (`Buffer#write`). It is kept as the independent
 * reference of the byte writer's property test (`_scoreOutput.test.ts`).
 */
import { csvCell } from "./_csvOut";
import type { ScoredView } from "./_scoreOutput";

/** A text cell that needs neither quotes nor formula neutralisation (csvCell's two checks in one). */
const PLAIN_TEXT = /^[^=+\-@\t\r",;|\n][^",;\t|\n\r]*$/;

/** A number cell: `String(x)` (ASCII; a number is never a formula and needs no quotes), NaN empty. */
export function numberText(x: number): string {
  return x !== x ? "" : String(x);
}

/** A text cell: as it is when it needs neither quotes nor formula neutralisation, else through `csvCell`. */
export function textCell(text: string): string {
  return PLAIN_TEXT.test(text) ? text : csvCell(text);
}

/**
 * Bytes per chunk handed on: 64 KB. With 1 MB chunks the process grew by about 100 MB while
 * writing 10⁶ lines (large freed blocks are not handed back to the system at once), which
 * took the CLI over 1 GB at 1,000,000 × 40; at 64 KB its peak is that of reading.
 */
const CHUNK = 1 << 16;

/**
 * Lines (strings) encoded as UTF-8 into a buffer by one native call each (`Buffer#write`,
 * lone surrogates written as U+FFFD like `TextEncoder`), handed on in chunks of about `size`
 * bytes; each chunk is a fresh buffer (the sink may keep it). A line never splits across chunks.
 */
export function lineWriter(write: (chunk: Uint8Array) => void, size: number = CHUNK): { put: (line: string) => void; end: () => void } {
  let buffer = Buffer.allocUnsafeSlow(size);
  let at = 0;
  const flush = (): void => {
    if (at > 0) write(new Uint8Array(buffer.buffer, buffer.byteOffset, at));
    at = 0;
  };
  return {
    put: (line) => {
      // at most 3 bytes per UTF-16 unit
      if (at + 3 * line.length > buffer.length) {
        flush();
        buffer = Buffer.allocUnsafeSlow(Math.max(size, 3 * line.length));
      }
      at += buffer.write(line, at);
    },
    end: flush,
  };
}

/**
 * Writes the CSV output as UTF-8 bytes in big chunks: each line is built as one string
 * (numbers as `String(x)`, repeated cells — counties, level labels, driver ids — made once)
 * and encoded by one native call ({@link lineWriter}), not copied byte by byte. Cells are
 * always separated by a comma or a line break, so encoding a line gives the bytes of encoding
 * its cells one by one (a lone surrogate becomes U+FFFD either way).
 */
export function writeScoreCsvReference(view: ScoredView, count: number, bom: boolean, write: (chunk: Uint8Array) => void): void {
  const { cols, mc, order } = view;
  const { details } = cols;
  const dims = Object.keys(cols.dimensions);
  const dimCols = dims.map((d) => cols.dimensions[d] as Float64Array);
  const nd = dimCols.length;
  const withInterval = mc !== undefined;
  const header = ["id", "name", "group", "score", "rank", "groupRank", "level", "levelLabel", "driver1", "driver2", "driver3", ...(withInterval ? ["rankP05", "rankMedian", "rankP95"] : []), "coverage", "partial", ...dims.map((d) => `dim_${d}`)];
  const labelCells = ["", ...details.levelLabels.map((l) => csvCell(l[view.locale]))];
  const driverCells = details.drivers.indicators.map((id) => `,${csvCell(id)}`);
  const groupCells = new Map<string, string>();
  const k = details.drivers.k;
  const scores = cols.scores;
  const ranks = cols.ranks;
  const ids = view.input.table.ids;
  const groupRanks = details.groupRanks;
  const levels = details.levels;
  const coverages = details.coverage;
  const driverIndex = details.drivers.indicator;
  const interval = (x: number | null | undefined): string => (x === null || x === undefined ? "," : `,${String(x)}`);
  const { put, end } = lineWriter(write);
  put(`${bom ? "\uFEFF" : ""}${header.map(csvCell).join(",")}\n`);
  // Lines go out in rank order, so every read of a unit's cells lands somewhere else in memory.
  // Each block of lines is first gathered into small arrays in line order (tight loops that
  // keep many reads in flight), then formatted from them sequentially: the same values, so the
  // same bytes, in about half the time at 10⁶ units (cache and TLB misses no longer stall the
  // formatting).
  const size = Math.min(GATHER, Math.max(count, 1));
  const bScore = new Float64Array(size);
  const bRank = new Float64Array(size);
  const bGroupRank = new Float64Array(size);
  const bLevel = new Uint8Array(size);
  const bCoverage = new Float64Array(size);
  const bDriver = new Int32Array(size * 3);
  const bDims = dimCols.map(() => new Float64Array(size));
  const bId: string[] = new Array<string>(size);
  const bName: string[] = new Array<string>(size);
  const bGroup: string[] = new Array<string>(size);
  for (let start = 0; start < count; start += size) {
    const m = Math.min(size, count - start);
    for (let q = 0; q < m; q++) {
      const i = order[start + q] as number;
      bScore[q] = scores[i] as number;
      bRank[q] = ranks[i] as number;
      if (groupRanks !== null) bGroupRank[q] = groupRanks[i] as number;
      bLevel[q] = levels[i] as number;
      bCoverage[q] = coverages[i] as number;
      for (let r = 0; r < 3; r++) bDriver[q * 3 + r] = r < k ? (driverIndex[i * k + r] as number) : -1;
    }
    for (let d = 0; d < nd; d++) {
      const col = dimCols[d] as Float64Array;
      const out = bDims[d] as Float64Array;
      for (let q = 0; q < m; q++) out[q] = col[order[start + q] as number] as number;
    }
    for (let q = 0; q < m; q++) {
      const i = order[start + q] as number;
      bId[q] = ids[i] as string;
      bName[q] = view.name(i);
      bGroup[q] = view.group(i);
    }
    for (let q = 0; q < m; q++) {
      const level = bLevel[q] as number;
      const g = bGroup[q] as string;
      let gc = groupCells.get(g);
      if (gc === undefined) groupCells.set(g, (gc = csvCell(g)));
      const score = bScore[q] as number;
      const coverage = bCoverage[q] as number;
      let line = `${textCell(bId[q] as string)},${textCell(bName[q] as string)},${gc},${numberText(score)},${numberText(bRank[q] as number)},${groupRanks === null ? "" : numberText(bGroupRank[q] as number)},${level === 0 ? "" : level},${labelCells[level] as string}`;
      for (let r = 0; r < 3; r++) {
        const j = bDriver[q * 3 + r] as number;
        line += j >= 0 ? (driverCells[j] as string) : ",";
      }
      if (withInterval) {
        const u = mc.units[order[start + q] as number];
        line += interval(u?.rankP05) + interval(u?.rankMedian) + interval(u?.rankP95);
      }
      line += score !== score || coverage < 1 ? `,${String(coverage)},true` : `,${String(coverage)},false`;
      for (let d = 0; d < nd; d++) line += `,${numberText((bDims[d] as Float64Array)[q] as number)}`;
      put(`${line}\n`);
    }
  }
  end();
}

/** Lines gathered per block by {@link writeScoreCsv} (a few MB of small arrays at most). */
const GATHER = 16_384;

