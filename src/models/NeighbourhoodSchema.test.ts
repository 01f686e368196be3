import { describe, expect, it } from "vitest";
import * as z from "zod/v4";
import { NEIGHBOURHOOD_FIELDS, NeighbourhoodSchema } from "./NeighbourhoodSchema";
import { issueCodes } from "./_testing";

/** A register row as a spreadsheet holds it: Persian digits, Arabic letters, Persian labels. */
const row = {
  id: " alb-krj-001 ",
  nameFa: "شهرك  وليعصر",
  provinceCode: "البرز",
  countyId: "karaj",
  city: "كرج",
  population: "۲۸٬۴۰۰",
  households: "٨١٢٠",
  areaHa: "۹۵٫۵",
  location: { type: "Point", coordinates: [50.99, 35.83] },
  category: "سکونتگاه غیررسمی",
  status: "محلهٔ هدف",
  designatedOn: "۱۴۰۱/۰۳/۱۵" /* 1401/03/15 = 2022-06-05 */,
};

describe("NeighbourhoodSchema", () => {
  it("cleans a spreadsheet row into a Neighbourhood", () => {
    expect(NeighbourhoodSchema.parse(row)).toEqual({
      id: "alb-krj-001",
      nameFa: "شهرک ولیعصر",
      provinceCode: "IR-30",
      countyId: "karaj",
      city: "کرج",
      population: 28400,
      households: 8120,
      areaHa: 95.5,
      location: { type: "Point", coordinates: [50.99, 35.83] },
      category: "informal-settlement",
      status: "target",
      designatedOn: { year: 1401, month: 3, day: 15 },
    });
  });

  it("accepts the clean form unchanged (parse is idempotent)", () => {
    const once = NeighbourhoodSchema.parse(row);
    expect(NeighbourhoodSchema.parse(once)).toEqual(once);
  });

  it("reads counts written in Persian words", () => {
    expect(NeighbourhoodSchema.parse({ ...row, population: "بیست و هشت هزار و چهارصد" }).population).toBe(28400);
  });

  it("reads ids typed with Persian digits", () => {
    expect(NeighbourhoodSchema.parse({ ...row, id: "alb-krj-۰۰۷" }).id).toBe("alb-krj-007");
  });

  it("keeps the ZWNJ inside names", () => {
    expect(NeighbourhoodSchema.parse({ ...row, nameFa: "اسلام‌آباد" }).nameFa).toBe("اسلام\u200cآباد");
  });

  it("reports households above the population with our code, at the field", () => {
    const result = NeighbourhoodSchema.safeParse({ ...row, households: "۳۰٬۰۰۰" });
    expect(issueCodes(result)).toEqual(["households: MODELS_EXCEEDS_TOTAL"]);
    const issue = result.error!.issues[0]!;
    expect(issue.code).toBe("custom");
    expect(issue.message).toBe("There are more households than residents");
    expect((issue as { params?: unknown }).params).toEqual({
      code: "MODELS_EXCEEDS_TOTAL",
      fa: "شمار خانوارها از جمعیت بیشتر است",
      en: "There are more households than residents",
    });
  });

  it("reports every bad field of a row at once", () => {
    const result = NeighbourhoodSchema.safeParse({
      ...row,
      id: "محله ۱",
      population: "نامعلوم",
      households: 12.5,
      areaHa: -3,
      category: "شهری",
      designatedOn: "۱۴۰۳/۰۷/۳۱" /* Mehr has 30 days */,
      location: { type: "Point", coordinates: [35.83, 200] },
    });
    expect(issueCodes(result)).toEqual([
      "id: MODELS_INVALID_ID",
      "population: MODELS_INVALID_NUMBER",
      "households: MODELS_NOT_INTEGER",
      "areaHa: MODELS_OUT_OF_RANGE",
      "location: MODELS_INVALID_LOCATION",
      "category: MODELS_UNKNOWN_VALUE",
      "designatedOn: MODELS_INVALID_DATE",
    ]);
  });

  it("requires the designation date of target neighbourhoods, not of candidates", () => {
    const { designatedOn: _omit, ...undated } = row;
    expect(issueCodes(NeighbourhoodSchema.safeParse(undated))).toEqual(["designatedOn: MODELS_REQUIRED"]);
    expect(NeighbourhoodSchema.safeParse({ ...undated, status: "candidate" }).success).toBe(true);
  });

  it("reports missing required fields as MODELS_REQUIRED", () => {
    const result = NeighbourhoodSchema.safeParse({ id: "x", status: "candidate" });
    expect(issueCodes(result)).toEqual([
      "nameFa: MODELS_REQUIRED",
      "provinceCode: MODELS_REQUIRED",
      "countyId: MODELS_REQUIRED",
      "city: MODELS_REQUIRED",
      "population: MODELS_REQUIRED",
      "households: MODELS_REQUIRED",
      "areaHa: MODELS_REQUIRED",
      "category: MODELS_REQUIRED",
    ]);
  });

  it("accepts Esfand 30 only in leap years", () => {
    /* 1403/12/30 = 2025-03-20 (1403 is leap); 1404 is not */
    expect(NeighbourhoodSchema.parse({ ...row, designatedOn: "1403/12/30" }).designatedOn).toEqual({ year: 1403, month: 12, day: 30 });
    expect(issueCodes(NeighbourhoodSchema.safeParse({ ...row, designatedOn: "1404/12/30" }))).toEqual(["designatedOn: MODELS_INVALID_DATE"]);
  });

  it("accepts polygons and rejects open rings", () => {
    const ring = [
      [50.9, 35.8],
      [50.91, 35.8],
      [50.91, 35.81],
      [50.9, 35.8],
    ];
    expect(NeighbourhoodSchema.safeParse({ ...row, location: { type: "Polygon", coordinates: [ring] } }).success).toBe(true);
    const open = ring.slice(0, 3).concat([[50.9, 35.81]]);
    expect(issueCodes(NeighbourhoodSchema.safeParse({ ...row, location: { type: "Polygon", coordinates: [open] } }))).toEqual([
      "location: MODELS_INVALID_LOCATION",
    ]);
  });

  it("never throws, whatever the input", () => {
    for (const input of [null, undefined, 42, "row", [], [row], { __proto__: { id: "x" } }, { population: {} }]) {
      expect(NeighbourhoodSchema.safeParse(input).success).toBe(false);
    }
  });

  it("lists its fields", () => {
    expect(NEIGHBOURHOOD_FIELDS).toContain("designatedOn");
    expect(NEIGHBOURHOOD_FIELDS).toHaveLength(14);
    expect(NEIGHBOURHOOD_FIELDS).toContain("populationByGroup");
  });
});

