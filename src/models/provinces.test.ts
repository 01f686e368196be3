import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROVINCE_CODES, ProvinceCodeSchema, provinces } from "./provinces";
import { findProvince } from "./findProvince";
import { alborzCounties } from "./alborzCounties";
import { findCounty } from "./findCounty";
import { isMahallehError } from "../errors/MahallehError";

describe("provinces", () => {
  it("lists the 31 provinces with codes IR-00 … IR-30 in order", () => {
    expect(provinces).toHaveLength(31);
    expect(PROVINCE_CODES).toEqual(Array.from({ length: 31 }, (_, i) => `IR-${String(i).padStart(2, "0")}`));
    expect(new Set(provinces.map((p) => p.oldCode)).size).toBe(31);
    expect(new Set(provinces.map((p) => p.nameFa)).size).toBe(31);
  });

  it("matches rows of the ISO 3166-2:IR 2020 change notice (reference/iran.md)", () => {
    // Hand-copied from the reference table, independently of the data file.
    const rows: [string, string, string, string][] = [
      ["IR-00", "IR-22", "مرکزی", "اراک"],
      ["IR-09", "IR-30", "خراسان رضوی", "مشهد"],
      ["IR-15", "IR-20", "لرستان", "خرم‌آباد"],
      ["IR-22", "IR-23", "هرمزگان", "بندرعباس"],
      ["IR-23", "IR-07", "تهران", "تهران"],
      ["IR-27", "IR-27", "گلستان", "گرگان"],
      ["IR-30", "IR-32", "البرز", "کرج"],
    ];
    for (const [code, oldCode, nameFa, capitalFa] of rows) {
      expect(provinces.find((p) => p.code === code)).toMatchObject({ oldCode, nameFa, capitalFa });
    }
  });

  it("is frozen", () => {
    expect(Object.isFrozen(provinces)).toBe(true);
    expect(Object.isFrozen(provinces[0])).toBe(true);
  });
});

describe("findProvince", () => {
  it("finds by code, Persian or English name, whatever the letters, digits, case and spacing", () => {
    expect(findProvince("IR-30")?.nameFa).toBe("البرز");
    expect(findProvince("ir-۳۰")?.nameEn).toBe("Alborz");
    expect(findProvince(" alborz ")?.code).toBe("IR-30");
    // Arabic ي and ك, space instead of nothing in «بویراحمد».
    expect(findProvince("كهگيلويه و بوير احمد")?.code).toBe("IR-17");
    expect(findProvince("سيستان و بلوچستان")?.code).toBe("IR-11");
    expect(findProvince("آذربایجان‌شرقی")?.code).toBe("IR-03");
    expect(findProvince("Razavi Khorasan")?.capitalEn).toBe("Mashhad");
  });

  it("reads old codes only when asked, because they collide with the new ones", () => {
    expect(findProvince("IR-23")?.nameEn).toBe("Tehran");
    expect(findProvince("IR-23", { codeRevision: "old" })?.nameEn).toBe("Hormozgan");
    expect(findProvince("IR-32")).toBeUndefined();
    expect(findProvince("IR-32", { codeRevision: "old" })?.code).toBe("IR-30");
  });

  it("finds every province by each of its names and codes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...provinces), (province) => {
        expect(findProvince(province.nameFa)).toBe(province);
        expect(findProvince(province.nameEn.toUpperCase())).toBe(province);
        expect(findProvince(province.code)).toBe(province);
        expect(findProvince(province.oldCode, { codeRevision: "old" })).toBe(province);
      }),
    );
  });

  it("returns undefined for unknown names and throws MODELS_INVALID_INPUT for non-strings", () => {
    expect(findProvince("Atlantis")).toBeUndefined();
    expect(findProvince("")).toBeUndefined();
    try {
      findProvince(30 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isMahallehError(error) && error.code).toBe("MODELS_INVALID_INPUT");
    }
  });

  it("parses province codes in schemas from codes and names", () => {
    expect(ProvinceCodeSchema.parse("تهران")).toBe("IR-23");
    const unknown = ProvinceCodeSchema.safeParse("IR-31");
    expect((unknown.error?.issues[0] as { params?: { code?: string } } | undefined)?.params?.code).toBe("MODELS_UNKNOWN_PROVINCE");
  });
});

describe("alborzCounties", () => {
  it("has Alborz's 7 counties with Hashtgerd as Savojbolagh's seat", () => {
    expect(alborzCounties.map((c) => c.nameFa)).toEqual(["کرج", "فردیس", "ساوجبلاغ", "نظرآباد", "طالقان", "اشتهارد", "چهارباغ"]);
    expect(alborzCounties.every((c) => c.provinceCode === "IR-30")).toBe(true);
    expect(alborzCounties.find((c) => c.id === "savojbolagh")?.seatEn).toBe("Hashtgerd");
  });
});

describe("findCounty", () => {
  it("finds each county by id and by its names, normalised", () => {
    for (const county of alborzCounties) {
      expect(findCounty(county.id)).toBe(county);
      expect(findCounty(` شهرستان ${county.nameFa} `)).toBe(county);
      expect(findCounty(county.nameEn.toLowerCase())).toBe(county);
    }
    expect(findCounty("نظر آباد")?.id).toBe("nazarabad");
    expect(findCounty("ساوج‌بلاغ")?.id).toBe("savojbolagh");
    expect(findCounty("Tehran")).toBeUndefined();
  });
});
