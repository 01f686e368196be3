/**
 * Colours for categories without an order (dimensions, indicators, schedule kinds): the
 * Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), distinguishable with
 * every common colour-vision deficiency. Charts with more than eight categories repeat it.
 *
 * @example
 * ```ts
 * import { CATEGORY_COLORS } from "mahalleh/charts";
 * CATEGORY_COLORS.length; // => 8
 * CATEGORY_COLORS[0]; // => "#E69F00"
 * ```
 *
 * @category Charts
 */
export const CATEGORY_COLORS: readonly string[] = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];
