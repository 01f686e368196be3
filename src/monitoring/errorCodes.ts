/**
 * Error codes raised by `mahalleh/monitoring`.
 *
 * - `MONITORING_INVALID_INPUT`: an argument is not of the documented shape.
 *
 * @category Errors
 */
export type MonitoringErrorCode = "MONITORING_INVALID_INPUT";
