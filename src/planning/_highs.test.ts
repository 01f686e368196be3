import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prioritizeInterventions } from "./prioritizeInterventions";

// its own file: HiGHS is loaded once per module instance, and here the first load is the one tested
describe("loading HiGHS", () => {
  it("asks solverAssets.locateFile where highs.wasm is, on the first solve only", async () => {
    const wasm = fileURLToPath(import.meta.resolve("highs/runtime"));
    const asked: string[] = [];
    const locateFile = (file: string): string => {
      asked.push(file);
      return wasm;
    };
    const first = await prioritizeInterventions([{ id: "a", cost: 2, benefit: 3 }, { id: "b", cost: 2, benefit: 2 }], { budget: 3, solverAssets: { locateFile } });
    expect(first.chosen).toEqual(["a"]);
    expect(asked).toEqual(["highs.wasm"]);
    await prioritizeInterventions([{ id: "a", cost: 1, benefit: 1 }], { budget: 1, solverAssets: { locateFile } });
    expect(asked).toEqual(["highs.wasm"]);
  }, 60_000);
});
