/**
 * Error codes raised by `mahalleh/text` (besides the common `INVALID_ARGUMENT`, raised when an
 * argument has the wrong type, e.g. an object where a string was expected).
 *
 * - `TEXT_INVALID_NUMBER`: the text is not a number written in digits (any of the three digit
 *   systems, «٬»/`,` thousands, «٫»/`.` decimal) or in Persian words.
 * - `TEXT_OUT_OF_RANGE`: the number is valid but outside what the function supports (e.g.
 *   `numberToWords` beyond 10^21, or a non-integer where an integer is needed).
 * - `TEXT_INVALID_NATIONAL_ID`: not a valid national ID (کد ملی): format, repeated digits or
 *   checksum; `details.reason` says which.
 * - `TEXT_INVALID_LEGAL_ID`: not a valid legal-entity ID (شناسه ملی); `details.reason`.
 * - `TEXT_INVALID_IBAN`: not a valid Iranian IBAN (شبا); `details.reason`.
 * - `TEXT_INVALID_MOBILE`: not an Iranian mobile number; `details.reason`.
 * - `TEXT_INVALID_POSTAL_CODE`: not a 10-digit postal code (or fails the strict rules).
 * - `TEXT_INVALID_MONEY`: an amount of money that cannot be read, or a fraction of a rial.
 * - `TEXT_MISSING_UNIT`: an amount without «ریال»/«تومان»/«همت» and no `defaultUnit` given.
 * - `TEXT_INVALID_WEIGHTS`: `allocateMoney` weights that are empty, negative, not
 *   finite or sum to zero.
 *
 * @category Errors
 */
export type TextErrorCode =
  | "TEXT_INVALID_NUMBER"
  | "TEXT_OUT_OF_RANGE"
  | "TEXT_INVALID_NATIONAL_ID"
  | "TEXT_INVALID_LEGAL_ID"
  | "TEXT_INVALID_IBAN"
  | "TEXT_INVALID_MOBILE"
  | "TEXT_INVALID_POSTAL_CODE"
  | "TEXT_INVALID_MONEY"
  | "TEXT_MISSING_UNIT"
  | "TEXT_INVALID_WEIGHTS";
