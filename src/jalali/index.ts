/**
 * `mahalleh/jalali`: an exact, host-zone-free Jalali (Solar Hijri) calendar that reads what
 * Iranians write.
 *
 * @packageDocumentation
 * @module mahalleh/jalali
 */
export { MahallehError, isMahallehError } from "../errors/index";
export type { MahallehErrorCode, SafeFailure, SafeResult, SafeSuccess } from "../errors/index";
export type { JalaliErrorCode } from "./errorCodes";
export type { GregorianDate, JalaliDate, JalaliInterval, TimeZoneOptions, Weekday } from "./types";
export { toJalali } from "./toJalali";
export { toGregorian } from "./toGregorian";
export { toDate } from "./toDate";
export { toDayNumber } from "./toDayNumber";
export { fromDayNumber } from "./fromDayNumber";
export { todayJalali } from "./todayJalali";
export { isLeapJalaliYear } from "./isLeapJalaliYear";
export { jalaliMonthLength } from "./jalaliMonthLength";
export { isValidJalaliDate } from "./isValidJalaliDate";
export { parseJalali } from "./parseJalali";
export type { ParseJalaliOptions } from "./parseJalali";
export { safeParseJalali } from "./safeParseJalali";
export { formatJalali } from "./formatJalali";
export type { FormatJalaliOptions } from "./formatJalali";
export { addDays } from "./addDays";
export { addMonths } from "./addMonths";
export { addYears } from "./addYears";
export { differenceInDays } from "./differenceInDays";
export { compareJalali } from "./compareJalali";
export { isBefore } from "./isBefore";
export { isAfter } from "./isAfter";
export { isSame } from "./isSame";
export { weekday } from "./weekday";
export { startOfWeek } from "./startOfWeek";
export { startOfMonth } from "./startOfMonth";
export { endOfMonth } from "./endOfMonth";
export { eachDayOfInterval } from "./eachDayOfInterval";
export { ageOn } from "./ageOn";
export { fiscalYear } from "./fiscalYear";
export { fiscalQuarter } from "./fiscalQuarter";
export { createWorkCalendar } from "./createWorkCalendar";
export type { WorkCalendar, WorkCalendarOptions } from "./createWorkCalendar";
export { SOLAR_HOLIDAYS } from "./solarHolidays";
export type { SolarHoliday } from "./solarHolidays";
