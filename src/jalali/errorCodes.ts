/**
 * Error codes raised by `mahalleh/jalali`.
 *
 * @category Errors
 */
export type JalaliErrorCode = "JALALI_INVALID_INPUT";
