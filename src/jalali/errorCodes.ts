/**
 * Error codes raised by `mahalleh/jalali` (besides the common `INVALID_ARGUMENT`, raised when
 * an argument has the wrong type: a string where a date object was expected, a non-integer
 * amount, an invalid `Date`, an unknown option value).
 *
 * - `JALALI_INVALID_DATE`: the fields do not name a real day: month 13, day 32, 30 Esfand of
 *   a common year, 30 February in a Gregorian input. `details` holds the fields.
 * - `JALALI_OUT_OF_RANGE`: the date lies outside the exact range of the calendar, Jalali years
 *   −61 … 3177 (Borkowski's range; Gregorian 560-03-20 … 3799-03-20), or arithmetic left it.
 * - `JALALI_UNPARSABLE`: `parseJalali` could not read the text as a date;
 *   `details.reason` says why.
 * - `JALALI_WEEKDAY_MISMATCH`: the text names a weekday that contradicts its date
 *   («سه‌شنبه ۲۷ اسفند ۱۴۰۳», but that day is a Monday). Never silently fixed.
 * - `JALALI_INVALID_TIME_ZONE`: `timeZone` is not an IANA zone known to the runtime.
 * - `JALALI_INVALID_PATTERN`: a `formatJalali` pattern holds an unknown token (unquoted
 *   ASCII letters other than the documented tokens).
 * - `JALALI_INVALID_INTERVAL`: an interval whose end precedes its start (also `ageOn` with
 *   a date before the birth date).
 *
 * @category Errors
 */
export type JalaliErrorCode =
  | "JALALI_INVALID_DATE"
  | "JALALI_OUT_OF_RANGE"
  | "JALALI_UNPARSABLE"
  | "JALALI_WEEKDAY_MISMATCH"
  | "JALALI_INVALID_TIME_ZONE"
  | "JALALI_INVALID_PATTERN"
  | "JALALI_INVALID_INTERVAL";
