/**
 * The CSV writer of `mahalleh score` (issue 18): the byte writer against the writer it replaced
 * (a string per line, encoded by `Buffer#write`), same process, same scored view — 50,000
 * units in rank order with Persian names, counties, 8 dimension scores (means of two-decimal
 * values, so many print with 16–17 digits) — and the number formatter against `String(x)`.
 */
import { writeNumber } from "../src/cli/_numberBytes";
import { writeScoreCsvReference } from "../src/cli/_scoreCsvReference";
import { type ScoredView, writeScoreCsv } from "../src/cli/_scoreOutput";
import { compare } from "./harness";

const N = 50_000;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** A scored view as `score` builds it (only the fields the writer reads). */
function view(): ScoredView {
  const next = lcg(18);
  const two = (): number => Math.round(next() * 10000) / 100;
  const mean = (k: number): number => {
    let s = 0;
    for (let j = 0; j < k; j++) s += two();
    return s / k;
  };
  const ids = Array.from({ length: N }, (_, i) => `u${i}`);
  const names = ids.map((_, i) => `محلهٔ ${i}`);
  const counties = ["کرج", "فردیس", "نظرآباد", "ساوجبلاغ", "اشتهارد", "طالقان", "اسلام‌شهر"];
  const dims: Record<string, Float64Array> = {};
  for (let d = 0; d < 8; d++) dims[`d${d}`] = Float64Array.from({ length: N }, () => mean(5));
  const scores = Float64Array.from({ length: N }, () => mean(8));
  const order = Uint32Array.from(ids.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const ranks = new Float64Array(N);
  order.forEach((i, p) => (ranks[i] = p + 1));
  const details = {
    groupRanks: Float64Array.from({ length: N }, () => 1 + Math.floor(next() * 5000)),
    levels: Uint8Array.from({ length: N }, () => 1 + Math.floor(next() * 4)),
    coverage: Float64Array.from({ length: N }, () => (next() < 0.5 ? 1 : 1 - Math.floor(next() * 4) / 40)),
    levelLabels: [
      { fa: "بسیار محروم", en: "very deprived" },
      { fa: "محروم", en: "deprived" },
      { fa: "نسبتاً محروم", en: "somewhat deprived" },
      { fa: "برخوردار", en: "better off" },
    ],
    drivers: { k: 3, indicator: Int32Array.from({ length: 3 * N }, () => Math.floor(next() * 40)), indicators: Array.from({ length: 40 }, (_, j) => `ind${j}`) },
  };
  return {
    input: { table: { ids } },
    cols: { ids, scores, ranks, dimensions: dims, details },
    mc: undefined,
    locale: "fa",
    order,
    name: (i: number) => names[i] as string,
    group: (i: number) => counties[i % counties.length] as string,
    indicatorNames: [],
  } as unknown as ScoredView;
}

export default async function run(): Promise<void> {
  const v = view();
  let bytes = 0;
  const sink = (chunk: Uint8Array): void => {
    bytes += chunk.length;
  };
  await compare(
    {
      title: `score --format csv writer (${N.toLocaleString("en")} lines × 21 cells)`,
      ours: () => writeScoreCsv(v, N, true, sink),
      peers: { "line strings (previous writer)": () => writeScoreCsvReference(v, N, true, sink) },
    },
    { time: 3000 },
  );
  const xs = Float64Array.from(Object.values(v.cols.dimensions).flatMap((c) => Array.from(c.subarray(0, 12_500))));
  const buf = new Uint8Array(1 << 16);
  await compare(
    {
      title: `a number's characters into bytes (${xs.length.toLocaleString("en")} dimension scores)`,
      ours: () => {
        let at = 0;
        for (let i = 0; i < xs.length; i++) {
          if (at > 65000) at = 0;
          at = writeNumber(buf, at, xs[i] as number);
        }
        return at;
      },
      peers: {
        "String(x), characters copied": () => {
          let at = 0;
          for (let i = 0; i < xs.length; i++) {
            if (at > 65000) at = 0;
            const s = String(xs[i]);
            for (let c = 0; c < s.length; c++) buf[at++] = s.charCodeAt(c);
          }
          return at;
        },
      },
    },
    { time: 2000 },
  );
  if (bytes === 0) throw new Error("nothing written");
}
