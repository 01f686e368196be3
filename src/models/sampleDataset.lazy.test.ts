/**
 * `import "mahalleh/models"` must not build the sample (≈ 0.2 s at load time before issue 11):
 * the generator runs on the first read of one of the sample's lists, once.
 */
import { describe, expect, it, vi } from "vitest";

const spy = vi.hoisted(() => ({ calls: 0 }));

vi.mock("./_sampleData", async (importOriginal) => {
  const original = await importOriginal<typeof import("./_sampleData")>();
  return {
    ...original,
    buildSample: (...args: Parameters<typeof original.buildSample>) => {
      spy.calls++;
      return original.buildSample(...args);
    },
  };
});

describe("sampleDataset is built lazily", () => {
  it("is not built by importing the models, and is built once on first access", async () => {
    const models = await import("./index");
    expect(spy.calls).toBe(0);
    // The frame is there without building anything.
    expect(models.sampleDataset.synthetic).toBe(true);
    expect(models.sampleDataset.asOf).toEqual({ year: 1403, month: 12, day: 27 });
    expect(models.sampleDataset.counties).toHaveLength(7);
    expect(spy.calls).toBe(0);
    expect(models.sampleDataset.neighbourhoods).toHaveLength(66);
    expect(spy.calls).toBe(1);
    expect(models.sampleDataset.observations).toHaveLength(66 * 14 * 3); // 1401, 1402 and 1403
    expect(models.sampleDataset.neighbourhoods).toBe(models.sampleDataset.neighbourhoods);
    expect(spy.calls).toBe(1);
  });

  it("stays frozen and spreads and serialises like a plain object", async () => {
    const { sampleDataset } = await import("./index");
    expect(Object.isFrozen(sampleDataset)).toBe(true);
    expect(Object.isFrozen(sampleDataset.neighbourhoods)).toBe(true);
    expect(Object.isFrozen(sampleDataset.neighbourhoods[0])).toBe(true);
    const copy = { ...sampleDataset };
    expect(copy.sessions).toBe(sampleDataset.sessions);
    const json = JSON.parse(JSON.stringify(sampleDataset)) as { resolutions: unknown[] };
    expect(json.resolutions).toHaveLength(sampleDataset.resolutions.length);
  });
});
