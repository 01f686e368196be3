import { describe, expect, it } from "vitest";
import { computeIndex } from "../scoring/index";
import { contributionsChart } from "./contributionsChart";
import { dimensionProfileChart } from "./dimensionProfileChart";
import { rankedIndexChart } from "./rankedIndexChart";
import { rankIntervalChart } from "./rankIntervalChart";

type Rows = { values: Record<string, unknown>[] };

describe("rankedIndexChart", () => {
  // hand-worked: min–max of [20, 8, 14] → 100, 0, 50; ranks 1, 3, 2
  const result = computeIndex(
    { ids: ["golshahr", "mehrshahr", "hesarak", "empty"], columns: { x: [20, 8, 14, Number.NaN] } },
    { indicators: [{ id: "x", dimension: "d", direction: 1 }], levels: { method: "equalIntervals", count: 3 } },
  );
  const labels = { golshahr: "گلشهر", mehrshahr: "مهرشهر", hesarak: "حصارک" };

  it("orders bars by rank with Persian rank numbers and level labels, leaving out the unscored unit in the description", () => {
    const spec = rankedIndexChart(result, { labels });
    const rows = (spec["data"] as Rows).values;
    expect(rows.map((r) => [r["label"], r["score"], r["level"], r["levelLabel"]])).toEqual([
      ["۱. گلشهر", 100, 1, "محروم"],
      ["۲. حصارک", 50, 2, "نیمه‌برخوردار"],
      ["۳. مهرشهر", 0, 3, "برخوردار"],
    ]);
    expect(spec.description).toContain("۱ واحد امتیاز نگرفت");
    expect((spec["title"] as { anchor: string }).anchor).toBe("end");
    expect((spec["encoding"] as { x: { scale: { reverse: boolean } } }).x.scale.reverse).toBe(true);
    expect((spec["config"] as { locale: { number: { numerals: string[] } } }).locale.number.numerals[7]).toBe("۷");
    // level colours in sequential order, most deprived darkest
    expect((spec["encoding"] as { color: { scale: { range: string[] } } }).color.scale.range).toEqual(["#f03b20", "#feb24c", "#ffeda0"]);
  });

  it("speaks English by option, left to right with Latin digits", () => {
    const spec = rankedIndexChart(result, { locale: "en" });
    expect((spec["data"] as Rows).values.map((r) => r["label"])).toEqual(["1. golshahr", "2. hesarak", "3. mehrshahr"]);
    expect(spec["config"]).not.toHaveProperty("locale");
    expect((spec["encoding"] as { x: { scale: object } }).x.scale).toEqual({});
  });

  it("keeps the most deprived `limit` units of a large result and says so", () => {
    const n = 100_000;
    const units = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, score: (i * 7919) % n, rank: n - ((i * 7919) % n), level: null }));
    const spec = rankedIndexChart({ units, levels: [] });
    const rows = (spec["data"] as Rows).values;
    expect(rows).toHaveLength(50);
    expect(rows[0]?.["rank"]).toBe(1);
    expect(spec.usermeta.aggregated).toBe(true);
    expect(spec.usermeta.notes[0]?.code).toBe("CHARTS_LIMITED");
    expect((spec["title"] as { subtitle: string }).subtitle).toBe("۵۰ ردیف نخست از ۱۰۰٬۰۰۰ نمایش داده شد");
  });

  it("rejects what is not a result", () => {
    expect(() => rankedIndexChart({} as never)).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
    expect(() => rankedIndexChart(result, { limit: 0 })).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
  });

  it("gives two units with the same name distinct rows", () => {
    const spec = rankedIndexChart({ levels: [], units: [{ id: "a", score: 2, rank: 1, level: null }, { id: "b", score: 1, rank: 1, level: null }] }, { labels: { a: "کوی نور", b: "کوی نور" }, locale: "en" });
    expect((spec["data"] as Rows).values.map((r) => r["label"])).toEqual(["1. کوی نور (a)", "1. کوی نور (b)"]);
  });
});

describe("contributions, profile and intervals", () => {
  const result = computeIndex(
    { ids: ["a", "b", "c"], columns: { unemployment: [20, 8, 14], literacy: [70, 95, 80] } },
    { indicators: [{ id: "unemployment", dimension: "economy", direction: 1 }, { id: "literacy", dimension: "education", direction: -1 }] },
  );

  it("stacks contributions that sum to each score", () => {
    const rows = (contributionsChart(result, { locale: "en" })["data"] as Rows).values;
    for (const u of result.units) {
      const sum = rows.filter((r) => r["id"] === u.id).reduce((s, r) => s + (r["value"] as number), 0);
      expect(sum).toBeCloseTo(u.score as number, 9);
    }
    // unit c (score 55 = 25 + 30, the computeIndex example): shares 25/55 and 30/55
    expect(rows.filter((r) => r["id"] === "c").map((r) => r["share"])).toEqual([25 / 55, 30 / 55]);
  });

  it("profiles a unit against the median of each dimension", () => {
    const rows = (dimensionProfileChart(result, "c", { locale: "en" })["data"] as Rows).values;
    // economy: a 100, b 0, c 50 → median 50; education: a 100, b 0, c 60 → median 60
    expect(rows).toEqual([
      { dimension: "economy", value: 50, median: 50 },
      { dimension: "education", value: 60, median: 60 },
    ]);
    expect(() => dimensionProfileChart(result, "nowhere")).toThrow(expect.objectContaining({ code: "CHARTS_UNKNOWN_UNIT" }));
  });

  it("lists rank intervals in nominal-rank order and names the widest", () => {
    const spec = rankIntervalChart(
      { runs: 100, units: [{ id: "x", rankNominal: 2, rankMedian: 2, rankP05: 1, rankP95: 9, rankMean: 3 }, { id: "y", rankNominal: 1, rankMedian: 1, rankP05: 1, rankP95: 2, rankMean: 1 }] },
      { labels: { x: "حصارک" } },
    );
    expect((spec["data"] as Rows).values.map((r) => r["id"])).toEqual(["y", "x"]);
    expect(spec.description).toContain("نامطمئن‌ترین رتبه: حصارک از ۱ تا ۹");
  });
});
