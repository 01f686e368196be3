import type { MahallehError } from "./MahallehError";

/**
 * The successful branch of a {@link SafeResult}.
 *
 * @category Errors
 */
export interface SafeSuccess<T> {
  /** Always `true`. */
  readonly success: true;
  /** The parsed value. */
  readonly data: T;
}

/**
 * The failed branch of a {@link SafeResult}.
 *
 * @category Errors
 */
export interface SafeFailure {
  /** Always `false`. */
  readonly success: false;
  /** The error that the throwing twin (`parseX`) would have thrown. */
  readonly error: MahallehError;
}

/**
 * What every `safeParseX` function returns: the value, or the error that `parseX` would
 * have thrown. Never throws.
 *
 * @category Errors
 */
export type SafeResult<T> = SafeSuccess<T> | SafeFailure;
