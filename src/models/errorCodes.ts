/**
 * Error codes raised by `mahalleh/models`, both as the `code` of a thrown
 * {@link MahallehError} (e.g. by `parseJalaliPeriod`) and as `params.code` of the zod issues
 * that the model schemas report (see `docs/models.md`, "Issue format").
 *
 * - `MODELS_INVALID_INPUT`: an argument of a models function has the wrong type or shape.
 * - `MODELS_REQUIRED`: a required field is missing, `null` or blank.
 * - `MODELS_INVALID_TYPE`: a field holds a value of the wrong kind (an object where text was
 *   expected, a number where a list was expected…).
 * - `MODELS_INVALID_NUMBER`: a numeric field could not be read as a number (also for `NaN`
 *   and infinities).
 * - `MODELS_NOT_INTEGER`: a count (population, households, votes…) has a fractional part.
 * - `MODELS_OUT_OF_RANGE`: a number is outside its allowed range (negative counts,
 *   percentages outside 0–100, coordinates outside the globe, session number below 1, a
 *   KPI's target on the worse side of its baseline for its `direction`…).
 * - `MODELS_INVALID_TEXT`: a text field is too long or empty after normalisation.
 * - `MODELS_INVALID_ID`: an identifier does not match its pattern.
 * - `MODELS_INVALID_DATE`: a Jalali date is malformed or does not exist (e.g. 1403/07/31).
 * - `MODELS_INVALID_PERIOD`: a Jalali period is not `YYYY`, `YYYY-Qn` or `YYYY-MM`.
 * - `MODELS_INVALID_MONEY`: an amount of money could not be read or is negative.
 * - `MODELS_UNKNOWN_VALUE`: a value is not one of the catalogue's allowed values.
 * - `MODELS_UNKNOWN_PROVINCE`: a province code or name is not one of the 31 provinces.
 * - `MODELS_INVALID_LOCATION`: a location is not a valid GeoJSON Point or Polygon.
 * - `MODELS_DATE_ORDER`: dates are in the wrong order (end before start, a resolution's
 *   deadline not after its session).
 * - `MODELS_EXCEEDS_TOTAL`: a part exceeds its whole (households above population, actual
 *   beneficiaries above the population served, votes above participants).
 * - `MODELS_MISSING_REASON`: an observation is missing (`value: null`) without a reason, or
 *   carries a reason while having a value.
 * - `MODELS_INVALID_AGE_RANGE`: an age range has `min` above `max` or negative ages.
 * - `MODELS_DUPLICATE`: a list holds the same item twice (or the lead agency is also listed
 *   as a partner).
 *
 * @category Errors
 */
export type ModelsErrorCode =
  | "MODELS_INVALID_INPUT"
  | "MODELS_REQUIRED"
  | "MODELS_INVALID_TYPE"
  | "MODELS_INVALID_NUMBER"
  | "MODELS_NOT_INTEGER"
  | "MODELS_OUT_OF_RANGE"
  | "MODELS_INVALID_TEXT"
  | "MODELS_INVALID_ID"
  | "MODELS_INVALID_DATE"
  | "MODELS_INVALID_PERIOD"
  | "MODELS_INVALID_MONEY"
  | "MODELS_UNKNOWN_VALUE"
  | "MODELS_UNKNOWN_PROVINCE"
  | "MODELS_INVALID_LOCATION"
  | "MODELS_DATE_ORDER"
  | "MODELS_EXCEEDS_TOTAL"
  | "MODELS_MISSING_REASON"
  | "MODELS_INVALID_AGE_RANGE"
  | "MODELS_DUPLICATE";
