import { describe, expect, it } from "vitest";
import { isValidMobile } from "./isValidMobile";
import { parseMobile, safeParseMobile } from "./parseMobile";

describe("isValidMobile / parseMobile", () => {
  it("accepts every prefix form of the reference: (+98|0098|98|0)?9 and nine digits", () => {
    const expected = { national: "09123456789", e164: "+989123456789", operator: "MCI" };
    for (const typed of ["09123456789", "9123456789", "+989123456789", "00989123456789", "989123456789", "+98 912 345 6789", "۰۹۱۲-۳۴۵-۶۷۸۹", "٠٩١٢٣٤٥٦٧٨٩", "(0912) 345 6789", "+98 (0) 912 345 6789"]) {
      expect(isValidMobile(typed), typed).toBe(true);
      expect(parseMobile(typed), typed).toEqual(expected);
    }
  });

  it("names the operator from the prefix lists of the reference", () => {
    const operatorOf = (prefix: string): string => parseMobile(`0${prefix}1234567`).operator;
    expect(["910", "912", "919", "990", "996"].map(operatorOf)).toEqual(["MCI", "MCI", "MCI", "MCI", "MCI"]);
    expect(["900", "905", "930", "933", "935", "939", "941"].map(operatorOf)).toEqual(Array(7).fill("Irancell"));
    expect(["920", "921", "922", "923"].map(operatorOf)).toEqual(Array(4).fill("RighTel"));
    expect(["932", "998", "999"].map(operatorOf)).toEqual(["other", "other", "other"]);
    expect(["906", "934", "940", "997"].map(operatorOf)).toEqual(Array(4).fill("unknown"));
  });

  it("rejects landlines, short numbers and text; unknown prefixes only on request", () => {
    for (const bad of ["02112345678", "0912345678", "091234567890", "+9809123456789x", "", "تلفن", "+1 912 345 6789"]) {
      expect(isValidMobile(bad), bad).toBe(false);
    }
    expect(isValidMobile("09401234567")).toBe(true);
    expect(isValidMobile("09401234567", { knownPrefixesOnly: true })).toBe(false);
    const failed = safeParseMobile("09401234567", { knownPrefixesOnly: true });
    expect(failed.success ? null : [failed.error.code, failed.error.details?.["reason"]]).toEqual(["TEXT_INVALID_MOBILE", "prefix"]);
    // A spreadsheet that stored the number as a number lost its leading 0: still readable.
    expect(parseMobile(9123456789).national).toBe("09123456789");
    expect(isValidMobile(989123456789)).toBe(true);
    expect(isValidMobile(-9123456789)).toBe(false);
  });
});
