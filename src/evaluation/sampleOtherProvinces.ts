import type { ObservationLike } from "../scoring/index";
import { invalid } from "./_messages";
import { normal, seededRandom } from "./_random";

/**
 * A neighbourhood of {@link sampleOtherProvinces}: what {@link compareGroups} needs.
 *
 * @category Evaluation
 */
export interface SampleProvinceNeighbourhood {
  /** Id, e.g. `"ir23-007"`. */
  readonly id: string;
  /** Invented name, in Persian. */
  readonly nameFa: string;
  /** Province (ISO 3166-2:IR 2020 code). */
  readonly provinceCode: string;
  /** Residents. */
  readonly population: number;
}

/**
 * The result of {@link sampleOtherProvinces}.
 *
 * @category Evaluation
 */
export interface OtherProvincesSample {
  /** Always `true`: invented figures, not official statistics. */
  readonly synthetic: true;
  /** What the set is, in English. */
  readonly description: string;
  /** The seed it was generated from. */
  readonly seed: number;
  /** Neighbourhoods of Tehran (IR-23), Qazvin (IR-26), Markazi (IR-00) and Zanjan (IR-19). */
  readonly neighbourhoods: readonly SampleProvinceNeighbourhood[];
  /** Every reference indicator in every neighbourhood and reference period. */
  readonly observations: readonly ObservationLike[];
}

/** What {@link sampleOtherProvinces} copies from the reference panel (the models' `sampleDataset` fits). */
export interface OtherProvincesReference {
  /** The reference observations: their indicators, periods and value ranges are copied. */
  readonly observations: readonly ObservationLike[];
  /** Each indicator's direction (+1: a higher value is more deprived). */
  readonly indicators: readonly {
    /** Indicator id. */
    readonly id: string;
    /** +1 or −1. */
    readonly direction: 1 | -1;
  }[];
}

/** [code, Persian name, neighbourhoods, mean latent deprivation 0–1]. */
const PROVINCES: readonly (readonly [string, string, number, number])[] = [
  ["IR-23", "تهران", 24, 0.42],
  ["IR-26", "قزوین", 14, 0.5],
  ["IR-00", "مرکزی", 12, 0.52],
  ["IR-19", "زنجان", 10, 0.56],
];
const WORDS: readonly string[] = ["نو", "آباد", "باغ", "چشمه", "دشت", "شهرک", "قلعه", "کوی", "محله", "دروازه"];

/** Latent improvement per period (the pilot sample improves about 0.05 from 1401 to 1403). */
const IMPROVEMENT_PER_PERIOD = 0.01;

/**
 * A small **synthetic** comparison set for pilot-vs-other-provinces walk-throughs — **not
 * official data**: 60 neighbourhoods in Tehran (IR-23, 24), Qazvin (IR-26, 14), Markazi
 * (IR-00, 12) and Zanjan (IR-19, 10), generated from a fixed seed to look like a reference
 * panel: the same indicators, the same periods and each indicator's value range in the
 * reference (its best value for a latent deprivation of 0, its worst for 1). Each
 * neighbourhood draws a latent deprivation around its province's mean (0.42, 0.50, 0.52, 0.56;
 * SD 0.15) and a population of 2,000–30,000 (log-uniform); each indicator adds its own noise
 * (SD 0.09) and each period more noise (SD 0.025), and every province improves by 0.01 of the
 * latent scale per period — slower than the pilot sample, whose neighbourhoods improve by
 * about 0.05 from 1401 to 1403 (0.02 to 1402, then 0.015–0.045). Values are rounded to one decimal, or two for indicators whose range
 * is under 5. The models' Alborz `sampleDataset` is the intended reference and is not
 * changed.
 *
 * @param reference - the panel to imitate (indicators with directions, observations)
 * @param seed - the generator's seed; default 1403
 * @returns the neighbourhoods and observations, in province order
 * @throws MahallehError `EVALUATION_INVALID_INPUT` for a reference without observations or
 *   with an indicator that has no direction or no observed value
 * @example
 * ```ts
 * import { sampleOtherProvinces } from "mahalleh/evaluation";
 * const reference = {
 *   indicators: [{ id: "unemployment", direction: 1 as const }],
 *   observations: [
 *     { neighbourhoodId: "a", indicatorId: "unemployment", period: "1401", value: 8 },
 *     { neighbourhoodId: "b", indicatorId: "unemployment", period: "1403", value: 30 },
 *   ],
 * };
 * const others = sampleOtherProvinces(reference);
 * others.neighbourhoods.length; // => 60
 * others.observations.length; // => 120
 * others.observations.every((o) => o.value !== null && o.value >= 8 && o.value <= 30); // => true
 * ```
 *
 * @category Evaluation
 */
export function sampleOtherProvinces(reference: OtherProvincesReference, seed = 1403): OtherProvincesSample {
  if (typeof reference !== "object" || reference === null || !Array.isArray(reference.observations) || !Array.isArray(reference.indicators)) {
    throw invalid("نمونهٔ مرجع باید مشاهده‌ها و شاخص‌ها را داشته باشد", "the reference needs observations and indicators");
  }
  const periods = [...new Set(reference.observations.map((o) => o.period))].sort();
  if (periods.length === 0) throw invalid("نمونهٔ مرجع مشاهده ندارد", "the reference has no observations");
  const ranges = reference.indicators.map((ind) => {
    if (ind.direction !== 1 && ind.direction !== -1) throw invalid(`جهت شاخص «${ind.id}» معلوم نیست`, `indicator "${ind.id}" has no direction`);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const o of reference.observations) {
      if (o.indicatorId !== ind.id || typeof o.value !== "number" || !Number.isFinite(o.value)) continue;
      if (o.value < min) min = o.value;
      if (o.value > max) max = o.value;
    }
    if (!(max >= min)) throw invalid(`شاخص «${ind.id}» در نمونهٔ مرجع مقداری ندارد`, `indicator "${ind.id}" has no value in the reference`);
    const [best, worst] = ind.direction === 1 ? [min, max] : [max, min];
    return { id: ind.id, best, worst, decimals: max - min < 5 ? 2 : 1 };
  });
  const random = seededRandom(seed);
  const clamp = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
  const neighbourhoods: SampleProvinceNeighbourhood[] = [];
  const observations: ObservationLike[] = [];
  for (const [code, provinceFa, count, mean] of PROVINCES) {
    for (let k = 1; k <= count; k++) {
      const id = `${code.replace("-", "").toLowerCase()}-${String(k).padStart(3, "0")}`;
      const latent = clamp(mean + 0.15 * normal(random));
      const population = Math.round(Math.exp(Math.log(2000) + (Math.log(30000) - Math.log(2000)) * random()) / 10) * 10;
      neighbourhoods.push({ id, nameFa: `${WORDS[(k - 1) % WORDS.length] as string} ${provinceFa} ${k}`, provinceCode: code, population });
      for (const r of ranges) {
        const own = 0.09 * normal(random);
        periods.forEach((period, s) => {
          const level = clamp(latent + own + 0.025 * normal(random) - IMPROVEMENT_PER_PERIOD * s);
          observations.push({ neighbourhoodId: id, indicatorId: r.id, period, value: Number((r.best + (r.worst - r.best) * level).toFixed(r.decimals)) });
        });
      }
    }
  }
  return {
    synthetic: true,
    description: "Synthetic neighbourhoods of four provinces shaped like a reference panel, for pilot-vs-other-provinces examples (invented figures).",
    seed,
    neighbourhoods,
    observations,
  };
}
