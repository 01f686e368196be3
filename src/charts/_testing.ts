/** Private, tests only: every chart built from the bundled synthetic Alborz sample. */
import { toDayNumber } from "../jalali/index";
import { INDICATOR_DIMENSIONS, sampleDataset } from "../models/index";
import { computeIndex, tableFromObservations, uncertainty, type IndexResult, type IndexSpec } from "../scoring/index";
import type { VegaLiteSpec } from "./VegaLiteSpec";
import { contributionsChart } from "./contributionsChart";
import { dimensionProfileChart } from "./dimensionProfileChart";
import { followUpChart } from "./followUpChart";
import { kpiProgressChart } from "./kpiProgressChart";
import { mapChart } from "./mapChart";
import { rankIntervalChart } from "./rankIntervalChart";
import { rankedIndexChart } from "./rankedIndexChart";
import { scheduleChart } from "./scheduleChart";

/** The sample scored for 1403 with the dataset's indicators. */
export function sampleIndex(): { result: IndexResult; spec: IndexSpec; labels: Record<string, string>; labelsEn: Record<string, string> } {
  const d = sampleDataset;
  const table = tableFromObservations(d.observations, { period: "1403", groupOf: Object.fromEntries(d.neighbourhoods.map((n) => [n.id, n.countyId])) });
  const spec: IndexSpec = { indicators: d.indicators.map((i) => ({ id: i.id, dimension: i.dimension, direction: i.direction })) };
  const labels: Record<string, string> = {};
  const labelsEn: Record<string, string> = {};
  for (const n of d.neighbourhoods) [labels[n.id], labelsEn[n.id]] = [n.nameFa, n.nameEn ?? n.nameFa];
  for (const i of d.indicators) [labels[i.id], labelsEn[i.id]] = [i.nameFa, i.nameEn ?? i.id];
  for (const a of d.agencies) [labels[a.id], labelsEn[a.id]] = [a.nameFa, a.nameEn ?? a.nameFa];
  for (const c of INDICATOR_DIMENSIONS) [labels[c.id], labelsEn[c.id]] = [c.nameFa, c.nameEn];
  return { result: computeIndex(table, spec), spec, labels, labelsEn };
}

/** Every chart of the sample, by name, in the given locale. */
export function sampleCharts(locale: "fa" | "en" = "fa"): Record<string, VegaLiteSpec> {
  const d = sampleDataset;
  const { result, spec, labels: fa, labelsEn } = sampleIndex();
  const labels = locale === "fa" ? fa : labelsEn;
  const table = tableFromObservations(d.observations, { period: "1403" });
  const mc = uncertainty(table, spec, { runs: 200, seed: 1, sensitivity: false });
  const dimensionOf = Object.fromEntries(spec.indicators.map((i) => [i.id, i.dimension]));
  const asOf = d.asOf;
  const today = toDayNumber(asOf);
  const top = result.units.find((u) => u.rank === 1)!;
  return {
    ranked: rankedIndexChart(result, { locale, labels, limit: 25 }),
    intervals: rankIntervalChart(mc, { locale, labels, limit: 25 }),
    contributions: contributionsChart(result, { locale, labels, dimensionOf, limit: 15 }),
    profile: dimensionProfileChart(result, top.id, { locale, labels }),
    map: mapChart(result, d.neighbourhoods, { locale }),
    schedule: scheduleChart(
      d.interventions.slice(0, 15).map((i) => ({ ...i, label: locale === "fa" ? i.titleFa : (i.titleEn ?? i.titleFa) })),
      { locale, asOf },
    ),
    kpis: kpiProgressChart(
      d.interventions.flatMap((i) =>
        i.kpis.flatMap((k, j) =>
          k.actual === undefined || k.target === k.baseline
            ? []
            : [{ id: `${i.id}/${j}`, label: locale === "fa" ? k.nameFa : (k.nameEn ?? k.nameFa), share: (k.actual - k.baseline) / (k.target - k.baseline) }],
        ),
      ),
      { locale, limit: 20 },
    ),
    followUp: followUpChart(
      d.resolutions.map((r) => {
        const late = toDayNumber(r.deadline) < today;
        return {
          agencyId: r.responsibleAgencyId,
          state: r.status === "done" ? "done" : r.status === "cancelled" ? "cancelled" : late ? "overdue" : "on-track",
        };
      }),
      { locale, labels },
    ),
  };
}
