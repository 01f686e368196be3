import { describe, expect, it } from "vitest";
import { differenceInDifferences } from "../evaluation/index";
import { sampleDataset } from "../models/index";
import { runCli } from "./_testing";

const run = runCli;

const treated = sampleDataset.neighbourhoods.filter((n) => n.status !== "candidate").map((n) => n.id);

describe("mahalleh evaluate", () => {
  it("prints the DiD table of the sample with the library's figures", async () => {
    const { code, out } = await run(["evaluate", "--outcome", "unemployment-rate", "--before", "1401", "--after", "1403", "--locale", "en"]);
    expect(code).toBe(0);
    const r = differenceInDifferences(sampleDataset.observations, { outcome: "unemployment-rate", treated, before: "1401", after: "1403" });
    expect(out).toContain(`Difference-in-differences (unemployment-rate): ${r.estimate.toFixed(2)}`);
    expect(out).toContain("66 clusters (neighbourhood)");
    expect(out).toMatch(/target neighbourhoods\s+60/);
    // the sample's built-in effect is −2.0 points; the estimate is within sampling noise of it
    expect(r.estimate).toBeLessThan(-1.5);
    expect(r.estimate).toBeGreaterThan(-3);
  });

  it("--format json returns the result object, reproducibly", async () => {
    const a = await run(["evaluate", "--format", "json", "--reps", "199", "--seed", "3"]);
    const b = await run(["evaluate", "--format", "json", "--reps", "199", "--seed", "3"]);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).bootstrap.replications).toBe(199);
  });

  it("reads a JSON file and maps errors to exit codes", async () => {
    const data = JSON.stringify({
      neighbourhoods: [{ id: "a", status: "target" }, { id: "b", status: "candidate" }],
      observations: [
        { neighbourhoodId: "a", indicatorId: "u", period: "1401", value: 20 },
        { neighbourhoodId: "a", indicatorId: "u", period: "1403", value: 15 },
        { neighbourhoodId: "b", indicatorId: "u", period: "1401", value: 18 },
        { neighbourhoodId: "b", indicatorId: "u", period: "1403", value: 17 },
      ],
    });
    const ok = await run(["evaluate", "d.json", "--outcome", "u", "--locale", "en"], { "d.json": data });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("-4.00");
    expect((await run(["evaluate", "d.json", "--outcome", "u", "--after", "1400"], { "d.json": data })).code).toBe(1);
    expect((await run(["evaluate", "--cluster", "city"])).code).toBe(2);
    expect((await run(["evaluate", "missing.json"])).code).toBe(1);
  });
});
