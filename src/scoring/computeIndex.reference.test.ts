/**
 * computeIndex against an independent numpy implementation
 * (test/fixtures/scoring/reference.py → reference.json): every normalisation, missing-data
 * policy, aggregation, ranking rule, level method and the JRC winsorisation.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeIndex } from "./computeIndex";
import type { IndexSpec } from "./IndexSpec";

interface Expected {
  scores: (number | null)[];
  ranks: (number | null)[];
  groupRanks: (number | null)[];
  dimensions: Record<string, number | null>[];
  contributions: Record<string, number>[];
  breaks: number[];
  levels: (number | null)[];
}
interface Reference {
  ids: string[];
  groups: string[];
  columns: Record<string, (number | null)[]>;
  base: IndexSpec;
  cases: { name: string; spec: Partial<IndexSpec>; expected: Expected }[];
  winsorize: { input: number[]; output: number[] };
}

const reference = JSON.parse(
  readFileSync(new URL("../../test/fixtures/scoring/reference.json", import.meta.url), "utf8"),
) as Reference;
const table = {
  ids: reference.ids,
  groups: reference.groups,
  columns: Object.fromEntries(Object.entries(reference.columns).map(([k, v]) => [k, v.map((x) => x ?? Number.NaN)])),
};

const close = (actual: number | null | undefined, expected: number | null | undefined): void => {
  if (expected === null || expected === undefined) expect(actual ?? null).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
};

describe("computeIndex matches the numpy reference", () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = computeIndex(table, { ...reference.base, ...c.spec } as IndexSpec);
    const e = c.expected;
    result.units.forEach((u, i) => {
      close(u.score, e.scores[i]);
      expect(u.rank).toBe(e.ranks[i]);
      expect(u.groupRank).toBe(e.groupRanks[i]);
      expect(u.level?.level ?? null).toBe(e.levels[i]);
      for (const [d, v] of Object.entries(e.dimensions[i] ?? {})) close(u.dimensions[d], v);
      for (const [j, v] of Object.entries(e.contributions[i] ?? {})) close(u.contributions[j], v);
    });
    expect(result.breaks.length).toBe(e.breaks.length);
    result.breaks.forEach((b, i) => close(b, e.breaks[i]));
  });

  it("winsorises COINr's example vector (1…10, 30, 100) like the reference", () => {
    const { input, output } = reference.winsorize;
    const result = computeIndex(
      { ids: input.map((_, i) => `u${i}`), columns: { x: input } },
      { indicators: [{ id: "x", dimension: "d", direction: 1 }], outliers: "winsorize", normalization: "rank" },
    );
    // after winsorising, the two largest values tie, so their ranks are averaged
    const expectedRanks = output.map((v) => output.filter((w) => w < v).length + (output.filter((w) => w === v).length + 1) / 2);
    expect(result.units.map((u) => u.normalized["x"])).toEqual(expectedRanks);
    expect(result.winsorized).toEqual({ x: output.filter((v, i) => v !== input[i]).length });
  });
});
