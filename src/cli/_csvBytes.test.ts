/**
 * CSV text cells written as UTF-8 bytes against `csvCell` encoded by Node (`Buffer.from`):
 * the same bytes for any string — Persian with ZWNJ, quotes, delimiters, line breaks, formula
 * starts, astral characters and lone surrogates (U+FFFD, as `Buffer` and `TextEncoder` write them).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textCellBytes, writeTextCell, writeUtf8 } from "./_csvBytes";
import { csvCell } from "./_csvOut";

const persian = fc.constantFrom("محلهٔ ۱۲", "نرخ بی‌کاری", "كرج", "\u200c", "«اسلام‌شهر»", "a,b", 'm"n', "x\ny", "\r", "=1+2", "-3", "+2", "@", "😀", "\ud83d", "\ude00", "\ud83d,", "|", ";", "\t", "é");
const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), // lone surrogates included
  fc.array(persian, { maxLength: 6 }).map((a) => a.join("")),
);

function cellBytes(s: string): Buffer {
  const buf = new Uint8Array(textCellBytes(s.length) + 4).fill(0xaa);
  const end = writeTextCell(buf, 2, s);
  expect(end).toBeLessThanOrEqual(2 + textCellBytes(s.length));
  expect(buf[0]).toBe(0xaa);
  return Buffer.from(buf.subarray(2, end));
}

describe("writeTextCell", () => {
  it("writes the UTF-8 bytes of csvCell(text) for any string", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(cellBytes(s).equals(Buffer.from(csvCell(s), "utf8"))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps plain Persian names as they are, neutralises formulas, quotes delimiters", () => {
    expect(cellBytes("محلهٔ گلشهر").toString("utf8")).toBe("محلهٔ گلشهر");
    expect(cellBytes("بی‌سیم").toString("utf8")).toBe("بی‌سیم");
    expect(cellBytes("=HYPERLINK(1)").toString("utf8")).toBe("'=HYPERLINK(1)");
    expect(cellBytes("-3.5").toString("utf8")).toBe("-3.5");
    expect(cellBytes('کرج، "شرق", ۲').toString("utf8")).toBe('"کرج، ""شرق"", ۲"');
    expect(cellBytes("")).toHaveLength(0);
  });

  it("writes a lone surrogate as U+FFFD and a pair as one four-byte character", () => {
    expect([...cellBytes("\ud83d")]).toEqual([0xef, 0xbf, 0xbd]);
    expect([...cellBytes("😀")]).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect([...cellBytes("\ude00\ud83d")]).toEqual([0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]);
  });
});

describe("writeUtf8", () => {
  it("writes what Buffer.from(text, 'utf8') writes", () => {
    fc.assert(
      fc.property(text, (s) => {
        const buf = new Uint8Array(3 * s.length);
        const end = writeUtf8(buf, 0, s);
        expect(Buffer.from(buf.subarray(0, end)).equals(Buffer.from(s, "utf8"))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
