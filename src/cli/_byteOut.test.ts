/** The byte sink of the CLI, and the reference byte writer of the old CSV output: what it writes decodes to what the strings say. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteSink } from "./_byteOut";
import { ByteOut, utf8 } from "./_byteWriterReference";

type Piece = { kind: "int"; x: number } | { kind: "ascii"; text: string } | { kind: "text"; text: string } | { kind: "bytes"; text: string };

const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((x) => ({ kind: "int" as const, x })),
  fc.double({ noNaN: true }).map((x) => ({ kind: "ascii" as const, text: String(x) })),
  fc.string({ unit: "grapheme" }).map((text) => ({ kind: "text" as const, text })),
  fc.constantFrom("محلهٔ گلشهر", "کرج", "نرخ بی‌کاری", "a,b").map((text) => ({ kind: "bytes" as const, text })),
);

describe("ByteOut", () => {
  it("writes what String and the strings say, across chunk boundaries, through the text sink too", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 4, max: 64 }), (pieces, size) => {
        const expected = pieces.map((p) => (p.kind === "int" ? String(p.x) : p.text)).join("");
        const chunks: Uint8Array[] = [];
        let text = "";
        const viaText = byteSink(undefined, (t) => (text += t));
        const out = new ByteOut((c) => {
          chunks.push(c.slice());
          viaText(c);
        }, size);
        for (const p of pieces) {
          if (p.kind === "int") out.int(p.x);
          else if (p.kind === "ascii") out.ascii(p.text);
          else if (p.kind === "text") out.text(p.text);
          else out.bytes(utf8(p.text));
        }
        out.end();
        const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of chunks) all.set(c, (at += c.length) - c.length);
        expect(Buffer.from(all).equals(Buffer.from(expected, "utf8"))).toBe(true);
        expect(text).toBe(expected);
      }),
    );
  });

  it("keeps a leading byte-order mark when the output takes text", () => {
    let text = "";
    const out = new ByteOut(byteSink(undefined, (t) => (text += t)));
    out.text("\uFEFFid,نام\n");
    out.end();
    expect(text).toBe("\uFEFFid,نام\n");
  });
});
