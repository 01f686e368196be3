import { tableFromCsv, tableFromCsvChunks } from "mahalleh/scoring";
const chunked = (text: string): string[] => text.match(/[^]{1,4096}/g) ?? [];
const cpu = (s: NodeJS.CpuUsage) => { const c = process.cpuUsage(s); return (c.user + c.system) / 1000; };
for (const n of (process.argv[2] ?? "131072,1310720").split(",").map(Number)) {
  const text = `id,x\n${Array.from({ length: n }, (_, i) => `n${i},${i}`).join("\n")}`;
  const chunks = chunked(text);
  let best1 = Infinity, best2 = Infinity, best3 = Infinity;
  for (let r = 0; r < 3; r++) {
    let t = process.cpuUsage(); tableFromCsv(text); best1 = Math.min(best1, cpu(t));
    t = process.cpuUsage(); await tableFromCsvChunks(chunks); best2 = Math.min(best2, cpu(t));
    t = process.cpuUsage(); await tableFromCsvChunks([text]); best3 = Math.min(best3, cpu(t));
  }
  console.log(n, "whole", (best1 / n * 1000).toFixed(3), "chunks", (best2 / n * 1000).toFixed(3), "one chunk", (best3 / n * 1000).toFixed(3), "µs/row");
}
