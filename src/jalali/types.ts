/**
 * A civil day of the Jalali (Solar Hijri, هجری شمسی) calendar: a plain readonly value, month
 * 1–12 (1 = Farvardin), no time and no time zone.
 *
 * @category Types
 */
export interface JalaliDate {
  /** Year, −61 … 3177 (e.g. 1403). */
  readonly year: number;
  /** Month 1–12: 1 = Farvardin (فروردین) … 12 = Esfand (اسفند). */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/**
 * A civil day of the (proleptic) Gregorian calendar, month 1–12. Same shape as
 * {@link JalaliDate}; no time and no time zone.
 *
 * @category Types
 */
export interface GregorianDate {
  /** Year (e.g. 2025). */
  readonly year: number;
  /** Month 1–12: 1 = January. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/**
 * A day of the week, Saturday = 0 (شنبه) … Friday = 6 (جمعه), as the Iranian week runs.
 *
 * @category Types
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Options of the functions that read or produce an instant (`Date`).
 *
 * @category Types
 */
export interface TimeZoneOptions {
  /**
   * IANA time zone in which the instant is read (e.g. `"Asia/Tehran"`, `"UTC"`).
   * Default `"Asia/Tehran"`. The host's zone is never used implicitly.
   */
  readonly timeZone?: string | undefined;
}

/**
 * A closed interval of days, `start` ≤ `end`.
 *
 * @category Types
 */
export interface JalaliInterval {
  /** First day (included). */
  readonly start: JalaliDate;
  /** Last day (included). */
  readonly end: JalaliDate;
}
