import * as peer from "@persian-tools/persian-tools";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidNationalId } from "./isValidNationalId";
import { maskNationalId } from "./maskNationalId";
import { parseNationalId, safeParseNationalId } from "./parseNationalId";

/*
 * Valid IDs built by hand from the rule in shared/reference/iran.md:
 * s = Σ d[i]·(10 − i) for i = 0..8, r = s mod 11, check = r if r < 2 else 11 − r.
 *
 * 049937089?  0×10 + 4×9 + 9×8 + 9×7 + 3×6 + 7×5 + 0×4 + 8×3 + 9×2
 *           = 0 + 36 + 72 + 63 + 18 + 35 + 0 + 24 + 18 = 266; 266 = 24×11 + 2 → r = 2 → check 9
 * 001354241?  0 + 0 + 1×8 + 3×7 + 5×6 + 4×5 + 2×4 + 4×3 + 1×2 = 8 + 21 + 30 + 20 + 8 + 12 + 2 = 101;
 *             101 = 9×11 + 2 → r = 2 → check 9
 * 112233445?  10 + 9 + 16 + 14 + 18 + 15 + 16 + 12 + 10 = 120; 120 = 10×11 + 10 → r = 10 → check 1
 * 000123456?  0 + 0 + 0 + 7 + 12 + 15 + 16 + 15 + 12 = 77; 77 = 7×11 → r = 0 → check 0
 * 123456789?  10 + 18 + 24 + 28 + 30 + 30 + 28 + 24 + 18 = 210; 210 = 19×11 + 1 → r = 1 → check 1
 * 287000001?  20 + 72 + 56 + 0 + 0 + 0 + 0 + 0 + 2 = 150; 150 = 13×11 + 7 → r = 7 → check 4
 * 000000012?  (8 digits "00000124" padded) 1×3 + 2×2 = 7 → r = 7 → check 4
 */
const VALID = ["0499370899", "0013542419", "1122334451", "0001234560", "1234567891", "2870000014"];

