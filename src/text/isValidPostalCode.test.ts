import { describe, expect, it } from "vitest";
import { isValidPostalCode } from "./isValidPostalCode";
import { parsePostalCode, safeParsePostalCode } from "./parsePostalCode";

describe("isValidPostalCode / parsePostalCode", () => {
  it("accepts ten digits in any system, with the usual dash", () => {
    expect(parsePostalCode("۳۱۳۹۹-۵۴۸۶۷")).toBe("3139954867");
    expect(parsePostalCode(" 3139954867 ")).toBe("3139954867");
    expect(isValidPostalCode("٣١٣٩٩٥٤٨٦٧")).toBe(true);
    expect(isValidPostalCode("0123456789")).toBe(true); // not strict by default
    expect(parsePostalCode(3139954867)).toBe("3139954867");
  });

  it("applies the community rules only when strict", () => {
    // no 0 or 2 among the first five digits; not ten identical digits
    expect(isValidPostalCode("3139954867", { strict: true })).toBe(true);
    expect(isValidPostalCode("0139954867", { strict: true })).toBe(false);
    expect(isValidPostalCode("3129954867", { strict: true })).toBe(false);
    expect(isValidPostalCode("3333333333", { strict: true })).toBe(false);
    const failed = safeParsePostalCode("3120054867", { strict: true });
    expect(failed.success ? null : [failed.error.code, failed.error.details?.["reason"]]).toEqual(["TEXT_INVALID_POSTAL_CODE", "strict"]);
  });

  it("rejects other lengths and text", () => {
    for (const bad of ["313995486", "31399548670", "3139a54867", "", null]) expect(isValidPostalCode(bad)).toBe(false);
    const failed = safeParsePostalCode("123");
    expect(failed.success ? null : failed.error.details?.["reason"]).toBe("format");
  });
});
