/**
 * The Parquet dictionary decoder in WebAssembly (`_parquetDictionary.wat`) against the
 * JavaScript decoder it stands for (`hybrid`, then `spreadDictionary`): on random pages of
 * run-length and bit-packed runs of every width (1–32), with and without definition levels,
 * indices inside and outside the dictionary, the page cut anywhere and bytes flipped, it either
 * writes exactly the JavaScript decoder's values (which then does not throw) or declines, and
 * it declines on every page the JavaScript decoder throws on (then the caller runs JavaScript).
 * Also: the committed bytes are those of the .wat. (The decoder's values against hyparquet's on
 * files DuckDB wrote are checked by `_parquetColumns.test.ts` and `_parquetColumns.fast.test.ts`,
 * which now run it.)
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dictionaryOutPath, dictionaryWasmSource } from "../../test/build-gram-wasm";
import { _dictionaryDecoders } from "./_parquetColumns";
import { Random } from "./_random";

/** A seeded generator of uniform numbers in [0, 1). */
function rng(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

function varint(out: number[], v: number): void {
  while (v >= 128) {
    out.push((v % 128) | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** A hybrid stream of `n` values below 2^width, in runs of both kinds (a few bytes ahead of it). */
function stream(n: number, width: number, next: () => number, lead: number): { bytes: Uint8Array; p: number } {
  const out: number[] = Array.from({ length: lead }, () => Math.floor(next() * 256));
  const limit = width >= 32 ? 2 ** 32 : 2 ** width;
  let left = n;
  while (left > 0) {
    if (next() < 0.4) {
      const count = 1 + Math.floor(next() * Math.min(left, 40));
      varint(out, count * 2);
      const v = Math.floor(next() * limit);
      for (let i = 0; i < (width + 7) >> 3; i++) out.push(Math.floor(v / 2 ** (8 * i)) % 256);
      left -= count;
    } else {
      const groups = 1 + Math.floor(next() * Math.ceil(Math.min(left, 64) / 8));
      varint(out, groups * 2 + 1);
      const bits: number[] = [];
      for (let i = 0; i < groups * 8; i++) {
        const v = Math.floor(next() * limit);
        for (let b = 0; b < width; b++) bits.push(Math.floor(v / 2 ** b) % 2);
      }
      for (let i = 0; i < bits.length; i += 8) {
        let byte = 0;
        for (let b = 0; b < 8; b++) byte |= (bits[i + b] ?? 0) << b;
        out.push(byte);
      }
      left -= Math.min(left, groups * 8);
    }
  }
  return { bytes: Uint8Array.from(out), p: lead };
}

describe("the Parquet dictionary decoder in WebAssembly", () => {
  it("is assembled from _parquetDictionary.wat (the committed bytes are up to date)", async () => {
    expect(readFileSync(dictionaryOutPath, "utf8")).toBe(await dictionaryWasmSource());
  });

  it("writes the JavaScript decoder's values, or declines where it throws (property, pages valid, cut and flipped)", () => {
    let agreed = 0;
    let declinedOnError = 0;
    let declinedOnValid = 0;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
          n: fc.integer({ min: 1, max: 700 }),
          width: fc.integer({ min: 1, max: 32 }),
          nullRate: fc.constantFrom(0, 0.1, 0.9),
          dictSize: fc.constantFrom(0, 1, 5, 300),
          damage: fc.constantFrom("none", "none", "cut", "flip", "tail"),
        }),
        (c) => {
          const next = rng(c.seed);
          const defsAll = Uint8Array.from({ length: c.n + 20 }, () => (next() < c.nullRate ? 0 : 1));
          const count = c.n;
          const withDefs = c.nullRate > 0;
          const present = withDefs ? defsAll.subarray(0, count).reduce((t, d) => t + d, 0) : count;
          if (present === 0) return;
          const { bytes, p } = stream(present, c.width, next, Math.floor(next() * 3));
          let page = bytes;
          if (c.damage === "cut") page = bytes.subarray(0, Math.floor(next() * bytes.length));
          else if (c.damage === "flip") {
            page = bytes.slice();
            for (let k = 0; k < 3; k++) page[Math.floor(next() * page.length)] = Math.floor(next() * 256);
          } else if (c.damage === "tail") page = Uint8Array.from([...bytes, ...Array.from({ length: 5 }, () => Math.floor(next() * 256))]);
          const dict = Float64Array.from({ length: c.dictSize }, (_, i) => (i === 2 ? -0 : i * 1.25 - 3));
          const defs = withDefs ? defsAll : undefined;
          const fromJs = new Float64Array(count + 4).fill(7);
          let jsError: unknown;
          try {
            _dictionaryDecoders.js(page, p, c.width, present, defs, dict, fromJs, 2, count, new Uint32Array(present));
          } catch (error) {
            jsError = error;
          }
          const fromWasm = new Float64Array(count + 4).fill(7);
          const wrote = _dictionaryDecoders.wasm(page, p, c.width, present, defs, dict, fromWasm, 2, count);
          if (jsError !== undefined) {
            expect(wrote).toBe(false);
            expect(Array.from(fromWasm).every((x) => x === 7)).toBe(true);
            declinedOnError++;
            return;
          }
          if (!wrote) {
            declinedOnValid++; // allowed (the caller then reads it with JavaScript), but rare: only varints of 2³¹ or more
            return;
          }
          agreed++;
          for (let i = 0; i < fromJs.length; i++) expect(Object.is(fromWasm[i], fromJs[i]), `value ${i}`).toBe(true);
        },
      ),
      { numRuns: 800, seed: 20261201 },
    );
    // both kinds of page were met
    expect(agreed).toBeGreaterThan(500);
    expect(declinedOnError).toBeGreaterThan(50);
    expect(declinedOnValid).toBeLessThanOrEqual(agreed / 50);
  });
});
