import { rankedIndexChart, rankIntervalChart, contributionsChart, mapChart, followUpChart } from "./src/charts/index";
const n = 100_000;
const units = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, score: (i * 7919) % n, rank: n - ((i * 7919) % n), level: { level: 1, fa: "x", en: "x" }, coverage: 1, dimensions: { a: 1, b: 2 }, contributions: { a: 1, b: 2 } }));
const nb = units.map((u, i) => ({ id: u.id, nameFa: u.id, location: { type: "Point", coordinates: [50 + (i % 100) / 100, 35 + (i % 77) / 100] } }));
for (let rep = 0; rep < 3; rep++) {
  let t = performance.now(); rankedIndexChart({ units, levels: [] }); console.log("ranked", (performance.now() - t).toFixed(1));
  t = performance.now(); contributionsChart({ units }); console.log("contrib", (performance.now() - t).toFixed(1));
  t = performance.now(); rankIntervalChart({ runs: 1, units: units.map((u) => ({ id: u.id, rankNominal: u.rank, rankMedian: u.rank, rankP05: u.rank, rankP95: u.rank, rankMean: u.rank })) }); console.log("interval", (performance.now() - t).toFixed(1));
  t = performance.now(); const m = mapChart({ units, levels: [] }, nb); console.log("map", (performance.now() - t).toFixed(1), JSON.stringify(m).length);
  t = performance.now(); followUpChart(units.map((u, i) => ({ agencyId: `a${i % 40}`, state: i % 3 ? "done" : "overdue" }))); console.log("follow", (performance.now() - t).toFixed(1));
}
import { toGeoJSON } from "./src/charts/index";
for (let rep = 0; rep < 3; rep++) { const t = performance.now(); toGeoJSON({ units }, nb); console.log("geojson", (performance.now() - t).toFixed(1)); }
