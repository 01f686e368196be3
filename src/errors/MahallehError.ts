import type { JalaliErrorCode } from "../jalali/errorCodes";
import type { ModelsErrorCode } from "../models/errorCodes";
import type { ScoringErrorCode } from "../scoring/errorCodes";
import type { PlanningErrorCode } from "../planning/errorCodes";
import type { MonitoringErrorCode } from "../monitoring/errorCodes";
import type { EvaluationErrorCode } from "../evaluation/errorCodes";
import type { ChartsErrorCode } from "../charts/errorCodes";
import type { TextErrorCode } from "../text/errorCodes";
import type { ValidationErrorCode } from "../validation/errorCodes";

/**
 * Codes shared by every module.
 *
 * - `INVALID_ARGUMENT`: an argument has the wrong type or shape (e.g. a number where a string
 *   was expected).
 * - `INTERNAL`: an unexpected exception, with the original as `cause`: a bug in mahalleh
 *   (please report it), or — from a never-throwing `safeX` form — the caller's own getter or
 *   `Proxy` in the input that threw.
 *
 * @category Errors
 */
export type CommonErrorCode = "INVALID_ARGUMENT" | "INTERNAL";

/**
 * Every stable error code the library can raise. Codes never change meaning between minor
 * versions; switch on them, not on messages.
 *
 * @category Errors
 */
export type MahallehErrorCode =
  | CommonErrorCode
  | JalaliErrorCode
  | TextErrorCode
  | ModelsErrorCode
  | ValidationErrorCode
  | ScoringErrorCode
  | PlanningErrorCode
  | MonitoringErrorCode
  | EvaluationErrorCode
  | ChartsErrorCode;

/**
 * A message in both of the library's languages.
 *
 * @category Errors
 */
export interface LocalizedMessage {
  /** Persian text (the default language of the programme's users). */
  readonly fa: string;
  /** English text. */
  readonly en: string;
}

/**
 * Options of {@link MahallehError}.
 *
 * @category Errors
 */
export interface MahallehErrorOptions {
  /** Machine-readable facts about the failure (the offending value, its position…). */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

const BRAND: symbol = Symbol.for("mahalleh.error");

/**
 * The one error type of the library: a stable {@link MahallehErrorCode}, a Persian and an
 * English message, optional `details` and `cause`. `message` is the English text. The
 * library's own errors write numbers in their Persian message with Persian digits
 * («سطر ۳»), except in what they quote («…», "…") and in Latin words such as "UTF-8".
 *
 * Use {@link isMahallehError} rather than `instanceof`: the ESM and CommonJS builds each
 * carry their own copy of this class.
 *
 * @example
 * ```ts
 * import { MahallehError, isMahallehError } from "mahalleh";
 * const error = new MahallehError("INVALID_ARGUMENT", { fa: "ورودی نامعتبر است", en: "Invalid input" });
 * error.code; // => "INVALID_ARGUMENT"
 * error.messages.fa; // => "ورودی نامعتبر است"
 * error.message; // => "Invalid input"
 * isMahallehError(error); // => true
 * ```
 *
 * @category Errors
 */
export class MahallehError extends Error {
  /** Always `"MahallehError"`. */
  override readonly name: "MahallehError" = "MahallehError";
  /** Stable machine-readable code. */
  readonly code: MahallehErrorCode;
  /** The message in Persian and English. */
  readonly messages: LocalizedMessage;
  /** Machine-readable facts about the failure. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /**
   * @param code - stable error code
   * @param messages - Persian and English messages
   * @param options - `details` and `cause`
   */
  constructor(code: MahallehErrorCode, messages: LocalizedMessage, options?: MahallehErrorOptions | undefined) {
    super(messages.en, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.messages = Object.freeze({ fa: messages.fa, en: messages.en });
    this.details = options?.details;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /**
   * The message in the given language.
   *
   * @param locale - `"fa"` or `"en"`
   * @returns the localized message
   */
  localized(locale: "fa" | "en"): string {
    return this.messages[locale];
  }
}

/**
 * True if `value` is a {@link MahallehError} from any copy of the library (ESM or CommonJS,
 * or another installed version), checked by a global brand rather than `instanceof`.
 *
 * @param value - anything
 * @returns whether it is a `MahallehError` (never throws, not even for a hostile Proxy)
 * @example
 * ```ts
 * import { isMahallehError } from "mahalleh";
 * isMahallehError(new Error("x")); // => false
 * isMahallehError(null); // => false
 * ```
 *
 * @category Errors
 */
export function isMahallehError(value: unknown): value is MahallehError {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false; // a Proxy whose get trap throws is not our error
  }
}
