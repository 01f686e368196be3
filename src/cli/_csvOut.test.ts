import { describe, expect, it } from "vitest";
import { csvCell, writeCsv } from "./_csvOut";

describe("the CLI's CSV writer (OWASP CSV injection)", () => {
  it.each([
    ["=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""],
    ["+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "\"'\t=1\""],
    ["\r=1", "\"'\r=1\""],
    ["-3+cmd", "'-3+cmd"],
  ])("neutralises %j", (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
  it("keeps plain numbers (negative, signed, exponent) as numbers: data, not formulas", () => {
    expect(["-3.5", "+2", "-1e-3", "42", ".5"].map(csvCell)).toEqual(["-3.5", "+2", "-1e-3", "42", ".5"]);
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(Number.NaN)).toBe("");
  });
  it("quotes delimiters and line breaks; leaves Persian text alone", () => {
    expect(csvCell("کرج، فردیس")).toBe("کرج، فردیس");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("a;b")).toBe('"a;b"');
  });
  it("writes a UTF-8 BOM by default and none with bom: false", () => {
    expect(writeCsv(["id", "نام"], [["a", "=1"]])).toBe("\uFEFFid,نام\na,'=1\n");
    expect(writeCsv(["id"], [["a"]], { bom: false })).toBe("id\na\n");
  });
});
