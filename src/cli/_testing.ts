/**
 * Test helper (imported by tests only; no entry point reaches it): runs the command line with
 * captured output and files served from memory, as a user's shell would.
 */
import { realMain, type CliIO } from "./run";

/** Runs `mahalleh …argv` with `files` as the only readable files; returns the exit code and output. */
export async function runCli(argv: string[], files: Record<string, string> = {}, terminal: Pick<CliIO, "columns" | "rows"> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = {
    ...terminal,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error("no such file"), { code: "ENOENT" });
      return text;
    },
  };
  return { code: await realMain(argv, io), out, err };
}

/** A small deterministic generator (the test is the same on every run). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