describe("isValidNationalId", () => {
  it("accepts the hand-computed IDs and rejects each one-digit mutation of the check digit", () => {
    for (const id of VALID) {
      expect(isValidNationalId(id), id).toBe(true);
      const check = Number(id[9]);
      for (let d = 0; d <= 9; d++) {
        if (d !== check) expect(isValidNationalId(id.slice(0, 9) + d), `${id.slice(0, 9)}${d}`).toBe(false);
      }
    }
  });

  it("rejects mutations of a body digit (a single-digit change always changes s mod 11)", () => {
    // Changing d[i] by δ changes s by δ·(10 − i), with 1 ≤ |δ| ≤ 9 and 2 ≤ 10 − i ≤ 10: never a multiple of 11.
    expect(isValidNationalId("0499370899")).toBe(true);
    expect(isValidNationalId("0499370809")).toBe(false);
    expect(isValidNationalId("1499370899")).toBe(false);
    expect(isValidNationalId("0489370899")).toBe(false);
  });

  it("accepts Persian and Arabic-Indic digits, separators, and 8–9 digit IDs (left-padded)", () => {
    expect(isValidNationalId("۰۴۹۹۳۷۰۸۹۹")).toBe(true);
    expect(isValidNationalId("٠٤٩٩٣٧٠٨٩٩")).toBe(true);
    expect(isValidNationalId("049-937089-9")).toBe(true);
    expect(isValidNationalId(" 049 937 0899 ")).toBe(true);
    expect(isValidNationalId("00000124")).toBe(true); // 8 digits → 0000000124
    expect(isValidNationalId("13542419")).toBe(true); // → 0013542419
    expect(isValidNationalId("1234567")).toBe(false);
    expect(isValidNationalId("12345678901")).toBe(false);
  });

  it("accepts IDs stored as numbers by a spreadsheet (leading zeros lost)", () => {
    expect(isValidNationalId(499370899)).toBe(true); // 0499370899
    expect(isValidNationalId(13542419)).toBe(true); // 0013542419
    expect(parseNationalId(499370899)).toBe("0499370899");
    expect(isValidNationalId(499370898)).toBe(false);
    expect(isValidNationalId(-499370899)).toBe(false);
    expect(isValidNationalId(4993708.99)).toBe(false);
  });

  it("rejects ten identical digits although they pass the checksum", () => {
    for (let d = 0; d <= 9; d++) {
      const id = String(d).repeat(10);
      // d·(10+9+…+2) = 54d; 54d mod 11 = 10d mod 11 → check digit would be d itself.
      expect(isValidNationalId(id), id).toBe(false);
    }
  });

  it("never throws, whatever the input", () => {
    for (const value of [null, undefined, Number.NaN, {}, [], "", "abc", "۰۴۹۹۳۷۰۸۹x"]) {
      expect(isValidNationalId(value)).toBe(false);
    }
  });

  it("agrees with @persian-tools/persian-tools on random 10-digit IDs (second implementation)", () => {
    // persian-tools' verifyIranianNationalId also checks city prefixes; its bare checksum is validateNationalIdChecksum.
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (id) => {
        fc.pre(!/^(\d)\1{9}$/.test(id));
        expect(isValidNationalId(id)).toBe(peer.validateNationalIdChecksum(id));
      }),
      { numRuns: 5000 },
    );
    // Where persian-tools accepts an ID (prefix and all), so do we.
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (body) => {
        for (let d = 0; d <= 9; d++) if (peer.verifyIranianNationalId(body + d)) expect(isValidNationalId(body + d)).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), (body) => {
        // Build a valid ID with peer-independent arithmetic and check both accept it.
        let s = 0;
        for (let i = 0; i < 9; i++) s += Number(body[i]) * (10 - i);
        const r = s % 11;
        const id = body + String(r < 2 ? r : 11 - r);
        fc.pre(!/^(\d)\1{9}$/.test(id));
        expect(isValidNationalId(id)).toBe(true);
      }),
    );
  });
});

describe("parseNationalId / safeParseNationalId", () => {
  it("returns the canonical 10 Latin digits", () => {
    expect(parseNationalId("۰۴۹-۹۳۷۰۸۹-۹")).toBe("0499370899");
    expect(parseNationalId("13542419")).toBe("0013542419");
  });

  it("says why an ID is invalid", () => {
    const reason = (input: string): unknown => {
      const result = safeParseNationalId(input);
      return result.success ? null : [result.error.code, result.error.details?.["reason"]];
    };
    expect(reason("12")).toEqual(["TEXT_INVALID_NATIONAL_ID", "format"]);
    expect(reason("۱۲۳۴۵۶۷۸۹x")).toEqual(["TEXT_INVALID_NATIONAL_ID", "format"]);
    expect(reason("2222222222")).toEqual(["TEXT_INVALID_NATIONAL_ID", "repeated"]);
    expect(reason("0499370898")).toEqual(["TEXT_INVALID_NATIONAL_ID", "checksum"]);
    expect(reason(42 as unknown as string)).toEqual(["TEXT_INVALID_NATIONAL_ID", "format"]);
  });
});

describe("maskNationalId", () => {
  it("hides the middle digits", () => {
    expect(maskNationalId("0499370899")).toBe("049*****99");
    expect(maskNationalId("۰۴۹۹۳۷۰۸۹۹", { visibleStart: 0, visibleEnd: 4, mask: "•", digits: "persian" })).toBe("••••••۰۸۹۹");
    expect(maskNationalId("13542419")).toBe("001*****19");
  });

  it("refuses non-IDs and bad options", () => {
    expect(() => maskNationalId("abc")).toThrow(expect.objectContaining({ code: "TEXT_INVALID_NATIONAL_ID" }));
    expect(() => maskNationalId("0499370899", { visibleStart: 8, visibleEnd: 8 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
