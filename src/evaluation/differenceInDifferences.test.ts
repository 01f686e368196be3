import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ObservationLike } from "../scoring/index";
import { normal, seededRandom } from "./_random";
import { differenceInDifferences } from "./differenceInDifferences";
import type { MatchResult } from "./matchComparison";

interface Fixture {
  name: string;
  panel: ObservationLike[];
  treated: string[];
  before: string[];
  after: string[];
  cluster: Record<string, string> | null;
  weights: Record<string, number> | null;
  estimate: number;
  se: number;
  clusters: number;
}

// test/fixtures/evaluation/did_numpy.py: OLS/WLS with explicit unit and period dummies (numpy)
const fixtures = JSON.parse(readFileSync(new URL("../../test/fixtures/evaluation/did.json", import.meta.url), "utf8")) as Fixture[];

const obs = (id: string, period: string, value: number | null): ObservationLike => ({ neighbourhoodId: id, indicatorId: "u", period, value });

describe("differenceInDifferences", () => {
  for (const f of fixtures) {
    it(`equals the dummy-variable regression of numpy to 1e-9: ${f.name}`, () => {
      const r = differenceInDifferences(f.panel, {
        outcome: "y",
        treated: f.treated,
        before: f.before,
        after: f.after,
        ...(f.cluster === null ? {} : { cluster: f.cluster }),
        ...(f.weights === null ? {} : { matched: { weights: f.weights } as unknown as MatchResult }),
        bootstrap: false,
      });
      expect(Math.abs(r.estimate - f.estimate)).toBeLessThan(1e-9);
      expect(Math.abs((r.se ?? Number.NaN) - f.se)).toBeLessThan(1e-9);
      expect(r.clusters.count).toBe(f.clusters);
      expect(r.df).toBe(f.clusters - 1);
    });
  }

  it("the 2 × 2 estimate is the difference of the plain group changes (hand-worked)", () => {
    const panel = [obs("a", "1401", 20), obs("a", "1403", 15), obs("b", "1401", 22), obs("b", "1403", 18), obs("c", "1401", 18), obs("c", "1403", 17), obs("d", "1401", 16), obs("d", "1403", 16)];
    const r = differenceInDifferences(panel, { outcome: "u", treated: ["a", "b"], before: "1401", after: "1403" });
    expect(r.means.treated).toEqual({ n: 2, before: 21, after: 16.5, change: -4.5 });
    expect(r.means.comparison).toEqual({ n: 2, before: 17, after: 16.5, change: -0.5 });
    expect(r.estimate).toBe(-4);
    expect(r.relative).toBeCloseTo(-4 / 21, 12);
    expect(r.relativeCi?.[0]).toBeLessThan(r.relativeCi?.[1] ?? Number.NaN);
  });

  it("the bootstrap is seeded and reproducible, and a different seed gives a different interval", () => {
    const f = fixtures[0] as Fixture;
    const run = (seed: number) => differenceInDifferences(f.panel, { outcome: "y", treated: f.treated, before: f.before, after: f.after, bootstrap: { replications: 499, seed } });
    const a = run(7);
    expect(run(7).bootstrap).toEqual(a.bootstrap);
    expect(run(8).bootstrap?.ci).not.toEqual(a.bootstrap?.ci);
    expect(a.bootstrap?.replications).toBe(499);
    // the percentile interval is near the t interval on 60 clusters
    expect(Math.abs((a.bootstrap?.ci[0] ?? 0) - (a.ci?.[0] ?? 0))).toBeLessThan(0.3);
  });

  it("the 95 % interval covers a known effect in about 95 % of seeded replications", () => {
    const random = seededRandom(14);
    const reps = 400;
    let covered = 0;
    const effect = -1.5;
    for (let r = 0; r < reps; r++) {
      const panel: ObservationLike[] = [];
      const treated: string[] = [];
      for (let i = 0; i < 80; i++) {
        const id = `n${i}`;
        const isTreated = i % 2 === 0;
        if (isTreated) treated.push(id);
        const base = 15 + 4 * normal(random);
        panel.push(obs(id, "1401", base + normal(random)));
        panel.push(obs(id, "1403", base - 0.7 + (isTreated ? effect : 0) + normal(random)));
      }
      const fit = differenceInDifferences(panel, { outcome: "u", treated, before: "1401", after: "1403", bootstrap: false });
      if (fit.ci !== null && fit.ci[0] <= effect && effect <= fit.ci[1]) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.9);
    expect(covered / reps).toBeLessThan(0.99);
  });

  it("a pre-trend check runs with two before periods and equals the placebo estimate", () => {
    const f = fixtures[1] as Fixture;
    const cluster = f.cluster ?? {};
    const r = differenceInDifferences(f.panel, { outcome: "y", treated: f.treated, before: f.before, after: f.after, cluster, bootstrap: false });
    const placebo = differenceInDifferences(f.panel, { outcome: "y", treated: f.treated, before: [f.before[0] as string], after: [f.before[1] as string], cluster, bootstrap: false });
    expect(r.preTrend?.periods).toEqual(f.before);
    expect(r.preTrend?.estimate).toBeCloseTo(placebo.estimate, 12);
    expect(r.preTrend?.se).toBeCloseTo(placebo.se ?? Number.NaN, 12);
    expect(r.preTrend?.pValue).toBeGreaterThan(0.01);
  });

  it("a single cluster gives the estimate with no standard error, and says so", () => {
    const panel = [obs("a", "1401", 20), obs("a", "1403", 15), obs("b", "1401", 18), obs("b", "1403", 17)];
    const r = differenceInDifferences(panel, { outcome: "u", treated: ["a"], before: "1401", after: "1403", cluster: { a: "karaj", b: "karaj" } });
    expect(r.estimate).toBe(-4);
    expect(r.se).toBeNull();
    expect(r.ci).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.bootstrap).toBeNull();
    expect(r.note).toBe("too-few-clusters");
    expect(r.clusters).toEqual({ by: "custom", count: 1 });
  });

  it("lists a unit missing in one period instead of imputing it", () => {
    const panel = [obs("a", "1401", 20), obs("a", "1403", 15), obs("b", "1401", 18), obs("b", "1403", 17), obs("c", "1401", 19), obs("c", "1403", null), obs("d", "1403", 12)];
    const r = differenceInDifferences(panel, { outcome: "u", treated: ["a", "z"], before: "1401", after: "1403" });
    expect(r.excluded).toEqual([
      { id: "z", reason: "no-data" },
      { id: "c", reason: "missing-period" },
      { id: "d", reason: "missing-period" },
    ]);
    expect(r.means.comparison.n).toBe(1);
  });

  it("refuses periods out of order, unknown periods and empty groups with coded errors", () => {
    const panel = [obs("a", "1401", 20), obs("a", "1403", 15), obs("b", "1401", 18), obs("b", "1403", 17)];
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "no error";
    };
    expect(code(() => differenceInDifferences(panel, { outcome: "u", treated: ["a"], before: "1403", after: "1401" }))).toBe("EVALUATION_PERIOD_ORDER");
    expect(code(() => differenceInDifferences(panel, { outcome: "u", treated: ["a"], before: "1400", after: "1403" }))).toBe("EVALUATION_UNKNOWN_PERIOD");
    expect(code(() => differenceInDifferences(panel, { outcome: "x", treated: ["a"], before: "1401", after: "1403" }))).toBe("EVALUATION_UNKNOWN_COLUMN");
    expect(code(() => differenceInDifferences(panel, { outcome: "u", treated: ["a", "b"], before: "1401", after: "1403" }))).toBe("EVALUATION_EMPTY_GROUP");
    expect(code(() => differenceInDifferences(panel, { outcome: "u", treated: [], before: "1401", after: "1403" }))).toBe("EVALUATION_EMPTY_GROUP");
  });

  it("refuses an outcome that is ±Infinity or not a number instead of reading it as missing", () => {
    for (const bad of [Infinity, -Infinity, "17"]) {
      const panel = [obs("a", "1401", 20), obs("a", "1403", 15), obs("b", "1401", 18), { ...obs("b", "1403", 0), value: bad as number }];
      expect(() => differenceInDifferences(panel, { outcome: "u", treated: ["a"], before: "1401", after: "1403", bootstrap: false })).toThrow(
        expect.objectContaining({ code: "EVALUATION_INVALID_INPUT", message: expect.stringContaining('"b"/"u" in period 1403') }),
      );
    }
    // null is missing: unit b is listed, not imputed
    const r = differenceInDifferences([obs("a", "1401", 20), obs("a", "1403", 15), obs("b", "1401", 18), obs("b", "1403", null), obs("c", "1401", 10), obs("c", "1403", 11)], { outcome: "u", treated: ["a"], before: "1401", after: "1403", bootstrap: false });
    expect(r.excluded.map((e) => e.id)).toEqual(["b"]);
  });
});
