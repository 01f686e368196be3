/**
 * The module's private decimal.js constructor. A clone, so that neither our configuration nor
 * a user's `Decimal.set()` leaks into the other (decimal.js docs, "Decimal.clone"). It is
 * created on first use: importing a module that never touches money costs nothing, and
 * bundlers drop decimal.js from a bundle that only checks identifiers or digits.
 */
import DecimalJs from "decimal.js";
import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";

// Nothing else of the text module is imported here: this file is an entry of its own in the
// build (tsup.config.ts), and whatever it imports would share its decimal.js-importing chunk.

let ctor: typeof DecimalJs | undefined;

/** Our Decimal constructor: 100 significant digits, half-up rounding, plain notation. */
export function decimalClass(): typeof DecimalJs {
  ctor ??= DecimalJs.clone({
    precision: 100,
    rounding: DecimalJs.ROUND_HALF_UP,
    toExpNeg: -1000,
    toExpPos: 1000,
  });
  return ctor;
}

/** A new Decimal of our clone. */
export function dec(value: DecimalJs.Value | Decimal): Decimal {
  return new (decimalClass())(value);
}

/** 10^power as one of our Decimals. */
export function tenTo(power: number): Decimal {
  return dec(10).pow(power);
}

/** decimal.js's ROUND_HALF_UP rounding mode (a constant: 4). */
export const ROUND_HALF_UP = 4;

/**
 * Converts a number, bigint or Decimal to one of our Decimals; anything else (or a non-finite
 * number) is an `INVALID_ARGUMENT` error naming the function.
 */
export function toDecimal(value: unknown, fn: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw fail("INVALID_ARGUMENT", `${fn}: عدد متناهی لازم است`, `${fn}: a finite number is required`, { value });
    }
    return dec(value);
  }
  if (typeof value === "bigint") return dec(value.toString());
  if (DecimalJs.isDecimal(value)) {
    if (!value.isFinite()) {
      throw fail("INVALID_ARGUMENT", `${fn}: عدد متناهی لازم است`, `${fn}: a finite number is required`, { value: value.toString() });
    }
    return dec(value);
  }
  throw fail("INVALID_ARGUMENT", `${fn}: عدد لازم است`, `${fn}: a number, bigint or Decimal is required`, {
    type: value === null ? "null" : Array.isArray(value) ? "array" : typeof value,
  });
}
