/**
 * Options shared by every chart of `mahalleh/charts`.
 *
 * @category Charts
 */
export interface ChartOptions {
  /**
   * Language of titles, axes, legends and tooltips: `"fa"` (default: Persian text, Persian
   * digits, Jalali dates, right-to-left layout — value axes grow leftwards, labels on the
   * right) or `"en"`.
   */
  readonly locale?: "fa" | "en" | undefined;
  /** Chart title. Default: a title in the chosen language (see each chart). */
  readonly title?: string | undefined;
  /** Display names of units, indicators, dimensions or agencies by id. Default: the ids. */
  readonly labels?: Readonly<Record<string, string>> | undefined;
  /** Plot width in pixels. Default 480. */
  readonly width?: number | undefined;
  /** Plot height in pixels. Default: 18 pixels per row (charts with rows), else 360. */
  readonly height?: number | undefined;
  /**
   * At most this many rows (units, items, agencies) are drawn; beyond it the chart keeps the
   * first rows in its order (most deprived first), says so in its subtitle and sets
   * `usermeta.aggregated`. Default 50.
   */
  readonly limit?: number | undefined;
}
