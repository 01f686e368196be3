/**
 * Private: `String(x)` of a number written as ASCII bytes straight into a buffer, without
 * making the string (issue 18: the CSV of `score` prints about 12 numbers a line, a million
 * lines). The bytes are exactly those of `String(x)` (ECMAScript Number::toString: the
 * shortest decimal that reads back as `x`, the closest to `x` when several have that many
 * digits); what the fast paths below cannot prove goes through `String(x)` itself.
 *
 * Fast paths (`v = |x|`, a minus sign first when `x < 0`; `-0` is `0` as `String` writes it):
 *
 * 1. Integers below 2⁵³: their digits (`String` writes every integer below 10²¹ in full).
 *
 * 2. `10⁻⁶ ≤ v < 10¹⁵`, not an integer. Let `p ≥ 0` be the scale with `t = fl(v·10ᵖ)` in
 *    [10¹⁴, 10¹⁵) (`10ᵖ` is exact for `p ≤ 22`). Write `T = v·10ᵖ` (exact) and `u` for the
 *    half-width of the interval of reals that round to `v`, scaled by `10ᵖ`: `u ≤ T·2⁻⁵³ < 0.12`.
 *
 *    (a) At most 15 significant digits. A decimal `k·10⁻ᵖ` (k an integer) reads back as `v`
 *    iff `fl(k / 10ᵖ) === v`: for `k < 2⁵³` and `10ᵖ` exact, IEEE division rounds the exact
 *    quotient — the decimal's value — to nearest, ties to even, exactly as reading the
 *    decimal does. Such a `k` lies within `u < 0.12` of `T`, and `t` within `ulp(10¹⁵)/2 =
 *    0.0625` of `T`, so `k = Math.round(t)`: one candidate, tested by one division. Any
 *    decimal of ≤ 15 significant digits in this decade is such a `k·10⁻ᵖ` (padded with
 *    zeros), and at most one `k` lies in an interval narrower than 1, so if the candidate
 *    fails there is none, and if it holds, `k` without its trailing zeros is the shortest.
 *
 *    (b) Exactly 16 digits, when (a) found none (a power of two, whose interval is narrower
 *    below than above, goes to `String`). Scaled by `10ᵖ⁺¹` the interval is symmetric about
 *    `T₁₆ = v·10ᵖ⁺¹`; if any integer lies in it, the integer nearest `T₁₆` does too (it is no
 *    farther from the centre), and it is the closest — `String`'s choice among 16-digit
 *    decimals. `T₁₆ = y + e` exactly (`y = fl(T₁₆)`, `e` from Dekker's two-product); with
 *    `f = ⌊y⌋`, `rem = (y − f) + e` is `T₁₆ − f` within 2⁻⁵² (`y − f` and `e` are exact, the sum
 *    rounds once), so that integer is `j = f + Math.round(rem)`; a (near) tie — `rem` within
 *    10⁻⁹ of a half — goes to `String`. `j` (below 2⁵³, else `String`) is tested by the exact
 *    division of (a); if it fails, no 16-digit decimal reads back as `v`.
 *
 *    (c) 17 digits, when (b) found none. Scaled by `10ᵖ⁺²` the half-width is at least
 *    `T₁₇·2⁻⁵⁴ ≥ 10¹⁶·2⁻⁵⁴ > 0.55` (`ulp(v) ≥ v·2⁻⁵³`), so the integer nearest `T₁₇ = 10·T₁₆`
 *    reads back and is the closest: `10·f + Math.round(10·rem)` (a near tie, within 10⁻⁸,
 *    goes to `String`). It can exceed 2⁵³, so it is kept as `hi·10⁸ + lo` with `hi = ⌊f/10⁷⌋`
 *    and `lo = (f − hi·10⁷)·10 + Math.round(10·rem)` brought into [0, 10⁸) — all exact
 *    integers below 2⁵³.
 *
 *    A 16- or 17-digit result ending in 0 would be a shorter decimal that (a) or (b) missed:
 *    it cannot happen, and would go to `String` if it did.
 *
 *    The lower edge: `v ≥ fl(10⁻⁶)` exactly when the shortest decimal of `v` is at least 10⁻⁶
 *    (rounding is monotonic, and `fl(10⁻⁶)` prints as `0.000001`), i.e. when `String` writes
 *    it without an exponent. Then `p ≤ 20`, so `10ᵖ⁺²` is exact.
 *
 *    The digits are then placed as Number::toString places them for `-6 < n ≤ 21` (n the
 *    position of the point): `ddd.ddd` or `0.000ddd`.
 *
 * 3. Anything else (NaN, ±Infinity, `v < 10⁻⁶` or `v ≥ 10¹⁵` not an integer below 2⁵³, the
 *    rare cases above): the characters of `String(x)`.
 *
 * The property test compares the bytes with `String(x)` on millions of doubles of every kind.
 */

