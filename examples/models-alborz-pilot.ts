/**
 * A tour of `mahalleh/models` on the SYNTHETIC Alborz sample: the 73rd session of the
 * Social Headquarters and its resolutions, the budget of the interventions by funding source
 * (exact rials), the most deprived counties by a simple indicator, and a spreadsheet row
 * with Persian digits, Arabic letters and a Jalali date cleaned into a model.
 *
 * Run: npx tsx examples/models-alborz-pilot.ts
 */
import assert from "node:assert/strict";
import Decimal from "decimal.js";
import {
  FUNDING_SOURCES,
  InterventionSchema,
  alborzCounties,
  checkDataset,
  findProvince,
  sampleDataset,
} from "mahalleh/models";

const fa = (n: number | string): string => String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!).replace(".", "٫");
const date = (d: { year: number; month: number; day: number }): string =>
  fa(`${d.year}/${String(d.month).padStart(2, "0")}/${String(d.day).padStart(2, "0")}`);

console.log("⚠ داده‌های نمونه ساختگی‌اند (synthetic sample, not official data)\n");

// 1. The 73rd session and its resolutions.
const alborz = findProvince("البرز")!;
const s73 = sampleDataset.sessions.find((s) => s.provinceCode === alborz.code && s.number === 73)!;
console.log(`جلسهٔ ${fa(s73.number)} قرارگاه اجتماعی استان ${alborz.nameFa} — ${date(s73.date)} — ${s73.venue}`);
const agencyName = new Map(sampleDataset.agencies.map((a) => [a.id, a.nameFa]));
for (const r of sampleDataset.resolutions.filter((r) => r.sessionId === s73.id)) {
  console.log(`  مصوبهٔ ${fa(r.number)}: ${r.text}\n    مسئول: ${agencyName.get(r.responsibleAgencyId)} — مهلت: ${date(r.deadline)}`);
}
assert.deepEqual(s73.date, { year: 1403, month: 12, day: 27 }); // = 2025-03-17, a Monday
assert.equal(s73.venue, "سالن شهدای دولت استانداری");

// 2. Budgets by funding source, summed exactly in rials.
const totals = new Map<string, Decimal>();
for (const i of sampleDataset.interventions) {
  for (const line of i.budget) totals.set(line.source, (totals.get(line.source) ?? new Decimal(0)).plus(line.amountRials));
}
console.log("\nاعتبار اقدامات به تفکیک منبع (میلیارد ریال):");
let grand = new Decimal(0);
for (const source of FUNDING_SOURCES) {
  const total = totals.get(source.id);
  if (total === undefined) continue;
  grand = grand.plus(total);
  console.log(`  ${source.nameFa}: ${fa(total.div(1e9).toFixed(1))}`);
}
console.log(`  جمع: ${fa(grand.div(1e9).toFixed(1))}`);
const direct = sampleDataset.interventions.flatMap((i) => i.budget).reduce((sum, b) => sum.plus(b.amountRials), new Decimal(0));
assert.ok(grand.eq(direct) && grand.isInteger());

// 3. Mean 1403 unemployment rate by county (population-weighted).
const population = new Map(sampleDataset.neighbourhoods.map((n) => [n.id, n]));
const byCounty = new Map<string, { weighted: number; people: number }>();
for (const o of sampleDataset.observations) {
  if (o.indicatorId !== "unemployment-rate" || o.period !== "1403" || o.value === null) continue;
  const n = population.get(o.neighbourhoodId)!;
  const acc = byCounty.get(n.countyId) ?? { weighted: 0, people: 0 };
  acc.weighted += o.value * n.population;
  acc.people += n.population;
  byCounty.set(n.countyId, acc);
}
console.log("\nنرخ بیکاری ۱۴۰۳ در محلات، به تفکیک شهرستان (میانگین وزنی به جمعیت):");
for (const county of alborzCounties) {
  const acc = byCounty.get(county.id)!;
  console.log(`  ${county.nameFa}: ${fa((acc.weighted / acc.people).toFixed(1))}٪`);
}
assert.equal(byCounty.size, 7);

// 4. A spreadsheet row, cleaned.
const row = InterventionSchema.parse({
  id: "alb-int-100",
  titleFa: "مركز مشاوره شغلي جوانان",
  type: "مرکز مشاوره و راهنمایی شغلی",
  neighbourhoodIds: [sampleDataset.neighbourhoods[0]!.id],
  leadAgencyId: "alb-labour",
  partnerAgencyIds: [],
  targetGroups: ["جوانان"],
  budget: [{ source: "اعتبارات استانی", amountRials: "۱۲٬۵۰۰ میلیارد ریال" }],
  plannedStart: "۱۴۰۴/۰۱/۱۵",
  plannedEnd: "۱۴۰۴/۰۹/۳۰",
  status: "برنامه‌ریزی‌شده",
  plannedBeneficiaries: "۳۵۰",
  kpis: [],
});
console.log(`\n«${row.titleFa}»: ${fa(row.budget[0]!.amountRials.toFixed())} ریال، از ${date(row.plannedStart)} تا ${date(row.plannedEnd)}`);
assert.equal(row.titleFa, "مرکز مشاوره شغلی جوانان");
assert.equal(row.budget[0]!.amountRials.toFixed(), "12500000000000");
assert.deepEqual(checkDataset({ ...sampleDataset, interventions: [...sampleDataset.interventions, row] }), []);
