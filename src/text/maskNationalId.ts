import { fail } from "../internal/safe";
import { idDigits } from "./_idDigits";

/**
 * Options of {@link maskNationalId}.
 *
 * @category Identifiers
 */
export interface MaskNationalIdOptions {
  /** Digits left visible at the start. Default `3`. */
  readonly visibleStart?: number | undefined;
  /** Digits left visible at the end. Default `2`. */
  readonly visibleEnd?: number | undefined;
  /** The masking character. Default `"*"`. */
  readonly mask?: string | undefined;
  /** Digit system of the visible digits: `"latin"` (default) or `"persian"`. */
  readonly digits?: "latin" | "persian" | undefined;
}

/**
 * Masks a national ID for display, keeping only a few digits: `0499370899` → `049*****99`.
 * The checksum is not verified (an invalid ID must not be shown either), only the format.
 *
 * @param input - an ID of 8–10 digits in any digit system (or a number)
 * @param options - see {@link MaskNationalIdOptions}
 * @returns the masked, 10-character ID
 * @throws MahallehError `TEXT_INVALID_NATIONAL_ID` if it is not 8–10 digits;
 *   `INVALID_ARGUMENT` for bad options
 * @example
 * ```ts
 * import { maskNationalId } from "mahalleh/text";
 * maskNationalId("0499370899"); // => "049*****99"
 * maskNationalId("۰۴۹۹۳۷۰۸۹۹", { digits: "persian", visibleStart: 0 }); // => "********۹۹"
 * ```
 *
 * @category Identifiers
 */
export function maskNationalId(input: string | number, options?: MaskNationalIdOptions | undefined): string {
  const start = options?.visibleStart ?? 3;
  const end = options?.visibleEnd ?? 2;
  const mask = options?.mask ?? "*";
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0 || start + end > 10 || typeof mask !== "string") {
    throw fail("INVALID_ARGUMENT", "maskNationalId: گزینه‌ها نامعتبرند", "maskNationalId: visibleStart and visibleEnd must be integers ≥ 0 with a sum ≤ 10", {
      visibleStart: start,
      visibleEnd: end,
    });
  }
  const digits = idDigits(input);
  if (digits === null || digits.length < 8 || digits.length > 10) {
    throw fail("TEXT_INVALID_NATIONAL_ID", "کد ملی نامعتبر است: باید ۸ تا ۱۰ رقم باشد", "Invalid national ID: it must have 8 to 10 digits", {
      reason: "format",
    });
  }
  const id = digits.padStart(10, "0");
  let out = "";
  for (let i = 0; i < 10; i++) {
    if (i < start || i >= 10 - end) {
      const d = id.charCodeAt(i) - 48;
      out += options?.digits === "persian" ? String.fromCharCode(0x06f0 + d) : String(d);
    } else out += mask;
  }
  return out;
}
