/**
 * The module's private decimal.js constructor. A clone, so that neither our configuration nor
 * a user's `Decimal.set()` leaks into the other (decimal.js docs, "Decimal.clone").
 */
import DecimalJs from "decimal.js";
import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";

/** Our Decimal constructor: 100 significant digits, half-up rounding, plain notation. */
export const D: typeof DecimalJs = DecimalJs.clone({
  precision: 100,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -1000,
  toExpPos: 1000,
});

/** True for a decimal.js instance from any copy or clone of the library. */
export function isDecimalLike(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/**
 * Converts a number, bigint or Decimal to one of our Decimals; anything else (or a non-finite
 * number) is an `INVALID_ARGUMENT` error naming the function.
 */
export function toDecimal(value: unknown, fn: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw fail("INVALID_ARGUMENT", `${fn}: عدد متناهی لازم است`, `${fn}: a finite number is required`, { value });
    }
    return new D(value);
  }
  if (typeof value === "bigint") return new D(value.toString());
  if (isDecimalLike(value)) {
    if (!value.isFinite()) {
      throw fail("INVALID_ARGUMENT", `${fn}: عدد متناهی لازم است`, `${fn}: a finite number is required`, { value: value.toString() });
    }
    return new D(value);
  }
  throw fail("INVALID_ARGUMENT", `${fn}: عدد لازم است`, `${fn}: a number, bigint or Decimal is required`, {
    type: typeof value,
  });
}

/** Throws `INVALID_ARGUMENT` unless `value` is a string. */
export function expectString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== "string") {
    throw fail("INVALID_ARGUMENT", `${fn}: ورودی باید متن باشد`, `${fn}: the input must be a string`, {
      type: value === null ? "null" : typeof value,
    });
  }
}
