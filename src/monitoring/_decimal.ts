/**
 * The module's private decimal.js constructor, a clone so that neither our configuration nor
 * a user's `Decimal.set()` leaks into the other (decimal.js docs, "Decimal.clone").
 */
import DecimalJs from "decimal.js";
import type { Decimal } from "decimal.js";

/** Our Decimal constructor: 100 significant digits, plain notation. */
export const D: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({ precision: 100, toExpNeg: -1000, toExpPos: 1000 });

/** True for a decimal.js instance from any copy or clone of the library. */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/** `a / b` as a number, or `null` when `b` is zero. */
export function ratio(a: Decimal, b: Decimal): number | null {
  return b.isZero() ? null : a.dividedBy(b).toNumber();
}
