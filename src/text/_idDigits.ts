import { digitValue } from "../internal/chars";

/**
 * The Latin digits of an identifier typed by a person: digits of any system, with blanks,
 * ZWNJ, bidi marks, `-`, `_`, `.` and `/` ignored; `null` if any other character appears.
 * A non-negative safe integer or bigint (an ID stored as a number) gives its digits;
 * other types give `null`. Stops at the 65th digit (no identifier is that long), so the
 * cost is bounded whatever the input's length.
 */
const MAX_DIGITS = 64;

export function idDigits(input: unknown): string | null {
  // Spreadsheets store IDs as numbers and drop the leading zeros: accept non-negative integers.
  if (typeof input === "number") return Number.isSafeInteger(input) && input >= 0 ? String(input) : null;
  if (typeof input === "bigint") return input >= 0n ? input.toString() : null;
  if (typeof input !== "string") return null;
  let out = "";
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const value = digitValue(code);
    if (value >= 0) {
      if (out.length === MAX_DIGITS) return null;
      out += value;
      continue;
    }
    if (isIgnorable(code)) continue;
    return null;
  }
  return out;
}

/** Separators people put inside identifiers. */
export function isIgnorable(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x2d ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2f ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2212 ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x202a && code <= 0x202f) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}
