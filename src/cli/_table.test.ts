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
