import * as peer from "@persian-tools/persian-tools";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIban } from "./isValidIban";
import { parseIban, safeParseIban } from "./parseIban";

/*
 * ISO 13616 / ISO 7064 mod 97-10, worked by hand for IR062960000000100324200001 (the example
 * IBAN commonly given for Iran): move "IR06" to the end, I = 18, R = 27:
 *   2960000000100324200001 1827 06
 * piecewise mod 97 (9 digits, then the remainder prepended to the next 9):
 *   296000000 = 3051546×97 + 38 → 38;  "38" + "010032420" = 38010032420 → 32;  "32" + "000118270" = 32000118270 → 48;
 *   "48" + "6" = 486 → 486 − 5×97 = 1  ✓ (valid iff the remainder is 1)
 * Our second example, IR38 0170 0000 0010 0000 0000 01, got its check digits the same way:
 *   98 − (0170000000100000000001 1827 00 mod 97) = 98 − 60 = 38.
 */
const VALID = ["IR062960000000100324200001", "IR380170000000100000000001", "IR820540102680020817909002"];

describe("isValidIban", () => {
  it("accepts valid Iranian IBANs in the forms people type", () => {
    for (const iban of VALID) expect(isValidIban(iban), iban).toBe(true);
    expect(isValidIban("IR06 2960 0000 0010 0324 2000 01")).toBe(true);
    expect(isValidIban("ir062960000000100324200001")).toBe(true);
    expect(isValidIban("062960000000100324200001")).toBe(true);
    expect(isValidIban("IR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱")).toBe(true);
  });

  it("rejects any single-digit change and any swap of two different adjacent digits (mod 97 catches both)", () => {
    const iban = VALID[0] as string;
    for (let i = 2; i < iban.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === iban[i]) continue;
        expect(isValidIban(iban.slice(0, i) + d + iban.slice(i + 1))).toBe(false);
      }
      if (i + 1 < iban.length && iban[i] !== iban[i + 1]) {
        expect(isValidIban(iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2))).toBe(false);
      }
    }
  });

  it("rejects other shapes without throwing", () => {
    for (const bad of ["", "IR", "IR06296000000010032420000", "DE89370400440532013000", "IR0629600000001003242000011", null, 42]) {
      expect(isValidIban(bad)).toBe(false);
    }
  });

  it("agrees with @persian-tools/persian-tools on random IBANs (second implementation)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{24}$/), (digits) => {
        expect(isValidIban(`IR${digits}`)).toBe(peer.isShebaValid(`IR${digits}`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseIban", () => {
  it("returns the canonical IBAN and the bank code (digits 5–7)", () => {
    expect(parseIban("ir۳۸ ۰۱۷۰ ۰۰۰۰ ۰۰۱۰ ۰۰۰۰ ۰۰۰۰ ۰۱")).toEqual({ iban: "IR380170000000100000000001", bankCode: "017" });
    expect(parseIban("IR82 0540 1026 8002 0817 9090 02").bankCode).toBe("054");
  });

  it("tells format from checksum errors", () => {
    const a = safeParseIban("IR12");
    const b = safeParseIban("IR072960000000100324200001");
    expect(a.success ? null : [a.error.code, a.error.details?.["reason"]]).toEqual(["TEXT_INVALID_IBAN", "format"]);
    expect(b.success ? null : [b.error.code, b.error.details?.["reason"]]).toEqual(["TEXT_INVALID_IBAN", "checksum"]);
  });
});
