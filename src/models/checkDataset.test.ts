import { describe, expect, it } from "vitest";
import { checkDataset } from "./checkDataset";
import { sampleDataset } from "./sampleDataset";
import { isMahallehError } from "../errors/MahallehError";
import type { AgencyId, NeighbourhoodId, SessionId } from "./ids";

const d = sampleDataset;

describe("checkDataset", () => {
  it("finds duplicate ids and observations", () => {
    const issues = checkDataset({
      neighbourhoods: [d.neighbourhoods[0]!, d.neighbourhoods[0]!],
      observations: [d.observations[0]!, d.observations[0]!],
    });
    expect(issues.map((i) => [i.list, i.index, i.code])).toEqual([
      ["neighbourhoods", 1, "MODELS_DUPLICATE"],
      ["observations", 1, "MODELS_DUPLICATE"],
    ]);
  });

  it("finds dangling references, only when the referenced list is given", () => {
    const obs = { ...d.observations[0]!, neighbourhoodId: "nowhere" as NeighbourhoodId };
    expect(checkDataset({ observations: [obs] })).toEqual([]);
    const issues = checkDataset({ neighbourhoods: d.neighbourhoods, indicators: d.indicators, observations: [obs] });
    expect(issues).toEqual([
      {
        list: "observations",
        index: 0,
        path: ["neighbourhoodId"],
        code: "MODELS_UNKNOWN_VALUE",
        fa: "محله «nowhere» در مجموعهٔ داده نیست",
        en: 'Unknown neighbourhood "nowhere"',
      },
    ]);
    const resolution = { ...d.resolutions[0]!, sessionId: "alb-sh-1" as SessionId, responsibleAgencyId: "x" as AgencyId };
    expect(checkDataset({ sessions: d.sessions, agencies: d.agencies, resolutions: [resolution] }).map((i) => i.path)).toEqual([
      ["responsibleAgencyId"],
      ["sessionId"],
    ]);
  });

  it("keeps percentages within 0–100 and other indicators non-negative", () => {
    const unemployment = d.observations.find((o) => o.indicatorId === "unemployment-rate")!;
    const distance = d.observations.find((o) => o.indicatorId === "health-centre-distance" && o.value !== null)!;
    const issues = checkDataset({
      indicators: d.indicators,
      observations: [
        { ...unemployment, value: 100 },
        { ...unemployment, period: "1401", value: 100.1 },
        { ...distance, value: 150 },
        { ...distance, period: "1401", value: -1 },
      ],
    });
    expect(issues.map((i) => [i.index, i.code])).toEqual([
      [1, "MODELS_OUT_OF_RANGE"],
      [3, "MODELS_OUT_OF_RANGE"],
    ]);
  });

  it("keeps beneficiaries within the population of the intervention's neighbourhoods", () => {
    const intervention = d.interventions.find((i) => i.neighbourhoodIds.length === 1)!;
    const population = d.neighbourhoods.find((n) => n.id === intervention.neighbourhoodIds[0])!.population;
    const at = (actual: number) =>
      checkDataset({ neighbourhoods: d.neighbourhoods, interventions: [{ ...intervention, plannedBeneficiaries: 1, actualBeneficiaries: actual }] });
    expect(at(population)).toEqual([]);
    expect(at(population + 1).map((i) => [i.path, i.code])).toEqual([[["actualBeneficiaries"], "MODELS_EXCEEDS_TOTAL"]]);
  });

  it("checks a resolution's session date against its session", () => {
    const resolution = { ...d.resolutions.at(-1)!, sessionDate: { year: 1403, month: 12, day: 26 } };
    expect(checkDataset({ sessions: d.sessions, resolutions: [resolution] }).map((i) => i.code)).toEqual(["MODELS_INVALID_DATE"]);
  });

  it("throws MODELS_INVALID_INPUT for a non-dataset", () => {
    for (const bad of [null, 3, { observations: "x" }]) {
      try {
        checkDataset(bad as never);
        expect.unreachable();
      } catch (error) {
        expect(isMahallehError(error) && error.code).toBe("MODELS_INVALID_INPUT");
      }
    }
  });
});

describe("checkDataset: counties", () => {
  it("knows Alborz's counties", () => {
    const n = { ...d.neighbourhoods[0]!, countyId: "shemiranat" as never };
    expect(checkDataset({ neighbourhoods: [n] }).map((i) => [i.path, i.code])).toEqual([[["countyId"], "MODELS_UNKNOWN_VALUE"]]);
    expect(checkDataset({ neighbourhoods: [{ ...n, provinceCode: "IR-23" }] })).toEqual([]);
  });
});
