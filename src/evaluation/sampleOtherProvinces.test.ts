import { describe, expect, it } from "vitest";
import { sampleDataset } from "../models/index";
import { sampleOtherProvinces } from "./sampleOtherProvinces";

describe("sampleOtherProvinces", () => {
  const others = sampleOtherProvinces(sampleDataset);

  it("has four provinces, every indicator in every period, values inside the sample's ranges", () => {
    const count = (code: string) => others.neighbourhoods.filter((n) => n.provinceCode === code).length;
    expect([count("IR-23"), count("IR-26"), count("IR-00"), count("IR-19")]).toEqual([24, 14, 12, 10]);
    expect(new Set(others.neighbourhoods.map((n) => n.id)).size).toBe(60);
    expect(others.observations).toHaveLength(60 * 14 * 3);
    for (const indicator of sampleDataset.indicators) {
      const ref = sampleDataset.observations.filter((o) => o.indicatorId === indicator.id && o.value !== null).map((o) => o.value as number);
      const mine = others.observations.filter((o) => o.indicatorId === indicator.id).map((o) => o.value as number);
      expect(mine).toHaveLength(180);
      expect(Math.min(...mine)).toBeGreaterThanOrEqual(Math.min(...ref));
      expect(Math.max(...mine)).toBeLessThanOrEqual(Math.max(...ref));
    }
    expect(others.neighbourhoods.every((n) => n.population >= 2000 && n.population <= 30000)).toBe(true);
  });

  it("is reproducible from its seed, and another seed gives other figures", () => {
    expect(sampleOtherProvinces(sampleDataset)).toEqual(others);
    expect(sampleOtherProvinces(sampleDataset, 7).observations).not.toEqual(others.observations);
  });

  it("improves by about 0.01 of the latent scale per period, as documented", () => {
    // mean oriented position between each indicator's best (0) and worst (1) value
    const position = (period: string): number => {
      let sum = 0;
      let m = 0;
      for (const indicator of sampleDataset.indicators) {
        const ref = sampleDataset.observations.filter((o) => o.indicatorId === indicator.id && o.value !== null).map((o) => o.value as number);
        const [best, worst] = indicator.direction === 1 ? [Math.min(...ref), Math.max(...ref)] : [Math.max(...ref), Math.min(...ref)];
        for (const o of others.observations) {
          if (o.indicatorId !== indicator.id || o.period !== period) continue;
          sum += ((o.value as number) - best) / (worst - best);
          m++;
        }
      }
      return sum / m;
    };
    // two periods of 0.01 each; per-period noise SD 0.025 over 840 cells, rounding and clamping: ± 0.006
    expect(position("1401") - position("1403")).toBeGreaterThan(0.014);
    expect(position("1401") - position("1403")).toBeLessThan(0.026);
  });

  it("refuses a reference without observations or directions", () => {
    expect(() => sampleOtherProvinces({ observations: [], indicators: [] })).toThrow(expect.objectContaining({ code: "EVALUATION_INVALID_INPUT" }));
    const observations = [{ neighbourhoodId: "a", indicatorId: "u", period: "1401", value: 1 }];
    expect(() => sampleOtherProvinces({ observations, indicators: [{ id: "u", direction: 0 as 1 }] })).toThrow(expect.objectContaining({ code: "EVALUATION_INVALID_INPUT" }));
    expect(() => sampleOtherProvinces({ observations, indicators: [{ id: "v", direction: 1 }] })).toThrow(expect.objectContaining({ code: "EVALUATION_INVALID_INPUT" }));
  });
});
