/**
 * Private: a full garbage collection when the CLI asks for one (issue 18). At 1,000,000 × 40 the
 * indicator columns (320 MB) are garbage once the index is computed, but V8 frees them only at
 * its next full collection, which came after the CSV writer had allocated its shared copies
 * (about 150 MB): the process peaked at 0.97–1.00 GB instead of about 0.8. One collection
 * before those copies takes about 0.1 s. V8 gives `gc()` only with `--expose-gc`; the flag is
 * set for the moment of getting it (as `jest-leak-detector` does) and unset at once. Where that
 * fails, nothing is collected and nothing else changes.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/** Runs a full garbage collection, if V8 lets the CLI ask for one. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const gc: unknown = runInNewContext("gc");
      collect = typeof gc === "function" ? (gc as () => void) : null;
      setFlagsFromString("--no-expose-gc");
    } catch {
      collect = null;
    }
  }
  collect?.();
}
