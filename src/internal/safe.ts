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

/**
 * Wraps anything thrown into a MahallehError (identity for MahallehErrors). A foreign exception
 * is either a bug in mahalleh or the caller's own (a getter or `Proxy` in the input that
 * threw): the two cannot be told apart, so the message says both and quotes the original's
 * message, read defensively (the exception itself may be hostile).
 */
export function asMahallehError(error: unknown): MahallehError {
  if (isMahallehError(error)) return error;
  const what = messageOf(error);
  const quoted = what === "" ? "" : ` (${what})`;
  return new MahallehError(
    "INTERNAL",
    {
      fa: `خطای پیش‌بینی‌نشده${quoted}: از getter یا Proxy ورودی شما، یا خطای کتابخانه (لطفاً گزارش دهید)`,
      en: `Unexpected exception${quoted}: from a getter or Proxy in your input, or a bug in mahalleh (please report it)`,
    },
    { cause: error },
  );
}

/** The message of a thrown value, at most 200 characters, or "" when it cannot be read safely. */
function messageOf(error: unknown): string {
  try {
    const raw: unknown = typeof error === "string" ? error : (error as Error).message;
    return typeof raw === "string" ? raw.slice(0, 200) : "";
  } catch {
    return "";
  }
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
