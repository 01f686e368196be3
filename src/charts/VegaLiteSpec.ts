import type { ChartNote } from "./ChartNote";

/**
 * A Vega-Lite (v6) specification as plain JSON, ready for `vegaEmbed(el, spec)`, Altair's
 * `alt.Chart.from_dict(spec)` or `vega-lite`'s `compile`. Besides the Vega-Lite members, every
 * chart sets `description` (read by screen readers) and `usermeta` with what the chart left
 * out.
 *
 * @category Charts
 */
export interface VegaLiteSpec {
  /** The Vega-Lite schema URL (v6). */
  readonly $schema: string;
  /** A plain-language summary of the chart, for screen readers (`aria-label` of the SVG). */
  readonly description: string;
  /** What the chart could not draw or cut short. */
  readonly usermeta: {
    /** Notes about the data: units without location, geometry problems, rows left out. */
    readonly notes: readonly ChartNote[];
    /** True when the chart shows a part or a summary of its input (see `ChartOptions.limit`). */
    readonly aggregated: boolean;
  };
  /** The other Vega-Lite members (`data`, `mark`, `encoding`, `layer`, `config`…). */
  readonly [member: string]: unknown;
}
