/**
 * Error codes raised by `mahalleh/validation`.
 *
 * @category Errors
 */
export type ValidationErrorCode = "VALIDATION_INVALID_INPUT";
