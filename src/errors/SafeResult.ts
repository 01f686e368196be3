import type { MahallehError } from "./MahallehError";

/**
 * What every `safeParseX` function returns: the value, or the error that `parseX` would
 * have thrown. Never throws.
 *
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: MahallehError };
