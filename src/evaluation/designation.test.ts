import { describe, expect, it } from "vitest";
import type { ObservationLike } from "../scoring/index";
import { computeIndexOverTime } from "./computeIndexOverTime";
import { designation } from "./designation";

const periods = ["1398", "1399", "1400", "1401", "1402", "1403"];
/** Scores equal to the values: goalposts 0–100 from two reference units. */
function run(series: Record<string, (number | null)[]>) {
  const obs: ObservationLike[] = [];
  for (const [id, v] of Object.entries({ ...series, lo: periods.map(() => 0), hi: periods.map(() => 100) })) {
    v.forEach((x, s) => obs.push({ neighbourhoodId: id, indicatorId: "u", period: periods[s] as string, value: x }));
  }
  return computeIndexOverTime(obs, { indicators: [{ id: "u", dimension: "d", direction: 1 }], levels: { method: "fixed", thresholds: [40, 70] } }, { periods });
}

describe("designation", () => {
  it("follows a unit through candidacy, designation and graduation with the rule of each step", () => {
    const r = run({ a: [80, 75, 72, 50, 30, 20] });
    const d = designation(r, { enter: { level: 1, periods: 2 }, graduate: { level: 3, periods: 2 } });
    const a = d.units[0];
    expect(a?.history.map((h) => [h.period, h.status, h.rule])).toEqual([
      ["1398", "candidate", "entered-candidacy"],
      ["1399", "target", "designated"],
      ["1400", "target", null],
      ["1401", "target", null], // level 2: inside the hysteresis band
      ["1402", "target", "graduation-pending"],
      ["1403", "graduated", "graduated"],
    ]);
    expect(a?.history[1]?.reason?.fa).toBe("شرط ورود ۲ دوره پیاپی برقرار بود: محلهٔ هدف");
    // "lo" never enters; "hi" (always 100) is designated and never graduates
    expect(d.counts[5]).toEqual({ none: 1, candidate: 0, target: 1, graduated: 1 });
  });

  it("a unit that dips below the graduation line once does not graduate (hysteresis)", () => {
    const r = run({ b: [90, 90, 30, 60, 30, 60] });
    const d = designation(r, { enter: { level: 1 }, graduate: { level: 3 } });
    expect(d.units[0]?.history.map((h) => h.status)).toEqual(["candidate", "target", "target", "target", "target", "target"]);
  });

  it("respects initial statuses and score rules, and leaves a period without a score unchanged", () => {
    const r = run({ c: [65, 62, null, 45, 44, 40] });
    const d = designation(r, { enter: { score: 70 }, graduate: { score: 46, periods: 3 }, initial: { c: "target" } });
    expect(d.units[0]?.history.map((h) => h.status)).toEqual(["target", "target", "target", "target", "target", "graduated"]);
    expect(d.units[0]?.history[2]?.rule).toBe("no-data");
    expect(d.units[0]?.history[4]?.reason?.en).toBe("graduation condition met (2 of 3 periods)");
  });

  it("refuses overlapping entry and exit conditions", () => {
    const r = run({ a: [80, 75, 72, 50, 30, 20] });
    expect(() => designation(r, { enter: { level: 2 }, graduate: { level: 2 } })).toThrow(expect.objectContaining({ code: "EVALUATION_INVALID_INPUT" }));
    expect(() => designation(r, { enter: { score: 50 }, graduate: { score: 60 } })).toThrow(expect.objectContaining({ code: "EVALUATION_INVALID_INPUT" }));
  });
});

describe("designation: re-entry of graduated units", () => {
  const rules = { enter: { level: 1, periods: 2 }, graduate: { level: 3, periods: 2 } } as const;

  it("without a re-entry rule, graduation is final", () => {
    const r = run({ a: [80, 80, 20, 20, 80, 80] });
    expect(designation(r, rules).units[0]?.history.map((h) => h.status)).toEqual(["candidate", "target", "target", "graduated", "graduated", "graduated"]);
  });

  it("a graduated unit back in level 1 for n periods becomes a target again, with the rule of each step", () => {
    const r = run({ a: [80, 80, 20, 20, 80, 80] });
    const d = designation(r, { ...rules, reenter: { level: 1, periods: 2 } });
    expect(d.units[0]?.history.map((h) => [h.status, h.rule])).toEqual([
      ["candidate", "entered-candidacy"],
      ["target", "designated"],
      ["target", "graduation-pending"],
      ["graduated", "graduated"],
      ["graduated", "reentry-pending"],
      ["target", "redesignated"],
    ]);
    expect(d.units[0]?.history[4]?.reason?.en).toBe("re-entry condition met (1 of 2 periods)");
    expect(d.units[0]?.history[5]?.reason?.fa).toBe("شرط بازگشت ۲ دوره پیاپی برقرار بود: دوباره محلهٔ هدف");
    expect(d.counts[5]).toEqual({ none: 1, candidate: 0, target: 2, graduated: 0 });
  });

  it("keeps hysteresis: one period back in level 1, or periods in level 2, do not re-enter", () => {
    const r = run({ a: [80, 80, 20, 20, 80, 20], b: [80, 80, 20, 20, 50, 50] });
    const d = designation(r, { ...rules, reenter: { level: 1, periods: 2 } });
    expect(d.units[0]?.history.map((h) => h.status).slice(3)).toEqual(["graduated", "graduated", "graduated"]);
    expect(d.units[0]?.history[5]?.rule).toBeNull(); // the count restarts after a period outside level 1
    expect(d.units[1]?.history.map((h) => h.status).slice(3)).toEqual(["graduated", "graduated", "graduated"]);
  });

  it("a re-designated unit can graduate again; an initially graduated unit can re-enter on a score rule", () => {
    const r = run({ a: [80, 80, 20, 20, 80, 20], c: [90, 90, 10, 10, 10, 10] });
    const d = designation(r, { ...rules, graduate: { level: 3, periods: 1 }, reenter: { score: 75, periods: 1 }, initial: { c: "graduated" } });
    expect(d.units[0]?.history.map((h) => h.status)).toEqual(["candidate", "target", "graduated", "graduated", "target", "graduated"]);
    expect(d.units[1]?.history.map((h) => h.rule)).toEqual(["redesignated", null, "graduated", null, null, null]);
  });

  it("refuses a re-entry rule without a condition or overlapping the graduation condition", () => {
    const r = run({ a: [80, 75, 72, 50, 30, 20] });
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "no error";
    };
    expect(code(() => designation(r, { ...rules, reenter: {} }))).toBe("EVALUATION_INVALID_INPUT");
    expect(code(() => designation(r, { ...rules, reenter: { level: 3 } }))).toBe("EVALUATION_INVALID_INPUT");
    expect(code(() => designation(r, { enter: { score: 70 }, graduate: { score: 40 }, reenter: { score: 30 } }))).toBe("EVALUATION_INVALID_INPUT");
    expect(code(() => designation(r, { ...rules, reenter: { level: 1, periods: 0 } }))).toBe("EVALUATION_INVALID_INPUT");
  });
});
