import { describe, expect, it } from "vitest";
import { followUpChart } from "./followUpChart";
import { kpiProgressChart } from "./kpiProgressChart";
import { levelColors } from "./levelColors";

type Rows = { values: Record<string, unknown>[] };

describe("followUpChart", () => {
  const items = [
    { agencyId: "welfare", state: "done" },
    { agencyId: "welfare", state: "on-track" },
    { agencyId: "municipality", state: "overdue", workingDaysOverdue: 12 },
    { agencyId: "municipality", state: "overdue", workingDaysOverdue: 4 },
    { agencyId: "municipality", state: "done" },
    { agencyId: "health", state: "referred" },
  ];
  const labels = { welfare: "بهزیستی", municipality: "شهرداری کرج", health: "دانشگاه علوم پزشکی" };

  it("counts states per agency, most overdue first, with the mean working days overdue", () => {
    const rows = (followUpChart(items, { labels })["data"] as Rows).values;
    expect(rows.map((r) => [r["agency"], r["state"], r["count"], r["meanDays"]])).toEqual([
      ["شهرداری کرج", "انجام شد", 1, 8],
      ["شهرداری کرج", "گذشته از مهلت", 2, 8],
      ["بهزیستی", "انجام شد", 1, null],
      ["بهزیستی", "در جریان", 1, null],
      ["دانشگاه علوم پزشکی", "referred", 1, null],
    ]);
  });

  it("keeps the known states' colours in order and paints an unknown state grey", () => {
    const spec = followUpChart(items, { locale: "en" });
    const scale = (spec["encoding"] as { color: { scale: { domain: string[]; range: string[] } } }).color.scale;
    expect(scale.domain).toEqual(["done", "on track", "due soon", "overdue", "cancelled", "referred"]);
    expect(scale.range.at(-1)).toBe("#cccccc");
    expect(spec.description).toBe("Follow-up of 6 resolutions across 3 agencies; 2 overdue. Most overdue: municipality with 2.");
  });

  it("rejects an item without agency", () => {
    expect(() => followUpChart([{ state: "done" } as never])).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
  });
});

describe("kpiProgressChart", () => {
  it("bands shares below half, on the way and met, clamping what it draws but not the tooltip", () => {
    const rows = (kpiProgressChart([{ id: "a", share: -1 }, { id: "b", share: 0.5 }, { id: "c", share: 1 }, { id: "d", share: 3 }], { locale: "en" })["data"] as Rows).values;
    expect(rows.map((r) => [r["share"], r["shown"], r["band"]])).toEqual([
      [-1, -0.5, "below half"],
      [0.5, 0.5, "on the way"],
      [1, 1, "target met"],
      [3, 1.5, "target met"],
    ]);
    expect(() => kpiProgressChart([{ id: "x", share: Number.NaN }])).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
  });
});

describe("levelColors", () => {
  it("gets darker with each more deprived level (relative luminance strictly decreasing)", () => {
    const lum = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (let n = 1; n <= 9; n++) {
      const l = levelColors(n).map(lum);
      for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1]!);
    }
    expect(() => levelColors(10)).toThrow(expect.objectContaining({ code: "CHARTS_INVALID_INPUT" }));
  });
});
