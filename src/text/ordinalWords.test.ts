import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ordinalWords } from "./ordinalWords";
import { wordsToNumber } from "./wordsToNumber";

describe("ordinalWords", () => {
  it("writes ordinals as written in Persian (ZWNJ before «و» by default)", () => {
    expect(ordinalWords(1)).toBe("یکم");
    expect(ordinalWords(1, { first: "اول" })).toBe("اول");
    expect(ordinalWords(2)).toBe("دوم");
    expect(ordinalWords(3)).toBe("سوم");
    expect(ordinalWords(10)).toBe("دهم");
    expect(ordinalWords(21, { first: "اول" })).toBe("بیست\u200cویکم");
    expect(ordinalWords(27)).toBe("بیست\u200cوهفتم");
    expect(ordinalWords(30)).toBe("سی\u200cام");
    expect(ordinalWords(73)).toBe("هفتاد\u200cوسوم"); // the 73rd session
    expect(ordinalWords(73, { joiner: "space" })).toBe("هفتاد و سوم");
    expect(ordinalWords(100)).toBe("صدم");
    expect(ordinalWords(1000)).toBe("هزارم");
    expect(ordinalWords(1030, { joiner: "space" })).toBe("هزار و سی\u200cام");
  });

  it("rejects what has no ordinal", () => {
    for (const bad of [-1, 2.5, 1e21]) {
      expect(() => ordinalWords(bad)).toThrow(expect.objectContaining({ code: "TEXT_OUT_OF_RANGE" }));
    }
  });

  it("round-trips through wordsToNumber (property)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom("space" as const, "zwnj" as const), (n, joiner) => {
        expect(wordsToNumber(ordinalWords(n, { joiner }))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});
