import { MahallehError, isMahallehError } from "../errors/MahallehError";
import { persianDigitsInProse } from "./chars";
import type { SafeResult } from "../errors/SafeResult";

/**
 * Runs a throwing parser and returns its result as a {@link SafeResult}. A foreign exception
 * (a bug) becomes an `INTERNAL` MahallehError rather than escaping.
 */
export function toSafe<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    return { success: false, error: asMahallehError(error) };
  }
}

/** Wraps anything thrown into a MahallehError (identity for MahallehErrors). */
export function asMahallehError(error: unknown): MahallehError {
  if (isMahallehError(error)) return error;
  return new MahallehError(
    "INTERNAL",
    { fa: "خطای داخلی کتابخانه؛ لطفاً گزارش دهید", en: "Internal error in mahalleh; please report it" },
    { cause: error },
  );
}

/** Shorthand to build a MahallehError. */
export function fail(
  code: ConstructorParameters<typeof MahallehError>[0],
  fa: string,
  en: string,
  details?: Readonly<Record<string, unknown>>,
  cause?: unknown,
): MahallehError {
  // Persian lines use Persian digits: «سطر 3» reads «سطر ۳» (quoted data keeps its digits)
  const messages = { fa: persianDigitsInProse(fa), en };
  if (cause !== undefined) return new MahallehError(code, messages, { details, cause });
  return new MahallehError(code, messages, details === undefined ? undefined : { details });
}

/**
 * {@link fail} for messages whose Persian text already writes its numbers in Persian digits
 * (no digit pass): for the modules with the smallest size budgets (charts).
 */
export function failAsWritten(code: ConstructorParameters<typeof MahallehError>[0], fa: string, en: string, details?: Readonly<Record<string, unknown>>): MahallehError {
  return new MahallehError(code, { fa, en }, details === undefined ? undefined : { details });
}