describe("NeighbourhoodSchema as an object schema", () => {
  it("lends its field schemas and can be extended by apps, keeping our cleaning and rules", () => {
    const { id, population } = NeighbourhoodSchema.shape;
    const sizes = z.object({ id, population });
    expect(sizes.parse({ id: "alb-krj-001", population: "۱۲٬۰۰۰", city: "ignored" })).toEqual({ id: "alb-krj-001", population: 12000 });
    const withNote = NeighbourhoodSchema.safeExtend({ noteFa: NeighbourhoodSchema.shape.city });
    expect(withNote.parse({ ...row, noteFa: "يادداشت" }).noteFa).toBe("یادداشت");
    expect(issueCodes(withNote.safeParse({ ...row, noteFa: "x", households: 99_999 }))).toEqual(["households: MODELS_EXCEEDS_TOTAL"]);
  });
});

describe("labels as people spell them", () => {
  const base = {
    id: "alb-krj-001", nameFa: "شهرک ولیعصر", provinceCode: "IR-30", countyId: "karaj", city: "کرج",
    population: 28400, households: 8120, areaHa: 95.5, category: "informal-settlement",
    designatedOn: "1401/03/15", /* 1401/03/15 = 2022-06-05 */
  };
  // «محلهٔ هدف» is written with hamza above (U+0654), without it, or with a space: all one label.
  it.each(["محلهٔ هدف", "محله هدف", "محله‌ هدف", "محلهٔ‌هدف"])("reads the status «%s»", (status) => {
    expect(NeighbourhoodSchema.parse({ ...base, status }).status).toBe("target");
  });
  it("says a range in Persian digits in Persian", () => {
    const result = NeighbourhoodSchema.safeParse({ ...base, status: "target", population: -5 });
    expect(result.success).toBe(false);
    const texts = JSON.stringify(result.error?.issues);
    expect(texts).toContain("دست‌کم ۰");
    expect(texts).not.toMatch(/∞/);
  });
});