/** Most bytes one number takes (`-1.2345678901234567e-308`: 24). */
export const NUMBER_BYTES = 25;

/** 10⁰ … 10²², each exact (the WebAssembly writer is given these tables too). */
export const POW10: Float64Array = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Dekker's halves of each power (high 26 bits, low rest). */
export const POW10_HI: Float64Array = new Float64Array(23);
export const POW10_LO: Float64Array = new Float64Array(23);
const SPLITTER = 134217729; // 2^27 + 1
for (let i = 0; i < 23; i++) {
  const a = POW10[i] as number;
  const c = SPLITTER * a;
  const hi = c - (c - a);
  POW10_HI[i] = hi;
  POW10_LO[i] = a - hi;
}
const TWO53 = 9007199254740992;

/** `v·10^q − fl(v·10^q)`, exactly (Dekker's two-product; no overflow in the range used). */
function productError(v: number, q: number, y: number): number {
  const c = SPLITTER * v;
  const vh = c - (c - v);
  const vl = v - vh;
  const ph = POW10_HI[q] as number;
  const pl = POW10_LO[q] as number;
  return vh * ph - y + vh * pl + vl * ph + vl * pl;
}

/** The characters of `String(x)`, copied. */
function writeString(buf: Uint8Array, at: number, x: number): number {
  const s = String(x);
  for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
  return at;
}

/** "00" … "99" as ASCII pairs. */
const PAIRS = Uint8Array.from({ length: 200 }, (_, i) => 0x30 + ((i & 1) === 0 ? Math.floor(i / 20) : (i >> 1) % 10));

/** Writes the digits of `v` (0 ≤ v < 2³¹) so that the last one is at `end − 1`; returns where the first is. */
function digitsBefore(buf: Uint8Array, end: number, v: number): number {
  v |= 0; // int32 arithmetic: division by a constant becomes a multiply
  while (v >= 100) {
    const q = (v / 100) | 0;
    const r = (v - q * 100) << 1;
    buf[--end] = PAIRS[r + 1] as number;
    buf[--end] = PAIRS[r] as number;
    v = q;
  }
  if (v >= 10) {
    buf[--end] = PAIRS[(v << 1) + 1] as number;
    buf[--end] = PAIRS[v << 1] as number;
  } else buf[--end] = 0x30 + v;
  return end;
}

/** Writes exactly `w` digits of `v` (0 ≤ v < 10ʷ, zero-padded) ending at `end − 1`. */
function paddedBefore(buf: Uint8Array, end: number, v: number, w: number): void {
  v |= 0;
  for (; w >= 2; w -= 2) {
    const q = (v / 100) | 0;
    const r = (v - q * 100) << 1;
    buf[--end] = PAIRS[r + 1] as number;
    buf[--end] = PAIRS[r] as number;
    v = q;
  }
  if (w === 1) buf[--end] = 0x30 + v;
}

/** Number of digits of `v` (0 ≤ v < 2³¹). */
function digitCount(v: number): number {
  if (v < 100000) return v < 100 ? (v < 10 ? 1 : 2) : v < 1000 ? 3 : v < 10000 ? 4 : 5;
  return v < 10000000 ? (v < 1000000 ? 6 : 7) : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
}

/**
 * Writes the decimal `(hi·10⁸ + lo)·10⁻ᵖ` (`0 ≤ lo < 10⁸`, `0 ≤ hi < 2³¹`, not both 0) as
 * Number::toString writes a value with `-6 < n ≤ 21`: trailing zeros dropped, then `ddd`,
 * `ddd.ddd` or `0.000ddd`.
 */
function writeFixed(buf: Uint8Array, at: number, hi: number, lo: number, p: number): number {
  hi |= 0;
  lo |= 0;
  let w = 8; // digits of lo when hi > 0
  if (lo === 0 && hi > 0) {
    lo = hi;
    hi = 0;
    p -= 8;
  }
  if (lo !== 0) {
    // trailing zeros in steps of 4, 2, 1 (int32 remainders by constants: multiplies)
    while (lo % 10000 === 0) {
      lo = (lo / 10000) | 0;
      w -= 4;
      p -= 4;
    }
    if (lo % 100 === 0) {
      lo = (lo / 100) | 0;
      w -= 2;
      p -= 2;
    }
    if (lo % 10 === 0) {
      lo = (lo / 10) | 0;
      w--;
      p--;
    }
  }
  const nd = hi > 0 ? digitCount(hi) + w : digitCount(lo);
  const n = nd - p; // digits before the point
  if (n <= 0) {
    buf[at++] = 0x30;
    buf[at++] = 0x2e;
    for (let i = n; i < 0; i++) buf[at++] = 0x30;
  } else if (n >= nd) {
    // an integer: its digits and n − nd zeros
    const end = at + nd;
    if (hi > 0) {
      paddedBefore(buf, end, lo, w);
      digitsBefore(buf, end - w, hi);
    } else digitsBefore(buf, end, lo);
    for (let i = end; i < at + n; i++) buf[i] = 0x30;
    return at + n;
  }
  const first = n > 0 ? at + 1 : at; // digits written one place to the right, the integer part moved back
  const end = first + nd;
  if (hi > 0) {
    paddedBefore(buf, end, lo, w);
    digitsBefore(buf, end - w, hi);
  } else digitsBefore(buf, end, lo);
  if (n > 0) {
    for (let i = 0; i < n; i++) buf[at + i] = buf[at + 1 + i] as number;
    buf[at + n] = 0x2e;
  }
  return end;
}

