import { fail } from "../internal/safe";
import { checkOptions } from "./_matrix";

/**
 * The three measured shares of an urban block (each a fraction in [0, 1]).
 *
 * @category Planners' methods
 */
export interface WornOutFabricInput {
  /** Share of the block's buildings that are unstable (ناپایدار, without a structural system). */
  readonly unstableShare: number;
  /** Share of the block's parcels smaller than 200 m² (ریزدانه). */
  readonly smallParcelShare: number;
  /** Share of the block's passages narrower than 6 m (نفوذناپذیر). */
  readonly narrowPassageShare: number;
}

/**
 * The verdict of {@link classifyWornOutFabric}.
 *
 * @category Planners' methods
 */
export interface WornOutFabricResult {
  /** ناپایداری: more than 50% of buildings are unstable. */
  readonly unstable: boolean;
  /** ریزدانگی: more than 50% of parcels are under 200 m². */
  readonly fineGrained: boolean;
  /** نفوذناپذیری: more than 50% of passages are under 6 m wide. */
  readonly impermeable: boolean;
  /** بافت فرسوده: all three criteria hold. */
  readonly wornOut: boolean;
}

/**
 * Classifies an urban block by the three criteria of worn-out urban fabric (بافت فرسوده)
 * adopted by the Supreme Council of Urban Planning and Architecture on 1385/02/11
 * (= 2006-05-01): instability, fine grain and impermeability, each "more than 50%" — strict
 * inequalities, so a share of exactly 0.5 does not qualify. A block is worn-out when all three
 * hold.
 *
 * @param input - the three shares as fractions in [0, 1], see {@link WornOutFabricInput}
 * @returns each criterion and the overall verdict
 * @throws {@link MahallehError} `SCORING_BAD_OPTION` (not an object), `SCORING_NON_FINITE`
 *   or `SCORING_OUT_OF_RANGE` (a share outside [0, 1]; give 0.62, not 62)
 * @example
 * ```ts
 * import { classifyWornOutFabric } from "mahalleh/scoring";
 * classifyWornOutFabric({ unstableShare: 0.7, smallParcelShare: 0.8, narrowPassageShare: 0.55 }).wornOut; // => true
 * // exactly 50% small parcels is not "more than 50%"
 * const block = { unstableShare: 0.7, smallParcelShare: 0.5, narrowPassageShare: 0.9 };
 * classifyWornOutFabric(block); // => { unstable: true, fineGrained: false, impermeable: true, wornOut: false }
 * classifyWornOutFabric({ unstableShare: 70, smallParcelShare: 80, narrowPassageShare: 55 }); // throws SCORING_OUT_OF_RANGE
 * ```
 *
 * @category Planners' methods
 */
export function classifyWornOutFabric(input: WornOutFabricInput): WornOutFabricResult {
  const fn = "classifyWornOutFabric";
  const o = checkOptions(input, fn, true);
  const share = (key: keyof WornOutFabricInput): number => {
    const v = o[key];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw fail(
        "SCORING_NON_FINITE",
        `${fn}: «${key}» باید عددی متناهی باشد`,
        `${fn}: "${key}" must be a finite number`,
        { fn, field: key },
      );
    }
    if (v < 0 || v > 1) {
      throw fail(
        "SCORING_OUT_OF_RANGE",
        `${fn}: «${key}» باید کسری میان ۰ و ۱ باشد (${v})؛ درصد را بر ۱۰۰ تقسیم کنید`,
        `${fn}: "${key}" must be a fraction between 0 and 1 (got ${v}); divide percentages by 100`,
        { fn, field: key, value: v },
      );
    }
    return v;
  };
  const unstable = share("unstableShare") > 0.5;
  const fineGrained = share("smallParcelShare") > 0.5;
  const impermeable = share("narrowPassageShare") > 0.5;
  return { unstable, fineGrained, impermeable, wornOut: unstable && fineGrained && impermeable };
}
