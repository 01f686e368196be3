/**
 * The number writer of `score --format csv` against `String(x)` (ECMAScript Number::toString,
 * V8's shortest round-trip digits): the same characters for doubles of every kind — random
 * bits, short decimals, sums of short decimals (0.1 + 0.2), means of them, integers, halves,
 * ±0, powers of ten and their neighbours, the 10⁻⁶ and 10¹⁵/10²¹ edges — millions of them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUMBER_BYTES, writeNumber } from "./_numberBytes";
import { rng } from "./_testing";

const buf = new Uint8Array(64);
const text = (x: number): string => {
  const end = writeNumber(buf, 0, x);
  return String.fromCharCode(...buf.subarray(0, end));
};


const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

describe("writeNumber", () => {
  it("writes String(x) for hand-picked values: -0, NaN, ±Infinity, exponent forms, 17-digit sums, edges", () => {
    const cases = [
      0, -0, Number.NaN, Infinity, -Infinity, 1, -1, 0.5, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 57.540000000000006, 69.67150000000001, 70.411625, 0.975,
      1e-6, 1e-7, 9.999999999999999e-7, 1.0000000000000002e-6, 123456789012345.6, 999999999999999.9, 1e15, 1e15 + 0.5, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 1e21, 1e21 - 65536, 1e22,
      5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2147483647, 2147483648, -2147483648, -2147483649, 4294967296, 0.000001234, 100, 99.99999999999999,
      9.999999999999998, 10.000000000000002, 0.30000000000000004, 1.005, 4.35, 4.345, 5e-7, 12345678.9, 0.1 * 3, 1 - 2 ** -53, 1 + 2 ** -52, 0.7 + 0.1, 2 ** -20, 2 ** 40 + 0.5,
    ];
    for (const x of cases) expect(text(x), String(x)).toBe(String(x));
  });

  it("writes String(x) for millions of doubles of every kind", () => {
    const next = rng(20261130);
    const p10 = (k: number): number => 10 ** k;
    let checked = 0;
    const mismatches: string[] = [];
    const check = (x: number): void => {
      checked++;
      const end = writeNumber(buf, 0, x);
      if (end > NUMBER_BYTES) mismatches.push(`too long: ${x}`);
      const s = String(x);
      let same = end === s.length;
      for (let i = 0; same && i < end; i++) same = buf[i] === s.charCodeAt(i);
      if (!same && mismatches.length < 10) mismatches.push(`${s} written as ${text(x)}`);
    };
    for (let r = 0; r < 160_000; r++) {
      // random bits (every exponent), and random bits in the range the fast paths take
      words[0] = (next() * 4294967296) >>> 0;
      words[1] = (next() * 4294967296) >>> 0;
      check(bits[0] as number);
      words[1] = (words[1] & 0x800fffff) | ((1023 - 21 + Math.floor(next() * 72)) << 20);
      check(bits[0] as number);
      // short decimals, and sums and means of them (the index's dimension scores)
      const a = Math.round(next() * 10000) / 100;
      const b = Math.round(next() * 10000) / 100;
      const c = Math.round(next() * 10000) / 100;
      check(a);
      check(a + b + c);
      check((a + b + c) / 3);
      check((a + b) / 8 - c / 7);
      check(Math.round(next() * 1e9) / 10 ** Math.floor(next() * 16));
      // integers, halves, values near powers of ten
      check(Math.floor(next() * 2 ** 53) * (next() < 0.5 ? -1 : 1));
      check(Math.floor(next() * 2 ** 30) + 0.5);
      const k = Math.floor(next() * 30) - 9;
      const p = p10(k);
      check(p);
      check(p * (1 + (next() - 0.5) * 4e-16));
      check(-p * (1 - 2 ** -53));
      check(next() * p);
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(2_000_000);
  });

  it("writes String(x) for any double fast-check draws, and never more than NUMBER_BYTES bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: 1e-6, max: 1e15 }), fc.integer().map((n) => n / 1000)), (x) => {
        const end = writeNumber(buf, 0, x);
        expect(end).toBeLessThanOrEqual(NUMBER_BYTES);
        expect(text(x)).toBe(String(x));
      }),
      { numRuns: 20_000 },
    );
  });

  it("writes at the given index and leaves the bytes before it alone", () => {
    buf.fill(0x7e);
    const end = writeNumber(buf, 5, -12.5);
    expect(String.fromCharCode(...buf.subarray(0, end))).toBe("~~~~~-12.5");
  });
});
