/**
 * Decimal recognition and string checks without importing decimal.js, so that identifier and
 * digit functions tree-shake away from the money code (issue 11: `isValidNationalId` alone
 * must not pull decimal.js into a bundle).
 */
import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";

/**
 * True for a decimal.js instance from any copy or clone of the library: the same test as
 * `Decimal.isDecimal` (every decimal.js prototype carries `toStringTag: "[object Decimal]"`),
 * without a reference to the library. A value whose property read throws (a hostile Proxy or
 * getter) is not a Decimal.
 */
export function isDecimalLike(value: unknown): value is Decimal {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as { toStringTag?: unknown }).toStringTag === "[object Decimal]";
  } catch {
    return false;
  }
}

/** The type of a value for error details (`"null"` for null, `"array"` for arrays). */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Throws `INVALID_ARGUMENT` unless `value` is a string. */
export function expectString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== "string") {
    throw fail("INVALID_ARGUMENT", `${fn}: ورودی باید متن باشد`, `${fn}: the input must be a string`, {
      type: typeName(value),
    });
  }
}
