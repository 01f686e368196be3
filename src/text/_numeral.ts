/**
 * Reading numerals written in digits: any of the three digit systems, «٬» U+066C or `,`
 * between groups of three, «٫» U+066B or `.` (optionally `/`) as the decimal separator.
 * A hand loop, linear in the input.
 */
import { digitValue } from "../internal/chars";

const GROUP_SEPARATORS = new Set([0x066c, 0x2c]);

/**
 * The plain Latin decimal text ("1234.5") of an unsigned numeral occupying the whole of
 * `text`, or `null` if `text` is not one. Grouping, when present, must be regular (1–3 digits,
 * then groups of exactly 3, before the decimal separator). Latin scientific notation
 * (`1.25E+06`, exponent of at most 3 digits, no grouping) is returned as `1.25e06`.
 */
export function readNumeral(text: string, slashDecimal: boolean): string | null {
  let intDigits = "";
  let fracDigits = "";
  let inFraction = false;
  let grouped = false;
  let groupLength = 0; // digits since the last group separator
  let firstGroup = -1; // length of the first group, once a separator is seen
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = digitValue(code);
    if (value >= 0) {
      if (inFraction) fracDigits += value;
      else {
        intDigits += value;
        groupLength++;
      }
      continue;
    }
    if (!inFraction && GROUP_SEPARATORS.has(code)) {
      if (groupLength === 0) return null;
      if (!grouped) {
        if (groupLength > 3) return null;
        firstGroup = groupLength;
        grouped = true;
      } else if (groupLength !== 3) return null;
      groupLength = 0;
      continue;
    }
    if (!inFraction && (code === 0x066b || code === 0x2e || (slashDecimal && code === 0x2f))) {
      if (grouped && groupLength !== 3) return null;
      inFraction = true;
      continue;
    }
    if ((code === 0x65 || code === 0x45) && !grouped && (intDigits.length > 0 || fracDigits.length > 0)) {
      // Scientific notation as spreadsheets export it: 1.25E+06 (exponent of 1–3 digits).
      const exponent = /^[eE]([+-]?)(\d{1,3})$/.exec(text.slice(i));
      if (exponent === null || (inFraction && fracDigits.length === 0)) return null;
      const mantissa = `${intDigits || "0"}${fracDigits.length > 0 ? `.${fracDigits}` : ""}`;
      return `${mantissa}e${exponent[1] === "-" ? "-" : ""}${exponent[2] as string}`;
    }
    return null;
  }
  if (!inFraction && grouped && groupLength !== 3) return null;
  if (grouped && firstGroup < 1) return null;
  if (inFraction && fracDigits.length === 0) return null;
  if (intDigits.length === 0 && fracDigits.length === 0) return null;
  if (intDigits.length === 0) intDigits = "0";
  return fracDigits.length > 0 ? `${intDigits}.${fracDigits}` : intDigits;
}

/** True if the code unit is a digit of any system (the start of a numeral token). */
export function startsNumeral(text: string): boolean {
  const code = text.charCodeAt(0);
  return digitValue(code) >= 0 || code === 0x066b || code === 0x2e;
}
