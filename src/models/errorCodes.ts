/**
 * Error codes raised by `mahalleh/models`.
 *
 * @category Errors
 */
export type ModelsErrorCode = "MODELS_INVALID_INPUT";
