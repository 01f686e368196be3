import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AgeRangeSchema, TARGET_GROUPS, defineTargetGroups, isInAgeGroup } from "./targetGroups";
import { isMahallehError } from "../errors/MahallehError";

const group = (groups: typeof TARGET_GROUPS, id: string) => groups.find((g) => g.id === id)!;

describe("target groups", () => {
  it("defaults youth to 15–29 (Supreme Youth Council), children 0–14, elderly 60+", () => {
    expect(group(TARGET_GROUPS, "youth").ageRange).toEqual({ min: 15, max: 29 });
    expect(group(TARGET_GROUPS, "children").ageRange).toEqual({ min: 0, max: 14 });
    expect(group(TARGET_GROUPS, "elderly").ageRange).toEqual({ min: 60 });
    expect(group(TARGET_GROUPS, "women").ageRange).toBeUndefined();
  });

  it("accepts other definitions, e.g. the UN's youth 15–24", () => {
    const un = defineTargetGroups({ youth: { min: 15, max: 24 } });
    expect(isInAgeGroup(24, group(un, "youth"))).toBe(true);
    expect(isInAgeGroup(25, group(un, "youth"))).toBe(false);
    expect(isInAgeGroup(25, group(TARGET_GROUPS, "youth"))).toBe(true);
    expect(isInAgeGroup(95, group(un, "elderly"))).toBe(true);
    expect(isInAgeGroup(30, group(un, "women"))).toBe(false);
  });

  it("rejects inverted or impossible ranges", () => {
    for (const youth of [{ min: 29, max: 15 }, { min: -1, max: 10 }, { min: 10, max: 200 }]) {
      try {
        defineTargetGroups({ youth });
        expect.unreachable();
      } catch (error) {
        expect(isMahallehError(error) && error.code).toBe("MODELS_INVALID_AGE_RANGE");
      }
    }
  });

  it("membership matches the range bounds for every age", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 120 }), (a, b, age) => {
        const range = { min: Math.min(a, b), max: Math.max(a, b) };
        const youth = group(defineTargetGroups({ youth: range }), "youth");
        expect(isInAgeGroup(age, youth)).toBe(age >= range.min && age <= range.max);
      }),
    );
  });

  it("parses ranges written with Persian digits", () => {
    expect(AgeRangeSchema.parse({ min: "۱۸", max: "۳۵" })).toEqual({ min: 18, max: 35 });
  });
});
