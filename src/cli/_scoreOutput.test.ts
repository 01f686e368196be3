/**
 * The CSV line encoder of `mahalleh score` (strings encoded a line at a time) against the
 * byte writer it replaced (ByteOut: numbers copied byte by byte, text cells encoded one by
 * one): the same bytes for any cells, across chunk boundaries.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteOut } from "./_byteWriterReference";
import { csvCell } from "./_csvOut";
import { lineWriter, numberText, textCell } from "./_scoreOutput";

// the cells as the previous writer wrote them (issue 18, before the line encoder)
const PLAIN_TEXT = /^[^=+\-@\t\r",;|\n][^",;\t|\n\r]*$/;
function oldNumberCell(out: ByteOut, x: number): void {
  if (x !== x) return;
  if (x >= 0 && x < 2147483648 && Math.floor(x) === x) out.int(x);
  else out.ascii(String(x));
}
function oldTextBytes(out: ByteOut, text: string): void {
  if (PLAIN_TEXT.test(text)) out.text(text);
  else out.text(csvCell(text));
}

type Cell = { kind: "number"; x: number } | { kind: "text"; text: string };

const double = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, 1, 1e21, -1e21, 1.5e300, 5e-324, 1e-7, 123456789012345680000, 2147483647, 2147483648, -2147483648, 0.1 + 0.2, 69.24462500000001),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000),
);
const persian = fc.constantFrom("محلهٔ ۱۲", "نرخ بی‌کاری", "كرج", "‌", "\u200c", "«اسلام‌شهر»", "a,b", 'm"n', "x\ny", "\r", "=1+2", "-3", "@", "😀", "\ud83d", "\ude00", "\ud83d,", "|", ";", "\t");
const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), // lone surrogates included
  fc.array(persian, { maxLength: 5 }).map((a) => a.join("")),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(double.map((x) => ({ kind: "number" as const, x })), text.map((t) => ({ kind: "text" as const, text: t })));

function joined(chunks: Uint8Array[]): Buffer {
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

describe("the score CSV line encoder", () => {
  it("writes the bytes of the byte-by-byte writer for random lines of numbers and text, any chunk size", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 }), fc.integer({ min: 4, max: 200 }), fc.integer({ min: 4, max: 200 }), (lines, oldSize, newSize) => {
        const before: Uint8Array[] = [];
        const out = new ByteOut((c) => before.push(c), oldSize);
        const after: Uint8Array[] = [];
        const { put, end } = lineWriter((c) => after.push(c), newSize);
        for (const line of lines) {
          line.forEach((c, k) => {
            if (k > 0) out.byte(0x2c);
            if (c.kind === "number") oldNumberCell(out, c.x);
            else oldTextBytes(out, c.text);
          });
          out.byte(0x0a);
          put(`${line.map((c) => (c.kind === "number" ? numberText(c.x) : textCell(c.text))).join(",")}\n`);
        }
        out.end();
        end();
        expect(joined(after).equals(joined(before))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("number cells: String(x), -0 as 0, NaN empty, exponent forms as String writes them", () => {
    const cases: [number, string][] = [
      [-0, "0"],
      [Number.NaN, ""],
      [1e21, "1e+21"],
      [5e-324, "5e-324"],
      [1e-7, "1e-7"],
      [69.24462500000001, "69.24462500000001"],
      [2147483648, "2147483648"],
      [-12.5, "-12.5"],
    ];
    for (const [x, s] of cases) expect(numberText(x)).toBe(s);
  });

  it("a lone surrogate is written as U+FFFD, a pair as one four-byte character", () => {
    const chunks: Uint8Array[] = [];
    const { put, end } = lineWriter((c) => chunks.push(c), 8);
    put(`${textCell("\ud83d")},${textCell("😀")}\n`);
    end();
    expect([...joined(chunks)]).toEqual([0xef, 0xbf, 0xbd, 0x2c, 0xf0, 0x9f, 0x98, 0x80, 0x0a]);
  });

  it("a line longer than the chunk goes out whole, each chunk a fresh buffer", () => {
    const chunks: Uint8Array[] = [];
    const { put, end } = lineWriter((c) => chunks.push(c), 8);
    put("ab\n");
    put("محلهٔ بسیار بلند\n");
    put("c\n");
    end();
    expect(chunks.map((c) => Buffer.from(c).toString("utf8"))).toEqual(["ab\n", "محلهٔ بسیار بلند\nc\n"]);
    expect(chunks[0]?.buffer).not.toBe(chunks[1]?.buffer);
  });
});
