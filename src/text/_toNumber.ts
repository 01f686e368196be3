import type { Decimal } from "decimal.js";
import { fail } from "../internal/safe";
import { preview } from "./_words";

/** The nearest double to a Decimal, or TEXT_OUT_OF_RANGE if it overflows. */
export function toNumber(value: Decimal, source: string): number {
  const result = Number(value.toString());
  if (!Number.isFinite(result)) {
    throw fail("TEXT_OUT_OF_RANGE", `عدد «${preview(source)}» بیش از حد بزرگ است`, `The number "${preview(source)}" is too large`, {
      input: preview(source),
    });
  }
  return result === 0 ? 0 : result;
}
