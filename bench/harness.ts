/**
 * The benchmark harness: every comparison runs ours and the peers in the same process, one
 * after another, on the same input, and prints ops/s and the ratio ours ÷ peer.
 */
import { Bench } from "tinybench";

/** One comparison: our implementation and the peers it is measured against. */
export interface Comparison {
  /** What is measured, e.g. "Gregorian → Jalali". */
  readonly title: string;
  /** Our implementation. */
  readonly ours: () => unknown;
  /** Peer implementations by name (a library, or a hand-written reference). */
  readonly peers: Readonly<Record<string, () => unknown>>;
  /** Optional targets: peer name → minimum ratio ours/peer the issue asks for. */
  readonly targets?: Readonly<Record<string, number>>;
}

/** A measured row of the report. */
export interface ComparisonResult {
  readonly title: string;
  readonly oursHz: number;
  readonly peers: ReadonlyArray<{ name: string; hz: number; ratio: number; target?: number; met?: boolean }>;
}

/** Options of {@link compare}. */
export interface CompareOptions {
  /** Milliseconds per task (default 500). */
  readonly time?: number;
  /**
   * Calls per timed sample (default 1). tinybench reads the clock around every sample, which
   * costs tens of nanoseconds: for operations that take about as long, the clock dominates and
   * compresses every ratio towards 1. With `batch: 100` each sample runs the operation 100
   * times (ours and the peers alike) and the rate is counted per call.
   */
  readonly batch?: number;
  /**
   * Rounds (default 1). With more, the comparison is run `rounds` times back to back, each
   * round `time / rounds` per task with the tasks in a rotated order, and every rate and ratio
   * printed is the median over the rounds: on a loaded machine a burst of other work then
   * spoils one round, not the whole comparison.
   */
  readonly rounds?: number;
}

/** Runs one comparison and prints its lines. */
export async function compare(comparison: Comparison, options: CompareOptions = {}): Promise<ComparisonResult> {
  const batch = options.batch ?? 1;
  const rounds = Math.max(1, options.rounds ?? 1);
  const batched = (fn: () => unknown): (() => unknown) =>
    batch === 1
      ? fn
      : () => {
          let last: unknown;
          for (let k = 0; k < batch; k++) last = fn();
          return last;
        };
  const tasks: Array<[string, () => unknown]> = [["mahalleh", batched(comparison.ours)], ...Object.entries(comparison.peers).map(([name, fn]): [string, () => unknown] => [name, batched(fn)])];
  const rates = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    const bench = new Bench({ time: (options.time ?? 500) / rounds, warmupTime: 100 / rounds });
    for (let k = 0; k < tasks.length; k++) bench.add(...tasks[(k + r) % tasks.length]!);
    await bench.run();
    for (const [name] of tasks) {
      const result = bench.getTask(name)?.result as { throughput?: { mean?: number }; hz?: number } | undefined;
      rates.get(name)!.push((result?.throughput?.mean ?? result?.hz ?? Number.NaN) * batch);
    }
  }
  const hz = (name: string): number => median(rates.get(name)!);
  const oursHz = hz("mahalleh");
  const ours = rates.get("mahalleh")!;
  const peers = Object.keys(comparison.peers).map((name) => {
    const peerHz = hz(name);
    // The median of the per-round ratios (one round: ours ÷ peer).
    const ratio = median(rates.get(name)!.map((rate, r) => ours[r]! / rate));
    const target = comparison.targets?.[name];
    return target === undefined ? { name, hz: peerHz, ratio } : { name, hz: peerHz, ratio, target, met: ratio >= target };
  });
  console.log(`\n${comparison.title}${rounds > 1 ? ` (median of ${rounds} rounds)` : ""}`);
  console.log(`  ${"mahalleh".padEnd(28)} ${fmt(oursHz)} ops/s`);
  for (const peer of peers) {
    const goal = peer.target === undefined ? "" : `  (target ≥ ${Number(peer.target.toFixed(2))}× ${peer.met ? "met" : "NOT MET"})`;
    console.log(`  ${peer.name.padEnd(28)} ${fmt(peer.hz)} ops/s   mahalleh is ${peer.ratio.toFixed(2)}×${goal}`);
  }
  return { title: comparison.title, oursHz, peers };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function fmt(hz: number): string {
  return hz >= 1e6 ? `${(hz / 1e6).toFixed(2)}M` : hz >= 1e3 ? `${(hz / 1e3).toFixed(1)}k` : hz.toFixed(1);
}
