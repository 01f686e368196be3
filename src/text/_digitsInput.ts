import { fail } from "../internal/safe";
import { isDecimalLike } from "./_isDecimal";

/** The text of a digits-conversion input: strings as they are, finite numbers and bigints in plain decimal notation. */
export function digitsInput(value: unknown, fn: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" && Number.isFinite(value)) return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  if (isDecimalLike(value) && value.isFinite()) return value.toFixed();
  throw fail("INVALID_ARGUMENT", `${fn}: متن یا عدد متناهی لازم است`, `${fn}: a string or a finite number is required`, {
    type: value === null ? "null" : typeof value,
  });
}
