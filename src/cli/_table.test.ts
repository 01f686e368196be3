import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LRM, displayWidth, pad, renderTable, truncate } from "./_table";

describe("displayWidth", () => {
  it("counts Persian letters as one cell, ZWNJ, harakat and bidi marks as none, CJK as two", () => {
    expect(displayWidth("محله")).toBe(4);
    expect(displayWidth("نیمه‌برخوردار")).toBe(12); // 13 code points, one ZWNJ
    expect(displayWidth("مُحَلّه")).toBe(4); // three combining marks
    expect(displayWidth(`${LRM}abc\u2068x\u2069`)).toBe(4);
    expect(displayWidth("日本")).toBe(4);
    expect(displayWidth("")).toBe(0);
  });

  it("pads and truncates by display width", () => {
    expect(pad("نیمه‌برخوردار", 14, "left")).toBe("نیمه‌برخوردار  ");
    expect(pad("7", 3, "right")).toBe("  7");
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 4)).toBe("abc");
  });

  it("renders rows whose Persian cells are followed by a left-to-right mark", () => {
    const text = renderTable(["n", "name"], [["1", "کوی یاس"], ["10", "x"]], ["right", "left"]);
    const lines = text.trimEnd().split("\n");
    expect(lines.every((l) => l.startsWith(LRM))).toBe(true);
    expect(lines[2]).toBe(`${LRM} 1  کوی یاس${LRM}`);
    expect(lines[3]).toBe(`${LRM}10  x`);
  });
});

describe("displayWidth against the character-by-character definition", () => {
  /** The definition, one code point at a time (a second method: no table). */
  function byDefinition(text: string): number {
    let width = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      if (/[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u.test(ch)) continue;
      const wide = [[0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd]].some(([a, b]) => cp >= (a as number) && cp <= (b as number));
      width += wide ? 2 : 1;
    }
    return width;
  }

  it("gives the same width for any string: Persian with marks and ZWNJ, wide and astral characters, lone surrogates, controls", () => {
    const pieces = fc.constantFrom("م", "ُ", "\u200c", "\u200e", "a", " ", "日", "한", "😀", "𠀀", "\ud800", "\udc00", "\u0007", "\u0301", "ﻻ", "۱", "\u2069");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.array(pieces, { maxLength: 20 }).map((p) => p.join(""))), (text) => {
        expect(displayWidth(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
});
