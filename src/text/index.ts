/**
 * `mahalleh/text`: Persian text and digits, numbers in words, Iranian identifiers and money
 * in rials. The one place where spreadsheet and news-report mess («۱۲٬۵۰۰ میلیارد ریال»,
 * Arabic ي/ك, three digit systems) becomes clean, exact values.
 *
 * @packageDocumentation
 * @module mahalleh/text
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { TextErrorCode } from "./errorCodes";

export { normalizePersian } from "./normalizePersian";
export type { NormalizePersianOptions } from "./normalizePersian";

export { toPersianDigits } from "./toPersianDigits";
export { toLatinDigits } from "./toLatinDigits";
export { parseNumber, safeParseNumber } from "./parseNumber";
export type { ParseNumberOptions } from "./parseNumber";
export { formatNumber } from "./formatNumber";
export type { FormatNumberOptions } from "./formatNumber";

export { numberToWords } from "./numberToWords";
export type { NumberToWordsOptions } from "./numberToWords";
export { ordinalWords } from "./ordinalWords";
export type { OrdinalWordsOptions } from "./ordinalWords";
export { wordsToNumber, safeWordsToNumber } from "./wordsToNumber";

export { isValidNationalId } from "./isValidNationalId";
export { parseNationalId, safeParseNationalId } from "./parseNationalId";
export { maskNationalId } from "./maskNationalId";
export type { MaskNationalIdOptions } from "./maskNationalId";
export { isValidLegalId } from "./isValidLegalId";
export { parseLegalId, safeParseLegalId } from "./parseLegalId";
export { isValidIban } from "./isValidIban";
export { parseIban, safeParseIban } from "./parseIban";
export type { Iban } from "./parseIban";
export { isValidMobile } from "./isValidMobile";
export type { MobileOptions } from "./isValidMobile";
export { parseMobile, safeParseMobile } from "./parseMobile";
export type { Mobile, MobileOperator } from "./parseMobile";
export { isValidPostalCode } from "./isValidPostalCode";
export type { PostalCodeOptions } from "./isValidPostalCode";
export { parsePostalCode, safeParsePostalCode } from "./parsePostalCode";

export type { Decimal, MoneyUnit, Rials } from "./Rials";
export { parseMoney, safeParseMoney } from "./parseMoney";
export type { ParseMoneyOptions } from "./parseMoney";
export { formatMoney } from "./formatMoney";
export type { FormatMoneyOptions } from "./formatMoney";
export { sumMoney } from "./sumMoney";
export { allocateMoney } from "./allocateMoney";
