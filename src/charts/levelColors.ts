import { failAsWritten as fail } from "../internal/safe";
import { persianDigits } from "../internal/chars";

// ColorBrewer "YlOrRd" (Cynthia Brewer, colorbrewer2.org), flagged colour-blind safe for 3–9
// classes, light to dark; reversed below so that level 1 (most deprived) is the darkest.
const YL_OR_RD: Readonly<Record<number, string>> = {
  3: "ffeda0 feb24c f03b20",
  4: "ffffb2 fecc5c fd8d3c e31a1c",
  5: "ffffb2 fecc5c fd8d3c f03b20 bd0026",
  6: "ffffb2 fed976 feb24c fd8d3c f03b20 bd0026",
  7: "ffffb2 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
  8: "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
  9: "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026",
};

/**
 * The colours of deprivation levels, level 1 (most deprived) first: ColorBrewer's
 * sequential "YlOrRd" scheme (Cynthia Brewer, colorbrewer2.org), which ColorBrewer marks safe
 * for colour-blind readers, from dark red (most deprived) to light yellow (least). The levels
 * are in a sequential order, so the order of lightness matches the order of deprivation
 * and survives greyscale printing. One or two levels use the darkest colours of the
 * three-class scheme.
 *
 * @param count - number of levels, 1 to 9
 * @returns `count` CSS colours, level 1 first
 * @throws MahallehError `CHARTS_INVALID_INPUT` when `count` is not an integer from 1 to 9
 * @example
 * ```ts
 * import { levelColors } from "mahalleh/charts";
 * levelColors(5); // => ["#bd0026", "#f03b20", "#fd8d3c", "#fecc5c", "#ffffb2"]
 * levelColors(3)[0]; // => "#f03b20"
 * ```
 *
 * @category Charts
 */
export function levelColors(count: number): readonly string[] {
  if (!Number.isInteger(count) || count < 1 || count > 9) {
    throw fail("CHARTS_INVALID_INPUT", `شمار سطح‌ها باید از ۱ تا ۹ باشد (${persianDigits(String(count))})`, `The number of levels must be 1 to 9 (${count})`, { count });
  }
  const scheme = (YL_OR_RD[Math.max(3, count)] as string).split(" ").map((c) => `#${c}`).reverse();
  return scheme.slice(0, count);
}
