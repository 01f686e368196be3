/**
 * Private: one indicator value read from a caller's table or panel. A value is a number
 * (`NaN` and `null` mean "missing"); anything else — a numeric string, a boolean, `undefined`,
 * ±Infinity — is refused with a coded error naming the unit, the indicator and the period, so
 * that no value is silently read as missing (the scoring engine refuses the same values).
 */
import { invalid } from "./_messages";

/**
 * The value as a double (`NaN` for missing), or throws `EVALUATION_INVALID_INPUT`. With
 * `infinite: "keep"` ±Infinity is returned as it is, for a caller whose engine refuses it
 * with its own error (the index: `INDEX_INVALID_TABLE`).
 */
export function cellValue(v: unknown, unit: string, indicator: string, period: string, infinite: "refuse" | "keep" = "refuse"): number {
  if (typeof v === "number") {
    if (infinite === "refuse" && (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY)) {
      throw invalid(`مقدار «${unit}»/«${indicator}» در دورهٔ ${period} بی‌نهایت است؛ برای مقدار گمشده null یا NaN بگذارید`, `the value of "${unit}"/"${indicator}" in period ${period} is infinite (${String(v)}); use null or NaN for a missing value`);
    }
    return v;
  }
  if (v === null) return Number.NaN;
  throw invalid(`مقدار «${unit}»/«${indicator}» در دورهٔ ${period} عدد نیست`, `the value of "${unit}"/"${indicator}" in period ${period} is not a number (${typeof v})`);
}