const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: high word second

/** Whether `v` (positive, normal) is a power of two. */
function powerOfTwo(v: number): boolean {
  BITS[0] = v;
  return WORDS[1 - HIGH] === 0 && ((WORDS[HIGH] as number) & 0xfffff) === 0;
}

/** `hi·10⁸ + lo` of an integer `k < 2⁵⁷` (exact: `hi·10⁸` and the remainder are representable). */
function writeSplit(buf: Uint8Array, at: number, k: number, p: number): number {
  let hi = Math.floor(k / 1e8);
  let lo = k - hi * 1e8;
  if (lo < 0) {
    hi--;
    lo += 1e8;
  } else if (lo >= 1e8) {
    hi++;
    lo -= 1e8;
  }
  return writeFixed(buf, at, hi, lo, p);
}

/**
 * Writes `String(x)` as ASCII bytes at `buf[at]` and returns the index after them. The buffer
 * must have {@link NUMBER_BYTES} free bytes from `at`.
 */
export function writeNumber(buf: Uint8Array, at: number, x: number): number {
  let v = x;
  if (v < 0) v = -v;
  else if (!(v >= 0)) return writeString(buf, at, x); // NaN
  if (v < 2147483648 && (v | 0) === v) {
    // -0 too: String writes it as 0
    if (x < 0) buf[at++] = 0x2d;
    return digitsBefore(buf, at + digitCount(v), v) + digitCount(v);
  }
  if (v < 1e-6 || v >= TWO53) return writeString(buf, at, x);
  const sign = x < 0 ? 1 : 0;
  if (Math.floor(v) === v) {
    if (sign === 1) buf[at++] = 0x2d;
    return writeSplit(buf, at, v, 0);
  }
  if (v >= 1e15) return writeString(buf, at, x);
  // the scale p: t = fl(v·10^p) in [1e14, 1e15)
  let p = 14;
  let t = v * 1e14;
  while (t >= 1e15) t = v * (POW10[--p] as number);
  while (t < 1e14) t = v * (POW10[++p] as number);
  // (a) at most 15 digits
  const k = Math.round(t);
  if (k / (POW10[p] as number) === v) {
    if (sign === 1) buf[at++] = 0x2d;
    return writeSplit(buf, at, k, p);
  }
  // (b) 16 digits: the integer nearest T16 = y + e, if it reads back
  const q = p + 1;
  const pq = POW10[q] as number;
  const y = v * pq;
  if (y >= TWO53 - 2 || powerOfTwo(v)) return writeString(buf, at, x);
  const f = Math.floor(y);
  const rem = y - f + productError(v, q, y); // T16 − f, within 2⁻⁵² (y − f and e are exact)
  const m = Math.round(rem);
  if (Math.abs(Math.abs(rem - m) - 0.5) <= 1e-9) return writeString(buf, at, x); // (near) tie
  const j = f + m;
  if (j / pq === v) {
    // a multiple of 10 would be a 15-digit decimal, which (a) would have found
    if (Math.floor(j / 10) * 10 === j) return writeString(buf, at, x);
    if (sign === 1) buf[at++] = 0x2d;
    return writeSplit(buf, at, j, q);
  }
  // (c) 17 digits: the integer nearest T17 = 10·T16 = 10·f + 10·rem
  const rem10 = 10 * rem;
  const m10 = Math.round(rem10);
  if (Math.abs(Math.abs(rem10 - m10) - 0.5) <= 1e-8) return writeString(buf, at, x);
  let hi = Math.floor(f / 1e7);
  let lo = (f - hi * 1e7) * 10 + m10;
  while (lo < 0) {
    hi--;
    lo += 1e8;
  }
  while (lo >= 1e8) {
    hi++;
    lo -= 1e8;
  }
  if (Math.floor(lo / 10) * 10 === lo) return writeString(buf, at, x);
  if (sign === 1) buf[at++] = 0x2d;
  return writeFixed(buf, at, hi, lo, q + 1);
}
