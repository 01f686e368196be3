/**
 * Prints the ratio (10× input over 1× input, in CPU time) of every case of
 * test/scaling.test.ts and the CPU seconds each took to measure, without vitest:
 * `npx tsx test/scaling-ratios.ts [part of a case name…]`. The test asserts the same ratios
 * silently; this is for reading them (e.g. before raising a base size or the limit).
 */
import { ASYNC_CASES, LIMIT, SYNC_CASES } from "./scalingCases";
import { scalingRatio, scalingRatioAsync } from "./scaling";

const wanted = process.argv.slice(2);
const picked = (name: string): boolean => wanted.length === 0 || wanted.some((w) => name.includes(w));
const cpu = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};
const line = (name: string, ratio: number, seconds: number, limit: number): void => {
  process.stdout.write(`${ratio <= limit ? "ok  " : "OVER"} ${ratio.toFixed(2).padStart(6)}  ${seconds.toFixed(1).padStart(5)} s  ${name}${limit === LIMIT ? "" : ` (limit ${limit})`}\n`);
};

const start = process.cpuUsage();
for (const [name, work, base, options, limit = LIMIT] of SYNC_CASES) {
  if (!picked(name)) continue;
  const t = process.cpuUsage();
  const ratio = scalingRatio(work, base, options);
  line(name, ratio, cpu(t), limit);
}
for (const [name, work, base, options, limit = LIMIT] of ASYNC_CASES) {
  if (!picked(name)) continue;
  const t = process.cpuUsage();
  const ratio = await scalingRatioAsync(work, base, options);
  line(name, ratio, cpu(t), limit);
}
process.stdout.write(`total ${cpu(start).toFixed(1)} s of CPU (limit ${LIMIT})\n`);
