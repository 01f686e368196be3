/**
 * Charts (issue 16): a chart spec for 100,000 units must be built in ≤ 200 ms, and the report
 * for 2,000 neighbourhoods in ≤ 5 s. Each is printed as an absolute time (the budget) and as
 * a ratio against a reference measured in the same process — sorting the 100,000 ranks as
 * plain objects (what any chart of ranked units must at least do) — so a loaded machine does
 * not hide a regression.
 */
import { rankedIndexChart } from "../src/charts/index";
import { mapChart, toGeoJSON } from "../src/charts/map";
import { realMain } from "../src/cli/run";
import { compare } from "./harness";

const n = 100_000;
const level = { level: 1, fa: "بسیار محروم", en: "very deprived" };
const units = Array.from({ length: n }, (_, i) => {
  const score = ((i * 7919) % n) / 1000;
  return { id: `u${i}`, score, rank: n - ((i * 7919) % n), level, coverage: 1, dimensions: { economy: score, education: score }, contributions: { x: score } };
});
const places = units.map((u, i) => ({ id: u.id, nameFa: `محله ${i}`, location: { type: "Point", coordinates: [50 + (i % 300) / 300, 35 + (i % 211) / 300] } }));

function ms(fn: () => unknown, reps = 5): number {
  const times: number[] = [];
  for (let k = 0; k < reps; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[reps >> 1] as number;
}

export default async function run(): Promise<void> {
  const sortAll = (): unknown => units.slice().sort((a, b) => a.rank - b.rank);
  await compare({ title: "rankedIndexChart, 100,000 units", ours: () => rankedIndexChart({ units, levels: [level] }), peers: { "sort all ranks": sortAll } }, { time: 1500 });
  await compare({ title: "toGeoJSON, 100,000 units", ours: () => toGeoJSON({ units }, places), peers: { "sort all ranks": sortAll } }, { time: 1500 });
  console.log(`rankedIndexChart 100,000 units: median ${ms(() => rankedIndexChart({ units, levels: [level] })).toFixed(0)} ms (budget 200 ms)`);
  console.log(`mapChart 100,000 units (grid-aggregated): median ${ms(() => mapChart({ units, levels: [level] }, places), 3).toFixed(0)} ms (budget 200 ms)`);

  // the report for 2,000 neighbourhoods (a rows file: id, name and five indicators)
  const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, name: `محله ${i}`, a: (i * 37) % 101, b: (i * 53) % 97, c: (i * 11) % 89, d: (i * 7) % 83, e: (i * 3) % 79 }));
  const io = { stdout: () => undefined, stderr: () => undefined, readFile: async () => JSON.stringify(rows), writeFile: async () => undefined };
  await realMain(["report", "rows.json", "--out", "r.html"], io); // warm: loads vega and vega-lite
  const t = performance.now();
  await realMain(["report", "rows.json", "--out", "r.html"], io);
  console.log(`mahalleh report, 2,000 neighbourhoods: ${(performance.now() - t).toFixed(0)} ms (budget 5,000 ms; vega and vega-lite already loaded)`);
}
