/**
 * Error codes raised by `mahalleh/monitoring`. Each error's `details` names the record
 * (`list`, `index`, `id`) and the `field` at fault where there is one.
 *
 * - `MONITORING_INVALID_INPUT`: an argument is not of the documented shape (not an array, an
 *   unknown `by` or `locale`, a threshold out of range, a KPI without finite numbers…).
 * - `MONITORING_INVALID_DATE`: a date (`asOf`, a deadline, a completion…) does not exist in
 *   the Jalali calendar or is not a `{ year, month, day }` value.
 * - `MONITORING_DATE_ORDER`: a resolution's date contradicts its session: a deadline (original
 *   or changed) not after the session day, a completion or a deadline change dated before it.
 * - `MONITORING_UNKNOWN_INTERVENTION`: a transaction refers to an intervention that is not in
 *   the list given.
 * - `MONITORING_INVALID_AMOUNT`: an amount of money is negative, not a `Decimal` or not in rials.
 *
 * @category Errors
 */
export type MonitoringErrorCode =
  | "MONITORING_INVALID_INPUT"
  | "MONITORING_INVALID_DATE"
  | "MONITORING_DATE_ORDER"
  | "MONITORING_UNKNOWN_INTERVENTION"
  | "MONITORING_INVALID_AMOUNT";
