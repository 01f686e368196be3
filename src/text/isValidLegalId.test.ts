import * as peer from "@persian-tools/persian-tools";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidLegalId } from "./isValidLegalId";
import { parseLegalId, safeParseLegalId } from "./parseLegalId";

/*
 * Built by hand from the rule in shared/reference/iran.md: k = d[9] + 2, weights 29, 27, 23, 19, 17
 * cycling, s = Σ (k + d[i])·w[i mod 5] for i = 0..9, r = s mod 11 (10 → 0), check = r.
 *
 * 1410128407?  k = 7 + 2 = 9
 *   (9+1)·29 + (9+4)·27 + (9+1)·23 + (9+0)·19 + (9+1)·17 + (9+2)·29 + (9+8)·27 + (9+4)·23 + (9+0)·19 + (9+7)·17
 *   = 290 + 351 + 230 + 171 + 170 + 319 + 459 + 299 + 171 + 272 = 2732; 2732 = 248×11 + 4 → check 4
 * 1010012345?  k = 5 + 2 = 7
 *   8·29 + 7·27 + 8·23 + 7·19 + 7·17 + 8·29 + 9·27 + 10·23 + 11·19 + 12·17
 *   = 232 + 189 + 184 + 133 + 119 + 232 + 243 + 230 + 209 + 204 = 1975; 1975 = 179×11 + 6 → check 6
 * 1000000000?  k = 0 + 2 = 2
 *   3·29 + 2·27 + 2·23 + 2·19 + 2·17 + 2·29 + 2·27 + 2·23 + 2·19 + 2·17
 *   = 87 + 54 + 46 + 38 + 34 + 58 + 54 + 46 + 38 + 34 = 489; 489 = 44×11 + 5 → check 5
 * 0000000050?  k = 0 + 2 = 2 (d[9] is the tenth digit, 0; the 5 is d[8], weight 19)
 *   2·29 + 2·27 + 2·23 + 2·19 + 2·17 + 2·29 + 2·27 + 2·23 + 7·19 + 2·17
 *   = 58 + 54 + 46 + 38 + 34 + 58 + 54 + 46 + 133 + 34 = 555; 555 = 50×11 + 5 → check 5
 */
const VALID = ["14101284074", "10100123456", "10000000005", "00000000505"];

describe("isValidLegalId", () => {
  it("accepts the hand-computed IDs and rejects every other check digit", () => {
    for (const id of VALID) {
      expect(isValidLegalId(id), id).toBe(true);
      for (let d = 0; d <= 9; d++) if (String(d) !== id[10]) expect(isValidLegalId(id.slice(0, 10) + d)).toBe(false);
    }
  });

  it("maps a remainder of 10 to the check digit 0", () => {
    // 5594461092?: k = 2 + 2 = 4
    //   9·29 + 9·27 + 13·23 + 8·19 + 8·17 + 10·29 + 5·27 + 4·23 + 13·19 + 6·17
    //   = 261 + 243 + 299 + 152 + 136 + 290 + 135 + 92 + 247 + 102 = 1957; 1957 = 177×11 + 10 → r = 10 → check 0
    expect(isValidLegalId("55944610920")).toBe(true);
    expect(isValidLegalId("55944610921")).toBe(false);
  });

  it("accepts any digit system and separators; rejects other lengths; never throws", () => {
    expect(isValidLegalId("۱۴۱۰۱۲۸۴۰۷۴")).toBe(true);
    expect(isValidLegalId("1410-1284-074")).toBe(true);
    expect(isValidLegalId("1410128407")).toBe(false);
    expect(isValidLegalId(null)).toBe(false);
    expect(isValidLegalId(14101284074)).toBe(true);
  });

  it("agrees with @persian-tools/persian-tools on IDs it accepts the shape of (second implementation)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3}[1-9]\d{6}$/), (body) => {
        for (let d = 0; d <= 9; d++) {
          const id = body + d;
          if (peer.verifyIranianLegalId(id)) expect(isValidLegalId(id), id).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseLegalId", () => {
  it("returns 11 Latin digits or a coded error", () => {
    expect(parseLegalId("۱۴۱۰۱۲۸۴۰۷۴")).toBe("14101284074");
    const failed = safeParseLegalId("14101284075");
    expect(failed.success ? null : [failed.error.code, failed.error.details?.["reason"]]).toEqual(["TEXT_INVALID_LEGAL_ID", "checksum"]);
    const short = safeParseLegalId("123");
    expect(short.success ? null : short.error.details?.["reason"]).toBe("format");
  });
});
