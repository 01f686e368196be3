/** The byte sink of the CLI: bytes passed on as they are, or decoded to text without splitting a character. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteSink } from "./_byteOut";

/** `bytes` cut into chunks at the given sizes (cycled), each a fresh buffer. */
function cut(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length] as number;
    chunks.push(bytes.slice(at, at + size));
    at += size;
  }
  return chunks;
}

describe("byteSink", () => {
  const texts = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.array(fc.constantFrom("محلهٔ گلشهر", "کرج", "نرخ بی‌کاری", "a,b", "😀", "\n", "12.5"), { maxLength: 30 }).map((a) => a.join("")),
  );

  it("decodes UTF-8 cut anywhere (inside a character too) to the text it encodes", () => {
    fc.assert(
      fc.property(texts, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }), (expected, sizes) => {
        let text = "";
        const sink = byteSink(undefined, (t) => (text += t));
        for (const chunk of cut(Buffer.from(expected, "utf8"), sizes)) sink(chunk);
        expect(text).toBe(expected);
      }),
    );
  });

  it("hands the chunks on unchanged when the output takes bytes", () => {
    const seen: Uint8Array[] = [];
    const chunk = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
    byteSink((c) => seen.push(c), () => expect.unreachable())(chunk);
    expect(seen).toEqual([chunk]);
    expect(seen[0]).toBe(chunk);
  });

  it("keeps a leading byte-order mark when the output takes text", () => {
    let text = "";
    const sink = byteSink(undefined, (t) => (text += t));
    for (const chunk of cut(Buffer.from("\uFEFFid,نام\n", "utf8"), [1])) sink(chunk);
    expect(text).toBe("\uFEFFid,نام\n");
  });
});
