/**
 * Error codes raised by `mahalleh/text`.
 *
 * @category Errors
 */
export type TextErrorCode = "TEXT_INVALID_INPUT";
