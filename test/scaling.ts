/**
 * Scaling checks for parsers: the work for 10× the input over the work for 1× the input,
 * each the minimum of several runs. A linear pass gives about 10; a quadratic one about 100.
 * The base size is doubled until one run takes at least `minMs`, so timer resolution does not
 * dominate.
 *
 * The work is the CPU time this process spends (`process.cpuUsage`, user + system, all its
 * threads, so garbage collection counts), not the wall-clock time: on a shared machine the
 * wall clock also counts the time other processes hold the cores, which inflated ratios to
 * 17–40 under load for passes that are linear (issue 11). Where `cpuUsage` is missing (a
 * browser) the wall clock is used.
 */
import { performance } from "node:perf_hooks";

/** Milliseconds of CPU time used by this process so far (wall clock where that is unknown). */
function now(): number {
  if (typeof process !== "undefined" && typeof process.cpuUsage === "function") {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  return performance.now();
}

function minTime(run: () => unknown, repeats: number): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = now();
    run();
    best = Math.min(best, now() - start);
  }
  return best;
}

async function minTimeAsync(run: () => Promise<unknown>, repeats: number): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = now();
    await run();
    best = Math.min(best, now() - start);
  }
  return best;
}

/** How the ratio is measured. */
export interface ScalingOptions {
  readonly repeats?: number;
  readonly minMs?: number;
  readonly maxBase?: number;
  /** Measurements of the ratio; the smallest is returned (noise only ever inflates it). */
  readonly attempts?: number;
  /**
   * Time the small input as this many runs back to back (and divide), default 1. A pass that
   * keeps an object or a string per row makes garbage in proportion to its input; one run of
   * the large input always pays for the collections of 10 runs' worth of garbage, while the
   * fastest of a few small runs is one that happened to pay for none, which inflated a linear
   * pass's ratio to 15–18 (tableFromCsv at 131,072 rows; 1.09 and 1.11 µs per row, the same,
   * measured over 2.6 million rows at each size). Ten small runs in a row pay for their
   * collections as the large run does.
   */
  readonly smallRuns?: number;
}

/** The 10× / 1× time ratio of `work(size)` (synchronous): the smallest of `attempts` measurements. */
export function scalingRatio(work: (size: number) => () => unknown, base: number, options: ScalingOptions = {}): number {
  let best = Infinity;
  for (let a = 0; a < (options.attempts ?? 5) && best > 12; a++) best = Math.min(best, measure(work, base, options));
  return best;
}

function measure(work: (size: number) => () => unknown, base: number, { repeats = 7, minMs = 10, maxBase = 1 << 18, smallRuns = 1 }: ScalingOptions): number {
  let n = base;
  let small = minTime(work(n), repeats);
  while (small < minMs && n * 2 <= maxBase) {
    n *= 2;
    small = minTime(work(n), repeats);
  }
  const big = work(10 * n);
  big(); // warm up the JIT on the large input too
  const one = work(n);
  const runs = (): void => {
    for (let r = 0; r < smallRuns; r++) one();
  };
  small = smallRuns === 1 ? Math.min(small, minTime(one, repeats)) : minTime(runs, repeats) / smallRuns;
  const large = minTime(big, repeats);
  return large / small;
}

/** The 10× / 1× time ratio of `work(size)` (asynchronous): the smallest of `attempts` measurements. */
export async function scalingRatioAsync(work: (size: number) => () => Promise<unknown>, base: number, options: ScalingOptions = {}): Promise<number> {
  let best = Infinity;
  for (let a = 0; a < (options.attempts ?? 5) && best > 12; a++) best = Math.min(best, await measureAsync(work, base, options));
  return best;
}

async function measureAsync(work: (size: number) => () => Promise<unknown>, base: number, { repeats = 7, minMs = 10, maxBase = 1 << 18, smallRuns = 1 }: ScalingOptions): Promise<number> {
  let n = base;
  let small = await minTimeAsync(work(n), repeats);
  while (small < minMs && n * 2 <= maxBase) {
    n *= 2;
    small = await minTimeAsync(work(n), repeats);
  }
  const big = work(10 * n);
  await big();
  const one = work(n);
  const runs = async (): Promise<void> => {
    for (let r = 0; r < smallRuns; r++) await one();
  };
  small = smallRuns === 1 ? Math.min(small, await minTimeAsync(one, repeats)) : (await minTimeAsync(runs, repeats)) / smallRuns;
  const large = await minTimeAsync(big, repeats);
  return large / small;
}
