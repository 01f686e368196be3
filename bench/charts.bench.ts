/**
 * Charts (issue 16): a chart spec for 100,000 units must be built in ≤ 200 ms (or say it
 * aggregated), and the report for 2,000 neighbourhoods in ≤ 5 s. Each chart function is timed
 * at 100,000 units (or items) and printed as a median and as a ratio against a reference
 * measured in the same process — sorting the 100,000 ranks as plain objects (what any chart
 * of ranked units must at least do) — so a loaded machine does not hide a regression.
 */
import { contributionsChart, dimensionProfileChart, rankIntervalChart, rankedIndexChart } from "../src/charts/index";
import { mapChart, toGeoJSON } from "../src/charts/map";
import { followUpChart, kpiProgressChart, scheduleChart } from "../src/charts/monitoring";
import { realMain } from "../src/cli/run";
import { compare } from "./harness";

const n = 100_000;
const level = { level: 1, fa: "بسیار محروم", en: "very deprived" };
const DIMENSIONS = ["economy", "education", "health", "housing", "social", "culture", "safety", "participation"];
const units = Array.from({ length: n }, (_, i) => {
  const score = ((i * 7919) % n) / 1000;
  return {
    id: `u${i}`,
    score,
    rank: n - ((i * 7919) % n),
    level,
    coverage: 1,
    dimensions: Object.fromEntries(DIMENSIONS.map((d, k) => [d, (score * (k + 1)) % 100])),
    contributions: Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`x${k}`, score / 20])),
  };
});
const centre = (i: number): [number, number] => [50 + (i % 300) / 300, 35 + (i % 211) / 300];
const places = units.map((u, i) => ({ id: u.id, nameFa: `محله ${i}`, location: { type: "Point", coordinates: centre(i) } }));
const polygons = units.map((u, i) => {
  const [x, y] = centre(i);
  return { id: u.id, nameFa: `محله ${i}`, location: { type: "Polygon", coordinates: [[[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]]] } };
});
const mc = { runs: 200, units: units.map((u) => ({ id: u.id, rankNominal: u.rank, rankMedian: u.rank, rankP05: Math.max(1, u.rank - 5), rankP95: u.rank + 5, rankMean: u.rank })) };
const schedule = units.map((u, i) => ({
  id: u.id,
  plannedStart: { year: 1403, month: 1 + (i % 12), day: 1 },
  plannedEnd: { year: 1404, month: 1 + (i % 12), day: 1 },
  actualStart: { year: 1403, month: 1 + (i % 12), day: 5 },
}));
const kpis = units.map((u, i) => ({ id: u.id, share: (i % 150) / 100 }));
const STATES = ["done", "on-track", "due-soon", "overdue", "cancelled"];
const followUps = units.map((_, i) => ({ agencyId: `a${i % 40}`, state: STATES[i % 5] as string, ...(i % 5 === 3 ? { workingDaysOverdue: i % 30 } : {}) }));
const asOf = { year: 1403, month: 12, day: 27 }; // 1403/12/27 = 2025-03-17

function ms(fn: () => unknown, reps: number): number {
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
  await compare({ title: "rankedIndexChart, 100,000 units", ours: () => rankedIndexChart({ units, levels: [level] }), peers: { "sort all ranks": sortAll } }, { time: 1000 });

  // every chart function at 100,000: median of 7 runs, and its ratio to the reference sort
  const cases: [string, () => object][] = [
    ["rankedIndexChart", () => rankedIndexChart({ units, levels: [level] })],
    ["rankIntervalChart", () => rankIntervalChart(mc)],
    ["contributionsChart", () => contributionsChart({ units })],
    ["dimensionProfileChart (8 dimensions)", () => dimensionProfileChart({ units }, "u5")],
    ["mapChart, points", () => mapChart({ units, levels: [level] }, places)],
    ["mapChart, polygons", () => mapChart({ units, levels: [level] }, polygons)],
    ["toGeoJSON, points (data, not a chart)", () => toGeoJSON({ units }, places)],
    ["scheduleChart", () => scheduleChart(schedule, { asOf })],
    ["kpiProgressChart", () => kpiProgressChart(kpis)],
    ["followUpChart", () => followUpChart(followUps)],
  ];
  console.log("\nchart specs, 100,000 units or items (budget 200 ms, or the chart says it aggregated)");
  for (const [name, fn] of cases) {
    const reference = ms(sortAll, 5);
    const time = ms(fn, 7);
    const aggregated = (fn() as { usermeta?: { aggregated: boolean } }).usermeta?.aggregated;
    console.log(`  ${name.padEnd(38)} median ${time.toFixed(1).padStart(6)} ms  = ${(time / reference).toFixed(2)}× sorting all ranks (${reference.toFixed(1)} ms)${aggregated === undefined ? "" : `  aggregated: ${aggregated}`}`);
  }

  // the report for 2,000 neighbourhoods (a rows file: id, name and five standard indicators)
  const rows = Array.from({ length: 2000 }, (_, i) => ({
    id: `n${i}`,
    name: `محله ${i}`,
    "unemployment-rate": (i * 37) % 101,
    "literacy-rate": 50 + ((i * 53) % 49),
    "youth-neet-rate": (i * 11) % 89,
    "worn-out-area-share": (i * 7) % 83,
    "school-dropout-rate": (i * 3) % 79,
    lon: 50 + (i % 50) / 50,
    lat: 35.5 + (i % 37) / 50,
  }));
  const io = { stdout: () => undefined, stderr: () => undefined, readFile: async () => JSON.stringify(rows), writeFile: async () => undefined };
  const t0 = performance.now();
  const code = await realMain(["report", "rows.json", "--out", "r.html"], io); // cold: loads vega and vega-lite
  const cold = performance.now() - t0;
  if (code !== 0) throw new Error(`report exited ${code}`);
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    await realMain(["report", "rows.json", "--out", "r.html"], io);
    times.push(performance.now() - t);
  }
  const warm = times.sort((a, b) => a - b)[1] as number;
  const withRuns = performance.now();
  await realMain(["report", "rows.json", "--out", "r.html", "--runs", "100"], io);
  console.log(
    `\nmahalleh report, 2,000 neighbourhoods (budget 5,000 ms): first ${cold.toFixed(0)} ms (loading vega and vega-lite), then median ${warm.toFixed(0)} ms; with --runs 100: ${(performance.now() - withRuns).toFixed(0)} ms`,
  );
}
