import { describe, expect, it } from "vitest";
import { classifySlumHousehold } from "./classifySlumHousehold";
import type { SlumHouseholdInput } from "./classifySlumHousehold";
import { errorCodeOf as codeOf } from "../internal/errorCodeOf";


const adequate: SlumHouseholdInput = {
  improvedWater: true,
  improvedSanitation: true,
  persons: 4,
  habitableRooms: 2,
  durableHousing: true,
  secureTenure: true,
};

describe("classifySlumHousehold", () => {
  it("a household with none of UN-Habitat's five deprivations is not a slum household", () => {
    expect(classifySlumHousehold(adequate)).toEqual({ deprivations: [], overcrowded: false, slum: false });
  });

  it("any single deprivation makes a slum household", () => {
    expect(classifySlumHousehold({ ...adequate, improvedWater: false }).deprivations).toEqual(["water"]);
    expect(classifySlumHousehold({ ...adequate, improvedSanitation: false }).deprivations).toEqual(["sanitation"]);
    expect(classifySlumHousehold({ ...adequate, durableHousing: false }).deprivations).toEqual(["durability"]);
    expect(classifySlumHousehold({ ...adequate, secureTenure: false }).slum).toBe(true);
  });

  it("overcrowding is more than 3 persons per habitable room (3 exactly is sufficient)", () => {
    expect(classifySlumHousehold({ ...adequate, persons: 6, habitableRooms: 2 }).overcrowded).toBe(false);
    expect(classifySlumHousehold({ ...adequate, persons: 7, habitableRooms: 2 }).overcrowded).toBe(true);
    expect(classifySlumHousehold({ ...adequate, persons: 1, habitableRooms: 0 }).overcrowded).toBe(true);
    expect(classifySlumHousehold({ ...adequate, persons: 0, habitableRooms: 0 }).overcrowded).toBe(false);
  });

  it("lists all deprivations in UN-Habitat's order", () => {
    const r = classifySlumHousehold({
      improvedWater: false,
      improvedSanitation: false,
      persons: 10,
      habitableRooms: 1,
      durableHousing: false,
      secureTenure: false,
    });
    expect(r.deprivations).toEqual(["water", "sanitation", "overcrowding", "durability", "tenure"]);
  });

  it("rejects bad fields", () => {
    expect(codeOf(() => classifySlumHousehold({ ...adequate, persons: -1 }))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => classifySlumHousehold({ ...adequate, habitableRooms: 1.5 }))).toBe("SCORING_OUT_OF_RANGE");
    expect(codeOf(() => classifySlumHousehold({ ...adequate, improvedWater: "yes" as unknown as boolean }))).toBe("SCORING_BAD_OPTION");
    expect(codeOf(() => classifySlumHousehold(undefined as unknown as SlumHouseholdInput))).toBe("SCORING_BAD_OPTION");
  });
});
